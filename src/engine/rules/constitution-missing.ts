import type { Rule } from "../rule.js";

export const constitutionMissing: Rule = {
  id: "constitution-missing",
  summary: "No constitution was found: constitution rules are skipped",
  defaultSeverity: "warning",
  messages: {
    missing:
      "No constitution was found for this plan (looked for `.specify/memory/constitution.md` in the plan's folder and above, then the other configured locations), so `principle-coverage` and `constitution-version` were skipped. Run `/speckit.constitution` to create one, or set `constitution` in `.github/speckit.yml` to where it lives.",
  },
  check({ constitutionState, plan, report }) {
    if (constitutionState !== "missing") return;
    report({ messageId: "missing", line: plan.sectionsOf("constitution-check")[0]?.line ?? 1 });
  },
};
