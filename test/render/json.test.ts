import { describe, expect, it } from "@jest/globals";
import { renderJson } from "../../src/render/json.js";
import { sampleResults } from "../fixtures/findings.js";

describe("renderJson", () => {
  const out = renderJson(sampleResults);
  const report = JSON.parse(out) as {
    version: number;
    files: { path: string; findings: Record<string, unknown>[] }[];
  };

  it("is the stable version-1 format, one entry per plan, in order", () => {
    expect(out.endsWith("}\n")).toBe(true);
    expect(report.version).toBe(1);
    expect(report.files.map((f) => Object.keys(f))).toEqual(
      Array(3).fill(["path", "constitution", "verdict", "findings", "suppressed", "suppressions"]),
    );
    expect(report.files.map(({ findings: _findings, ...rest }) => rest)).toEqual([
      {
        path: "specs/001-passing-feature/plan.md",
        constitution: ".specify/memory/constitution.md",
        verdict: "pass",
        suppressed: 0,
        suppressions: [],
      },
      {
        path: "specs/002-failing-feature/plan.md",
        constitution: ".specify/memory/constitution.md",
        verdict: "fail",
        suppressed: 0,
        suppressions: [],
      },
      {
        path: "services/billing api/specs/003-refunds/plan.md",
        constitution: null,
        verdict: "skipped",
        suppressed: 0,
        suppressions: [],
      },
    ]);
  });

  it("writes every finding with a fixed key order, column null when unknown, principle and section only when known", () => {
    const findings = report.files[1]?.findings ?? [];
    expect(findings).toEqual([
      {
        rule: "no-placeholder",
        severity: "error",
        line: 3,
        endLine: 3,
        column: 14,
        message:
          "The placeholder `[###-feature-name]` is template text. Replace it with the feature branch, e.g. `002-failing-feature`.",
        section: "Header",
      },
      {
        rule: "principle-coverage",
        severity: "error",
        line: 30,
        endLine: 41,
        column: null,
        message:
          "Principle `III. Test-First (NON-NEGOTIABLE)` is never addressed by the Constitution Check.\nAdd a gate for it: 100% of gates, 0 exceptions.",
        principle: "III. Test-First (NON-NEGOTIABLE)",
        section: "Constitution Check",
      },
      {
        rule: "constitution-version",
        severity: "warning",
        line: 88,
        endLine: 88,
        column: 1,
        message:
          "The plan cites constitution `v1.1.0`, but the current version is `1.2.0`: re-check it, then cite `v1.2.0`.",
      },
      {
        rule: "no-template-comment",
        severity: "notice",
        line: 12,
        endLine: 16,
        column: null,
        message: "An `ACTION REQUIRED` template comment is left in (50% done?), remove it.",
        section: "Technical Context",
      },
    ]);
    expect(findings.map((f) => Object.keys(f))[1]).toEqual([
      "rule",
      "severity",
      "line",
      "endLine",
      "column",
      "message",
      "principle",
      "section",
    ]);
    expect(out).not.toContain('"docs"');
  });

  it("renders an empty run", () => {
    expect(JSON.parse(renderJson([]))).toEqual({
      version: 1,
      files: [],
      totals: {
        plans: 0,
        passed: 0,
        failed: 0,
        skipped: 0,
        errors: 0,
        warnings: 0,
        notices: 0,
        suppressed: 0,
      },
    });
  });
});
