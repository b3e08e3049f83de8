import { isTemplateRow } from "../coverage.js";
import { code, type Rule } from "../rule.js";

export const templateExampleRow: Rule = {
  id: "template-example-row",
  summary: "Complexity Tracking rows copied from the template",
  defaultSeverity: "error",
  messages: {
    row: "Complexity Tracking row {{text}} is the template's example, not a real entry. The table must list only real violations with their justification, and an example row makes the plan look justified when it is not. Delete the row, or replace it with the actual violation, why it is needed, and why the simpler alternative was rejected.",
  },
  check({ plan, template, report }) {
    for (const row of plan.complexityRows) {
      if (!isTemplateRow(row, template)) continue;
      report({
        messageId: "row",
        data: { text: code(row.cells[0] ?? "", 50) },
        line: row.line,
        section: "Complexity Tracking",
      });
    }
  },
};
