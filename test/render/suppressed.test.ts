import { describe, expect, it } from "@jest/globals";
import { renderJobSummary } from "../../src/action/summary.js";
import { renderCompact } from "../../src/cli/text.js";
import { DEFAULT_CONFIG } from "../../src/config/config.js";
import { checkPlan } from "../../src/engine/check.js";
import type { FileResult } from "../../src/engine/types.js";
import { renderCheckRun } from "../../src/render/check-run.js";
import { planSection, renderComment } from "../../src/render/comment.js";
import { toJsonReport } from "../../src/render/json.js";
import { toSarif } from "../../src/render/sarif.js";
import { suppressionLines } from "../../src/render/suppressed.js";
import { summarize, summaryLine } from "../../src/render/text.js";
import { renderWorkflowCommands } from "../../src/render/workflow-commands.js";
import { failingResult } from "../fixtures/findings.js";
import { sarifValidator } from "../fixtures/sarif-validator.js";
import { SUPPRESSED_CONSTITUTION, SUPPRESSED_PLAN } from "../fixtures/suppressed.js";

/**
 * Every output says how many findings suppression comments silenced, so that a suppression
 * never hides a problem quietly.
 */

const silenced: FileResult = checkPlan({
  plan: { path: "specs/001-x/plan.md", text: SUPPRESSED_PLAN },
  constitution: { path: ".specify/memory/constitution.md", text: SUPPRESSED_CONSTITUTION },
  template: null,
  config: {
    ...DEFAULT_CONFIG,
    rules: { ...DEFAULT_CONFIG.rules, "technical-context-field": "off" },
  },
});

const links = { repoUrl: "https://github.com/o/r", sha: "a".repeat(40) };

describe("the engine's record of silenced findings", () => {
  it("counts them and keeps each with its rule, line and the comment's reason and line", () => {
    expect(silenced.verdict).toBe("pass");
    expect(silenced.findings).toEqual([]);
    expect(silenced.suppressed).toBe(2);
    expect(silenced.suppressions?.map((s) => [s.rule, s.line, s.directiveLine, s.reason])).toEqual([
      ["no-placeholder", 6, 5, "@octocat said <b>so</b> | see #12"],
      ["gate-justification", 11, 10, "deferred by ADR-12"],
    ]);
  });
});

describe("summary line, compact and workflow commands", () => {
  it("add `, 2 suppressed` to the summary line, only when something was silenced", () => {
    const line = "1 plan checked: 1 passed, 0 failed, 0 skipped; 0 errors, 0 warnings, 0 notices";
    expect(summaryLine(summarize([silenced]))).toBe(`${line}, 2 suppressed`);
    expect(summaryLine(summarize([failingResult]))).not.toContain("suppressed");
    expect(renderCompact([silenced], { color: false, verbose: false })).toBe(
      `${line}, 2 suppressed\n`,
    );
    expect(renderCompact([silenced], { color: false, verbose: true })).toContain(
      "specs/001-x/plan.md  pass  (2 suppressed)\n",
    );
    expect(renderWorkflowCommands([silenced, failingResult]).trimEnd().split("\n").at(-1)).toBe(
      "2 plans checked: 1 passed, 1 failed, 0 skipped; 2 errors, 1 warning, 1 notice, 2 suppressed",
    );
  });
});

describe("json", () => {
  it("gives `suppressed` and the silenced findings per file, and `totals` over all files", () => {
    const report = toJsonReport([silenced, failingResult]);
    expect(report.files.map((f) => f.suppressed)).toEqual([2, 0]);
    expect(report.files[1]?.suppressions).toEqual([]);
    expect(report.files[0]?.suppressions[1]).toEqual({
      rule: "gate-justification",
      severity: "error",
      line: 11,
      endLine: 11,
      column: 1,
      message: expect.stringMatching(/^Gate `II\. Test-First` is unchecked/),
      principle: "II. Test-First",
      section: "Constitution Check",
      reason: "deferred by ADR-12",
      directiveLine: 10,
    });
    expect(report.totals).toEqual({
      plans: 2,
      passed: 1,
      failed: 1,
      skipped: 0,
      errors: 2,
      warnings: 1,
      notices: 1,
      suppressed: 2,
    });
  });
});

describe("sarif", () => {
  it("counts the silenced findings in the run's properties and emits no result for them", () => {
    const log = toSarif([silenced, failingResult], { toolVersion: "0.1.0" });
    const validate = sarifValidator();
    expect(validate(log) ? [] : validate.errors).toEqual([]);
    const run = log.runs[0]!;
    expect(run.properties).toEqual({
      suppressed: 2,
      suppressedByFile: { "specs/001-x/plan.md": 2 },
    });
    // Code scanning would open an alert for a result carrying `suppressions`.
    expect(run.results?.map((r) => r.ruleId)).not.toContain("gate-justification");
    expect(run.results?.some((r) => r.suppressions !== undefined)).toBe(false);
    expect(toSarif([failingResult], { toolVersion: "0.1.0" }).runs[0]?.properties).toEqual({
      suppressed: 0,
      suppressedByFile: {},
    });
  });
});

describe("the check run", () => {
  const output = renderCheckRun([silenced, failingResult], { ...links, rerun: "Re-run." });

  it("counts them in the title, the headline and a Suppressed column", () => {
    expect(output.title).toBe("2 errors in 1 of 2 plans (2 suppressed)");
    expect(output.summary).toContain(
      "**1 of 2 plans fail the gate**: 2 errors, 1 warning, 1 notice, 2 suppressed.",
    );
    expect(output.summary).toContain(
      "| Plan | Result | Errors | Warnings | Notices | Suppressed |",
    );
    expect(output.summary).toContain("| ✅ pass | 0 | 0 | 0 | 2 |");
    expect(output.summary).toContain("| ❌ fail | 2 | 1 | 1 | 0 |");
    expect(renderCheckRun([silenced], { ...links, rerun: "Re-run." }).title).toBe(
      "All gates pass: 1 plan (2 suppressed)",
    );
  });

  it("lists each silenced finding in the text, linked to its line, with the reason made inert", () => {
    const text = output.text ?? "";
    expect(text).toContain("Judged against `.specify/memory/constitution.md` · 2 suppressed");
    expect(text).toContain(
      "<details><summary>2 findings suppressed by comments in the plan</summary>",
    );
    expect(text).toContain(
      `| [11](https://github.com/o/r/blob/${links.sha}/specs/001-x/plan.md#L11) | [\`gate-justification\`](https://github.com/speckit-gate/speckit-gate/blob/main/docs/rules/gate-justification.md) | error | deferred by ADR-12 |`,
    );
    const row = text.split("\n").find((l) => l.includes("#L6)")) ?? "";
    expect(row).toContain("@\u2060octocat said &lt;b&gt;so&lt;/b&gt; &#124; see #\u206012");
    expect(row).not.toContain("<b>");
  });

  it("shows no Suppressed column and no list when nothing was silenced", () => {
    const plain = renderCheckRun([failingResult], { ...links, rerun: "Re-run." });
    expect(plain.summary).not.toContain("uppressed");
    expect(plain.text).not.toContain("uppressed");
  });
});

describe("the pull request comment", () => {
  const state = { head: "a".repeat(40), base: "b".repeat(40), at: "2025-06-01T10:00:00Z" };
  const ctx = { ...links, state, checkName: "speckit-gate" };

  it("counts them in the headline and the plans table, and lists them under the plan", () => {
    expect(renderComment([silenced], ctx)).toContain(
      "## ✅ speckit-gate: the plan passes its gates (2 suppressed)",
    );
    const both = renderComment([silenced, failingResult], ctx);
    expect(both).toContain("| ✅ pass | 2 suppressed |");
    expect(both).toContain(
      "<details><summary>2 findings suppressed by comments in the plan</summary>",
    );
    expect(both).toContain("| Line | Rule | Severity | Reason given |");
  });

  it("still counts them when the comment is cut down to the verdicts", () => {
    expect(planSection(silenced, links, { heading: "###", suppressions: "count" })).toContain(
      "_2 findings suppressed by comments in the plan._",
    );
  });

  it("counts what it does not list, and says when a comment gave no reason", () => {
    const many: FileResult = {
      ...silenced,
      suppressed: 52,
      suppressions: Array.from({ length: 52 }, (_, i) => ({
        ...silenced.suppressions![0]!,
        line: i + 1,
        endLine: i + 1,
        reason: "",
      })),
    };
    const lines = suppressionLines(many, links);
    expect(lines.filter((l) => l.includes("_no reason given_"))).toHaveLength(50);
    expect(lines).toContain("_…and 2 more: see the comments in the plan._");
    // A result counted without its list (an older engine) still shows the count.
    expect(suppressionLines({ ...failingResult, suppressed: 3 }, links)).toEqual([
      "_3 findings suppressed by comments in the plan._",
    ]);
  });
});

describe("the Action's job summary", () => {
  it("counts them in its summary line and lists them under the plan", () => {
    const summary = renderJobSummary([silenced], {
      ...links,
      scope: "every plan",
      sarifFile: null,
      version: "0.1.0",
      notes: [],
    });
    expect(summary).toContain(
      "1 plan checked: 1 passed, 0 failed, 0 skipped; 0 errors, 0 warnings, 0 notices, 2 suppressed — every plan.",
    );
    expect(summary).toContain(
      "<details><summary>2 findings suppressed by comments in the plan</summary>",
    );
  });
});
