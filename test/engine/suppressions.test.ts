import { describe, expect, it } from "@jest/globals";
import { DEFAULT_CONFIG } from "../../src/config/config.js";
import { checkPlan } from "../../src/engine/check.js";

const CONSTITUTION = "# C\n## Core Principles\n### I. Library-First\nx\n### II. Test-First\ny\n";

function run(lines: readonly string[], rules: Record<string, "error" | "warning" | "off"> = {}) {
  return checkPlan({
    plan: { path: "specs/001-x/plan.md", text: lines.join("\n") },
    constitution: { path: ".specify/memory/constitution.md", text: CONSTITUTION },
    template: null,
    config: { ...DEFAULT_CONFIG, rules: { ...DEFAULT_CONFIG.rules, ...rules } },
  });
}

const pairs = (r: ReturnType<typeof run>): string[] => r.findings.map((f) => `${f.line} ${f.rule}`);

const PLAN = [
  "# Implementation Plan: X", //                                      1
  "## Summary", //                                                     2
  "A thing.", //                                                       3
  "## Technical Context", //                                           4
  "**Language/Version**: [e.g., Python 3.11]", //                     5
  "## Constitution Check", //                                          6
  "- [x] **I. Library-First**: a library", //                         7
  "- [ ] **II. Test-First**: later", //                               8
  "## Project Structure", //                                           9
  "src/", //                                                           10
];

describe("suppression comments", () => {
  it("silence the named rule on the next line with content, and are counted", () => {
    const plan = [...PLAN];
    plan.splice(7, 0, "<!-- speckit-gate-disable-next-line gate-justification -- ADR-12 -->", "");
    const result = run(plan, { "technical-context-field": "off" });
    expect(pairs(result)).toEqual(["5 no-placeholder"]);
    expect(result.suppressed).toBe(1);
    expect(result.verdict).toBe("fail");
  });

  it("silence a range between disable and enable, only for the rules named", () => {
    const plan = [
      ...PLAN.slice(0, 4),
      "<!-- speckit-gate-disable no-placeholder, gate-justification -- known -->",
      ...PLAN.slice(4, 8),
      "<!-- speckit-gate-enable no-placeholder, gate-justification -->",
      ...PLAN.slice(8),
      "[FEATURE]",
    ];
    const result = run(plan, { "technical-context-field": "off" });
    // The placeholder after the enable comment is reported again.
    expect(pairs(result)).toEqual(["13 no-placeholder"]);
    expect(result.suppressed).toBe(2);
  });

  it("report a directive that silences nothing, names an unknown rule or gives no reason", () => {
    const plan = [
      ...PLAN.slice(0, 6),
      "<!-- speckit-gate-disable-next-line no-placeholder -- nothing here -->",
      PLAN[6] ?? "",
      "<!-- speckit-gate-disable-next-line gate-justifcation -- typo -->",
      PLAN[7] ?? "",
      "<!-- speckit-gate-disable-next-line no-placeholder -->",
      ...PLAN.slice(8),
    ];
    plan[4] = "<!-- speckit-gate-disable-next-line no-placeholder -->\n" + (plan[4] ?? "");
    const result = run(plan.join("\n").split("\n"), { "technical-context-field": "off" });
    const unused = result.findings.filter((f) => f.rule === "unused-suppression");
    // 5: no reason (it does silence line 6); 8: silences nothing; 10: unknown rule; 12: both.
    expect(unused.map((f) => f.line)).toEqual([5, 8, 10, 12, 12]);
    expect(unused.every((f) => f.severity === "warning")).toBe(true);
    expect(
      unused.map(
        (f) => /silences nothing|names `gate-justifcation`|no reason/.exec(f.message)?.[0],
      ),
    ).toEqual([
      "no reason",
      "silences nothing",
      "names `gate-justifcation`",
      "silences nothing",
      "no reason",
    ]);
    // The misspelt directive silenced nothing: the gate is still reported.
    expect(pairs(result)).toContain("11 gate-justification");
  });

  it("cannot silence the rule that reports them", () => {
    const plan = [
      "<!-- speckit-gate-disable unused-suppression -- quiet please -->",
      "<!-- speckit-gate-disable-next-line no-placeholder -- nothing -->",
      ...PLAN,
    ];
    const result = run(plan, { "technical-context-field": "off", "no-placeholder": "off" });
    expect(result.findings.filter((f) => f.rule === "unused-suppression").length).toBe(2);
  });

  it("are not read inside fenced code or from a line of text", () => {
    const plan = [
      ...PLAN.slice(0, 4),
      "```",
      "<!-- speckit-gate-disable-next-line no-placeholder -- in code -->",
      "```",
      "Text <!-- speckit-gate-disable-next-line no-placeholder -- inline -->",
      ...PLAN.slice(4),
    ];
    const result = run(plan, { "technical-context-field": "off" });
    expect(pairs(result)).toContain("9 no-placeholder");
    expect(result.suppressed ?? 0).toBe(0);
  });
});
