import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { describe, it, expect } from "@jest/globals";
import fc from "fast-check";
import { DEFAULT_CONFIG } from "../../src/config/config.js";
import { checkPlan, type CheckInput, type RawFile } from "../../src/engine/check.js";
import { byteLength } from "../../src/engine/decode.js";
import { splitLines } from "../../src/engine/markdown.js";
import { code } from "../../src/engine/rule.js";
import { ruleIds } from "../../src/engine/rules/index.js";
import type { FileResult, SeveritySetting } from "../../src/engine/types.js";

// Fixed seed: a failure reproduces; fast-check prints the counterexample and its path.
const RUNS = { seed: 0x5eed_c0de, numRuns: 300 } as const;
/** A hang detector, not a performance assertion: real plans take milliseconds. */
const MAX_MS = 2000;
const PLAN_PATH = "specs/001-feature/plan.md";

const realDir = fileURLToPath(new URL("../fixtures/real", import.meta.url));
const seedDir = "/work/shared/seeds";
const read = (path: string) => readFileSync(path, "utf8");
const fixtureDirs = readdirSync(realDir).sort();
const realPlans = fixtureDirs
  .filter((d) => existsSync(join(realDir, d, "plan.md")))
  .map((d) => read(join(realDir, d, "plan.md")));
const constitutions = fixtureDirs
  .filter((d) => existsSync(join(realDir, d, "constitution.md")))
  .map((d) => read(join(realDir, d, "constitution.md")));
const seeds = existsSync(seedDir)
  ? readdirSync(seedDir)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => read(join(seedDir, f)))
  : [];
const corpus = [...seeds, ...realPlans];

// ---------------------------------------------------------------- generators

const LONE_SURROGATE = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const ODD = fc.constantFrom("\u0000", "\uFEFF", "\u00a0", "\u3000", "\t", "\u200b", "\u2028");

const title = fc.oneof(
  fc.constantFrom(
    "Constitution Check",
    "宪法检查",
    "憲法チェック",
    "Constitution Check (Post-Design Re-check)",
    "Post-Design Re-check",
    "Summary",
    "摘要",
    "Technical Context",
    "技术上下文",
    "Project Structure",
    "Complexity Tracking",
    "复杂度跟踪",
    "Phase 0: Outline & Research",
    "Implementation Plan: [FEATURE]",
    "I. Library-First ✅ PASS",
    "🚀 Summary",
    "",
  ),
  fc.string({ maxLength: 20 }),
);

const heading = fc
  .tuple(fc.integer({ min: 1, max: 7 }), title, fc.constantFrom("", " ##", " #######"))
  .map(([depth, t, close]) => `${"#".repeat(depth)} ${t}${close}`);

const setext = fc
  .tuple(title, fc.constantFrom("===", "---", "- - -", "***"))
  .map(([t, u]) => `${t}\n${u}`);

const principle = fc.constantFrom(
  "I. Library-First",
  "II. CLI Interface",
  "III. Test-First (NON-NEGOTIABLE)",
  "IV. 中文文档规范",
  "V. ポート衝突ゼロ（NON-NEGOTIABLE）",
  "Principle 3",
  "原则三",
  "Simplicity",
);
const status = fc.constantFrom(
  "PASS",
  "✅ PASS",
  "❌ FAIL",
  "⚠️ Needs review",
  "N/A",
  "通过",
  "✅ 合格",
  "Pending",
  "VIOLATION — justified in Complexity Tracking",
  "[PASS/FAIL]",
  "",
);

const checkbox = fc
  .tuple(
    fc.constantFrom("", "  ", "    ", "\t", "> "),
    fc.constantFrom("-", "*", "+", "1.", "2)"),
    fc.constantFrom("[ ]", "[x]", "[X]", "[-]", ""),
    principle,
    status,
  )
  .map(([indent, marker, box, p, s]) => `${indent}${marker} ${box} **${p}**: ${s}`);

const label = fc.constantFrom(
  "Language/Version",
  "Primary Dependencies",
  "Storage",
  "Testing",
  "Target Platform",
  "Project Type",
  "Performance Goals",
  "Constraints",
  "Scale/Scope",
  "Branch",
  "Date",
  "Spec",
  "Input",
  "言語/バージョン",
  "语言/版本",
);
const value = fc.oneof(
  fc.constantFrom(
    "[e.g., Python 3.11, Swift 5.9, Rust 1.75 or NEEDS CLARIFICATION]",
    "NEEDS CLARIFICATION",
    "[NEEDS CLARIFICATION: which database?]",
    "[DATE]",
    "`[###-feature-name]`",
    "[link](./spec.md)",
    "[spec](../002-other/spec.md)",
    "TypeScript 5.9 / Node 20",
    "Option A: single project",
    "N/A",
    "PostgreSQL 16 ✅",
    "无",
    "なし",
    "",
  ),
  fc.string({ maxLength: 30 }),
);
const field = fc
  .tuple(fc.constantFrom("", "- "), label, value, fc.constantFrom("", " | **Date**: 2025-01-01"))
  .map(([bullet, l, v, more]) => `${bullet}**${l}**: ${v}${more}`);

const cell = fc.oneof(
  principle,
  status,
  value,
  fc.constantFrom("a \\| b", "`x | y`", "", " ", "|"),
);
const table = fc
  .tuple(
    fc.integer({ min: 1, max: 5 }),
    fc.array(fc.array(cell, { minLength: 0, maxLength: 7 }), { maxLength: 6 }),
    fc.boolean(),
    fc.constantFrom("", "> "),
  )
  .map(([width, rows, pipes, quote]) => {
    const row = (cells: readonly string[]) =>
      quote + (pipes ? `| ${cells.join(" | ")} |` : cells.join(" | "));
    const header = Array.from({ length: width }, (_, i) => `H${i}`);
    const delimiter = Array.from({ length: width }, (_, i) => (i % 2 ? ":---:" : "---"));
    return [row(header), row(delimiter), ...rows.map(row)].join("\n");
  });

const fence = fc
  .tuple(fc.constantFrom("```", "~~~", "````", "```text", "~~~md"), fc.string({ maxLength: 40 }))
  .map(([open, body]) => `${open}\n${body}`); // never closed
const closedFence = fc
  .tuple(fc.constantFrom("```", "~~~"), fc.string({ maxLength: 40 }))
  .map(([open, body]) => `${open}\n${body}\n${open}`);
const comment = fc.constantFrom(
  "<!--",
  "<!-- ACTION REQUIRED: Replace the content in this section",
  "-->",
  "<!-- note --> text after",
  "  <!--\n  nested <!-- inner -->",
);
const prose = fc.oneof(
  fc.constantFrom(
    "[e.g., `src/`, `tests/`]",
    "NEEDS CLARIFICATION",
    "ACTION REQUIRED",
    "本功能为 CLI 工具，遵循宪法原则。",
    "このプランは憲法に準拠します。",
    "😀 🚀 ✅ ❌ ⚠️ 👍🏽",
    "**GATE**: Must pass before Phase 0 research.",
    "*GATE: Must pass before Phase 0 research. Re-check after Phase 1 design.*",
    "---",
    "***",
    "",
    "    indented code",
    "> quoted note",
    "[a](",
    "<a",
    "\\",
  ),
  fc.string({ maxLength: 60 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ unit: fc.oneof(LONE_SURROGATE, ODD), maxLength: 4 }),
);

const fragment = fc.oneof(
  { arbitrary: heading, weight: 4 },
  { arbitrary: setext, weight: 1 },
  { arbitrary: checkbox, weight: 4 },
  { arbitrary: field, weight: 4 },
  { arbitrary: table, weight: 3 },
  { arbitrary: fence, weight: 1 },
  { arbitrary: closedFence, weight: 1 },
  { arbitrary: comment, weight: 2 },
  { arbitrary: prose, weight: 5 },
);
const newline = fc.constantFrom("\n", "\n", "\n", "\r\n", "\r", "\n\n");
const markdown = fc
  .array(fc.tuple(fragment, newline), { maxLength: 50 })
  .map((parts) => parts.map(([f, nl]) => f.replace(/\n/g, nl) + nl).join(""));

const constitutionText = fc.oneof(
  fc.constantFrom(...constitutions),
  markdown,
  fc
    .array(fc.tuple(principle, fc.string({ maxLength: 20 })), { maxLength: 6 })
    .map(
      (ps) =>
        `# Constitution\n\n## Core Principles\n\n${ps.map(([p, body]) => `### ${p}\n\n${body}\n`).join("\n")}\n**Version**: 1.0.0 | **Ratified**: 2025-01-01`,
    ),
);
const constitution: fc.Arbitrary<RawFile | null> = fc.option(
  constitutionText.map((text) => ({ path: ".specify/memory/constitution.md", text })),
  { nil: null },
);
const template: fc.Arbitrary<RawFile | null> = fc.option(
  fc.constantFrom(...seeds, "").map((text) => ({
    path: ".specify/templates/plan-template.md",
    text,
  })),
  { nil: null },
);
const severities = fc.dictionary(
  fc.constantFrom(...ruleIds),
  fc.constantFrom<SeveritySetting>("error", "warning", "notice", "off"),
  { maxKeys: 5 },
);
const exists = fc.option(
  fc.boolean().map((answer) => () => answer),
  { nil: undefined },
);

type Mutation =
  | { kind: "delete" | "duplicate"; at: number }
  | { kind: "swap"; at: number; with: number }
  | { kind: "insert"; at: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom("delete", "duplicate"), at: fc.nat() }),
  fc.record({ kind: fc.constant("swap"), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant("insert"), at: fc.nat(), text: fragment }),
) as fc.Arbitrary<Mutation>;

function mutate(text: string, mutations: readonly Mutation[]): string {
  const lines = text.split("\n");
  for (const m of mutations) {
    if (lines.length === 0) break;
    const at = m.at % lines.length;
    if (m.kind === "swap") {
      const other = m.with % lines.length;
      [lines[at], lines[other]] = [lines[other] ?? "", lines[at] ?? ""];
    } else if (m.kind === "insert") lines.splice(at, 0, m.text);
    else if (m.kind === "delete") lines.splice(at, 1);
    else lines.splice(at, 0, lines[at] ?? "");
  }
  return lines.join("\n");
}

/** A seed template or real plan, mutated line-wise, as text or truncated at a random byte. */
const mutatedPlan: fc.Arbitrary<RawFile> = fc
  .tuple(
    fc.nat({ max: corpus.length - 1 }),
    fc.array(mutation, { maxLength: 8 }),
    fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
  )
  .map(([index, mutations, cut]) => {
    const text = mutate(corpus[index] ?? "", mutations);
    if (cut === null) return { path: PLAN_PATH, text };
    const bytes = new TextEncoder().encode(text);
    return { path: PLAN_PATH, bytes: bytes.subarray(0, Math.floor(bytes.length * cut)) };
  });

// ---------------------------------------------------------------- invariants

function lineCount(file: RawFile): number {
  const text =
    "text" in file ? file.text : new TextDecoder("utf-8", { fatal: false }).decode(file.bytes);
  return splitLines(text.replace(/^\uFEFF/, "")).length;
}

/** Runs the engine and checks what every result must satisfy, whatever the input. */
function checkInvariants(input: CheckInput): FileResult {
  const started = performance.now();
  const result = checkPlan(input);
  const elapsed = performance.now() - started;
  expect(elapsed).toBeLessThan(MAX_MS);

  const lines = lineCount(input.plan);
  const text = "text" in input.plan ? splitLines(input.plan.text.replace(/^\uFEFF/, "")) : null;
  for (const f of result.findings) {
    expect(ruleIds).toContain(f.rule);
    expect(["error", "warning", "notice"]).toContain(f.severity);
    expect(input.config.rules[f.rule]).not.toBe("off");
    expect(Number.isInteger(f.line)).toBe(true);
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.line).toBeLessThanOrEqual(lines);
    expect(Number.isInteger(f.endLine)).toBe(true);
    expect(f.endLine).toBeGreaterThanOrEqual(f.line);
    expect(f.endLine).toBeLessThanOrEqual(lines);
    if (f.column !== undefined) {
      expect(Number.isInteger(f.column)).toBe(true);
      expect(f.column).toBeGreaterThanOrEqual(1);
      // Within its line (or just past its end, for an insertion point).
      if (text) expect(f.column).toBeLessThanOrEqual((text[f.line - 1] ?? "").length + 1);
    }
    if (f.endColumn !== undefined) {
      expect(Number.isInteger(f.endColumn)).toBe(true);
      expect(f.endColumn).toBeGreaterThanOrEqual(1);
      // endColumn is exclusive: a one-line range never ends before it starts.
      if (f.column !== undefined && f.endLine === f.line)
        expect(f.endColumn).toBeGreaterThanOrEqual(f.column);
      if (text) expect(f.endColumn).toBeLessThanOrEqual((text[f.endLine - 1] ?? "").length + 1);
    }
    expect(f.message.length).toBeGreaterThan(0);
    expect(f.message).not.toMatch(/\{\{\w+\}\}/);
  }
  const hasError = result.findings.some((f) => f.severity === "error");
  expect(result.verdict === "fail").toBe(hasError);
  for (const g of result.gates) {
    expect(g.line).toBeGreaterThanOrEqual(1);
    expect(g.line).toBeLessThanOrEqual(lines);
  }
  return result;
}

function input(
  plan: RawFile,
  c: RawFile | null,
  t: RawFile | null,
  rules: Record<string, SeveritySetting>,
  existsFn?: (path: string) => boolean,
): CheckInput {
  return {
    plan,
    constitution: c,
    template: t,
    config: { ...DEFAULT_CONFIG, rules },
    ...(existsFn ? { exists: existsFn } : {}),
  };
}

describe("checkPlan on arbitrary input", () => {
  it("holds its invariants for arbitrary strings", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 400 }),
          fc.string({ unit: "binary", maxLength: 400 }),
          fc.string({ unit: "grapheme", maxLength: 200 }),
          fc.string({ unit: fc.oneof(LONE_SURROGATE, ODD, fc.constantFrom("\r", "\n", "|", "#")) }),
        ),
        constitution,
        severities,
        (text, c, rules) => {
          checkInvariants(input({ path: PLAN_PATH, text }, c, null, rules));
        },
      ),
      RUNS,
    );
  });

  it("holds its invariants for markdown assembled from plan fragments", () => {
    fc.assert(
      fc.property(
        markdown,
        constitution,
        template,
        severities,
        exists,
        (text, c, t, rules, existsFn) => {
          checkInvariants(input({ path: PLAN_PATH, text }, c, t, rules, existsFn));
        },
      ),
      RUNS,
    );
  });

  it("holds its invariants for mutated seed templates and real plans", () => {
    fc.assert(
      fc.property(mutatedPlan, constitution, template, severities, (plan, c, t, rules) => {
        checkInvariants(input(plan, c, t, rules));
      }),
      RUNS,
    );
  });

  it("holds its invariants for random bytes", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 2000 }),
          // Mostly text with a few stray bytes: exercises the encoding check past the NUL sniff.
          fc
            .tuple(markdown, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0x80, max: 0xff }))))
            .map(([text, strays]) => {
              const bytes = new TextEncoder().encode(text);
              for (const [at, b] of strays) if (bytes.length > 0) bytes[at % bytes.length] = b;
              return bytes;
            }),
        ),
        constitution,
        (bytes, c) => {
          checkInvariants(input({ path: PLAN_PATH, bytes }, c, null, {}));
        },
      ),
      RUNS,
    );
  });

  it("gives the same result for a plan as text and as its UTF-8 bytes", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          markdown,
          mutatedPlan.filter((p) => "text" in p).map((p) => (p as { text: string }).text),
        ),
        constitution,
        (text, c) => {
          // Only well-formed text has a UTF-8 encoding that decodes back to itself.
          fc.pre(!/\p{Cs}/u.test(text) && !text.slice(0, 8000).includes("\u0000"));
          const asText = checkPlan(input({ path: PLAN_PATH, text }, c, null, {}));
          const bytes = new TextEncoder().encode(text);
          const asBytes = checkPlan(input({ path: PLAN_PATH, bytes }, c, null, {}));
          expect(asBytes).toEqual(asText);
        },
      ),
      RUNS,
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(markdown, constitution, template, (text, c, t) => {
        const a = checkPlan(input({ path: PLAN_PATH, text }, c, t, {}));
        const b = checkPlan(input({ path: PLAN_PATH, text }, c, t, {}));
        expect(b).toEqual(a);
      }),
      { ...RUNS, numRuns: 100 },
    );
  });
});

describe("code() quoting a value for a message", () => {
  /** The definition, character by character: white space collapsed, backticks made `'`. */
  function reference(value: string, max: number): string {
    let flat = "";
    let space = false;
    for (const c of value) {
      if (/\s/.test(c)) {
        space = flat.length > 0;
        continue;
      }
      if (space) flat += " ";
      space = false;
      flat += c === "`" ? "'" : c;
    }
    return `\`${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}\``;
  }

  it("quotes as the definition does, for any text and width", () => {
    const piece = fc.constantFrom(
      "a",
      "bc",
      " ",
      "\t",
      "\n",
      "`",
      "é",
      "中",
      "\u00a0",
      "\u3000",
      "x".repeat(90),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }),
        fc.constantFrom(1, 2, 5, 10, 80),
        (parts, max) => {
          const value = parts.join("");
          expect(code(value, max)).toBe(reference(value, max));
        },
      ),
      RUNS,
    );
  });
});

describe("byteLength() sizing a plan against maxPlanBytes", () => {
  it("counts the UTF-8 bytes Node's encoder writes, for any well-formed text", () => {
    // Decoded plans hold no lone surrogate (the decoder writes U+FFFD for one), so the
    // texts are well-formed: ASCII runs, accents, CJK, emoji pairs, and mixes of them.
    const piece = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 20 }),
      fc.string({ unit: "binary", maxLength: 20 }),
      fc.constantFrom(
        " ".repeat(300),
        "é",
        "中文",
        "😀",
        "👍🏽",
        "\u0000",
        "\u07ff",
        "\u0800",
        "\uffff",
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        expect(byteLength(text)).toBe(Buffer.byteLength(text, "utf8"));
      }),
      RUNS,
    );
  });
});
