import { PART_SUMMARY } from "../lexicon/index.js";
import { SECTION_NAMES, type Plan, type SectionKind } from "../plan/index.js";
import type { Rule } from "../rule.js";
import { normalize } from "../text.js";

const REQUIRED: readonly SectionKind[] = [
  "summary",
  "technical-context",
  "constitution-check",
  "project-structure",
];

const WHY: Readonly<Record<string, string>> = {
  summary: "reviewers need the primary requirement and technical approach in one place",
  "technical-context":
    "it records the language, dependencies, storage, testing and constraints the design rests on",
  "constitution-check":
    "it is the gate spec-kit requires before Phase 0 research: every principle of the constitution is checked there",
  "project-structure": "it fixes the real directories the tasks will touch",
};

export const requiredSection: Rule = {
  id: "required-section",
  summary: "A required plan section is missing",
  defaultSeverity: "error",
  messages: {
    missing:
      "The plan has no `{{section}}` section. It is part of every spec-kit plan{{source}}: {{why}}. Add a `## {{section}}` heading (any numbering or a translated title is fine) with its content.",
  },
  check({ plan, template, report }) {
    const fromTemplate = template !== null && REQUIRED.some((k) => template.sections.has(k));
    // A template without a Constitution Check does not waive it: the check is what the plan
    // is held to its constitution by (RUBRIC.md blocks on it in every plan). The template
    // decides the other three.
    const required = fromTemplate
      ? REQUIRED.filter((k) => k === "constitution-check" || template.sections.has(k))
      : REQUIRED;
    for (const kind of required) {
      if (kind === "summary" ? hasSummary(plan) : plan.sectionsOf(kind).length > 0) continue;
      const inTemplate = fromTemplate && template.sections.has(kind);
      report({
        messageId: "missing",
        data: {
          section: SECTION_NAMES[kind],
          source: inTemplate ? ` (the repository's template \`${template.path}\` has it)` : "",
          why: WHY[kind] ?? "",
        },
        line: 1,
        section: SECTION_NAMES[kind],
        // A plan without a Constitution Check or Technical Context is not done; one without a
        // Summary or Project Structure is incomplete, and a reviewer decides.
        ...(kind === "summary" || kind === "project-structure" ? { severity: "warning" } : {}),
      });
    }
  },
};

/**
 * Whether the plan has its Summary: a section titled as one, other than the summary of one part
 * of the work (`## Research Findings Summary` deep in Phase 0, `### Data Model Summary`), which
 * counts only as the plan's first section (`## Changes Summary` right under the title, doing a
 * Summary's work).
 */
function hasSummary(plan: Plan): boolean {
  const first = plan.sections.find((s) => s.heading.depth >= 2);
  return plan
    .sectionsOf("summary")
    .some((s) => s === first || !PART_SUMMARY.test(normalize(s.title)));
}
