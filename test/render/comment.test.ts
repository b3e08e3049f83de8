import { describe, expect, it } from "@jest/globals";
import type { FileResult, Finding } from "../../src/engine/types.js";
import {
  COMMENT_LIMIT,
  firstSentence,
  parseSticky,
  renderComment,
  renderNoPlansComment,
  stickyMarker,
} from "../../src/render/comment.js";
import { failingResult, passingResult, sampleResults } from "../fixtures/findings.js";

const SHA = "a".repeat(40);
const ctx = {
  repoUrl: "https://github.com/o/r",
  sha: SHA,
  state: { head: SHA, base: "b".repeat(40), at: "2025-06-01T10:00:00Z" },
  checkName: "speckit-gate",
  checkUrl: "https://github.com/o/r/runs/7",
};

/** Every row of every table has as many cells as its header (unescaped pipes counted). */
function expectWellFormedTables(markdown: string): void {
  const cells = (line: string) => line.replace(/\\\|/g, "").split("|").length;
  const lines = markdown.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (!/^\| --- /.test(lines[i + 1] ?? "")) continue;
    const width = cells(lines[i]!);
    for (let j = i + 1; j < lines.length && lines[j]!.startsWith("|"); j++) {
      expect({ line: lines[j], cells: cells(lines[j]!) }).toEqual({ line: lines[j], cells: width });
    }
  }
}

const withGates: FileResult = {
  path: "specs/004-gates/plan.md",
  constitution: ".specify/memory/constitution.md",
  verdict: "fail",
  findings: [
    {
      rule: "gate-justification",
      severity: "error",
      line: 40,
      endLine: 40,
      message:
        "Gate `II. CLI | Interface` is violated and nothing justifies it.\nAdd a Complexity Tracking row.",
      principle: "II. CLI | Interface",
      docs: "docs/rules/gate-justification.md",
    },
  ],
  gates: [
    {
      label: "I. Library-First",
      status: "pass",
      line: 38,
      reason: "Yes: a library",
      principle: "I. Library-First",
      phase: "initial",
    },
    {
      label: "II. CLI | Interface",
      status: "fail",
      line: 40,
      principle: "II. CLI | Interface",
      phase: "initial",
    },
    {
      label: "I. Library-First",
      status: "pass",
      line: 90,
      principle: "I. Library-First",
      phase: "post-design",
    },
    { label: "Documentation gates", status: "pending", line: 44, phase: "initial" },
  ],
  principles: [
    { id: "I", name: "Library-First", status: "pass" },
    { id: "II", name: "CLI | Interface", status: "fail" },
    { id: "III", name: "Test-First", status: "missing" },
  ],
  constitutionSkipped: false,
};

describe("the sticky marker", () => {
  it("encodes the head, the base and when they were seen, and reads back", () => {
    const marker = stickyMarker(ctx.state);
    expect(marker).toBe(
      `<!-- speckit-gate:sticky head=${SHA} base=${"b".repeat(40)} at=2025-06-01T10:00:00Z -->`,
    );
    expect(parseSticky(`${marker}\nbody`)).toEqual(ctx.state);
    // Comments written before the base was recorded still read (their base unknown).
    expect(parseSticky(`<!-- speckit-gate:sticky head=${SHA} at=2025-06-01T10:00:00Z -->`)).toEqual(
      { head: SHA, base: "", at: "2025-06-01T10:00:00Z" },
    );
    expect(parseSticky("<!-- speckit-gate:sticky -->")).toEqual({ head: "", base: "", at: "" });
    expect(parseSticky("just a comment")).toBeNull();
  });
});

describe("renderComment", () => {
  it("renders the shared sample: verdicts, findings linked to their lines at the head, how to re-run", () => {
    const md = renderComment(sampleResults, ctx);
    expect(md.startsWith(stickyMarker(ctx.state))).toBe(true);
    expect(md).toContain("## ❌ speckit-gate: 1 of 3 plans do not pass their gates");
    expect(md).toContain(
      "| [`specs/002-failing-feature/plan.md`](https://github.com/o/r/blob/" +
        SHA +
        "/specs/002-failing-feature/plan.md) | ❌ fail | 2 errors, 1 warning, 1 notice |",
    );
    expect(md).toContain(
      "| ❌ | [30–41](https://github.com/o/r/blob/" +
        SHA +
        "/specs/002-failing-feature/plan.md#L30-L41) | [`principle-coverage`](https://github.com/speckit-gate/speckit-gate/blob/main/docs/rules/principle-coverage.md) | Principle `III. Test-First (NON-NEGOTIABLE)` is never addressed by the Constitution Check. |",
    );
    expect(md).toContain(
      "### ➖ [`services/billing api/specs/003-refunds/plan.md`](https://github.com/o/r/blob/" +
        SHA +
        "/services/billing%20api/specs/003-refunds/plan.md)",
    );
    expect(md).toContain("No constitution found, so its principles could not be checked");
    expect(md).toContain("<code>/speckit recheck</code>");
    expect(md).toContain("[`speckit-gate` check](https://github.com/o/r/runs/7)");
    expectWellFormedTables(md);
  });

  it("tables each principle with its gates, escaping pipes, and lists gates tied to no principle", () => {
    const md = renderComment([withGates], ctx);
    expect(md).toContain("| Principle | Status | Gate | Notes |");
    expect(md).toContain(
      `| I. Library-First | ✅ pass | [line 38](https://github.com/o/r/blob/${SHA}/specs/004-gates/plan.md#L38), [line 90](https://github.com/o/r/blob/${SHA}/specs/004-gates/plan.md#L90) (post-design) | Yes: a library |`,
    );
    // A pipe in repository text is an entity outside code, `\|` inside code (as GFM requires).
    expect(md).toContain("| II. CLI &#124; Interface | ❌ violated |");
    expect(md).toContain("| III. Test-First | ⚠️ not addressed | — |  |");
    expect(md).toContain("| Documentation gates _(not a principle)_ | ⏳ pending |");
    // GitHub reads `\|` as a pipe inside a table cell, code spans included.
    expect(md).toContain("| Gate `II. CLI \\| Interface` is violated and nothing justifies it. |");
    expectWellFormedTables(md);
  });

  it("reads as a pass once the failures are fixed", () => {
    const md = renderComment([passingResult], ctx);
    expect(md).toContain("## ✅ speckit-gate: the plan passes its gates");
    expect(md).not.toContain("Fix the ❌ findings");
  });

  it("collapses long finding lists, and stays under GitHub's limit by leaving out details it names", () => {
    const many = (n: number): FileResult => ({
      ...failingResult,
      findings: Array.from({ length: n }, (_, i): Finding => ({
        rule: "no-placeholder",
        severity: i % 2 === 0 ? "error" : "warning",
        line: i + 1,
        endLine: i + 1,
        message: `Template placeholder \`[X${i}]\` was never filled in. Replace it.`,
        docs: "docs/rules/no-placeholder.md",
      })),
    });
    const collapsed = renderComment([many(20)], ctx);
    expect(collapsed).toContain(
      "<details><summary><b>20 findings</b> (10 errors, 10 warnings)</summary>",
    );
    const huge = renderComment([many(4000)], ctx);
    expect(huge.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    // At most 100 findings are listed per plan; the rest are counted, and where they are is said.
    expect(huge).toContain("…and 3900 more findings: the check run has them as annotations");
    expect(huge).toContain("</sub>");
    expectWellFormedTables(huge);
    const plans = Array.from({ length: 3000 }, (_, i) => ({
      ...passingResult,
      path: `specs/${i}-feature-with-a-long-name/plan.md`,
    }));
    const overflow = renderComment(plans, ctx);
    expect(overflow.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(overflow).toContain("More plans were checked than fit in a comment");
  });
});

describe("renderNoPlansComment", () => {
  it("says the pull request no longer changes a plan", () => {
    const md = renderNoPlansComment({ ...ctx, notes: ["A note."] });
    expect(md).toContain("## ✅ speckit-gate: no plan changes");
    expect(md).toContain("> A note.");
  });
});

describe("firstSentence", () => {
  it("stops at the first sentence end outside code spans", () => {
    expect(firstSentence("Gate `I. Service-First` is unchecked. Add a row.")).toBe(
      "Gate `I. Service-First` is unchecked.",
    );
    expect(firstSentence("No full stop here")).toBe("No full stop here");
    expect(firstSentence("Line one.\nLine two.")).toBe("Line one.");
  });
});
