import { readFileSync } from "node:fs";
import { describe, expect, it } from "@jest/globals";
import { DEFAULT_CONFIG } from "../../src/config/config.js";
import { checkPlan, linkTargets } from "../../src/engine/check.js";
import { MAX_FINDINGS_PER_RULE, MAX_GATE_TEXT, MAX_GATES } from "../../src/engine/limits.js";
import type { FileResult } from "../../src/engine/types.js";

// Issue 8: inputs that made the engine quadratic or cubic, at 1 MiB. A quadratic engine runs
// for minutes (hours for the first one) on each, so the suite would hang here: these tests
// assert the findings, and the timeout below is a hang detector, not a performance assertion
// (speed is measured by bench/fuzz.js and bench/engine.js).
const HANG = 60_000;
const MiB = 1024 * 1024;
const PATH = "specs/001-x/plan.md";
const constitution = readFileSync(
  new URL("../fixtures/engine/constitution.md", import.meta.url),
  "utf8",
);
const config = { ...DEFAULT_CONFIG, maxPlanBytes: 2 * MiB };

/** `unit` repeated to about 1 MiB (in UTF-8 bytes), and how many times. */
function grow(unit: string): { text: string; n: number } {
  const n = Math.ceil(MiB / Buffer.byteLength(unit));
  return { text: unit.repeat(n), n };
}

function check(text: string): FileResult {
  return checkPlan({
    plan: { path: PATH, text },
    constitution: { path: ".specify/memory/constitution.md", text: constitution },
    template: null,
    config,
    exists: () => false,
  });
}

const of = (result: FileResult, rule: string) => result.findings.filter((f) => f.rule === rule);

describe("hostile plans of 1 MiB (issue 8)", () => {
  it(
    "reads a gate's line up to MAX_GATE_TEXT characters for its status and reason",
    () => {
      const { text } = grow("[x]—");
      const result = check(`## Constitution Check\n\n- [ ] **X**: ${text}\n`);
      // One unchecked gate, whose reason is read from the start of its megabyte.
      expect(result.gates).toHaveLength(1);
      expect(result.gates[0]).toMatchObject({ line: 3, status: "unchecked" });
      expect(of(result, "gate-justification")).toHaveLength(1);
      // A status that only the line's end holds is past what is read.
      const late = check(
        `## Constitution Check\n\n- **X**: ${"word ".repeat(MAX_GATE_TEXT / 5)}❌ FAIL\n`,
      );
      expect(late.gates[0]?.status).not.toBe("fail");
    },
    HANG,
  );

  it(
    "lists the markers of a line of `[NEEDS CLARIFICATION` up to the cap, then stops (was cubic: 33 s at 40 KB)",
    () => {
      const { text } = grow("[NEEDS CLARIFICATION");
      const open = of(check(text), "no-unresolved-clarification");
      // The first MAX_FINDINGS_PER_RULE are listed, then one finding says the rule stopped there
      // (it reads no further: the line's other 51,000 markers would only be counted).
      expect(open).toHaveLength(MAX_FINDINGS_PER_RULE + 1);
      // Each marker stands right after its (never closed) bracket.
      expect(open[0]).toMatchObject({ line: 1, column: 2 });
      const lastListed = MAX_FINDINGS_PER_RULE - 1;
      expect(open[lastListed]).toMatchObject({ line: 1, column: 2 + lastListed * 20 });
      expect(open[1]?.message).toContain("`NEEDS CLARIFICATION[NEEDS CLARIFICATION[NEEDS");
      expect(open[MAX_FINDINGS_PER_RULE]?.message).toContain(
        "lists no more: a plan with this many",
      );
    },
    HANG,
  );

  it(
    "reads a line of `[a](` once, in linkTargets and spec-link alike (was quadratic: 52 s at 400 KB)",
    () => {
      const { text } = grow("[a](");
      const plan = { path: PATH, text: `${text}\n[spec](spec.md)\n` };
      expect(linkTargets(plan, config.maxPlanBytes)).toEqual(["specs/001-x/spec.md"]);
      const result = checkPlan({
        plan,
        constitution: null,
        template: null,
        config,
        exists: () => false,
      });
      expect(of(result, "spec-link").map((f) => [f.line, f.column])).toEqual([[2, 1]]);
    },
    HANG,
  );

  it.each([
    ["✅", "✅ x n"],
    ["[x]—", "[x]— x n"],
  ])(
    "parses an unchecked gate followed by %s (was quadratic: 4-10 s at 40 KB)",
    (unit) => {
      const { text } = grow(unit);
      const result = check(`## Constitution Check\n\n- [ ] **X**: ${text}\n`);
      expect(result.gates).toHaveLength(1);
      expect(result.gates[0]).toMatchObject({ label: "X", status: "unchecked", line: 3 });
      // The statuses are no reason: the unchecked gate stays unjustified.
      expect(of(result, "gate-justification").map((f) => f.line)).toEqual([3]);
    },
    HANG,
  );

  it(
    "makes each `Status: PASS` line a gate of its own, not every later line its detail",
    () => {
      const { text, n } = grow("Status: PASS\n");
      const result = check(`## Constitution Check\n\n${text}`);
      // Past MAX_GATES the check is generated: the rest are not read, and a warning says so.
      expect(n).toBeGreaterThan(MAX_GATES);
      expect(result.gates).toHaveLength(MAX_GATES);
      expect(of(result, "gate-justification").map((f) => f.message)).toEqual([
        expect.stringContaining(`holds more than 5,000 gates`),
      ]);
      expect(result.gates.every((g) => g.status === "pass" && g.reason === undefined)).toBe(true);
    },
    HANG,
  );

  it(
    "handles a plan of Constitution Check headings, and of principle headings",
    () => {
      const headings = grow("## Constitution Check\n");
      const result = check(headings.text);
      expect(result.gates).toEqual([]);
      expect(of(result, "principle-coverage")).toHaveLength(5);

      const principles = grow("### I. Library-First ❌\n");
      const failing = check(`## Constitution Check\n\n${principles.text}`);
      expect(failing.gates).toHaveLength(Math.min(principles.n, MAX_GATES));
      // The cap warning, then failing gates up to the rule's limit, then the limit's note.
      const unjustified = of(failing, "gate-justification");
      expect(unjustified).toHaveLength(MAX_FINDINGS_PER_RULE + 1);
      expect(unjustified.filter((f) => f.message.includes("is failing"))).toHaveLength(
        MAX_FINDINGS_PER_RULE - 1,
      );
      expect(of(failing, "principle-coverage")).toHaveLength(4);
    },
    HANG,
  );

  it(
    "lists the first `[X]` figures of a line of them, and says it stopped",
    () => {
      const { text, n } = grow("=[X]");
      const listed = of(check(text), "no-placeholder");
      expect(n).toBeGreaterThan(MAX_FINDINGS_PER_RULE);
      expect(listed).toHaveLength(MAX_FINDINGS_PER_RULE + 1);
      expect(listed[MAX_FINDINGS_PER_RULE - 1]).toMatchObject({
        column: 2 + (MAX_FINDINGS_PER_RULE - 1) * 4,
      });
      expect(listed[MAX_FINDINGS_PER_RULE]?.message).toMatch(
        /found 1,000 problems .* lists no more:/,
      );
    },
    HANG,
  );

  it(
    "reads backtick runs of every length, nested empty fields, and spaces after markers",
    () => {
      let ticks = "";
      for (let k = 1; ticks.length < MiB / 2; k++) ticks += `${"`".repeat(k)} [FEATURE] `;
      expect(of(check(ticks), "no-placeholder").length).toBeGreaterThan(0);

      let nested = "## Technical Context\n\n";
      for (let k = 0; nested.length < MiB / 2; k++) nested += `${" ".repeat(k)}- **Storage**:\n`;
      expect(
        of(check(nested), "technical-context-field").filter((f) => f.message.includes("empty")),
      ).toHaveLength(1);

      const spaced = check(`NEEDS CLARIFICATION remain${" ".repeat(MiB)}x\n`);
      expect(of(spaced, "no-unresolved-clarification")).toHaveLength(0);
    },
    HANG,
  );
});
