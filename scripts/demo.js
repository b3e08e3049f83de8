// `npm run demo`: runs the built CLI on the bundled example repository, shows its report,
// then checks that the report is the expected one (exit 0 only then).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const cli = fileURLToPath(new URL("../dist/cli/main.js", import.meta.url));
const repo = fileURLToPath(new URL("../examples/demo-repo", import.meta.url));
const passing = "specs/001-passing-feature/plan.md";
const failing = "specs/002-failing-feature/plan.md";
const expectedRules = [
  "no-placeholder",
  "no-unresolved-clarification",
  "principle-coverage",
  "gate-justification",
];

function cliRun(format) {
  const out = spawnSync(process.execPath, [cli, "check", "--root", repo, "--format", format], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: format === "text" ? process.env.NO_COLOR : "1" },
  });
  if (out.error) throw out.error;
  return out;
}

console.log(`$ speckit-gate check --root examples/demo-repo\n`);
const text = cliRun("text");
process.stdout.write(text.stdout);
process.stderr.write(text.stderr);
console.log(`\n(exit code ${text.status})\n`);

const problems = [];
const json = cliRun("json");
let report;
try {
  report = JSON.parse(json.stdout);
} catch {
  problems.push(`--format json did not print JSON (exit ${json.status}): ${json.stderr.trim()}`);
}
if (report) {
  const file = (path) => report.files.find((f) => f.path === path);
  const pass = file(passing);
  const fail = file(failing);
  if (!pass) problems.push(`${passing} was not checked`);
  else if (pass.verdict !== "pass") {
    const rules = pass.findings.map((f) => `${f.rule}@${f.line}`).join(", ");
    problems.push(`${passing} should pass but is "${pass.verdict}" (${rules})`);
  }
  if (!fail) problems.push(`${failing} was not checked`);
  else {
    if (fail.verdict !== "fail") problems.push(`${failing} should fail but is "${fail.verdict}"`);
    const found = new Set(fail.findings.map((f) => f.rule));
    const missing = expectedRules.filter((r) => !found.has(r));
    if (missing.length > 0) problems.push(`${failing} lacks findings of ${missing.join(", ")}`);
  }
  if (json.status !== 1)
    problems.push(`the exit code should be 1 (an error-level finding), not ${json.status}`);
}
if (text.status !== json.status)
  problems.push(`text and json exit codes differ: ${text.status} vs ${json.status}`);

if (problems.length > 0) {
  console.log("Demo FAILED: the report is not the expected one:");
  for (const p of problems) console.log(`  - ${p}`);
  process.exit(1);
}
console.log(
  `Demo OK: ${passing} passes; ${failing} fails with ${expectedRules.join(", ")}; exit code 1.`,
);
