// Action benchmark: the committed bundle (dist-action/index.js), started as GitHub starts it
// (a new `node` process, nothing installed), on a repository of 50 real plans. Prints the
// wall time of each run: every plan (`all: true`), and a pull request changing 5 plans on a
// shallow checkout that has to fetch its base commit. `node bench/action.js`; prints figures only.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";

const root = fileURLToPath(new URL("..", import.meta.url));
const bundle = join(root, "dist-action/index.js");
const PLANS = 50;
const RUNS = 7;

const env = {
  ...process.env,
  GIT_AUTHOR_NAME: "bench",
  GIT_AUTHOR_EMAIL: "bench@example.com",
  GIT_COMMITTER_NAME: "bench",
  GIT_COMMITTER_EMAIL: "bench@example.com",
};
const git = (cwd, ...args) => execFileSync("git", args, { cwd, env, encoding: "utf8" }).trim();

// Real plans from the test corpus (test/fixtures/real*), cycled to 50 feature folders.
function plansUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return plansUnder(path);
    return entry.name === "plan.md" ? [path] : [];
  });
}
const sources = ["real", "real2", "real3", "real4", "real5"]
  .flatMap((set) => plansUnder(join(root, "test/fixtures", set)))
  .sort();

const tmp = mkdtempSync(join(tmpdir(), "speckit-gate-bench-"));
const work = join(tmp, "work");
mkdirSync(work);
cpSync(join(root, "examples/demo-repo/.specify"), join(work, ".specify"), { recursive: true });
for (let i = 0; i < PLANS; i++) {
  const id = `${String(i + 1).padStart(3, "0")}-feature`;
  cpSync(sources[i % sources.length], join(work, "specs", id, "plan.md"));
  writeFileSync(join(work, "specs", id, "spec.md"), "# Spec\n");
}
git(work, "init", "-q", "-b", "main");
git(work, "add", "-A");
git(work, "commit", "-q", "-m", "50 plans");
const base = git(work, "rev-parse", "HEAD");
git(work, "checkout", "-q", "-b", "feature");
for (let i = 0; i < 5; i++) {
  writeFileSync(join(work, "specs", `${String(i + 1).padStart(3, "0")}-feature`, "notes.md"), "x");
  execFileSync("sh", ["-c", `printf '\\n<!-- edited -->\\n' >> specs/00${i + 1}-feature/plan.md`], {
    cwd: work,
  });
}
git(work, "commit", "-q", "-am", "edit 5 plans");
const head = git(work, "rev-parse", "HEAD");
git(work, "checkout", "-q", "main");
git(work, "checkout", "-q", "-b", "pull/1/merge");
git(work, "merge", "-q", "--no-ff", "-m", "merge", "feature");
const remote = join(tmp, "remote.git");
git(tmp, "clone", "-q", "--bare", work, remote);
git(remote, "config", "uploadpack.allowAnySHA1InWant", "true");

function run(workspace, eventName, payload, inputs) {
  const runner = mkdtempSync(join(tmp, "runner-"));
  writeFileSync(join(runner, "event.json"), JSON.stringify(payload));
  const started = performance.now();
  const out = spawnSync(process.execPath, [bundle], {
    cwd: workspace,
    encoding: "utf8",
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_WORKSPACE: workspace,
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: join(runner, "event.json"),
      GITHUB_OUTPUT: join(runner, "output"),
      GITHUB_STEP_SUMMARY: join(runner, "summary"),
      GITHUB_REPOSITORY: "o/r",
      RUNNER_TEMP: runner,
      INPUT_ALL: inputs.all ?? "false",
      "INPUT_FAIL-ON-ERROR": "true",
      INPUT_PATHS: "",
      INPUT_CONFIG: "",
      "INPUT_SARIF-FILE": "",
    },
  });
  const ms = performance.now() - started;
  const checked = /checking (.*)\./.exec(out.stdout)?.[1] ?? out.stderr.trim();
  return { ms, checked, status: out.status };
}

function series(label, make) {
  const times = [];
  let last;
  for (let i = 0; i < RUNS; i++) {
    const { workspace, eventName, payload, inputs } = make();
    last = run(workspace, eventName, payload, inputs);
    times.push(last.ms);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(
    `${label.padEnd(58)} median ${median.toFixed(0)} ms, max ${times.at(-1).toFixed(0)} ms (${RUNS} runs; ${last.checked}; exit ${last.status})`,
  );
}

const shallow = (branch) => {
  const dir = mkdtempSync(join(tmp, "ws-"));
  git(tmp, "clone", "-q", "--depth=1", "--branch", branch, `file://${remote}`, join(dir, "repo"));
  return join(dir, "repo");
};

console.log(
  `Action bundle on ${PLANS} plans (${sources.length} distinct real plans), node ${process.version}:`,
);
const full = shallow("pull/1/merge");
series("every plan (all: true)", () => ({
  workspace: full,
  eventName: "push",
  payload: {},
  inputs: { all: "true" },
}));
const pr = { pull_request: { number: 1, base: { sha: base }, head: { sha: head } } };
series("pull request, 5 plans changed, test merge commit checkout", () => ({
  workspace: shallow("pull/1/merge"),
  eventName: "pull_request",
  payload: pr,
  inputs: {},
}));
series("pull request, head checkout (fetches the base commit)", () => ({
  workspace: shallow("feature"),
  eventName: "pull_request",
  payload: pr,
  inputs: {},
}));
rmSync(tmp, { recursive: true, force: true });
