import { describe, expect, it } from "@jest/globals";
import { cappedAnnotations } from "../../src/action/annotations.js";
import type { FileResult, Finding, Severity } from "../../src/engine/types.js";

function result(path: string, severities: Severity[]): FileResult {
  const findings = severities.map((severity, i): Finding => ({
    rule: "no-placeholder",
    severity,
    line: i + 1,
    endLine: i + 1,
    message: `${severity} ${i + 1}`,
    docs: "docs/rules/no-placeholder.md",
  }));
  return {
    path,
    constitution: null,
    verdict: "fail",
    findings,
    gates: [],
    principles: [],
    constitutionSkipped: false,
  };
}

const where = "the job summary";

describe("cappedAnnotations", () => {
  it("annotates everything, with no notice, within GitHub's limits", () => {
    const r = cappedAnnotations(
      [result("a.md", Array(10).fill("error")), result("b.md", Array(10).fill("notice"))],
      where,
    );
    expect(r.lines).toHaveLength(20);
    expect(r.cut).toEqual({ error: 0, warning: 0, notice: 0 });
    expect(r.lines[0]).toBe(
      "::error file=a.md,line=1,endLine=1,title=speckit-gate no-placeholder::error 1",
    );
  });

  it("takes findings in turns from each plan, keeps reading order, and says what it cut", () => {
    const plans = [
      result("a.md", Array(8).fill("error")),
      result("b.md", ["error", "error", "warning"]),
      result("c.md", Array(12).fill("notice")),
    ];
    const r = cappedAnnotations(plans, where);
    const files = r.lines.map((l) => /file=([^,]+)/.exec(l)?.[1] ?? "notice");
    expect(files).toEqual([
      ...Array(8).fill("a.md"),
      "b.md",
      "b.md",
      "b.md",
      ...Array(9).fill("c.md"),
      "notice",
    ]);
    expect(r.cut).toEqual({ error: 0, warning: 0, notice: 3 });
    expect(r.lines.at(-1)).toBe(
      "::notice title=speckit-gate%3A more findings than annotations::3 findings (3 notices) are not annotated: GitHub shows at most 10 errors, 10 warnings and 10 notices per step. Every finding is in the job summary.",
    );

    const many = cappedAnnotations(
      [result("a.md", Array(30).fill("error")), result("b.md", ["error", "warning"])],
      where,
    );
    const errors = many.lines.filter((l) => l.startsWith("::error"));
    expect(errors.filter((l) => l.includes("file=b.md"))).toHaveLength(1);
    expect(errors).toHaveLength(10);
    expect(many.cut).toEqual({ error: 21, warning: 0, notice: 0 });
    expect(many.lines.at(-1)).toContain("21 findings (21 errors) are not annotated");
  });
});
