import type { Doc } from "./markdown.js";
import type { Finding, SuppressedFinding } from "./types.js";

/**
 * Suppression comments, as linters have them: the plan's author silences one finding where
 * they know better, and the reviewer sees it in the diff.
 *
 *     <!-- speckit-gate-disable-next-line RULE[, RULE] -- reason -->
 *     <!-- speckit-gate-disable RULE[, RULE] -- reason -->   …   <!-- speckit-gate-enable RULE -->
 *
 * Without rule ids a directive covers every rule. A directive must stand in a comment of its
 * own (a comment block); one inside a line of text or in fenced code is not read.
 */
export interface Directive {
  readonly kind: "disable-next-line" | "disable" | "enable";
  /** Rule ids named, or empty for every rule. */
  readonly rules: readonly string[];
  readonly reason: string;
  /** The comment's first and last line. */
  readonly line: number;
  readonly endLine: number;
  /** For `disable-next-line`: the line it covers. For `disable`: where its range ends (exclusive). */
  readonly target?: number;
  readonly until?: number;
}

const DIRECTIVE = /^\s*speckit-gate-(disable-next-line|disable|enable)(?![\w-])/u;

/** The suppression directives of a plan, with the lines each one covers. */
export function directives(doc: Doc): Directive[] {
  const found: Array<Omit<Directive, "target" | "until">> = [];
  for (const comment of doc.comments) {
    const m = DIRECTIVE.exec(comment.text);
    if (!m?.[1]) continue;
    const rest = comment.text.slice(m[0].length);
    const dashes = rest.search(/\s--(?:\s|$)/u);
    const rules = (dashes < 0 ? rest : rest.slice(0, dashes))
      .split(/[\s,]+/u)
      .map((r) => r.trim())
      .filter(Boolean);
    found.push({
      kind: m[1] as Directive["kind"],
      rules,
      reason:
        dashes < 0
          ? ""
          : rest
              .slice(dashes)
              .replace(/^\s--\s*/u, "")
              .trim(),
      line: comment.line,
      endLine: comment.endLine,
    });
  }
  return found.map((d, k) => {
    if (d.kind === "disable-next-line") {
      // The next line with content: not blank, not another comment.
      let target = d.endLine + 1;
      while (
        target <= doc.lines.length &&
        (doc.kinds[target - 1] === "blank" || doc.kinds[target - 1] === "comment")
      )
        target++;
      return { ...d, target };
    }
    if (d.kind === "disable") {
      // Until an `enable` that names the same rules (or all), else the end of the plan.
      const enable = found
        .slice(k + 1)
        .find(
          (e) =>
            e.kind === "enable" &&
            (e.rules.length === 0 || d.rules.every((r) => e.rules.includes(r))),
        );
      return { ...d, until: enable ? enable.line : doc.lines.length + 1 };
    }
    return d;
  });
}

function covers(d: Directive, finding: Finding): boolean {
  if (d.rules.length > 0 && !d.rules.includes(finding.rule)) return false;
  if (d.kind === "disable-next-line") return finding.line === d.target;
  if (d.kind === "disable") return finding.line > d.endLine && finding.line < (d.until ?? 0);
  return false;
}

export interface Suppressed {
  readonly kept: Finding[];
  /** The silenced findings, each with the reason and line of the directive that silenced it. */
  readonly suppressed: SuppressedFinding[];
  /** Directives that silenced nothing, and directives naming rules that do not exist. */
  readonly unused: Array<{ readonly directive: Directive; readonly unknown: readonly string[] }>;
}

/**
 * Applies the directives to the findings. Findings of `never` rules (the ones about the
 * directives themselves, and those judging the raw file) are never silenced.
 */
export function applySuppressions(
  findings: readonly Finding[],
  list: readonly Directive[],
  knownRules: ReadonlySet<string>,
  never: ReadonlySet<string>,
): Suppressed {
  const used = new Set<Directive>();
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const finding of findings) {
    const by = never.has(finding.rule) ? undefined : list.find((d) => covers(d, finding));
    if (by) {
      used.add(by);
      suppressed.push({ ...finding, reason: by.reason, directiveLine: by.line });
    } else kept.push(finding);
  }
  const unused = list
    .filter((d) => d.kind !== "enable")
    .map((directive) => ({
      directive,
      unknown: directive.rules.filter((r) => !knownRules.has(r)),
    }))
    .filter(({ directive, unknown }) => unknown.length > 0 || !used.has(directive));
  return { kept, suppressed, unused };
}
