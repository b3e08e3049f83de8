import { code, type Rule } from "../rule.js";
import { normalize } from "../text.js";

const TEMPLATE_COMMENT =
  /ACTION REQUIRED|REPLACE SAMPLE CONTENT|should be populated based on|These gates are derived from your|Include this section if|Document key technical decisions/i;

export const noTemplateComment: Rule = {
  id: "no-template-comment",
  summary: "Template instruction comments (`ACTION REQUIRED`) left in the plan",
  defaultSeverity: "notice",
  messages: {
    comment:
      "Template instruction comment {{text}} is still in the plan. It was written for whoever fills in the template; once the section is filled in it is noise, and it often means the section was not. Check that the section is done, then delete the comment.",
  },
  check({ plan, template, report }) {
    for (const comment of plan.doc.comments) {
      const fromTemplate = template?.comments.has(normalize(comment.text)) ?? false;
      if (!fromTemplate && !TEMPLATE_COMMENT.test(comment.text)) continue;
      report({
        messageId: "comment",
        data: { text: code(comment.text.split("\n")[0] ?? "", 60) },
        line: comment.line,
        endLine: comment.endLine,
      });
    }
  },
};
