import type { FileResult } from "../engine/types.js";
import { plural } from "./counts.js";
import { inertCode, inertText } from "./inert.js";
import { blobUrl, docsUrl, type Links } from "./links.js";

/**
 * Findings silenced by suppression comments in a plan. Every output shows how many there
 * were, so that a suppression never hides a problem quietly: the reviewer sees the count
 * (and, where there is room, which findings and why) beside the findings that remain.
 */

/** How many findings the plan's suppression comments silenced. */
export function suppressedCount(result: FileResult): number {
  return result.suppressed ?? result.suppressions?.length ?? 0;
}

/** How many findings suppression comments silenced, over all the plans. */
export function suppressedTotal(results: readonly FileResult[]): number {
  return results.reduce((n, r) => n + suppressedCount(r), 0);
}

/** Silenced findings listed per plan at most; the rest are counted. */
export const MAX_LISTED_SUPPRESSIONS = 50;

/** A reason is the plan author's text: long ones are cut, the comment in the plan has it all. */
const REASON_LIMIT = 300;

/**
 * The silenced findings of one plan as a collapsed table (line, rule, the comment's reason),
 * each linked to its line at the commit under review. No lines when nothing was silenced; a
 * sentence alone with `list: false`, or when the engine counted them without recording which.
 */
export function suppressionLines(
  result: FileResult,
  links: Links,
  options: { readonly list?: boolean } = {},
): string[] {
  const n = suppressedCount(result);
  if (n === 0) return [];
  const title = `${plural(n, "finding")} suppressed by comments in the plan`;
  const list = options.list === false ? [] : (result.suppressions ?? []);
  if (list.length === 0) return [`_${title}._`];
  const shown = list.slice(0, MAX_LISTED_SUPPRESSIONS);
  const rows = shown.map((s) => {
    const where = s.endLine > s.line ? `${s.line}–${s.endLine}` : `${s.line}`;
    const reason =
      s.reason === ""
        ? "_no reason given_"
        : inertText(
            s.reason.length > REASON_LIMIT ? `${s.reason.slice(0, REASON_LIMIT)}…` : s.reason,
          );
    return `| [${where}](${blobUrl(links, result.path, s.line, s.endLine)}) | [${inertCode(s.rule, { table: true })}](${docsUrl(s.docs)}) | ${s.severity} | ${reason} |`;
  });
  const more =
    list.length > shown.length
      ? ["", `_…and ${list.length - shown.length} more: see the comments in the plan._`]
      : [];
  return [
    `<details><summary>${title}</summary>`,
    "",
    "| Line | Rule | Severity | Reason given |",
    "| --- | --- | --- | --- |",
    ...rows,
    ...more,
    "",
    "</details>",
  ];
}
