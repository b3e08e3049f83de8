import { describe, expect, it } from "@jest/globals";
import { DEFAULT_CONFIG, parseConfigText, resolveConfig } from "../../src/config/config.js";

describe("parseConfigText", () => {
  it("applies the defaults to an empty file", () => {
    expect(parseConfigText("")).toEqual({ ok: true, config: DEFAULT_CONFIG });
  });

  it("reads every setting", () => {
    const result = parseConfigText(
      [
        "plans: [docs/plans/**/plan.md]",
        "constitution: [/governance/constitution.md]",
        "template: []",
        "rules: { spec-link: off, constitution-version: error }",
        "check-name: plan-gate",
        "comment: failures",
        "push-branches: [release/*]",
        "max-plan-bytes: 2097152",
        "max-run-bytes: 8388608",
        "amendments: block",
      ].join("\n"),
    );
    expect(result).toEqual({
      ok: true,
      config: {
        plans: ["docs/plans/**/plan.md"],
        constitution: ["/governance/constitution.md"],
        template: [],
        rules: { "spec-link": "off", "constitution-version": "error" },
        checkName: "plan-gate",
        comment: "failures",
        pushBranches: ["release/*"],
        maxPlanBytes: 2097152,
        maxRunBytes: 8388608,
        amendments: "block",
      },
    });
  });

  it("names each problem once, on its line, in line order", () => {
    const result = parseConfigText("rules:\n  no-placeholder: loud\n  not-a-rule: off\nbogus: 1\n");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => `${e.line}:${e.column} ${e.message.split(":")[0]}`)).toEqual([
      "2:3 Invalid value at `rules.no-placeholder`",
      "3:3 Unknown rule id `not-a-rule` under `rules`. See docs/rules/ for the rule ids.",
      "4:1 Unknown setting `bogus` at the top level. Known settings",
    ]);
  });

  it("reports a YAML syntax error on its line", () => {
    const result = parseConfigText("plans:\n  - [unclosed\n");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.line).toBeGreaterThanOrEqual(2);
  });

  it("treats a missing file (null) as the defaults, and rejects a wrong type", () => {
    expect(resolveConfig(null)).toEqual({ ok: true, config: DEFAULT_CONFIG });
    const bad = resolveConfig({ plans: "specs/**/plan.md" });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]?.message).toBe("Invalid value at `plans`: must be array.");
  });
});
