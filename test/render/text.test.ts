import { describe, expect, it } from "@jest/globals";
import { renderText, summarize, summaryLine } from "../../src/render/text.js";
import { failingResult, passingResult, sampleResults } from "../fixtures/findings.js";

const ESC = "\u001b[";

describe("renderText", () => {
  it("groups findings per plan, sorted by position, with a summary line", () => {
    expect(renderText(sampleResults)).toBe(
      [
        "specs/001-passing-feature/plan.md  pass",
        "",
        "specs/002-failing-feature/plan.md  fail",
        "  specs/002-failing-feature/plan.md:3:14  error    The placeholder `[###-feature-name]` is template text. Replace it with the feature branch, e.g. `002-failing-feature`.  [no-placeholder]",
        "  specs/002-failing-feature/plan.md:12  notice   An `ACTION REQUIRED` template comment is left in (50% done?), remove it.  [no-template-comment]",
        "  specs/002-failing-feature/plan.md:30  error    Principle `III. Test-First (NON-NEGOTIABLE)` is never addressed by the Constitution Check.  [principle-coverage]",
        "      Add a gate for it: 100% of gates, 0 exceptions.",
        "  specs/002-failing-feature/plan.md:88:1  warning  The plan cites constitution `v1.1.0`, but the current version is `1.2.0`: re-check it, then cite `v1.2.0`.  [constitution-version]",
        "",
        "services/billing api/specs/003-refunds/plan.md  skipped",
        "  services/billing api/specs/003-refunds/plan.md:1  warning  No constitution found at `.specify/memory/constitution.md`, `memory/constitution.md` or `docs/constitution.md`: constitution rules were skipped.  [constitution-missing]",
        "",
        "3 plans checked: 1 passed, 1 failed, 1 skipped; 2 errors, 2 warnings, 1 notice",
        "",
      ].join("\n"),
    );
  });

  it("uses no escape codes unless colour is asked for", () => {
    expect(renderText(sampleResults)).not.toContain(ESC);
    expect(renderText(sampleResults, { color: false })).not.toContain(ESC);
  });

  it("colours severities, verdicts and the summary when asked", () => {
    const out = renderText(sampleResults, { color: true });
    expect(out).toContain(`${ESC}31merror  ${ESC}39m`);
    expect(out).toContain(`${ESC}33mwarning${ESC}39m`);
    expect(out).toContain(`${ESC}36mnotice ${ESC}39m`);
    expect(out).toContain(`${ESC}32mpass${ESC}39m`);
    expect(out).toContain(`${ESC}2m[no-placeholder]${ESC}22m`);
    // Without the escapes the text is the same as uncoloured.
    expect(out.replace(new RegExp(`${ESC.replace("[", "\\[")}\\d+m`, "g"), "")).toBe(
      renderText(sampleResults),
    );
  });

  it("says so when there is nothing to report", () => {
    expect(renderText([])).toBe("No plans checked.\n");
    expect(renderText([passingResult])).toBe(
      "specs/001-passing-feature/plan.md  pass\n\n1 plan checked: 1 passed, 0 failed, 0 skipped; 0 errors, 0 warnings, 0 notices\n",
    );
  });
});

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
