import { describe, expect, it } from "@jest/globals";
import {
  escapeData,
  escapeProperty,
  renderWorkflowCommands,
} from "../../src/render/workflow-commands.js";
import { sampleResults } from "../fixtures/findings.js";

describe("escaping", () => {
  it("escapes %, CR and LF in data, and also : and , in properties", () => {
    expect(escapeData("50%\r\nnext: a,b")).toBe("50%25%0D%0Anext: a,b");
    expect(escapeProperty("50%\r\nnext: a,b")).toBe("50%25%0D%0Anext%3A a%2Cb");
    // `%` first, so an escape already in the text is not decoded by GitHub.
    expect(escapeData("%0A")).toBe("%250A");
  });
});

describe("renderWorkflowCommands", () => {
  it("writes one command per finding and the summary line", () => {
    expect(renderWorkflowCommands(sampleResults).split("\n")).toEqual([
      "::error file=specs/002-failing-feature/plan.md,line=3,endLine=3,col=14,endColumn=34,title=speckit-gate no-placeholder::The placeholder `[###-feature-name]` is template text. Replace it with the feature branch, e.g. `002-failing-feature`.",
      "::error file=specs/002-failing-feature/plan.md,line=30,endLine=41,title=speckit-gate principle-coverage::Principle `III. Test-First (NON-NEGOTIABLE)` is never addressed by the Constitution Check.%0AAdd a gate for it: 100%25 of gates, 0 exceptions.",
      "::warning file=specs/002-failing-feature/plan.md,line=88,endLine=88,col=1,title=speckit-gate constitution-version::The plan cites constitution `v1.1.0`, but the current version is `1.2.0`: re-check it, then cite `v1.2.0`.",
      "::notice file=specs/002-failing-feature/plan.md,line=12,endLine=16,title=speckit-gate no-template-comment::An `ACTION REQUIRED` template comment is left in (50%25 done?), remove it.",
      "::warning file=services/billing api/specs/003-refunds/plan.md,line=1,endLine=1,title=speckit-gate constitution-missing::No constitution found at `.specify/memory/constitution.md`, `memory/constitution.md` or `docs/constitution.md`: constitution rules were skipped.",
      "3 plans checked: 1 passed, 1 failed, 1 skipped; 2 errors, 2 warnings, 1 notice",
      "",
    ]);
  });

  it("escapes commas and colons in the file property", () => {
    const [result] = sampleResults.slice(1);
    if (!result) throw new Error("fixture");
    const out = renderWorkflowCommands([{ ...result, path: "specs/a,b:c/plan.md" }]);
    expect(out).toContain("file=specs/a%2Cb%3Ac/plan.md,line=3");
  });
});
