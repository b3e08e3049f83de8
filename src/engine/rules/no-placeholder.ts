import { isTemplateRow } from "../coverage.js";
import { findPlaceholders, findWrappedPlaceholder } from "../placeholders.js";
import { code, type Rule } from "../rule.js";

export const noPlaceholder: Rule = {
  id: "no-placeholder",
  summary: "Template placeholder text left in the plan",
  defaultSeverity: "error",
  messages: {
    placeholder:
      "Template placeholder {{text}} was never filled in. `/speckit.plan` replaces every bracketed placeholder with the feature's real details; a plan that keeps one leaves reviewers guessing. Replace it with the actual value, or delete it if the item does not apply.",
  },
  check({ plan, template, report }) {
    const { doc } = plan;
    const templateRows = new Set(
      plan.complexityRows.filter((r) => isTemplateRow(r, template)).map((r) => r.line),
    );
    doc.lines.forEach((line, k) => {
      const kind = doc.kinds[k];
      if (kind === "comment" || kind === "fence" || templateRows.has(k + 1)) return;
      const wrapped =
        kind === "text" || kind === "list-item"
          ? findWrappedPlaceholder(doc.lines, k, template)
          : null;
      const hits = findPlaceholders(line, kind === "code", template);
      for (const hit of wrapped ? [...hits, wrapped] : hits) {
        report({
          messageId: "placeholder",
          data: { text: code(hit.text) },
          line: k + 1,
          column: hit.index + 1,
          ...(hit === wrapped ? {} : { endColumn: hit.index + hit.text.length + 1 }),
        });
      }
    });
  },
};
