import type { FileResult, Finding, Severity } from "../engine/types.js";
import { countsText, plural, SEVERITY_RANK } from "./counts.js";
import { gatesTable } from "./gates-table.js";
import { inertCode, inertMessage } from "./inert.js";
import { blobUrl, docsUrl, type Links } from "./links.js";
import type { ReportSection } from "./section.js";
import { suppressedCount, suppressedTotal, suppressionLines } from "./suppressed.js";

export { blobUrl, type Links } from "./links.js";

/** GitHub rejects comment bodies over 65,536 characters; stay a little below. */
export const COMMENT_LIMIT = 65_000;

/** The hidden marker that identifies the sticky comment (with the app's login). */
export const STICKY_MARKER = "<!-- speckit-gate:sticky";

/** What the sticky comment records about the run that wrote it. */
export interface StickyState {
  /** The head commit the comment reports on. */
  readonly head: string;
  /** The base commit it was judged against ("" in comments written before it was recorded). */
  readonly base: string;
  /**
   * When that head and base were observed (the pull request's `updated_at` at the event): a
   * run whose head or base differs and is older than this must not overwrite the comment.
   */
  readonly at: string;
}

export const SEVERITY_ICON: Readonly<Record<Severity, string>> = {
  error: "❌",
  warning: "⚠️",
  notice: "ℹ️",
};

export function stickyMarker(state: StickyState): string {
  return `${STICKY_MARKER} head=${state.head} base=${state.base} at=${state.at} -->`;
}

/** Reads the marker of a comment body; null when the body is not a sticky comment. */
export function parseSticky(body: string | null | undefined): StickyState | null {
  if (!body?.includes(STICKY_MARKER)) return null;
  const match =
    /<!-- speckit-gate:sticky head=([0-9a-f]*)(?: base=([0-9a-f]*))? at=([\w:.+-]*) -->/.exec(body);
  return { head: match?.[1] ?? "", base: match?.[2] ?? "", at: match?.[3] ?? "" };
}

/** A finding message inside a list item: one paragraph. */
function inline(text: string): string {
  return text
    .replaceAll("\r", "")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join(" ");
}

function failing(r: FileResult): boolean {
  return r.findings.some((f) => f.severity === "error");
}

function planIcon(r: FileResult): string {
  if (failing(r)) return "❌";
  if (r.verdict === "skipped" || r.constitutionSkipped) return "➖";
  return "✅";
}

function sortedFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.line - b.line,
  );
}

/**
 * The first sentence of a message ("what is wrong"): the rest (why, how to fix) is in the
 * annotation on the line and on the rule's page. Code spans are never split.
 */
export function firstSentence(message: string): string {
  const text = inline(message);
  let inCode = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "`") inCode = !inCode;
    if (
      !inCode &&
      (ch === "." || ch === "!" || ch === "?") &&
      text[i + 1] === " " &&
      /[A-Z`"'(]/.test(text[i + 2] ?? "")
    ) {
      return text.slice(0, i + 1);
    }
  }
  return text;
}

function findingRow(f: Finding, path: string, links: Links): string {
  const where = f.endLine > f.line ? `${f.line}–${f.endLine}` : `${f.line}`;
  return `| ${SEVERITY_ICON[f.severity]} | [${where}](${blobUrl(links, path, f.line, f.endLine)}) | [${inertCode(f.rule, { table: true })}](${docsUrl(f.docs)}) | ${inertMessage(firstSentence(f.message), { table: true })} |`;
}

const FINDINGS_HEADER = ["| | Line | Rule | Finding |", "| --- | --- | --- | --- |"];

export interface PlanSectionOptions {
  /** Heading level of the plan title, e.g. `###`. */
  readonly heading: string;
  /** Findings of these severities are listed; the others are only counted. Default: all. */
  readonly severities?: readonly Severity[];
  /** Omit the gates table. */
  readonly noTable?: boolean;
  /** Collapse the findings list in a `<details>` block above this many findings (comment only). */
  readonly collapseAbove?: number;
  /** List at most this many findings (default 100); the rest are counted. */
  readonly maxFindings?: number;
  /** `count`: findings silenced by suppression comments are only counted, not listed. Default: `list`. */
  readonly suppressions?: "list" | "count";
}

/** Findings listed per plan at most: beyond, they are counted (the annotations and the CLI list them). */
export const MAX_LISTED_FINDINGS = 100;

/** The markdown lines describing one checked plan: verdict, principles table, findings. */
export function planSection(r: FileResult, links: Links, options: PlanSectionOptions): string[] {
  const out: string[] = [
    `${options.heading} ${planIcon(r)} [${inertCode(r.path)}](${blobUrl(links, r.path)})`,
    "",
  ];
  out.push(
    r.constitution
      ? `Judged against ${inertCode(r.constitution)}${r.constitutionSkipped ? " (an unfilled template: its principles could not be checked)" : ""} · ${countsText(r.findings, suppressedCount(r))}`
      : `No constitution found, so its principles could not be checked · ${countsText(r.findings, suppressedCount(r))}`,
  );
  if (!options.noTable) {
    const table = gatesTable(r, links);
    if (table.length > 0) out.push("", ...table);
  }
  const selected = sortedFindings(r.findings).filter(
    (f) => !options.severities || options.severities.includes(f.severity),
  );
  const shown = selected.slice(0, options.maxFindings ?? MAX_LISTED_FINDINGS);
  if (shown.length > 0) {
    const table = [...FINDINGS_HEADER, ...shown.map((f) => findingRow(f, r.path, links))];
    const hidden = r.findings.length - shown.length;
    const more =
      hidden > 0
        ? [
            "",
            `_…and ${plural(hidden, "more finding")}: the check run has them as annotations, and \`speckit-gate check\` lists them all._`,
          ]
        : [];
    if (options.collapseAbove !== undefined && shown.length > options.collapseAbove) {
      out.push(
        "",
        `<details><summary><b>${plural(selected.length, "finding")}</b> (${countsText(selected)})</summary>`,
        "",
        ...table,
        ...more,
        "",
        "</details>",
      );
    } else {
      out.push("", ...table, ...more);
    }
  } else if (r.findings.length > 0) {
    out.push("", `_${plural(r.findings.length, "finding")} not listed here: see the check run._`);
  }
  // Silenced findings always show, at least counted: a suppression never hides a problem quietly.
  const silenced = suppressionLines(r, links, { list: options.suppressions !== "count" });
  if (silenced.length > 0) out.push("", ...silenced);
  return out;
}

/** What the comment needs besides the results. */
export interface CommentContext extends Links {
  readonly state: StickyState;
  /** The check run's page, when known. */
  readonly checkUrl?: string;
  readonly checkName: string;
  readonly notes?: readonly string[];
  /** Parts of the report besides the plans (the constitution amendment), after the notes. */
  readonly sections?: readonly ReportSection[];
}

function footer(ctx: CommentContext): string[] {
  const check = ctx.checkUrl
    ? `[${inertCode(ctx.checkName)} check](${ctx.checkUrl})`
    : `${inertCode(ctx.checkName)} check`;
  return [
    "---",
    `<sub>Checked commit ${ctx.sha.slice(0, 7)} against the constitution, template and \`.github/speckit.yml\` of the base branch. Re-run: comment <code>/speckit recheck</code>, or press <b>Re-run</b> on the ${check}. <code>/speckit help</code> lists the commands.</sub>`,
  ];
}

function headline(results: readonly FileResult[], sections: readonly ReportSection[] = []): string {
  const bad = results.filter(failing).length;
  const all = results.flatMap((r) => r.findings);
  if (bad > 0) {
    return `## ❌ speckit-gate: ${bad === results.length ? (results.length === 1 ? "the plan does not pass its gates" : `${plural(bad, "plan")} do not pass their gates`) : `${bad} of ${plural(results.length, "plan")} do not pass their gates`}`;
  }
  const failingSection = sections.find((s) => s.failing);
  if (failingSection) return `## ❌ speckit-gate: ${failingSection.headline}`;
  if (results.every((r) => r.verdict === "skipped" || r.constitutionSkipped)) {
    return "## ➖ speckit-gate: gates not judged (no usable constitution)";
  }
  const silenced = suppressedTotal(results);
  const rest = all.length > 0 || silenced > 0 ? ` (${countsText(all, silenced)})` : "";
  return `## ✅ speckit-gate: ${results.length === 1 ? "the plan passes its gates" : `all ${results.length} plans pass their gates`}${rest}`;
}

/** Notes are short (their path lists are capped); this bounds them whatever they hold. */
const NOTES_LIMIT = 8000;

function notesBlock(notes: readonly string[] | undefined): string[] {
  const out: string[] = [];
  let size = 0;
  for (const note of notes ?? []) {
    const quoted = `> ${note.replaceAll("\n", "\n> ")}`;
    if (size + quoted.length > NOTES_LIMIT) {
      out.push(
        "> _Further notes were left out to fit GitHub's size limit: see the check run._",
        "",
      );
      break;
    }
    out.push(quoted, "");
    size += quoted.length;
  }
  return out;
}

function sectionsBlock(sections: readonly ReportSection[] | undefined): string[] {
  return (sections ?? []).flatMap((s) => [...s.lines, ""]);
}

/** The last guard: a body over the limit is cut at a line, saying so (never sent as is, GitHub would refuse it). */
function clip(body: string): string {
  if (body.length <= COMMENT_LIMIT) return body;
  const note =
    "\n\n_The rest of this comment was cut to fit GitHub's 65,536-character limit: see the check run._";
  const cut = body.lastIndexOf("\n", COMMENT_LIMIT - note.length);
  return body.slice(0, Math.max(0, cut)) + note;
}

/**
 * The sticky comment for a pull request whose plans were checked. Within GitHub's size limit
 * it degrades step by step (collapsed lists, errors only, tables only, the verdicts only)
 * and says what it left out.
 */
export function renderComment(results: readonly FileResult[], ctx: CommentContext): string {
  const intro = [
    stickyMarker(ctx.state),
    headline(results, ctx.sections),
    "",
    ...notesBlock(ctx.notes),
    ...sectionsBlock(ctx.sections),
  ];
  const overview =
    results.length > 1
      ? [
          "| Plan | Result | Findings |",
          "| --- | --- | --- |",
          ...results.map(
            (r) =>
              `| [${inertCode(r.path, { table: true })}](${blobUrl(ctx, r.path)}) | ${planIcon(r)} ${failing(r) ? "fail" : r.verdict === "pass" ? "pass" : "not judged"} | ${countsText(r.findings, suppressedCount(r))} |`,
          ),
          "",
        ]
      : [];
  const fixHint = results.some(failing)
    ? [
        "Fix the ❌ findings, or justify a violated gate in the plan's Complexity Tracking table. Each finding links to its line and to its rule; the full explanation is on the line in **Files changed**. The check runs again on your next push.",
        "",
      ]
    : [];
  const levels: readonly { readonly options: PlanSectionOptions; readonly cut?: string }[] = [
    { options: { heading: "###", collapseAbove: 15 } },
    {
      options: { heading: "###", collapseAbove: 15, severities: ["error"] },
      cut: "Warnings and notices are left out of this comment to fit GitHub's size limit: the check run lists them all.",
    },
    {
      options: { heading: "###", noTable: true, severities: ["error"], collapseAbove: 15 },
      cut: "The gates tables, warnings and notices are left out of this comment to fit GitHub's size limit: the check run lists them all.",
    },
    {
      options: { heading: "###", noTable: true, severities: [], suppressions: "count" },
      cut: "The findings are left out of this comment to fit GitHub's size limit: the check run lists them all.",
    },
  ];
  for (const level of levels) {
    const before = [
      ...intro,
      ...overview,
      ...fixHint,
      ...(level.cut ? [`_${level.cut}_`, ""] : []),
    ];
    const after = footer(ctx);
    // Sections are rendered only while they can still fit: thousands of plans cost no more.
    let size = [...before, ...after].join("\n").length;
    const sections: string[] = [];
    for (const r of results) {
      if (size > COMMENT_LIMIT) break;
      const section = [...planSection(r, ctx, level.options), ""].join("\n");
      sections.push(section);
      size += section.length + 1;
    }
    if (size <= COMMENT_LIMIT) return [...before, ...sections, ...after].join("\n");
  }
  // Even the verdict lines do not fit (thousands of plans): list as many as fit.
  const lines = results.map(
    (r) => `- ${planIcon(r)} ${inertCode(r.path)}: ${countsText(r.findings, suppressedCount(r))}`,
  );
  const head = [...intro, ...fixHint].join("\n");
  const tail = [
    "",
    "_More plans were checked than fit in a comment: see the check run._",
    "",
    ...footer(ctx),
  ].join("\n");
  const kept: string[] = [];
  let size = head.length + tail.length;
  for (const line of lines) {
    if (size + line.length + 1 > COMMENT_LIMIT) break;
    kept.push(line);
    size += line.length + 1;
  }
  return clip([head, ...kept, tail].join("\n"));
}

/**
 * The sticky comment once the pull request no longer changes any plan; with sections (a
 * constitution amendment), the comment of a pull request that changes no plan but amends.
 */
export function renderNoPlansComment(ctx: CommentContext): string {
  const sections = ctx.sections ?? [];
  if (sections.length > 0) {
    const failingSection = sections.find((s) => s.failing);
    const top = failingSection ?? sections[0]!;
    return clip(
      [
        stickyMarker(ctx.state),
        `## ${top.icon} speckit-gate: ${sections.length === 1 || failingSection ? top.headline : "the constitution amendments"}`,
        "",
        "This pull request changes no implementation plan; it amends the constitution.",
        "",
        ...notesBlock(ctx.notes),
        ...sectionsBlock(sections),
        ...footer(ctx),
      ].join("\n"),
    );
  }
  return clip(
    [
      stickyMarker(ctx.state),
      "## ✅ speckit-gate: no plan changes",
      "",
      "This pull request no longer changes any implementation plan, so there is nothing to gate.",
      "",
      ...notesBlock(ctx.notes),
      ...footer(ctx),
    ].join("\n"),
  );
}
