import { linksToCheck } from "../links.js";
import { code, type Rule } from "../rule.js";

export const specLink: Rule = {
  id: "spec-link",
  summary: "A link to the spec or a sibling artifact points at a file that does not exist",
  defaultSeverity: "warning",
  messages: {
    broken:
      "Link {{href}} points at {{target}}{{close}}, which does not exist at this commit. The plan's readers (and `/speckit.tasks`) follow it to the spec and design artifacts. Fix the path (it is relative to the plan's folder), or add the missing file.",
  },
  check({ plan, planPath, exists, report }) {
    if (!exists) return;
    for (const link of linksToCheck(planPath, plan)) {
      if (exists(link.target) || link.alternatives.some(exists)) continue;
      report({
        messageId: "broken",
        data: {
          href: code(link.href),
          target: [link.target, ...link.alternatives].map((t) => `\`${t}\``).join(" (nor at "),
          close: link.alternatives.length > 0 ? ")" : "",
        },
        line: link.line,
        column: link.column,
      });
    }
  },
};
