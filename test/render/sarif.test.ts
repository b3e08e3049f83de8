import { describe, expect, it } from "@jest/globals";
import { renderSarif, toSarif } from "../../src/render/sarif.js";
import { sampleResults } from "../fixtures/findings.js";
import { sarifValidator } from "../fixtures/sarif-validator.js";

const options = { toolVersion: "0.1.0" };

describe("renderSarif", () => {
  const validate = sarifValidator();

  it("produces a log valid against the SARIF 2.1.0 schema", () => {
    const log: unknown = JSON.parse(renderSarif(sampleResults, options));
    expect(validate(log) ? [] : validate.errors).toEqual([]);
    expect(validate(JSON.parse(renderSarif([], options)))).toBe(true);
  });

  it("catches an invalid log (the validator is not vacuous)", () => {
    const log = toSarif(sampleResults, options) as unknown as {
      runs: { results: { level: string }[] }[];
    };
    const first = log.runs[0]?.results[0];
    if (first) first.level = "notice";
    expect(validate(log)).toBe(false);
  });

  it("describes the tool and each reported rule once, sorted, from the rule registry", () => {
    const driver = toSarif(sampleResults, options).runs[0]?.tool.driver;
    expect(driver?.name).toBe("speckit-gate");
    expect(driver?.version).toBe("0.1.0");
    expect(driver?.informationUri).toBe("https://github.com/speckit-gate/speckit-gate");
    const docs = "https://github.com/speckit-gate/speckit-gate/blob/main/docs/rules";
    expect(driver?.rules?.map((r) => [r.id, r.helpUri, r.defaultConfiguration?.level])).toEqual([
      ["constitution-missing", `${docs}/constitution-missing.md`, "warning"],
      ["constitution-version", `${docs}/constitution-version.md`, "warning"],
      ["no-placeholder", `${docs}/no-placeholder.md`, "error"],
      ["no-template-comment", `${docs}/no-template-comment.md`, "note"],
      ["principle-coverage", `${docs}/principle-coverage.md`, "error"],
    ]);
    expect(driver?.rules?.[2]?.shortDescription).toEqual({
      text: "Template placeholder text left in the plan",
    });
    const other = toSarif(sampleResults, { ...options, docsBaseUrl: "https://example.test/v1/" });
    expect(other.runs[0]?.tool.driver.rules?.[0]?.helpUri).toBe(
      "https://example.test/v1/docs/rules/constitution-missing.md",
    );
  });

  it("describes a rule unknown to the registry by its id", () => {
    const [plan] = sampleResults.slice(1);
    if (!plan) throw new Error("fixture");
    const finding = {
      ...plan.findings[0]!,
      rule: "future-rule",
      docs: "docs/rules/future-rule.md",
    };
    const rule = toSarif([{ ...plan, findings: [finding] }], options).runs[0]?.tool.driver
      .rules?.[0];
    expect(rule).toEqual({
      id: "future-rule",
      shortDescription: { text: "future-rule" },
      helpUri: "https://github.com/speckit-gate/speckit-gate/blob/main/docs/rules/future-rule.md",
    });
  });

  it("writes one result per finding with level, location and properties", () => {
    const results = toSarif(sampleResults, options).runs[0]?.results ?? [];
    expect(results).toHaveLength(5);
    expect(results.map((r) => [r.ruleId, r.ruleIndex, r.level])).toEqual([
      ["no-placeholder", 2, "error"],
      ["principle-coverage", 4, "error"],
      ["constitution-version", 1, "warning"],
      ["no-template-comment", 3, "note"],
      ["constitution-missing", 0, "warning"],
    ]);
    expect(results[0]).toEqual({
      ruleId: "no-placeholder",
      ruleIndex: 2,
      level: "error",
      message: {
        text: "The placeholder `[###-feature-name]` is template text. Replace it with the feature branch, e.g. `002-failing-feature`.",
      },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: "specs/002-failing-feature/plan.md" },
            region: { startLine: 3, endLine: 3, startColumn: 14, endColumn: 34 },
          },
        },
      ],
      properties: { section: "Header" },
    });
    expect(results[1]?.locations?.[0]?.physicalLocation?.region).toEqual({
      startLine: 30,
      endLine: 41,
    });
    expect(results[1]?.properties).toEqual({
      principle: "III. Test-First (NON-NEGOTIABLE)",
      section: "Constitution Check",
    });
    expect(results[2]?.properties).toBeUndefined();
    expect(results[4]?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe(
      "services/billing%20api/specs/003-refunds/plan.md",
    );
  });
});
