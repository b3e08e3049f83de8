import { code, type Rule } from "../rule.js";

const REMOVE_IF_UNUSED = /\[REMOVE IF UNUSED\]/i;
/** `Option 2:` opening a line (after `#`, `-`, `**`), or opening the Structure Decision's value. */
const OPTION_LABEL =
  /^(?:\s*(?:[#>*+-]+\s*)*(?:\*\*|__)?|.*structure decision(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?)(Option\s+(?:\d+|[A-Z])\s*[:：])/i;

export const noOptionLabel: Rule = {
  id: "no-option-label",
  summary: "`Option N:` or `[REMOVE IF UNUSED]` structure labels left in the plan",
  defaultSeverity: "error",
  messages: {
    label:
      'Structure label {{text}} is still in the plan. The template offers several layouts and says "the delivered plan must not include Option labels": the plan should describe the one structure chosen. Delete the unused options and the label, and keep only the real paths.',
  },
  check({ plan, report }) {
    const { doc } = plan;
    doc.lines.forEach((line, k) => {
      if (doc.kinds[k] === "comment") return;
      const remove = REMOVE_IF_UNUSED.exec(line);
      const structure =
        plan.inSection("project-structure", k + 1) || /structure decision/i.test(line);
      const option = structure ? OPTION_LABEL.exec(line) : null;
      if (!remove && !option) return;
      const index = remove
        ? remove.index
        : (option?.index ?? 0) + (option?.[0].length ?? 0) - (option?.[1]?.length ?? 0);
      const text = remove ? line.slice(remove.index).trim() : (option?.[1] ?? "");
      report({
        messageId: "label",
        data: { text: code(text, 60) },
        line: k + 1,
        column: index + 1,
        section: "Project Structure",
      });
    });
  },
};
