import { bumpOf, sameVersion as same } from "../amendment/versions.js";
import type { Rule } from "../rule.js";

/** Words saying a check was done against a version, in the text just before it. */
const CHECKED_AGAINST =
  /\b(?:against|checked|re-?check(?:ed)?|evaluated|validated|verified|assessed|passe[sd])\b|\b(?:contra|contre|gegen)\b|对照|對照|に対して|に照らして|기준으로/iu;

/**
 * Words saying an older version is named as history, in the text just before it
 * (`> **Historical**: Constitution v1.0.0 still referenced Java 21`, `previously (v1.2.0)`).
 */
const HISTORY =
  /\b(?:historical(?:ly)?|history|previous(?:ly)?|formerly|superseded|legacy|earlier|prior to)\b|(?:以前|之前|旧版|舊版|従来|이전)/iu;

/** Whether version `a` comes before version `b` (`1.1.0` before `1.1.2`). */
function older(a: string, b: string): boolean {
  const { level } = bumpOf(a, b);
  return level !== "none" && level !== "lower";
}

export const constitutionVersion: Rule = {
  id: "constitution-version",
  summary: "The plan cites a constitution version that is not the current one",
  defaultSeverity: "warning",
  needsConstitution: true,
  messages: {
    stale:
      "The plan cites constitution version `{{cited}}`, but `{{constitution}}` is at version `{{current}}`. The constitution changed since this plan was checked against it, so its gates may be stale. Re-run the Constitution Check against version {{current}} and update the citation.",
    templateDefault:
      "The plan's footer cites constitution version `2.1.1`: that is spec-kit's plan template's default line, never updated, while `{{constitution}}` is at version `{{current}}`. It tells a reader the plan was checked against a version it never saw. Write the version the Constitution Check was done against (`{{current}}`), or remove the line.",
  },
  check({ plan, constitution, report }) {
    if (!constitution?.version) return;
    const current = constitution.version;
    // A plan that says it was checked against the current version (`Checked against constitution
    // v1.1.2`, `Re-check against constitution v2.7.0`, `GATE PASSED — via Constitution v2.0.0`)
    // cites older ones for when a rule came in (`cocotb-coverage for functional coverage
    // (constitution v1.1.0)`), not for what it was checked against. (The current version
    // named otherwise, as an amendment's target or a reference, does not say so.)
    const before = (c: { line: number; column: number }): string =>
      (plan.doc.lines[c.line - 1] ?? "").slice(Math.max(0, c.column - 61), c.column - 1);
    const checkedAgainstCurrent = plan.citations.some(
      (c) => same(c.version, current) && CHECKED_AGAINST.test(before(c)),
    );
    for (const citation of plan.citations) {
      if (same(citation.version, current)) continue;
      // An older version, where the plan says it was checked against the current one or names
      // that version as history.
      if (
        older(citation.version, current) &&
        (checkedAgainstCurrent || HISTORY.test(before(citation)))
      )
        continue;
      const raw = plan.doc.lines[citation.line - 1] ?? "";
      // `Constitution 5.4 forbids third-party NLP`: a section the constitution numbers `### 5.4`,
      // not a version (one written as a version, `v5.4`, is one).
      if (
        constitution.sectionNumbers?.has(citation.version) &&
        !/v\s?$/iu.test(raw.slice(0, citation.column - 1))
      )
        continue;
      // `*Based on Constitution v2.1.1 - See /memory/constitution.md*`: the template's own line.
      const boilerplate = citation.version === "2.1.1" && /based on constitution/i.test(raw);
      report({
        messageId: boilerplate ? "templateDefault" : "stale",
        data: { cited: citation.version, current, constitution: constitution.path },
        line: citation.line,
        column: citation.column,
        endColumn: citation.column + citation.version.length,
      });
    }
  },
};
