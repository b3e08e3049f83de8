import { readFileSync } from "node:fs";
import { describe, expect, it } from "@jest/globals";
import { underMode } from "../../src/config/amendments.js";
import { DEFAULT_CONFIG } from "../../src/config/config.js";
import {
  checkAmendment,
  impactReport,
  type ImpactReport,
  type PlanImpact,
} from "../../src/engine/amendment/index.js";
import type { RawFile } from "../../src/engine/check.js";
import {
  amendmentSection,
  amendmentSections,
  type AmendmentView,
  MAX_LISTED_PLANS,
  SECTION_LIMIT_BYTES,
  withAmendments,
} from "../../src/render/amendment.js";
import {
  MAX_ANNOTATIONS,
  OUTPUT_LIMIT_BYTES,
  renderCheckRun,
  renderNoPlanChanges,
} from "../../src/render/check-run.js";
import { renderComment, renderNoPlansComment } from "../../src/render/comment.js";
import {
  renderImpactJson,
  renderImpactSarif,
  renderImpactWorkflowCommands,
  type toJsonImpact,
  type ImpactView,
} from "../../src/render/impact.js";
import { failingResult, passingResult } from "../fixtures/findings.js";
import { sarifValidator } from "../fixtures/sarif-validator.js";

const DIR = new URL("../fixtures/amendment/", import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, DIR), "utf8");
const PATH = ".specify/memory/constitution.md";
const BASE = read("constitution.md");
const PLANS: RawFile[] = ["001-ledger-import", "002-export", "003-audit-log"].map((f) => ({
  path: `specs/${f}/plan.md`,
  text: read(`specs/${f}/plan.md`),
}));
/** Principle IV removed with a MINOR bump (MAJOR is called for). */
const HEAD = BASE.replace(/### IV\. Integration Testing[\s\S]*?### V\./, "### IV.")
  .replace("**Version**: 1.2.0", "**Version**: 1.3.0")
  .replace("**Last Amended**: 2025-03-02", "**Last Amended**: 2025-04-15");
const links = { repoUrl: "https://github.com/o/r", sha: "a".repeat(40) };
const SHA = "b".repeat(40);

function view(
  mode: "warn" | "block" = "warn",
  impact?: (report: ImpactReport) => ImpactReport,
): AmendmentView {
  const checked = checkAmendment({
    base: { path: PATH, text: BASE },
    head: { path: PATH, text: HEAD },
    config: DEFAULT_CONFIG,
  });
  const result = { ...checked, findings: underMode(checked.findings, mode) };
  const report = impactReport(result.amendment, PLANS);
  return { result, mode, impact: impact ? impact(report) : report, notes: [], base: SHA };
}

/** The report with `n` plans to re-check, each a copy of the first with a longer path. */
function many(n: number, path = (i: number) => `specs/${i}/plan.md`) {
  return (report: ImpactReport): ImpactReport => {
    const first = report.plans[0]!;
    const plans: PlanImpact[] = Array.from({ length: n }, (_, i) => ({
      path: path(i),
      items: first.items,
    }));
    return { ...report, plans, checked: n };
  };
}

describe("amendmentSection", () => {
  it("has the version, the changes, the findings and the plans; warnings under warn", () => {
    const s = amendmentSection(view(), links);
    expect(s.failing).toBe(false);
    expect(s.icon).toBe("⚠️");
    expect(s.headline).toBe(
      "the constitution amendment passes with 2 warnings; 3 plans to re-check",
    );
    const text = s.lines.join("\n");
    expect(text).toContain(
      "Version `1.2.0` → `1.3.0` · the changes call for a MAJOR bump · 2 warnings.",
    );
    expect(text).toContain("- MAJOR: principle `IV. Integration Testing` was removed");
    expect(text.match(/^\| ⚠️ \|/gm)).toHaveLength(2);
    expect(text).toContain(
      "**Plans to re-check** (3 of the 3 plans that use this constitution at the head commit):",
    );
  });

  it("makes every finding an error under block, and says so", () => {
    const s = amendmentSection(view("block"), links);
    expect(s.failing).toBe(true);
    expect(s.icon).toBe("❌");
    expect(s.headline).toBe(
      "the constitution amendment fails its checks (2 errors); 3 plans to re-check",
    );
    expect(s.lines).toContain(
      "_`amendments: block`: the amendment's findings are errors, so they fail the check._",
    );
  });

  it("lists at most 25 plans, then how many more and where, within its byte limit", () => {
    const s = amendmentSection(view("warn", many(400)), links);
    const text = s.lines.join("\n");
    expect(text.match(/^- \[`specs\//gm)).toHaveLength(MAX_LISTED_PLANS);
    expect(text).toContain(
      `- _…and 375 more plans: the check run's details list them, and \`speckit-gate impact --base ${SHA.slice(0, 12)}\` lists them all._`,
    );
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(SECTION_LIMIT_BYTES);
  });

  it("lists fewer plans when their paths are long, and still says how many more", () => {
    const long = (i: number) => `services/${"very-long-folder-name/".repeat(20)}${i}/plan.md`;
    const s = amendmentSection(view("warn", many(100, long)), links);
    const text = s.lines.join("\n");
    const listed = text.match(/^- \[`services\//gm)?.length ?? 0;
    expect(listed).toBeGreaterThan(0);
    expect(listed).toBeLessThan(MAX_LISTED_PLANS);
    expect(text).toContain(`- _…and ${100 - listed} more plans:`);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(SECTION_LIMIT_BYTES);
  });

  it("shares one section's size among several constitutions", () => {
    const sections = amendmentSections(
      [view("warn", many(400)), view("warn", many(400)), view("warn", many(400))],
      links,
    );
    const total = sections.reduce((n, s) => n + Buffer.byteLength(s.lines.join("\n")), 0);
    expect(total).toBeLessThanOrEqual(SECTION_LIMIT_BYTES);
  });

  it("says when the plans could not be read", () => {
    const v: AmendmentView = { ...view(), impact: null, notes: ["The plans were not read."] };
    const text = amendmentSection(v, links).lines.join("\n");
    expect(text).not.toContain("Plans to re-check");
    expect(text).toMatch(/\n\nThe plans were not read\.$/);
  });
});

describe("withAmendments", () => {
  it("fails the check on an error-level amendment finding, and keeps the plans' conclusion otherwise", () => {
    const plans = renderCheckRun([passingResult], { ...links, rerun: "Re-run." });
    expect(withAmendments(plans, [view("block")], links, true).conclusion).toBe("failure");
    expect(withAmendments(plans, [view("warn")], links, true).conclusion).toBe("success");
    const none = renderNoPlanChanges({ globs: ["specs/**/plan.md"] });
    const output = withAmendments(none, [view("warn")], links, false);
    expect(output.title).toBe("Constitution amendment: 2 warnings, 3 plans to re-check");
    expect(withAmendments(none, [], links, false)).toBe(none);
  });

  it("puts error annotations first, whatever file they are on, and caps them", () => {
    const plans = renderCheckRun([failingResult], { ...links, rerun: "Re-run." });
    const output = withAmendments(plans, [view("warn")], links, true);
    const levels = output.annotations.map((a) => a.annotation_level);
    expect(levels).toEqual([...levels].sort((a, b) => rank(a) - rank(b)));
    expect(output.annotations.filter((a) => a.path === PATH)).toHaveLength(2);
    const big = { ...plans, annotations: Array(MAX_ANNOTATIONS).fill(plans.annotations[0]!) };
    expect(withAmendments(big, [view("block")], links, true).annotations).toHaveLength(
      MAX_ANNOTATIONS,
    );
  });

  it("lists every plan in the details as far as 65,535 bytes allow", () => {
    const none = renderNoPlanChanges({ globs: ["specs/**/plan.md"] });
    const output = withAmendments(none, [view("warn", many(2000))], links, false);
    expect(Buffer.byteLength(output.text!)).toBeLessThanOrEqual(OUTPUT_LIMIT_BYTES);
    expect(output.text).toMatch(
      /_\d[\d,]* more lines left out to fit GitHub's 65,535-byte limit: `speckit-gate impact --base bbbbbbbbbbbb` lists every plan._$/,
    );
  });
});

describe("withAmendments, when the plans' report fills the text", () => {
  it("leaves the text as it is (the summary lists the plans, the CLI all of them)", () => {
    const none = renderNoPlanChanges({ globs: ["specs/**/plan.md"] });
    const full = { ...none, text: "x".repeat(OUTPUT_LIMIT_BYTES - 500) };
    const output = withAmendments(full, [view("warn", many(50))], links, true);
    expect(output.text).toBe(full.text);
  });
});

const rank = (level: string): number => ["failure", "warning", "notice"].indexOf(level);

describe("the comment with an amendment", () => {
  const state = { head: "a".repeat(40), base: SHA, at: "2025-06-01T10:00:00Z" };
  const ctx = { ...links, state, checkName: "speckit-gate" };

  it("heads a pull request that changes no plan with the amendment", () => {
    const body = renderNoPlansComment({ ...ctx, sections: [amendmentSection(view(), links)] });
    expect(body).toContain(
      "## ⚠️ speckit-gate: the constitution amendment passes with 2 warnings; 3 plans to re-check\n\nThis pull request changes no implementation plan; it amends the constitution.",
    );
    expect(body).toContain("### ⚠️ Constitution amendment:");
  });

  it("says the amendment fails when the plans pass but the amendment blocks", () => {
    const body = renderComment([passingResult], {
      ...ctx,
      sections: [amendmentSection(view("block"), links)],
    });
    expect(body).toMatch(
      /^## ❌ speckit-gate: the constitution amendment fails its checks \(2 errors\); 3 plans to re-check$/m,
    );
  });
});

describe("impact formats", () => {
  const v: ImpactView = { ...view(), impact: view().impact!, base: "origin/main" };

  it("json: version 1 with the constitution in `files` and an `amendment` object", () => {
    const report = JSON.parse(renderImpactJson(v)) as ReturnType<typeof toJsonImpact>;
    expect(report.version).toBe(1);
    expect(report.files.map((f) => [f.path, f.constitution, f.verdict])).toEqual([
      [PATH, PATH, "pass"],
    ]);
    expect(report.files[0]!.findings.map((f) => [f.rule, f.severity])).toEqual([
      ["amendment-sync-report", "warning"],
      ["amendment-version-bump", "warning"],
    ]);
    expect(report.amendment).toMatchObject({
      constitution: PATH,
      base: "origin/main",
      version: { before: "1.2.0", after: "1.3.0" },
      required: "major",
      expected: "2.0.0",
    });
    expect(report.amendment.impact.plans.map((p) => [p.path, p.items.map((i) => i.kind)])).toEqual([
      ["specs/001-ledger-import/plan.md", ["removed", "version"]],
      ["specs/002-export/plan.md", ["version"]],
      ["specs/003-audit-log/plan.md", ["removed"]],
    ]);
    expect(report.amendment.impact.plans[0]!.items[0]).toEqual({
      kind: "removed",
      line: expect.any(Number),
      principle: "IV. Integration Testing",
      message:
        "The plan checks principle `IV. Integration Testing`, which the amendment removes. Remove its gate, or say which principle now covers it.",
    });
  });

  it("sarif: valid SARIF 2.1.0, the findings on the constitution and a note per item on the plans", () => {
    const log = JSON.parse(renderImpactSarif(v, { toolVersion: "0.1.0" }));
    const validate = sarifValidator();
    expect(validate(log) ? [] : validate.errors).toEqual([]);
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([
      "amendment-sync-report",
      "amendment-version-bump",
      "amendment-impact",
    ]);
    const notes = run.results.filter((r: { ruleId: string }) => r.ruleId === "amendment-impact");
    expect(notes).toHaveLength(4);
    expect(notes[0]).toMatchObject({
      ruleIndex: 2,
      level: "note",
      locations: [
        { physicalLocation: { artifactLocation: { uri: "specs/001-ledger-import/plan.md" } } },
      ],
      properties: { kind: "removed", constitution: PATH, principle: "IV. Integration Testing" },
    });
  });

  it("github: warnings on the constitution, notices on the plans, then the summary line", () => {
    const lines = renderImpactWorkflowCommands(v).trimEnd().split("\n");
    expect(lines.filter((l) => l.startsWith(`::warning file=${PATH},`))).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith("::notice file=specs/"))).toHaveLength(4);
    expect(lines.at(-1)).toBe(
      "Amendment of .specify/memory/constitution.md (1.2.0 → 1.3.0): 0 errors, 2 warnings, 0 notices; 3 of 3 plans to re-check",
    );
  });
});
