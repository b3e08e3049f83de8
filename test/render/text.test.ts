import { describe, expect, it } from "@jest/globals";
import { summarize, summaryLine } from "../../src/render/text.js";
import { failingResult, sampleResults } from "../fixtures/findings.js";

describe("summarize", () => {
  it("counts verdicts and severities", () => {
    expect(summarize(sampleResults)).toEqual({
      plans: 3,
      passed: 1,
      failed: 1,
      skipped: 1,
      errors: 2,
      warnings: 2,
      notices: 1,
      suppressed: 0,
    });
    expect(summaryLine(summarize([failingResult]))).toBe(
      "1 plan checked: 0 passed, 1 failed, 0 skipped; 2 errors, 1 warning, 1 notice",
    );
  });
});
