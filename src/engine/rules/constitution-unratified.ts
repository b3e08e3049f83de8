import type { Rule } from "../rule.js";

export const constitutionUnratified: Rule = {
  id: "constitution-unratified",
  summary:
    "The constitution is an unfilled template, or has no principles: constitution rules are skipped",
  defaultSeverity: "notice",
  messages: {
    unfilled:
      "`{{constitution}}` is still spec-kit's unfilled template (it holds `[PRINCIPLE_1_NAME]`-style placeholders), so the plan cannot be checked against it: `principle-coverage`, `gate-justification` and `constitution-version` were skipped. Run `/speckit.constitution` to write the project's principles, then re-run this check.",
    noPrinciples:
      "No principles could be read from `{{constitution}}` (expected `### I. Name` headings under `## Core Principles`), so `principle-coverage` was skipped. Write the principles in that form, or point `constitution` in `.github/speckit.yml` at the file that holds them.",
  },
  check({ constitutionState, constitution, constitutionPath, plan, report }) {
    const line = plan.sectionsOf("constitution-check")[0]?.line ?? 1;
    if (constitutionState === "unfilled") {
      report({ messageId: "unfilled", data: { constitution: constitutionPath ?? "" }, line });
    } else if (constitution && constitution.principles.length === 0) {
      report({ messageId: "noPrinciples", data: { constitution: constitution.path }, line });
    }
  },
};
