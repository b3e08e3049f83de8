import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "@jest/globals";
import { DEFAULT_CONFIG } from "../../src/config/config.js";
import { checkPlan, type CheckInput } from "../../src/engine/check.js";

const DIR = new URL("../fixtures/engine/", import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, DIR), "utf8");
const MARKER = /\s*<!-- expect: ([\w\-, ]+) -->\s*$/;

/** Reads a fixture, takes the `<!-- expect: rule -->` markers off its lines, and returns both. */
export function loadFixture(text: string): { text: string; expected: string[] } {
  const expected: string[] = [];
  const lines = text.split("\n").map((line, k) => {
    const m = MARKER.exec(line);
    if (!m?.[1]) return line;
    for (const rule of m[1].split(",")) expected.push(`${k + 1} ${rule.trim()}`);
    return line.slice(0, m.index);
  });
  return { text: lines.join("\n"), expected: expected.sort() };
}

const constitution = { path: ".specify/memory/constitution.md", text: read("constitution.md") };
const siblings = (path: string): boolean => /\/(spec|research|data-model)\.md$/.test(path);

function pairs(input: Partial<CheckInput> & Pick<CheckInput, "plan">): string[] {
  const result = checkPlan({
    constitution,
    template: null,
    config: DEFAULT_CONFIG,
    exists: siblings,
    ...input,
  });
  return result.findings.map((f) => `${f.line} ${f.rule}`).sort();
}

const fixtures = readdirSync(DIR).filter(
  (f) => f.endsWith(".md") && f !== "constitution.md" && !f.startsWith("constitution-"),
);

describe("fixtures: findings are exactly the marked (line, rule) pairs", () => {
  it.each(fixtures)("%s", (name) => {
    const { text, expected } = loadFixture(read(name));
    expect(pairs({ plan: { path: `specs/${name.replace(/\.md$/, "")}/plan.md`, text } })).toEqual(
      expected,
    );
  });
});

describe("gate statuses", () => {
  const gatesOf = (name: string) =>
    checkPlan({
      plan: { path: "specs/x/plan.md", text: loadFixture(read(name)).text },
      constitution,
      template: null,
      config: DEFAULT_CONFIG,
    });

  it("reads every status of a status table, including N/A and PARTIAL", () => {
    expect(gatesOf("gates-table.md").gates.map((g) => g.status)).toEqual([
      "pass",
      "not-applicable",
      "fail",
      "needs-review",
      "pass",
    ]);
  });

  it("reads checkbox gates, a deferral, a violation behind a checked box, and a question", () => {
    expect(gatesOf("gates-checkbox.md").gates.map((g) => g.status)).toEqual([
      "pass",
      "pass",
      "unchecked",
      "pending", // "deferred to the next release because …"
      "fail",
      "unchecked",
    ]);
  });

  it("reads one heading per principle with **Status** lines and the Gate Result line", () => {
    const { gates } = gatesOf("gates-headings.md");
    expect(gates.map((g) => [g.status, g.principle])).toEqual([
      ["pass", "I. Library-First"],
      ["pass", "II. CLI Interface"],
      ["pending", "III. Test-First"],
      ["pass", "IV. Integration Testing"],
      ["pass", "V. Observability"],
      ["pass", undefined],
    ]);
  });

  it("reads a status that closes the gate text (`… — PASS`) and keeps the text as its reason", () => {
    const { gates } = gatesOf("old-template.md");
    expect(gates.map((g) => g.status)).toEqual(["pass", "pass", "pass", "pass", "pass"]);
    expect(gates[0]?.reason).toBe("webhook parsing is lib/billing_events");
  });

  it("reads OK / NEEDS REVIEW items (seed 003)", () => {
    expect(gatesOf("gates-review.md").gates.map((g) => g.status)).toEqual([
      "pass",
      "pass",
      "needs-review",
      "needs-review",
      "pass",
    ]);
  });

  it("reads answered questions: Yes passes, No fails (seed 002)", () => {
    expect(gatesOf("gates-questions.md").gates.map((g) => g.status)).toEqual([
      "pass",
      "pass",
      "fail",
      "fail",
      "pass",
    ]);
  });

  it("tells the post-design re-check from the initial check, and the re-check decides the principle", () => {
    const result = gatesOf("post-design.md");
    expect(result.gates.filter((g) => g.phase === "post-design")).toHaveLength(5);
    expect(result.gates.filter((g) => g.phase === "initial")).toHaveLength(6);
    expect(result.principles.find((p) => p.id === "III")?.status).toBe("fail");
    expect(result.principles.find((p) => p.id === "I")?.status).toBe("pass");
  });

  it("reads Chinese and Japanese statuses, and a ⚠️ note under a passing item is not a gate", () => {
    expect(gatesOf("cjk-zh.md").gates.map((g) => g.status)).toEqual([
      "pass",
      "pass",
      "pass",
      "fail",
      "not-applicable",
    ]);
    expect(gatesOf("cjk-ja.md").gates.map((g) => g.status)).toEqual([
      "pass",
      "pass",
      "pass",
      "pass",
      "pending",
    ]);
  });

  it("does not count a numeral written with another principle's name", () => {
    const result = gatesOf("numeral-reuse.md");
    expect(result.principles.map((p) => `${p.id}:${p.status}`)).toEqual([
      "I:missing",
      "II:pass",
      "III:pass",
      "IV:pass",
      "V:pass",
    ]);
    expect(
      result.findings.filter((f) => f.rule === "principle-coverage").map((f) => f.principle),
    ).toEqual(["I. Library-First"]);
  });
});

describe("constitution states", () => {
  const plan = {
    path: "specs/003-audit-trail/plan.md",
    text: loadFixture(read("gates-headings.md")).text,
  };

  it("skips constitution rules on an unfilled constitution and says so", () => {
    const result = checkPlan({
      plan,
      constitution: {
        path: ".specify/memory/constitution.md",
        text: read("constitution-template.md"),
      },
      template: null,
      config: DEFAULT_CONFIG,
    });
    // The pending gate is one of the template's or a borrowed one, not the project's:
    // gate-justification is a constitution rule too (RUBRIC.md).
    expect(result.findings.map((f) => f.rule)).toEqual(["constitution-unratified"]);
    expect(result.findings[0]?.severity).toBe("notice");
    expect(result.verdict).toBe("skipped");
    expect(result.constitutionSkipped).toBe(true);
    expect(result.principles).toEqual([]);
  });

  it("gives the verdict skipped when the constitution is unfilled and nothing else is wrong", () => {
    const clean = plan.text.replace("⏳ PENDING", "✅ PASS");
    const result = checkPlan({
      plan: { ...plan, text: clean },
      constitution: { path: "c.md", text: read("constitution-template.md") },
      template: null,
      config: DEFAULT_CONFIG,
    });
    expect(result.verdict).toBe("skipped");
  });

  it("warns once when no constitution exists, and passes judgement on the rest", () => {
    const result = checkPlan({ plan, constitution: null, template: null, config: DEFAULT_CONFIG });
    expect(result.findings.map((f) => `${f.rule}:${f.severity}`)).toEqual([
      "constitution-missing:warning",
      "gate-justification:error",
    ]);
    expect(result.verdict).toBe("fail");
  });

  it("honours severities from the configuration, including off", () => {
    const result = checkPlan({
      plan,
      constitution: null,
      template: null,
      config: {
        ...DEFAULT_CONFIG,
        rules: { "gate-justification": "warning", "constitution-missing": "off" },
      },
    });
    expect(result.findings.map((f) => `${f.rule}:${f.severity}`)).toEqual([
      "gate-justification:warning",
    ]);
    // With constitution-missing turned off, the team accepted having no constitution.
    expect(result.verdict).toBe("pass");
    expect(result.constitutionSkipped).toBe(true);
  });
});

describe("links and metadata", () => {
  it("reports links to sibling artifacts that do not exist, and only those", () => {
    const text = [
      "# Plan",
      "**Branch**: `014-links` | **Date**: 2025-03-04 | **Spec**: [spec.md](./spec.md)",
      "See [research](research.md), [the model](./data-model.md), [contracts](contracts/) and [Node](https://nodejs.org).",
      "And [missing spec](../015-other/spec.md).",
    ].join("\n");
    const exists = (p: string): boolean =>
      ["specs/014-links/spec.md", "specs/014-links/research.md"].includes(p);
    const result = checkPlan({
      plan: { path: "specs/014-links/plan.md", text },
      constitution,
      template: null,
      config: DEFAULT_CONFIG,
      exists,
    });
    expect(
      result.findings
        .filter((f) => f.rule === "spec-link")
        .map((f) => `${f.line}:${f.message.match(/`([^`]+)`, which/)?.[1]}`),
    ).toEqual([
      "3:specs/014-links/data-model.md",
      "3:specs/014-links/contracts",
      "4:specs/015-other/spec.md",
    ]);
  });

  it("reports a branch that does not match the feature folder", () => {
    const text = "# Plan\n\n**Branch**: `099-other-feature` | **Date**: 2025-03-04\n";
    const result = checkPlan({
      plan: { path: "specs/014-links/plan.md", text },
      constitution,
      template: null,
      config: DEFAULT_CONFIG,
    });
    expect(result.findings.filter((f) => f.rule === "feature-metadata").map((f) => f.line)).toEqual(
      [3],
    );
  });
});

describe("bad input never crashes and says what is wrong", () => {
  const run = (plan: CheckInput["plan"], config = DEFAULT_CONFIG) =>
    checkPlan({ plan, constitution, template: null, config });

  it("rejects a binary file", () => {
    const result = run({
      path: "specs/x/plan.md",
      bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]),
    });
    expect(result.findings.map((f) => f.rule)).toEqual(["plan-unreadable"]);
    expect(result.findings[0]?.message).toMatch(/binary/);
    expect(result.verdict).toBe("fail");
  });

  it("rejects invalid UTF-8 and names the offset", () => {
    const bytes = new Uint8Array([...Buffer.from("# Plan\n"), 0xc3, 0x28]);
    const result = run({ path: "specs/x/plan.md", bytes });
    expect(result.findings.map((f) => f.rule)).toEqual(["plan-unreadable"]);
    expect(result.findings[0]?.message).toContain("offset 7");
  });

  it("does not parse a plan above the size limit, and reports it once", () => {
    const text = "# Plan\n" + "word ".repeat(300_000);
    const result = run({ path: "specs/x/plan.md", text });
    expect(result.findings.map((f) => f.rule)).toEqual(["plan-too-large"]);
    expect(result.findings[0]?.message).toContain("1048576");
    expect(
      run(
        { path: "specs/x/plan.md", text },
        { ...DEFAULT_CONFIG, maxPlanBytes: 4 * 1024 * 1024 },
      ).findings.map((f) => f.rule),
    ).not.toContain("plan-too-large");
  });

  it("reports every required section of an empty plan, and every principle", () => {
    const result = run({ path: "specs/x/plan.md", text: "" });
    expect(result.findings.map((f) => f.rule)).toEqual([
      ...Array(5).fill("principle-coverage"),
      ...Array(4).fill("required-section"),
    ]);
    expect(result.findings.every((f) => f.line === 1)).toBe(true);
  });

  it("handles a plan with no headings at all", () => {
    const result = run({
      path: "specs/x/plan.md",
      text: "just prose\nwith [e.g., a placeholder]\n",
    });
    expect(result.findings.filter((f) => f.rule === "no-placeholder").map((f) => f.line)).toEqual([
      2,
    ]);
    expect(result.findings.filter((f) => f.rule === "required-section")).toHaveLength(4);
  });

  it("reads a regular expression's character class as code, and a path's <SLOT> as a slot", () => {
    const result = run({
      path: "specs/x/plan.md",
      text: [
        "```ts",
        'z.string().regex(/[A-Z]/, "one uppercase letter").regex(/[a-z0-9_-]/)',
        "```",
        "Cookie `<SESSION_COOKIE_NAME>` is set by the server.",
        "Specs live in `plans/<EPIC-ID>/spec.md`.",
        "Pick [A-Z] from the list.",
      ].join("\n"),
    });
    expect(result.findings.filter((f) => f.rule === "no-placeholder").map((f) => f.line)).toEqual([
      5,
    ]);
  });

  it("reads `<sha>` in a shell command as an argument, `<SERVICE_NAME>/` in a tree as a slot", () => {
    const result = run({
      path: "specs/x/plan.md",
      text: [
        "```bash",
        "git revert <feature-commit-hash>",
        "pnpm perf collect --out specs/[###-feature]/before.<sha>.json",
        "```",
        "```text",
        "services/<SERVICE_NAME>/",
        // A lower-case slot is the author's parameter (no spec-kit template writes one).
        "data/<game-version>/",
        "```",
      ].join("\n"),
    });
    expect(
      result.findings
        .filter((f) => f.rule === "no-placeholder")
        .map((f) => `${f.line}:${f.column}`),
    ).toEqual(["3:31", "6:10"]);
  });

  it("reads a lower-case slot the constitution writes as its convention, not the template's slot", () => {
    const template = {
      path: ".specify/templates/plan-template.md",
      text: "# Plan\n\n| G3 Feature layout | Domain code in `src/features/<feature>/` | [criteria] |\n\n```text\nsrc/<module>/\n```\n",
    };
    const plan = {
      path: "specs/x/plan.md",
      text: "# Plan\n\n| G3 Feature layout | Domain code in `src/features/<feature>/` | In `src/features/todos/` |\n\n```text\nsrc/<module>/\n```\n",
    };
    const placeholders = (constitution: string) =>
      checkPlan({
        plan,
        constitution: { path: ".specify/memory/constitution.md", text: constitution },
        template,
        config: DEFAULT_CONFIG,
      })
        .findings.filter((f) => f.rule === "no-placeholder")
        .map((f) => f.line);
    // The constitution sets the convention: the gate row quotes it; `<module>` is still a slot.
    expect(
      placeholders(
        "# C\n\n## Core Principles\n\n### I. Layout\nState lives in `src/features/<feature>/`.\n",
      ),
    ).toEqual([6]);
    expect(
      placeholders("# C\n\n## Core Principles\n\n### I. Layout\nFeatures stay apart.\n"),
    ).toEqual([3, 6]);
  });

  it("handles a constitution with no principles", () => {
    const result = checkPlan({
      plan: { path: "specs/x/plan.md", text: loadFixture(read("gates-headings.md")).text },
      constitution: { path: "c.md", text: "# Constitution\n\nBe nice.\n" },
      template: null,
      config: DEFAULT_CONFIG,
    });
    expect(result.findings.map((f) => f.rule)).toContain("constitution-unratified");
    expect(result.findings.map((f) => f.rule)).not.toContain("principle-coverage");
  });
});
