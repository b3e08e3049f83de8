import { describe, expect, it } from "@jest/globals";
import type { FileResult, Finding } from "../../src/engine/types.js";
import {
  batches,
  conclusionOf,
  fitBlocks,
  MAX_ANNOTATIONS,
  OUTPUT_LIMIT_BYTES,
  renderCheckRun,
  renderConfigErrors,
  renderCrash,
  renderNoPlanChanges,
  SUMMARY_LIMIT_BYTES,
  toAnnotation,
} from "../../src/render/check-run.js";
import {
  failingResult,
  passingResult,
  sampleResults,
  skippedResult,
} from "../fixtures/findings.js";

const ctx = {
  repoUrl: "https://github.com/o/r",
  sha: "a".repeat(40),
  rerun: "Re-run: comment `/speckit recheck`.",
};

function manyFindings(
  n: number,
  message = "Ünïcödé placeholder `[X]` was never filled in. Replace it.",
): FileResult {
  const findings: Finding[] = Array.from({ length: n }, (_, i) => ({
    rule: "no-placeholder",
    severity: "error",
    line: i + 1,
    endLine: i + 1,
    message: `${message} (${i})`,
    docs: "docs/rules/no-placeholder.md",
  }));
  return { ...failingResult, path: "specs/009-big/plan.md", findings };
}

describe("conclusionOf", () => {
  it("fails on any error, is neutral only when nothing could be judged, passes otherwise", () => {
    expect(conclusionOf(sampleResults)).toBe("failure");
    expect(conclusionOf([passingResult, skippedResult])).toBe("success");
    expect(conclusionOf([skippedResult])).toBe("neutral");
    expect(
      conclusionOf([
        {
          ...passingResult,
          findings: failingResult.findings.filter((f) => f.severity !== "error"),
        },
      ]),
    ).toBe("success");
  });
});

describe("toAnnotation", () => {
  it("uses the rule id as title, maps severities, and keeps columns only on a single line", () => {
    const [placeholder, coverage, version, comment] = failingResult.findings;
    expect(toAnnotation("p.md", placeholder!)).toEqual({
      path: "p.md",
      start_line: 3,
      end_line: 3,
      start_column: 14,
      end_column: 34,
      annotation_level: "failure",
      title: "no-placeholder",
      message:
        "The placeholder `[###-feature-name]` is template text. Replace it with the feature branch, e.g. `002-failing-feature`.\n\nSection: Header.\n\nRule: https://github.com/speckit-gate/speckit-gate/blob/main/docs/rules/no-placeholder.md",
    });
    expect(toAnnotation("p.md", coverage!)).toMatchObject({
      start_line: 30,
      end_line: 41,
      annotation_level: "failure",
    });
    expect(toAnnotation("p.md", coverage!)).not.toHaveProperty("start_column");
    expect(toAnnotation("p.md", coverage!).message).toContain(
      "Principle: III. Test-First (NON-NEGOTIABLE). Section: Constitution Check.",
    );
    expect(toAnnotation("p.md", version!)).toMatchObject({
      annotation_level: "warning",
      start_column: 1,
      end_column: 1,
    });
    expect(toAnnotation("p.md", comment!)).toMatchObject({
      annotation_level: "notice",
      start_line: 12,
      end_line: 16,
    });
  });
});

describe("renderCheckRun", () => {
  it("renders the shared sample: errors first, a summary table, links at the head commit", () => {
    const out = renderCheckRun(sampleResults, ctx);
    expect(out.conclusion).toBe("failure");
    expect(out.title).toBe("2 errors in 1 of 3 plans");
    expect(out.annotations.map((a) => a.annotation_level)).toEqual([
      "failure",
      "failure",
      "warning",
      "warning",
      "notice",
    ]);
    expect(out.summary).toContain(
      "**1 of 3 plans fail the gate**: 2 errors, 2 warnings, 1 notice.",
    );
    expect(out.summary).toContain(
      "| [`services/billing api/specs/003-refunds/plan.md`](https://github.com/o/r/blob/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/services/billing%20api/specs/003-refunds/plan.md) | ➖ not judged | 0 | 1 | 0 |",
    );
    expect(out.summary.endsWith("Re-run: comment `/speckit recheck`.")).toBe(true);
    expect(out.text).toContain(
      "| ❌ | [3](https://github.com/o/r/blob/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/specs/002-failing-feature/plan.md#L3) |",
    );
    expect(out.text).toContain(
      "| ❌ | [30–41](https://github.com/o/r/blob/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/specs/002-failing-feature/plan.md#L30-L41) |",
    );
  });

  it("titles a pass and a plan that could not be judged", () => {
    expect(renderCheckRun([passingResult], ctx).title).toBe("All gates pass: 1 plan");
    expect(renderCheckRun([skippedResult], ctx)).toMatchObject({
      conclusion: "neutral",
      title: "Gates not judged: no usable constitution (1 plan)",
    });
  });

  it("caps the annotations, says how many more exist and where they all are", () => {
    const out = renderCheckRun([manyFindings(5000)], ctx);
    expect(out.annotations).toHaveLength(MAX_ANNOTATIONS);
    expect(out.summary).toContain(
      "_Annotations: the first 200 of 5,000 findings, errors first. The other 4,800 are not annotated, to spare this repository's GitHub API limits;",
    );
    expect(out.summary).toContain("`speckit-gate check <plan>` (see docs/cli.md) lists them all._");
    expect(Buffer.byteLength(out.summary)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(Buffer.byteLength(out.text ?? "")).toBeLessThanOrEqual(OUTPUT_LIMIT_BYTES);
  });

  it("keeps the summary small (it is resent with every annotation batch) and the text within 65,535 bytes", () => {
    const plans = Array.from({ length: 3000 }, (_, i) => ({
      ...manyFindings(3),
      path: `packages/p${i}/specs/001-feature-with-a-long-name/plan.md`,
    }));
    const out = renderCheckRun(plans, { ...ctx, notes: ["A note."] });
    expect(Buffer.byteLength(out.summary)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(out.summary).toMatch(/\| _…and \d+ more plans: see the report below_ \| \| \| \| \|\n/);
    // The notes and how to re-run are never the part that is cut.
    expect(out.summary).toContain("A note.");
    expect(out.summary.endsWith("Re-run: comment `/speckit recheck`.")).toBe(true);
    expect(Buffer.byteLength(out.text ?? "")).toBeLessThanOrEqual(OUTPUT_LIMIT_BYTES);
    expect(out.text).toMatch(
      /_(\d+ more lines and )?\d+ more plans were cut to fit GitHub's 65,535-byte limit; `speckit-gate check <plan>` \(see docs\/cli\.md\) lists every finding\._$/,
    );
  });
});

describe("fitBlocks", () => {
  it("counts bytes, not characters", () => {
    const blocks = Array.from({ length: 100 }, () => "€".repeat(100)); // 300 bytes each
    const out = fitBlocks(blocks, 3000, (n) => `${n} cut`);
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(3000);
    expect(out.endsWith("cut")).toBe(true);
    expect(fitBlocks(["a", "b"], 10, () => "x")).toBe("a\nb");
  });
});

describe("batches", () => {
  it("splits annotations into requests of at most 50", () => {
    expect(batches(Array.from({ length: 120 }, (_, i) => i)).map((b) => b.length)).toEqual([
      50, 50, 20,
    ]);
    expect(batches([])).toEqual([]);
  });
});

describe("special check runs", () => {
  it("no plan changes: a success that names the globs", () => {
    expect(renderNoPlanChanges({ globs: ["specs/**/plan.md"] })).toEqual({
      conclusion: "success",
      title: "No plan changes",
      summary:
        "No file matching the plan globs (`specs/**/plan.md`) changed, so there is nothing to gate.",
      annotations: [],
    });
  });

  it("an invalid configuration: a failure, annotated on its lines when they are known", () => {
    const errors = [
      { message: "Unknown setting `colour`.", pointer: "/colour", line: 5, column: 1 },
    ];
    const located = renderConfigErrors(errors, {
      path: ".github/speckit.yml",
      source: "`.github/speckit.yml`",
      located: true,
    });
    expect(located).toMatchObject({
      conclusion: "failure",
      title: "Invalid configuration: 1 error",
    });
    expect(located.annotations).toEqual([
      {
        path: ".github/speckit.yml",
        start_line: 5,
        end_line: 5,
        annotation_level: "failure",
        title: "config",
        message: "Unknown setting `colour`.",
      },
    ]);
    expect(located.summary).toContain("- line 5: Unknown setting `colour`.");
    expect(
      renderConfigErrors(errors, { path: ".github/speckit.yml", source: "x", located: false })
        .annotations,
    ).toEqual([]);
  });

  it("a broken run: a failure that says what went wrong and how to retry", () => {
    const out = renderCrash({
      error: "connect ETIMEDOUT (HTTP 502)",
      deliveryId: "abc-123",
      rerun: ctx.rerun,
    });
    expect(out.conclusion).toBe("failure");
    expect(out.summary).toContain("connect ETIMEDOUT (HTTP 502)");
    expect(out.summary).toContain("Re-run: comment `/speckit recheck`.");
    expect(out.summary).toContain("delivery id `abc-123`");
  });
});
