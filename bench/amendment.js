// Amendment benchmark: checking constitution changes, and the impact report over a repository
// of 500 plans read one at a time (time and heap), plus pathological constitutions.
// Runs against the built engine: `npm run build`, then `node --expose-gc bench/amendment.js`.
// Prints figures only.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { checkAmendment, impactReport, planImpacts } from "../dist/engine/amendment/index.js";
import { DEFAULT_CONFIG } from "../dist/config/config.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const find = (...args) =>
  execFileSync("find", [join(root, "test/fixtures"), ...args], { encoding: "utf8" })
    .trim()
    .split("\n")
    .filter(Boolean)
    .sort();
const gc = globalThis.gc ?? (() => undefined);
const MiB = 1024 * 1024;
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

// ---------------------------------------------------------------- amendment checks
// Each real constitution amended three ways at once: its last principle heading removed,
// a principle added, a sentence reworded; the version bumped.
const constitutions = find("-name", "constitution.md", "-path", "*memory*").map((path) =>
  readFileSync(path, "utf8"),
);
const times = [];
let findings = 0;
for (const text of constitutions) {
  const lines = text.split("\n");
  const last = lines.findLastIndex((l) => /^###\s/.test(l));
  if (last < 0) continue;
  const head = [
    ...lines.slice(0, last),
    "### XX. Benchmark Principle",
    "Every benchmark MUST print figures.",
    ...lines.slice(last + 1),
  ]
    .join("\n")
    .replace(/(\d+)\.(\d+)\.(\d+)/, (_, a) => `${Number(a) + 1}.0.0`);
  const input = {
    base: { path: "c.md", text },
    head: { path: "c.md", text: head },
    config: DEFAULT_CONFIG,
  };
  checkAmendment(input);
  const t0 = performance.now();
  const result = checkAmendment(input);
  times.push(performance.now() - t0);
  findings += result.findings.length;
}
const kib =
  constitutions.reduce((n, t) => n + Buffer.byteLength(t), 0) / constitutions.length / 1024;
console.log(
  `checkAmendment, ${times.length} real constitutions (mean ${kib.toFixed(1)} KiB): median ${median(times).toFixed(2)} ms, max ${Math.max(...times).toFixed(2)} ms, ${findings} findings`,
);

// ---------------------------------------------------------------- impact over 500 plans
const planPaths = find("-name", "plan.md", "-path", "*audit*");
const base = readFileSync(join(root, "test/fixtures/amendment/constitution.md"), "utf8");
const head = base
  .replace(/### IV\. Integration Testing[\s\S]*?### V\./, "### IV.")
  .replace(
    "## Additional Constraints",
    "### V. Security\nEvery endpoint MUST authenticate.\n\n## Additional Constraints",
  )
  .replace("**Version**: 1.2.0", "**Version**: 2.0.0");
const { amendment } = checkAmendment({
  base: { path: "c.md", text: base },
  head: { path: "c.md", text: head },
  config: DEFAULT_CONFIG,
});

/** 500 plans read from disk one at a time, as the App's batched read hands them over. */
function* repository(count) {
  for (let k = 0; k < count; k++) {
    const path = planPaths[k % planPaths.length];
    yield { path: `specs/${k}/plan.md`, bytes: readFileSync(path) };
  }
}

const COUNT = 500;
// Timed pass, then a pass that collects garbage every 100 plans to show what stays retained.
let affected = 0;
let items = 0;
let t0 = performance.now();
for (const impact of planImpacts(amendment, repository(COUNT))) {
  affected++;
  items += impact.items.length;
}
const streamMs = performance.now() - t0;
gc();
const retained = [(process.memoryUsage().heapUsed / MiB).toFixed(1)];
let k = 0;
for (const file of repository(COUNT)) {
  void [...planImpacts(amendment, [file])];
  if (++k % 100 === 0) {
    gc();
    retained.push((process.memoryUsage().heapUsed / MiB).toFixed(1));
  }
}
const totalKiB = [...repository(COUNT)].reduce((n, p) => n + p.bytes.length, 0) / 1024;
console.log(
  `planImpacts, ${COUNT} real plans (${(totalKiB / 1024).toFixed(1)} MiB, read one at a time): ${streamMs.toFixed(0)} ms (${(streamMs / COUNT).toFixed(2)} ms per plan), ${affected} affected, ${items} items; heap retained after 0/100/…/500 plans: ${retained.join(", ")} MiB`,
);

gc();
const held = [...repository(COUNT)];
t0 = performance.now();
const report = impactReport(amendment, held);
const heldMs = performance.now() - t0;
console.log(
  `impactReport, the same ${COUNT} plans held in memory: ${heldMs.toFixed(0)} ms, heap ${(process.memoryUsage().heapUsed / MiB).toFixed(1)} MiB with them held, ${report.plans.length} affected`,
);

// ---------------------------------------------------------------- pathological inputs
function time(label, build) {
  const text = build();
  const t = performance.now();
  checkAmendment({
    base: { path: "c.md", text: base },
    head: { path: "c.md", text },
    config: DEFAULT_CONFIG,
  });
  console.log(
    `${label} (${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB): ${(performance.now() - t).toFixed(1)} ms`,
  );
}
time("a Last Amended line of 200,000 spaces", () =>
  base.replace("**Last Amended**: 2025-03-02", `**Last Amended**:${" ".repeat(200_000)}x`),
);
time("a Sync Impact Report of 20,000 items", () =>
  base.replace(
    "Removed sections: none",
    `Removed sections:\n${Array.from({ length: 20_000 }, (_, i) => `- Section ${i}: text`).join("\n")}`,
  ),
);
time("a principle of 5,000 rules, each reworded", () => {
  const rules = Array.from({ length: 5000 }, (_, i) => `Rule ${i} MUST hold for component ${i}.`);
  return base.replace(
    "Shared schemas MUST have contract tests.",
    rules.map((r) => r.replace("hold", "apply")).join("\n"),
  );
});
time("a sentence of 100,000 words", () =>
  base.replace(
    "Shared schemas MUST have contract tests.",
    `Shared ${"schema ".repeat(100_000)}MUST be tested.`,
  ),
);
