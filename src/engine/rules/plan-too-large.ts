import type { Rule } from "../rule.js";

/** Judged on the raw input, before parsing: nothing else runs on such a plan. */
export const planTooLarge: Rule = {
  id: "plan-too-large",
  summary: "The plan is larger than the configured limit and was not parsed",
  defaultSeverity: "error",
  messages: {
    tooLarge:
      "The plan is {{size}} bytes, above the {{limit}}-byte limit, so it was not checked. A plan this large is usually generated output or a committed artifact, not a plan a reviewer can read. Split it, or raise `max-plan-bytes` in `.github/speckit.yml` if it really is one plan.",
  },
  checkSource({ byteLength, maxBytes }, report) {
    if (byteLength > maxBytes)
      report({ messageId: "tooLarge", data: { size: byteLength, limit: maxBytes }, line: 1 });
  },
};
