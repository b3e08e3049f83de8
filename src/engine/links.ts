import { resolveLink } from "./locate.js";
import type { Plan } from "./plan.js";

export interface Link {
  readonly href: string;
  /** Repository path the link resolves to. */
  readonly target: string;
  /** Other readings of the same link (a backticked `specs/…` path may be from the root). */
  readonly alternatives: readonly string[];
  readonly line: number;
  readonly column: number;
}

/** Artifacts spec-kit writes beside a plan, which plans link to. */
const SIBLING =
  /(?:^|\/)(?:spec|research|data-model|quickstart|tasks|plan|impl-plan|exec-plan|requirements)\.md$|(?:^|\/)(?:contracts|checklists)(?:\/|$)/;
const MD_LINK = /\[[^[\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;

/** The links `spec-link` checks: the `**Spec**:` link or path, and links to sibling artifacts. */
export function linksToCheck(planPath: string, plan: Plan): Link[] {
  const out: Link[] = [];
  const { doc, header } = plan;
  doc.lines.forEach((line, k) => {
    const kind = doc.kinds[k];
    if (kind === "code" || kind === "fence" || kind === "comment" || !line.includes("](")) return;
    const spans = [...line.matchAll(/(`+)[\s\S]*?\1/g)].map(
      (s) => [s.index, s.index + s[0].length] as const,
    );
    for (const m of line.matchAll(MD_LINK)) {
      if (spans.some(([a, b]) => m.index > a && m.index < b)) continue;
      const href = m[1] ?? "";
      const target = resolveLink(planPath, href);
      if (!target || !SIBLING.test(target)) continue;
      out.push({ href, target, alternatives: [], line: k + 1, column: m.index + 1 });
    }
  });
  const spec = header.spec;
  if (spec && !spec.value.includes("](")) {
    const path = /^`([^`\s]+)`$/.exec(spec.value.trim())?.[1];
    const target = path && !path.includes("[") ? resolveLink(planPath, path) : null;
    const fromRoot = path ? resolveLink("", path) : null;
    if (path && target && /\.md$/.test(target)) {
      const alternatives = fromRoot && fromRoot !== target ? [fromRoot] : [];
      out.push({ href: path, target, alternatives, line: spec.line, column: spec.column });
    }
  }
  return out;
}
