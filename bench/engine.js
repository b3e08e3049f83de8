// Engine benchmark: speed against markdownlint on realistic plans, one large plan, memory
// growth with input size, and pathological inputs. Runs against the built engine:
// `npm run build` (or `npx tsc -p tsconfig.build.json --noEmitOnError false`), then
// `node bench/engine.js`. Prints figures only.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, existsSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { lint } from "markdownlint/sync";
import { checkPlan } from "../dist/engine/check.js";
import { DEFAULT_CONFIG } from "../dist/config/config.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const KiB = 1024;
const MiB = 1024 * KiB;

// ---------------------------------------------------------------- corpus

function loadFixtures() {
  const dir = join(root, "test/fixtures/real");
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, "plan.md")))
    .sort()
    .map((name) => {
      const constitutionPath = join(dir, name, "constitution.md");
      return {
        name,
        text: readFileSync(join(dir, name, "plan.md"), "utf8"),
        constitution: existsSync(constitutionPath)
          ? {
              path: ".specify/memory/constitution.md",
              text: readFileSync(constitutionPath, "utf8"),
            }
          : null,
      };
    });
}

function loadSeeds() {
  const dir = "/work/shared/seeds";
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), "utf8"), constitution: null }));
}

const bytes = (text) => Buffer.byteLength(text, "utf8");

/** Cuts text at the last line end that keeps it within `target` UTF-8 bytes. */
function cutTo(text, target) {
  const lines = text.split("\n");
  let out = "";
  let size = 0;
  for (const line of lines) {
    const n = bytes(line) + 1;
    if (size + n > target) break;
    out += line + "\n";
    size += n;
  }
  return out;
}

/** Splits a plan into its preamble and its `## ` sections. */
function sections(text) {
  const parts = text.split(/\n(?=## )/);
  return { head: parts[0] ?? "", body: parts.slice(1) };
}

/**
 * Grows (or cuts) a real plan to about `target` bytes: the whole plan once, then copies of
 * its sections other than the Constitution Check, renumbered so headings stay distinct, the
 * way long plans repeat Phase and design sections.
 */
function expand(text, target) {
  if (bytes(text) >= target) return cutTo(text, target);
  const { body } = sections(text);
  const extra = body.filter((s) => !/^## .*(Constitution|宪法|憲法)/.test(s));
  const pool = extra.length > 0 ? extra : body.length > 0 ? body : [text];
  const chunks = [text.endsWith("\n") ? text : text + "\n"];
  let size = bytes(chunks[0]);
  for (let k = 0; size < target; k++) {
    const s = pool[k % pool.length].replace(/^## (.*)/, `## $1 (part ${k + 2})`);
    const chunk = s.endsWith("\n") ? s : s + "\n";
    chunks.push(chunk);
    size += bytes(chunk);
  }
  return cutTo(chunks.join(""), target);
}

// ---------------------------------------------------------------- timing helpers

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function engineRun(plan, config = DEFAULT_CONFIG) {
  return checkPlan({
    plan: { path: "specs/001-bench/plan.md", text: plan.text },
    constitution: plan.constitution,
    template: null,
    config,
  });
}

function lintRun(plan) {
  return lint({ strings: { a: plan.text } });
}

/**
 * Median milliseconds per plan: warm up, then repeat passes over the class until the time
 * budget is spent (at least `minPasses`), timing each plan on its own.
 */
function measure(plans, run, budgetMs, minPasses = 5) {
  for (let w = 0; w < 3; w++) for (const p of plans) run(p);
  const samples = [];
  const start = performance.now();
  let passes = 0;
  while (passes < minPasses || performance.now() - start < budgetMs) {
    for (const p of plans) {
      const t0 = performance.now();
      run(p);
      samples.push(performance.now() - t0);
    }
    passes++;
    if (passes >= 2000) break;
  }
  return { ms: median(samples), samples: samples.length };
}

const fmt = (ms) => (ms < 1 ? ms.toFixed(3) : ms < 100 ? ms.toFixed(2) : ms.toFixed(0));
const pad = (s, n) => String(s).padEnd(n);
const padl = (s, n) => String(s).padStart(n);

// ---------------------------------------------------------------- memory child

/** Runs in a fresh process: checks a plan of `size` bytes and reports time and memory. */
async function memoryChild(size, basePlan) {
  const { parsePlan } = await import("../dist/engine/plan/index.js");
  const { gc } = globalThis;
  const plan = { ...basePlan, text: expand(basePlan.text, size) };
  const config = { ...DEFAULT_CONFIG, maxPlanBytes: size * 2 };
  gc();
  gc();
  const rss0 = process.memoryUsage().rss;
  const heap0 = process.memoryUsage().heapUsed;
  const resetPeak = (() => {
    try {
      writeFileSync("/proc/self/clear_refs", "5");
      return true;
    } catch {
      return false;
    }
  })();
  const t0 = performance.now();
  const result = engineRun(plan, config);
  const cold = performance.now() - t0;
  const peakRss = resetPeak
    ? Number(/VmHWM:\s+(\d+)/.exec(readFileSync("/proc/self/status", "utf8"))?.[1] ?? 0) * 1024
    : process.resourceUsage().maxRSS * 1024;
  const heapAfter = process.memoryUsage().heapUsed;
  gc();
  // Retained size of the parsed model (what the rules query).
  const h1 = process.memoryUsage().heapUsed;
  const model = parsePlan(plan.text);
  gc();
  const retained = process.memoryUsage().heapUsed - h1;
  void model; // kept alive until measured
  const warm = [];
  for (let k = 0; k < 3; k++) {
    const t = performance.now();
    engineRun(plan, config);
    warm.push(performance.now() - t);
  }
  process.stdout.write(
    JSON.stringify({
      bytes: bytes(plan.text),
      cold,
      warm: median(warm),
      findings: result.findings.length,
      verdict: result.verdict,
      peakRssDelta: peakRss - rss0,
      peakExact: resetPeak,
      heapDelta: heapAfter - heap0,
      retained,
    }),
  );
}

/**
 * A 1 MiB semi-space keeps V8's young generation (16 MiB by default, committed up front) from
 * hiding the check's own growth in the peak RSS figure.
 */
function spawnMemoryChild(size, flags = ["--max-semi-space-size=1"]) {
  const out = execFileSync(
    process.execPath,
    [...flags, "--expose-gc", fileURLToPath(import.meta.url), "--memory-child", String(size)],
    { encoding: "utf8", maxBuffer: 16 * MiB },
  );
  return JSON.parse(out);
}

// ---------------------------------------------------------------- pathological inputs

const repeatLines = (n, f) => Array.from({ length: n }, (_, i) => f(i)).join("\n") + "\n";

/**
 * Each case builds an input from a size `n`; slow cases are also timed at `n / 2` to show
 * whether time grows linearly or quadratically with the input bytes. An optional fourth element
 * says the input is the constitution (a pull request can change it too) rather than the plan.
 */
const PATHOLOGICAL = [
  [
    "nested list, indented (levels)",
    5000,
    (n) => repeatLines(n, (i) => `${"  ".repeat(i)}- item ${i}`),
  ],
  ["nested list, one line (levels)", 5000, (n) => `${"- ".repeat(n)}item\n`],
  ["`[` on one line", 100_000, (n) => "[".repeat(n)],
  ["`|` on one line", 100_000, (n) => "|".repeat(n)],
  ["`|` line as a table header", 100_000, (n) => `${"|".repeat(n)}\n|---|\n| a |\n`],
  [
    "1 MB line, no newline (bytes)",
    1_000_000,
    (n) => "lorem ipsum [e.g., dolor] sit | amet ".repeat(n / 37),
  ],
  ["headings", 50_000, (n) => repeatLines(n, (i) => `## Heading ${i}`)],
  ["unclosed `<!--`, one per line", 10_000, (n) => repeatLines(n, () => "<!--")],
  ["unclosed `<!--`, on one line", 10_000, (n) => "<!-- ".repeat(n)],
  ["unclosed `<!--` after text", 10_000, (n) => repeatLines(n, (i) => `text ${i} <!-- note`)],
  ["alternating ``` and ~~~ fences", 10_000, (n) => repeatLines(n, (i) => (i % 2 ? "~~~" : "```"))],
  [
    "alternating ```` and ``` fences",
    10_000,
    (n) => repeatLines(n, (i) => (i % 2 ? "```" : "````")),
  ],
  ["`NEEDS CLARIFICATION` lines", 100_000, (n) => repeatLines(n, () => "NEEDS CLARIFICATION")],
  // Beyond the brief: inline patterns that backtrack in naive regexes, and gate-heavy plans.
  ["heading of `<a`", 25_000, (n) => `## ${"<a".repeat(n)}\n`],
  ["heading of `[a](`", 25_000, (n) => `## ${"[a](".repeat(n)}\n`],
  [
    "gate table cell of `[`",
    16_000,
    (n) => `## Constitution Check\n\n| Principle | Status |\n|---|---|\n| ${"[".repeat(n)} | x |\n`,
  ],
  [
    "field value of spaces",
    16_000,
    (n) => `## Technical Context\n\n**Storage**: a${" ".repeat(n)}b\n`,
  ],
  [
    "checkbox gates",
    5000,
    (n) =>
      `## Constitution Check\n\n${repeatLines(n, (i) => `- [ ] **${i}. Principle ${i}**: PASS`)}`,
  ],
  [
    "gate table, ragged rows",
    5000,
    (n) =>
      `## Constitution Check\n\n| Principle | Status |\n|---|---|\n${repeatLines(n, (i) => "| x |".repeat(1 + (i % 5)))}`,
  ],
  // Issue 8: the reproductions of the security review, and shapes the fuzzing benchmark found.
  ["`[NEEDS CLARIFICATION` on one line", 1_000_000, (n) => "[NEEDS CLARIFICATION".repeat(n / 20)],
  ["`[a](` on one line", 1_000_000, (n) => "[a](".repeat(n / 4)],
  [
    "unchecked gate, then `✅` x n",
    500_000,
    (n) => `## Constitution Check\n\n- [ ] **X**: ${"✅".repeat(n)}\n`,
  ],
  [
    "unchecked gate, then `[x]—` x n",
    250_000,
    (n) => `## Constitution Check\n\n- [ ] **X**: ${"[x]—".repeat(n)}\n`,
  ],
  [
    "`Status: PASS` lines in the check",
    80_000,
    (n) => `## Constitution Check\n\n${repeatLines(n, () => "Status: PASS")}`,
  ],
  [
    "`## Constitution Check` headings",
    50_000,
    (n) => repeatLines(n, () => "## Constitution Check"),
  ],
  [
    "`### I. x ❌` headings in the check",
    40_000,
    (n) => `## Constitution Check\n\n${repeatLines(n, () => "### I. Library-First ❌")}`,
  ],
  ["`=[X]` figures on one line", 250_000, (n) => "=[X]".repeat(n)],
  [
    "nested empty fields",
    1000,
    (n) => `## Technical Context\n\n${repeatLines(n, (i) => `${" ".repeat(i)}- **Storage**:`)}`,
  ],
  [
    "bold capital markers after words, one line",
    100_000,
    (n) => `## Summary\n\n${"word **[PROPOSTA]** ".repeat(n)}\n`,
  ],
  [
    "checklist sections after the check, one box each",
    20_000,
    (n) =>
      `## Constitution Check\n\n- [x] I. Library-First\n\n${repeatLines(n, (i) => `## Quality Checklist ${i}\n\n### Constitution Compliance\n\n- [ ] Principle 1: open`)}`,
  ],
  [
    "checks, each with a post-design re-check part",
    20_000,
    (n) =>
      repeatLines(n, () => "## Constitution Check\n\n### Post-Design Re-check\n\nGate passes."),
  ],
  [
    "checks, each with a part titled by complexity",
    20_000,
    (n) => repeatLines(n, () => "## Constitution Check\n\n### Complexity\n\n- [ ] x"),
  ],
  [
    "`Pending/` slash-joined words, one line",
    100_000,
    (n) => `## Constitution Check\n\n- **I. Library-First**: ${"Pending/approve ".repeat(n)}\n`,
  ],
  [
    "principle heading of `(`",
    4000,
    (n) => `# C\n\n## Core Principles\n\n### I. ${"(".repeat(n)}\n\nMUST x\n`,
    "constitution",
  ],
  [
    "`## IV. x` headings, one numeral",
    30_000,
    (n) => repeatLines(n, (i) => `## IV. Chapter ${i}\n`),
    "constitution",
  ],
  [
    "`## Core Principles` sections, repeated",
    20_000,
    (n) => repeatLines(n, () => "## Core Principles\n\n### 1. Name\n"),
    "constitution",
  ],
  [
    "plain-text chapters (`一、` over `1.`)",
    20_000,
    (n) => repeatLines(n, () => "一、核心原则\n\n1. 名称\n"),
    "constitution",
  ],
  [
    "version line, spaces after `:`",
    16_000,
    (n) => `# C\n\n**Version**:${" ".repeat(n)}x\n`,
    "constitution",
  ],
];
// ---------------------------------------------------------------- main

async function main() {
  const fixtures = loadFixtures();
  const seeds = loadSeeds();
  const started = performance.now();
  console.log(
    `speckit-gate engine benchmark (node ${process.version}, markdownlint default rules)`,
  );
  console.log(
    `corpus: ${fixtures.length} real plans (${fixtures.map((f) => bytes(f.text)).join(", ")} bytes), ` +
      `${seeds.length} seed templates; synthetic plans grown from each real plan\n`,
  );

  const classes = [
    ["real plans (as is)", fixtures],
    ["seed templates", seeds],
    ...[2, 10, 20, 50].map((kb) => [
      `synthetic ${kb} KB`,
      fixtures.map((f) => ({ ...f, text: expand(f.text, kb * KiB) })),
    ]),
  ];

  console.log(
    `${pad("size class", 22)}${padl("plans", 6)}${padl("avg bytes", 11)}${padl("engine ms", 12)}` +
      `${padl("mdlint ms", 12)}${padl("ratio", 8)}${padl("engine MB/s", 13)}`,
  );
  for (const [label, plans] of classes) {
    if (plans.length === 0) continue;
    const avg = plans.reduce((n, p) => n + bytes(p.text), 0) / plans.length;
    const engine = measure(plans, (p) => engineRun(p), 2000);
    const md = measure(plans, lintRun, 2000);
    console.log(
      `${pad(label, 22)}${padl(plans.length, 6)}${padl(Math.round(avg), 11)}${padl(fmt(engine.ms), 12)}` +
        `${padl(fmt(md.ms), 12)}${padl(`${(engine.ms / md.ms).toFixed(2)}x`, 8)}` +
        `${padl((avg / MiB / (engine.ms / 1000)).toFixed(1), 13)}`,
    );
  }
  console.log("(ms per plan, median over all timed runs; ratio = engine / markdownlint)\n");

  // One large plan: the biggest Constitution-bearing fixture grown to 1 MiB.
  const base = fixtures.find((f) => f.name === "ja-table-gokaku") ?? fixtures[0];
  const big = { ...base, text: expand(base.text, MiB) };
  const bigConfig = { ...DEFAULT_CONFIG, maxPlanBytes: 2 * MiB };
  const fresh = spawnMemoryChild(MiB, []);
  let t = performance.now();
  const first = engineRun(big, bigConfig);
  const firstMs = performance.now() - t;
  const warm = [];
  for (let k = 0; k < 5; k++) {
    t = performance.now();
    engineRun(big, bigConfig);
    warm.push(performance.now() - t);
  }
  console.log(
    `1 MiB plan (${base.name} grown to ${bytes(big.text)} bytes, ${first.findings.length} findings, verdict ${first.verdict})`,
  );
  console.log(`  cold, fresh process:        ${fmt(fresh.cold)} ms`);
  console.log(`  first run in this process:  ${fmt(firstMs)} ms`);
  console.log(`  warm (median of 5):         ${fmt(median(warm))} ms\n`);

  console.log(
    "memory growth (fresh process per size, 1 MiB semi-space; peak RSS above the baseline while checking)",
  );
  console.log(
    `${pad("input", 8)}${padl("bytes", 10)}${padl("ms", 8)}${padl("peak RSS Δ", 14)}${padl("B/B", 7)}` +
      `${padl("heap Δ", 12)}${padl("B/B", 7)}${padl("model kept", 13)}${padl("B/B", 7)}`,
  );
  for (const mib of [1, 2, 4, 8]) {
    const r = spawnMemoryChild(mib * MiB);
    const per = (n) => (n / r.bytes).toFixed(1);
    const mb = (n) => `${(n / MiB).toFixed(1)} MiB`;
    console.log(
      `${pad(`${mib} MiB`, 8)}${padl(r.bytes, 10)}${padl(fmt(r.cold), 8)}${padl(mb(r.peakRssDelta), 14)}` +
        `${padl(per(r.peakRssDelta), 7)}${padl(mb(r.heapDelta), 12)}${padl(per(r.heapDelta), 7)}` +
        `${padl(mb(r.retained), 13)}${padl(per(r.retained), 7)}`,
    );
    if (!r.peakExact)
      console.log("  (peak RSS is the process high-water mark: /proc/self/clear_refs unavailable)");
  }
  console.log(
    "(B/B = bytes of memory per byte of input; heap Δ is heapUsed after the check without a GC,\n" +
      " so it includes garbage; model kept = heap retained by parsePlan's result)\n",
  );

  console.log(
    "pathological inputs (engine only, maxPlanBytes 64 MiB so each is parsed; growth exponent k in time ~ bytes^k, from n and n/2: 1 linear, 2 quadratic)",
  );
  console.log(
    `  ${pad("case", 46)}${padl("n", 9)}${padl("bytes", 10)}${padl("ms", 9)}${padl("growth", 8)}`,
  );
  const patConfig = { ...DEFAULT_CONFIG, maxPlanBytes: 64 * MiB };
  const realPlan = fixtures.find((f) => f.name === "zh-carvis-checkbox") ?? fixtures[0];
  const time = (text, where) => {
    const input =
      where === "constitution"
        ? { text: realPlan.text, constitution: { path: "c.md", text } }
        : { text, constitution: base.constitution };
    const t0 = performance.now();
    engineRun(input, patConfig);
    return performance.now() - t0;
  };
  const slow = [];
  for (const [label, n, make, where = "plan"] of PATHOLOGICAL) {
    const text = make(n);
    const ms = time(text, where);
    const halfText = ms >= 50 ? make(Math.floor(n / 2)) : null;
    const half = halfText === null ? null : time(halfText, where);
    const exponent =
      halfText === null ? null : Math.log(ms / half) / Math.log(bytes(text) / bytes(halfText));
    const name = where === "constitution" ? `${label} (constitution)` : label;
    if (ms >= 1000) slow.push(`${name}: ${fmt(ms)} ms`);
    console.log(
      `  ${pad(name, 46)}${padl(n, 9)}${padl(bytes(text), 10)}${padl(fmt(ms), 9)}` +
        `${padl(exponent === null ? "-" : exponent.toFixed(1), 8)}`,
    );
  }
  console.log(
    slow.length ? `SLOW (>= 1 s): ${slow.join("; ")}` : "all pathological inputs under 1 s",
  );
  console.log(`\ntotal ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const childAt = process.argv.indexOf("--memory-child");
if (childAt >= 0) {
  const fixtures = loadFixtures();
  const base = fixtures.find((f) => f.name === "ja-table-gokaku") ?? fixtures[0];
  await memoryChild(Number(process.argv[childAt + 1]), base);
} else {
  await main();
}
