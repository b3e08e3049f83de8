// `npm run audit [-- round1 round2 …] [--verbose] [--pooled] [--findings]`: runs the built
// engine on the hand-labelled audit corpus (test/fixtures/audit/<round>/<plan>/) and prints
// per-category precision and recall and the verdict accuracy, per round. --verbose lists every
// disagreement; --pooled adds the figures of the rounds asked for taken together; --findings
// prints every finding instead, one per line (round/plan, rule, line, severity, message), to
// compare all findings before and after a change (`diff`).
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_CONFIG } from "../dist/config/config.js";
import { checkPlans } from "../dist/engine/batch.js";
import { CATEGORIES, scorePlan, summarize } from "./audit-score.js";

const root = fileURLToPath(new URL("../test/fixtures/audit/", import.meta.url));
const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const pooled = args.includes("--pooled");
const listFindings = args.includes("--findings");
const wanted = args.filter((a) => !a.startsWith("--"));
const rounds = (wanted.length > 0 ? wanted : readdirSync(root))
  .filter((r) => existsSync(join(root, r)) && statSync(join(root, r)).isDirectory())
  .sort((a, b) => a.localeCompare(b, "en", { numeric: true }));

function runPlan(dir, labels) {
  const read = (path) => {
    const full = join(dir, path);
    return existsSync(full) && statSync(full).isFile()
      ? { path, bytes: new Uint8Array(readFileSync(full)) }
      : null;
  };
  const plan = read(labels.plan);
  if (!plan) throw new Error(`${dir}: plan ${labels.plan} is missing`);
  return checkPlans([plan], read, DEFAULT_CONFIG, (p) => existsSync(join(dir, p)))[0];
}

const pct = (v) => (v === null ? "  -  " : v.toFixed(2));

function printSummary(s) {
  console.log(
    `verdict accuracy ${pct(s.verdictAccuracy)}  (good plans blocked: ${s.blockedGood}, bad plans passed: ${s.passedBad})`,
  );
  console.log("category                  precision  recall   tp   fp   fn");
  for (const c of CATEGORIES) {
    const x = s.categories[c];
    console.log(
      `${c.padEnd(26)}${pct(x.precision).padStart(9)}${pct(x.recall).padStart(8)}${String(x.tp).padStart(5)}${String(x.fp).padStart(5)}${String(x.fn).padStart(5)}`,
    );
  }
}

const allScores = [];
for (const round of rounds) {
  const scores = [];
  const diffs = [];
  for (const name of readdirSync(join(root, round)).sort()) {
    const dir = join(root, round, name);
    if (!existsSync(join(dir, "labels.json"))) continue;
    const labels = JSON.parse(readFileSync(join(dir, "labels.json"), "utf8"));
    const result = runPlan(dir, labels);
    if (listFindings) {
      for (const f of result.findings)
        console.log(
          `${round}/${name}\t${f.rule}\t${f.line}\t${f.severity}\t${f.message.replace(/\s+/g, " ")}`,
        );
      continue;
    }
    const score = scorePlan(labels, result);
    scores.push(score);
    const wrong = CATEGORIES.filter((c) => score.categories[c].fp + score.categories[c].fn > 0);
    if (wrong.length > 0 || score.verdict.expected !== score.verdict.got)
      diffs.push({ name, score, wrong });
  }
  if (listFindings) continue;
  allScores.push(...scores);
  const s = summarize(scores);
  const repos = new Set(
    readdirSync(join(root, round))
      .filter((n) => existsSync(join(root, round, n, "labels.json")))
      .map(
        (n) => JSON.parse(readFileSync(join(root, round, n, "labels.json"), "utf8")).source?.repo,
      ),
  );
  console.log(`\n== ${round}: ${s.plans} plans from ${repos.size} repositories`);
  printSummary(s);
  if (verbose) {
    for (const { name, score, wrong } of diffs) {
      const v = score.verdict;
      console.log(`\n- ${name}: verdict ${v.expected} / engine ${v.got}`);
      for (const c of wrong) {
        const x = score.categories[c];
        if (x.missed.length) console.log(`    ${c} missed: ${JSON.stringify(x.missed)}`);
        if (x.extra.length) console.log(`    ${c} extra:  ${JSON.stringify(x.extra)}`);
      }
    }
  }
}

if (pooled && !listFindings && allScores.length > 0) {
  const s = summarize(allScores);
  console.log(`\n== pooled: ${s.plans} plans of ${rounds.length} rounds (${rounds.join(", ")})`);
  printSummary(s);
}
