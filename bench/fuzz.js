// Fuzzing benchmark: grows adversarial inputs from the grammar the engine recognises and
// checks that the engine stays linear. For each pattern it times the whole check (what the App
// runs per plan: `linkTargets`, then `checkPlan` with a constitution and a plan template) at
// several sizes, fits the growth exponent k in time ~ bytes^k, and prints the worst exponent
// and the slowest input. Bound (issue 8): k <= 1.2, and a 1 MiB input checked in under 1 s.
//
// Deterministic: patterns come from fast-check with a fixed seed (`--seed N` to change it,
// `--runs N` for the number of generated patterns, `--quick` for a short run, `--only TEXT`
// for the patterns whose description holds TEXT, `--dump FILE` to write the first one's 1 MiB
// input for a profiler).
// Run with `npm run bench:fuzz` (it builds first), or `node --expose-gc bench/fuzz.js`
// after a build. Exit code 1 when a bound is exceeded. Prints figures only.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import fc from "fast-check";
import { checkPlan, linkTargets } from "../dist/engine/check.js";
import { DEFAULT_CONFIG } from "../dist/config/config.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const KiB = 1024;
const MiB = 1024 * KiB;
const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const QUICK = process.argv.includes("--quick");
const SEED = arg("--seed", 0x8f22);
const RUNS = arg("--runs", QUICK ? 40 : 160);
const SIZES = QUICK
  ? [16 * KiB, 64 * KiB, 256 * KiB, MiB]
  : [16 * KiB, 64 * KiB, 128 * KiB, 256 * KiB, 512 * KiB, MiB];
const MAX_EXPONENT = 1.2;
const MAX_MS_AT_1MIB = 1000;
/**
 * A size is not tried when a quadratic growth from the last one would take longer than this
 * (a cubic case would otherwise run for hours).
 */
const GIVE_UP_MS = 8000;

const read = (path) => readFileSync(join(root, path), "utf8");
const REAL_PLAN = read("test/fixtures/real/ja-table-gokaku/plan.md");
const REAL_CONSTITUTION = read("test/fixtures/engine/constitution.md");
const REAL_TEMPLATE = read("test/fixtures/app/plan-template.md");
const CONFIG = { ...DEFAULT_CONFIG, maxPlanBytes: 64 * MiB };
const PLAN_PATH = "specs/001-fuzz/plan.md";

// ---------------------------------------------------------------- the grammar

/** Tokens the engine's scanners and rules react to. */
const ATOMS = [
  // markers and placeholders
  "NEEDS CLARIFICATION",
  "[NEEDS CLARIFICATION",
  "[NEEDS CLARIFICATION: x]",
  "NEEDS_CLARIFICATION",
  "명확화 필요",
  "需要澄清",
  "[FEATURE]",
  "[e.g., ",
  "e.g.",
  " or ",
  "[REMOVE IF UNUSED]",
  "Option 1:",
  "__SPECKIT_",
  "<EPIC-ID>",
  "<a-b>",
  "<",
  ">",
  "$ARGUMENTS",
  // brackets, links, code
  "[",
  "]",
  "(",
  ")",
  "[a](",
  "](",
  "[a](spec.md)",
  "![a](",
  "[[x]",
  "`",
  "``",
  "```",
  "~~~",
  "\\",
  "\\|",
  "|",
  " | ",
  "|---",
  // emphasis and labels
  "**",
  "__",
  "*",
  "_",
  "**X**:",
  "**X**",
  "**Result**: ",
  "Result: ",
  "Status: ",
  ": ",
  "：",
  " — ",
  "—",
  "-",
  "?",
  "？",
  // statuses and checkboxes
  "✅",
  "❌",
  "⚠️",
  "✔️",
  "PASS",
  "fail",
  "N/A",
  "通过",
  "[x]",
  "[ ]",
  "[x]—",
  "- [ ] ",
  "- [x] **I. Library-First**: ",
  "yes",
  // headings, lists, blocks
  "#",
  "## ",
  "### I. ",
  "- ",
  "1. ",
  "> ",
  "<!--",
  "-->",
  "<!-- x -->",
  // versions and citations
  "constitution v",
  "1.",
  "1.2.3",
  ".",
  // whitespace and text
  " ",
  "  ",
  "\t",
  "\u3000",
  "\u00a0",
  "\u2028",
  "a",
  "word ",
  "憲法チェック",
  "中文",
  "I. ",
  " (see III. Test-First) ",
  "Principle II (Other Name) ",
  "IV",
];

/** Where a pattern stands: the contexts that switch rules and models on. */
const CONTEXTS = [
  "",
  "## Constitution Check\n\n",
  "## Constitution Check\n\n- [ ] **X**: ",
  "## Constitution Check\n\n| Principle | Status | Notes |\n|---|---|---|\n| I | ",
  "## Constitution Check\n\n### I. Library-First\n\n",
  "## Constitution Check\n\n**Gate Result**: ",
  "## Technical Context\n\n**Storage**: ",
  "## Technical Context\n\n- **Storage**:\n",
  "## Project Structure\n\n",
  "## Complexity Tracking\n\n| Violation | Why Needed | Simpler Alternative Rejected Because |\n|---|---|---|\n| ",
  "## Phase 0: Research\n\n",
  "**Branch**: `001-fuzz` | **Date**: 2025-01-01 | **Spec**: ",
  "# Implementation Plan\n\n",
  "> ",
  "<!-- ",
  "```\n",
];

/** How the repeated unit is laid out. */
const LAYOUTS = ["line", "lines", "indented", "pair-line", "pair-lines"];

const unit = fc
  .array(fc.constantFrom(...ATOMS), { minLength: 1, maxLength: 4 })
  .map((atoms) => atoms.join(""));
const generated = fc.record({
  context: fc.constantFrom(...CONTEXTS),
  unit,
  second: unit,
  layout: fc.constantFrom(...LAYOUTS),
  tail: fc.constantFrom("", "\n", "x\n", "]\n", ")\n", "\u2028x\n"),
  where: fc.constantFrom("plan", "plan", "plan", "plan", "constitution", "template"),
});

const bytes = (text) => Buffer.byteLength(text, "utf8");

/** Repeats `piece` until the text reaches about `size` bytes. */
function fill(piece, size) {
  const n = Math.max(1, Math.ceil(size / Math.max(1, bytes(piece))));
  return piece.repeat(n);
}

function build(p, size) {
  const body = size - bytes(p.context) - bytes(p.tail);
  switch (p.layout) {
    case "line":
      return p.context + fill(p.unit, body) + p.tail;
    case "lines":
      return p.context + fill(`${p.unit}\n`, body) + p.tail;
    case "indented": {
      // Deeper and deeper: nested lists, continuation lines, indented gates.
      const lines = [];
      let total = 0;
      for (let i = 0; total < body; i++) {
        const line = `${" ".repeat(i % 4000)}${p.unit}\n`;
        lines.push(line);
        total += bytes(line);
      }
      return p.context + lines.join("") + p.tail;
    }
    case "numbered": {
      // Every line different (memoised answers do not help): `{i}` in the unit is the line number.
      const lines = [];
      let total = 0;
      for (let i = 0; total < body; i++) {
        const line = `${p.unit.replaceAll("{i}", String(i))}\n`;
        lines.push(line);
        total += bytes(line);
      }
      return p.context + lines.join("") + p.tail;
    }
    case "pair-line":
      return p.context + fill(p.unit, body / 2) + fill(p.second, body / 2) + p.tail;
    case "pair-lines":
      return p.context + fill(`${p.unit}\n`, body / 2) + fill(`${p.second}\n`, body / 2) + p.tail;
    default:
      throw new Error(p.layout);
  }
}

const show = (s) => JSON.stringify(s).slice(1, -1);

function describe(p) {
  if (p.label) return p.label;
  const second = p.layout.startsWith("pair") ? ` then ${show(p.second)}` : "";
  const ctx = p.context
    ? `${show(p.context.slice(0, 40))}${p.context.length > 40 ? "…" : ""} + `
    : "";
  const where = p.where === "plan" ? "" : ` (in the ${p.where})`;
  return `${ctx}${p.layout}: ${show(p.unit)}${second}${p.tail ? ` + ${show(p.tail)}` : ""}${where}`;
}

/** The issue's reproductions and known-bad shapes, always run first. */
const FIXED = [
  ["[NEEDS CLARIFICATION x n (issue 8)", "", "[NEEDS CLARIFICATION", "line"],
  ["[a]( x n (issue 8)", "", "[a](", "line"],
  ["`- [ ] **X**:` then ✅ x n (issue 8)", "## Constitution Check\n\n- [ ] **X**: ", "✅", "line"],
  [
    "`- [ ] **X**:` then [x]— x n (issue 8)",
    "## Constitution Check\n\n- [ ] **X**: ",
    "[x]—",
    "line",
  ],
  ["`Status: PASS` lines in the check", "## Constitution Check\n\n", "Status: PASS", "lines"],
  ["shortest gates in the check (`- [x] A`)", "## Constitution Check\n\n", "- [x] A", "lines"],
  ["shortest items in the check (`- A`)", "## Constitution Check\n\n", "- A", "lines"],
  ["one-letter lines in the check", "## Constitution Check\n\n", "A", "lines"],
  ["one-letter lines", "", "A", "lines"],
  ["bold gates, deeper and deeper", "## Constitution Check\n\n", "**Gate**: PASS", "indented"],
  ["checkbox items, deeper and deeper", "## Constitution Check\n\n", "- [ ] x", "indented"],
  ["empty fields, deeper and deeper", "## Technical Context\n\n", "- **Storage**:", "indented"],
  ["`## Constitution Check` headings", "", "## Constitution Check", "lines"],
  ["`## Project Structure` headings", "", "## Project Structure\nOption 1: x", "lines"],
  ["`### I. x ✅` headings in the check", "## Constitution Check\n\n", "### I. x ✅", "lines"],
  [
    "checkbox gates, each a different principle",
    "## Constitution Check\n\n",
    "- [ ] **{i}. Principle {i}**: PASS",
    "numbered",
  ],
  [
    "principle headings, each different",
    "## Constitution Check\n\n",
    "### {i}. Rule {i} ❌",
    "numbered",
  ],
  ["`Result:` lines, each different", "## Constitution Check\n\n", "Result: PASS {i}", "numbered"],
  ["`## Phase N:` headings, each different", "", "## Phase {i}: x\n[X]", "numbered"],
  [
    "headings of every kind, each different",
    "",
    "## Constitution Check {i}\n### {i}. Project Structure\n- [ ] **{i}**: x",
    "numbered",
  ],
  [
    "a principle heading a megabyte long (constitution)",
    "## Core Principles\n\n### I. ",
    "Test-First Development ",
    "line",
    "constitution",
  ],
  ["backtick runs", "", "`` ` ``` ```` ", "line"],
  ["`=[X]` figures", "", "=[X]", "line"],
  ["placeholders in code spans", "", "`a` [FEATURE] <A-B> ", "line"],
  ["constitution version digits", "", "constitution 1.1.1.1", "line"],
  ["spaces after a heading marker", "# a", " ", "line"],
  ["table header then spaces", "a|b\n", " ", "line"],
  ["`NEEDS CLARIFICATION` then spaces", "NEEDS CLARIFICATION remain", " ", "line"],
  ["link with an unclosed title", '[a](b "', "[a](b ", "line"],
  ["`**` runs", "**Spec**: ", "** ", "line"],
  ["`<!--` lines", "", "<!-- a", "lines"],
  ["Sync Impact arrows (constitution)", "<!--\n", "- a -> b -> ", "line", "constitution"],
  [
    "principle headings (constitution)",
    "# C\n\n## Core Principles\n\n",
    "### I. (",
    "lines",
    "constitution",
  ],
  [
    "principles, each different (constitution)",
    "# C\n\n## Core Principles\n\n",
    "### {i}. Principle {i} alpha{i}\nRule {i}.\n",
    "numbered",
    "constitution",
  ],
  ["placeholders (template)", "## Summary\n\n", "[e.g., x] ", "line", "template"],
].map(([label, context, u, layout, where = "plan"]) => ({
  label,
  context,
  unit: u,
  second: u,
  layout,
  tail: "\n",
  where,
}));

// ---------------------------------------------------------------- timing

/** Runs so far: a constitution pattern's text is made unique per run (see `runCheck`). */
let runs = 0;

function runCheck(p, text) {
  const plan =
    p.where === "plan" ? { path: PLAN_PATH, text } : { path: PLAN_PATH, text: REAL_PLAN };
  // The engine keeps one parse per constitution text: a comment that differs on each run makes
  // every run parse the grown constitution, as a fresh process would (best of three otherwise
  // times the memo).
  const constitution = {
    path: ".specify/memory/constitution.md",
    text: p.where === "constitution" ? `${text}\n<!-- run ${++runs} -->\n` : REAL_CONSTITUTION,
  };
  const template = {
    path: ".specify/templates/plan-template.md",
    text: p.where === "template" ? text : REAL_TEMPLATE,
  };
  linkTargets(plan, CONFIG.maxPlanBytes);
  return checkPlan({ plan, constitution, template, config: CONFIG, exists: () => false });
}

/**
 * CPU milliseconds of one check (user + system time of this process): on a machine shared with
 * other work, CPU time tracks the engine's own cost where wall time would not.
 */
function timeOnce(p, text) {
  globalThis.gc?.();
  const t0 = process.cpuUsage();
  runCheck(p, text);
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1000;
}

/** Best of three runs for small inputs, of two for large ones (timer and GC noise). */
function timeAt(p, size) {
  const text = build(p, size);
  const first = timeOnce(p, text);
  if (first > 2000) return { bytes: bytes(text), ms: first };
  let best = first;
  for (let k = first > 200 ? 1 : 0; k < 2; k++) best = Math.min(best, timeOnce(p, text));
  return { bytes: bytes(text), ms: best };
}

/** Least-squares slope of log(ms) against log(bytes). */
function exponent(points) {
  const xs = points.map((q) => Math.log(q.bytes));
  const ys = points.map((q) => Math.log(Math.max(q.ms, 0.05)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i] - mx) * (ys[i] - my);
    den += (xs[i] - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

function measure(p) {
  const points = [];
  for (const size of SIZES) {
    const last = points[points.length - 1];
    if (last && last.ms * (size / last.bytes) ** 2 > GIVE_UP_MS) break;
    points.push(timeAt(p, size));
  }
  const largest = points[points.length - 1];
  return {
    pattern: p,
    points,
    k: points.length >= 2 ? exponent(points) : Number.POSITIVE_INFINITY,
    largest,
    complete: points.length === SIZES.length,
  };
}

// ---------------------------------------------------------------- main

const fmt = (ms) => (ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0));
const sizeLabel = (b) => (b >= MiB ? `${(b / MiB).toFixed(2)} MiB` : `${Math.round(b / KiB)} KiB`);

function main() {
  const started = performance.now();
  const only = process.argv.includes("--only")
    ? process.argv[process.argv.indexOf("--only") + 1]
    : null;
  const patterns = [...FIXED, ...fc.sample(generated, { seed: SEED, numRuns: RUNS })].filter(
    (p) => only === null || describe(p).includes(only),
  );
  if (patterns.length === 0) {
    console.error(`No pattern of this run matches --only ${JSON.stringify(only)}.`);
    process.exit(2);
  }
  // `--dump FILE`: writes the 1 MiB input of the first pattern selected (with `--only`) and
  // where it goes, for a profiler; measures nothing.
  if (process.argv.includes("--dump")) {
    const p = patterns[0];
    if (!p) throw new Error("--dump: no pattern selected");
    const file = process.argv[process.argv.indexOf("--dump") + 1];
    writeFileSync(file, build(p, MiB));
    console.log(`${describe(p)}: ${file} (the ${p.where})`);
    return;
  }
  console.log(
    `speckit-gate fuzz benchmark (node ${process.version}, seed ${SEED}, ${FIXED.length} fixed + ${RUNS} generated patterns, ` +
      `sizes ${SIZES.map(sizeLabel).join(", ")}, CPU ms${globalThis.gc ? "" : ", no --expose-gc"})`,
  );
  const results = [];
  const outOfBounds = (r) =>
    !r.complete || r.largest.ms > MAX_MS_AT_1MIB || (r.k > MAX_EXPONENT && r.largest.ms >= 20);
  for (const p of patterns) {
    let r = measure(p);
    // Timer and GC noise: an input out of bounds is measured up to twice more, and the best
    // run counts (a garbage collection inside one size skews a fast input's exponent; a
    // super-linear input stays out of bounds every time).
    for (let retry = 0; retry < 2 && outOfBounds(r); retry++) {
      const again = measure(p);
      if (!outOfBounds(again) || again.k < r.k) r = again;
    }
    results.push(r);
    const flag = outOfBounds(r) ? "  <-- SLOW" : "";
    if (p.label || flag)
      console.log(
        `  ${describe(p).padEnd(64).slice(0, 64)} k=${r.k.toFixed(2)}  ${sizeLabel(r.largest.bytes)} ${fmt(r.largest.ms)} ms${flag}`,
      );
  }
  // Exponents of fast inputs are mostly timer noise: rank those taking at least 20 ms at the top size.
  const meaningful = results.filter((r) => r.largest.ms >= 20 || !r.complete);
  const ranked = (meaningful.length > 0 ? meaningful : results).sort((a, b) => b.k - a.k);
  const worst = ranked[0];
  const slowest = [...results].sort((a, b) => b.largest.ms - a.largest.ms)[0];
  const at1MiB = results.filter((r) => r.complete).map((r) => r.largest.ms);
  console.log("\nworst growth exponents (inputs taking >= 20 ms at the largest size):");
  for (const r of ranked.slice(0, 8)) {
    console.log(
      `  k=${r.k.toFixed(2)}  ${r.points.map((q) => `${sizeLabel(q.bytes)} ${fmt(q.ms)} ms`).join(", ")}\n         ${describe(r.pattern)}`,
    );
  }
  const median = [...at1MiB].sort((a, b) => a - b)[at1MiB.length >> 1] ?? 0;
  console.log(
    `\npatterns: ${results.length}; 1 MiB check time: median ${fmt(median)} ms, max ${fmt(Math.max(0, ...at1MiB))} ms`,
  );
  console.log(`worst exponent: ${worst.k.toFixed(2)} (${describe(worst.pattern)})`);
  console.log(
    `slowest input: ${describe(slowest.pattern)} at ${sizeLabel(slowest.largest.bytes)}: ${fmt(slowest.largest.ms)} ms`,
  );
  const failed = results.filter(outOfBounds);
  console.log(
    failed.length === 0
      ? `within bounds: exponent <= ${MAX_EXPONENT} and every 1 MiB input under ${MAX_MS_AT_1MIB} ms`
      : `OUT OF BOUNDS: ${failed.length} pattern(s)`,
  );
  console.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (failed.length > 0) process.exitCode = 1;
}

main();
