import { principleLabel } from "../constitution.js";
import { citedNumeral, coverage } from "../coverage.js";
import { code, type Rule } from "../rule.js";

/** How many principles a single "cannot tell" finding names before it says "and N more". */
const LIST = 6;

export const principleCoverage: Rule = {
  id: "principle-coverage",
  summary: "A constitution principle that the Constitution Check never addresses",
  defaultSeverity: "error",
  needsConstitution: true,
  messages: {
    uncovered:
      'The Constitution Check never addresses principle `{{principle}}`{{nonNegotiable}} of `{{constitution}}` ("{{statement}}"). spec-kit\'s gate requires every principle to be checked before Phase 0 research, or an unchecked principle can be broken unnoticed. Add a gate for it, e.g. `- [x] **{{principle}}**: <how this plan complies>`, or mark it N/A with a reason.',
    undecided:
      "The Constitution Check has {{unmatched}} of {{units}} gates that name no principle of `{{constitution}}`, so it may check {{principles}} under other names or in another language; speckit-gate cannot tell which. spec-kit's gate requires every principle to be checked before Phase 0 research. Name each principle in its gate, by numeral or by name (e.g. `- [x] **I. {{first}}**: <how this plan complies>`), so that reviewers and this check can see it.",
    unread:
      "`{{constitution}}` holds {{total}} principles; only the first {{read}} are checked, and the other {{unread}} are not. Real constitutions hold a few dozen at most: a longer one is usually generated, or its sub-headings are read as principles. Keep the principles under `## Core Principles` as `### I. Name` headings and move the rest to other sections, or point the `constitution` setting at the real constitution.",
    noSection:
      'The plan has no Constitution Check, so principle `{{principle}}`{{nonNegotiable}} of `{{constitution}}` ("{{statement}}") is never checked. spec-kit\'s gate requires every principle to be checked before Phase 0 research. Add a `## Constitution Check` section with a gate for each principle.',
  },
  check({ plan, constitution, report }) {
    if (!constitution) return;
    const sections = plan.sectionsOf("constitution-check");
    const line = sections[0]?.line ?? 1;
    if (constitution.unread)
      report({
        messageId: "unread",
        data: {
          constitution: constitution.path,
          total: constitution.principles.length + constitution.unread,
          read: constitution.principles.length,
          unread: constitution.unread,
        },
        line,
        section: "Constitution Check",
        severity: "warning",
      });
    const { covered, unmatched, units } = coverage(plan, constitution);
    const uncovered = constitution.principles.filter((p) => !covered.has(p));
    if (uncovered.length === 0) return;
    // Enough gates name no principle to be the missing ones under other names: the engine
    // cannot tell, and says so once instead of once per principle. It is still an error:
    // every such plan of the blind audit rounds (gates of a superseded constitution, checks in
    // another language that name no principle) was one a reviewer blocked.
    // (About one gate per principle: a long checklist of the template's own questions is not
    // a set of renamed principles. A table's header and delimiter rows are not gates: with
    // them counted, this allowed two more.)
    const perPrinciple = units <= constitution.principles.length * 1.5;
    // A check that names its principles by numeral (`| **II — Apps via contracts** |`, `| **V /
    // Rule #4 — …** |`) names each one it checks so: its rows without one are the team's other
    // rules (`Foundational tech`, `Cardinal Rule #1`), not principles under other names. (Two
    // in three of the gates that name a principle do so by numeral: one of its other rules may
    // share a word with a principle, as `Foundational tech` does.) Asked last: it reads every
    // gate's label again.
    const numberedCheck = (): boolean => {
      const byNumeral = plan.gates.filter(
        (g) => g.form !== "result" && citedNumeral(g.label, constitution.principles),
      ).length;
      return byNumeral >= 2 && byNumeral * 3 >= (units - unmatched) * 2;
    };
    if (
      sections.length > 0 &&
      units >= 2 &&
      perPrinciple &&
      // (Nearly one such gate per principle not found: nine for ten, as a translated check of
      // ten rows stands for eleven principles when one row also names a twelfth.)
      unmatched * 10 >= uncovered.length * 9 &&
      unmatched * 2 >= units &&
      !numberedCheck()
    ) {
      const names = uncovered.slice(0, LIST).map((p) => code(principleLabel(p), 60));
      const more = uncovered.length > LIST ? ` and ${uncovered.length - LIST} more` : "";
      report({
        messageId: "undecided",
        data: {
          unmatched,
          units,
          constitution: constitution.path,
          principles: `${names.join(", ")}${more}`,
          first: uncovered[0]?.name ?? "",
        },
        line,
        section: "Constitution Check",
      });
      return;
    }
    for (const p of uncovered) {
      report({
        messageId: sections.length === 0 ? "noSection" : "uncovered",
        data: {
          principle: principleLabel(p),
          nonNegotiable: p.nonNegotiable ? " (NON-NEGOTIABLE)" : "",
          constitution: constitution.path,
          statement: p.statement.replaceAll('"', "'") || p.name,
        },
        line,
        principle: principleLabel(p),
        section: "Constitution Check",
      });
    }
  },
};
