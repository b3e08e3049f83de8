import type { Rule } from "../rule.js";

/** Judged on the raw input, before parsing: nothing else runs on such a plan. */
export const planUnreadable: Rule = {
  id: "plan-unreadable",
  summary: "The plan is not UTF-8 text (binary or wrongly encoded) and was not parsed",
  defaultSeverity: "error",
  messages: {
    binary:
      "The plan is a binary file (it contains NUL bytes), so it was not checked. A plan must be Markdown text. Check that the right file was committed under this name.",
    encoding:
      "The plan is not valid UTF-8 (first bad byte at offset {{offset}}), so it was not checked. spec-kit plans are UTF-8 Markdown. Re-save the file as UTF-8.",
  },
  checkSource({ unreadable }, report) {
    if (unreadable?.kind === "binary") report({ messageId: "binary", line: 1 });
    if (unreadable?.kind === "encoding")
      report({ messageId: "encoding", data: { offset: unreadable.offset }, line: 1 });
  },
};
