import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "@jest/globals";
import { parse } from "yaml";
import { example, type Payload } from "../helpers/payloads.js";
import { sarifValidator } from "../fixtures/sarif-validator.js";
import { SUPPRESSED_CONSTITUTION, SUPPRESSED_PLAN } from "../fixtures/suppressed.js";
import { git, makeRepo, tempDir, writeFiles } from "./helpers.js";

/**
 * The committed Action bundle, run as GitHub runs it (`node dist-action/index.js` with the
 * runner's environment variables and a real webhook payload), from a copy of the action's
 * folder with no node_modules anywhere, on a shallow checkout of a real git history.
 */

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const demo = join(repoRoot, "examples/demo-repo");
const PASSING = readFileSync(join(demo, "specs/001-passing-feature/plan.md"), "utf8");
const FAILING = readFileSync(join(demo, "specs/002-failing-feature/plan.md"), "utf8");

interface Action {
  readonly inputs: Record<string, { default: string }>;
  readonly outputs: Record<string, unknown>;
  readonly runs: { using: string; main: string };
}

const action = parse(readFileSync(join(repoRoot, "action.yml"), "utf8")) as Action;

/** The action as `uses:` fetches it: action.yml, package.json and the bundle, nothing installed. */
function actionCopy(): string {
  const dir = tempDir("speckit-gate-action-");
  for (const file of ["action.yml", "package.json", action.runs.main]) {
    mkdirSync(join(dir, file, ".."), { recursive: true });
    cpSync(join(repoRoot, file), join(dir, file));
  }
  return dir;
}

/** A plan of the demo repository as a feature folder of its own (spec.md beside it). */
function feature(id: string, plan: string): Record<string, string> {
  return {
    [`specs/${id}/plan.md`]: plan
      .replaceAll("001-passing-feature", id)
      .replaceAll("002-failing-feature", id),
    [`specs/${id}/spec.md`]: "# Spec\n",
  };
}

interface History {
  readonly remote: string;
  /** Tip of main when the pull request event fired, and of the pull request's branch. */
  readonly base: string;
  readonly head: string;
  /** GitHub's test merge commit (refs/pull/N/merge), what actions/checkout checks out. */
  readonly merge: string;
}

/**
 * main: a failing plan nobody touches (001) and a passing one (002); the pull request edits
 * 002 (still passing), adds a failing plan (003) and edits the README; after it branched,
 * main gained another failing plan (004). Served from a remote that, like GitHub, lets a
 * shallow clone fetch any commit by its id.
 */
function history(extra: Record<string, string> = {}): History {
  const work = makeRepo(
    {
      ".specify/memory/constitution.md": readFileSync(
        join(demo, ".specify/memory/constitution.md"),
        "utf8",
      ),
      ...feature("001-old", FAILING),
      ...feature("002-kept", PASSING),
      "README.md": "# Project\n",
      ...extra,
    },
    { marker: "git" },
  );
  git(work, "checkout", "-q", "-b", "feature");
  writeFiles(work, {
    "specs/002-kept/plan.md": `${feature("002-kept", PASSING)["specs/002-kept/plan.md"]}\n<!-- edited -->\n`,
    ...feature("003-new", FAILING),
    "README.md": "# Project, edited\n",
  });
  git(work, "add", "-A");
  git(work, "commit", "-q", "-m", "feature");
  const head = git(work, "rev-parse", "HEAD").trim();
  git(work, "checkout", "-q", "main");
  writeFiles(work, feature("004-later", FAILING));
  git(work, "add", "-A");
  git(work, "commit", "-q", "-m", "later on main");
  const base = git(work, "rev-parse", "HEAD").trim();
  git(work, "checkout", "-q", "-b", "pull/1/merge");
  git(work, "merge", "-q", "--no-ff", "-m", "Merge feature into main", "feature");
  const merge = git(work, "rev-parse", "HEAD").trim();
  git(work, "checkout", "-q", "main");
  const remote = join(tempDir(), "remote.git");
  git(work, "clone", "-q", "--bare", work, remote);
  git(remote, "config", "uploadpack.allowAnySHA1InWant", "true");
  return { remote, base, head, merge };
}

/** A checkout like actions/checkout's default: one commit deep. */
function shallowCheckout(remote: string, branch: string): string {
  const workspace = join(tempDir("speckit-gate-ws-"), "repo");
  git(repoRoot, "clone", "-q", "--depth=1", "--branch", branch, `file://${remote}`, workspace);
  return workspace;
}

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  readonly annotations: { level: string; file: string | undefined; message: string }[];
  readonly runnerTemp: string;
}

function runAction(
  workspace: string,
  event: { name: string; payload: Payload | null },
  inputs: Record<string, string> = {},
): Run {
  const dir = actionCopy();
  const runner = tempDir("speckit-gate-runner-");
  const eventPath = join(runner, "event.json");
  writeFileSync(eventPath, JSON.stringify(event.payload ?? {}));
  writeFileSync(join(runner, "output"), "");
  writeFileSync(join(runner, "summary"), "");
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? runner,
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: join(runner, "output"),
    GITHUB_STEP_SUMMARY: join(runner, "summary"),
    GITHUB_REPOSITORY: "Codertocat/Hello-World",
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_SHA: git(workspace, "rev-parse", "HEAD").trim(),
    RUNNER_TEMP: join(runner, "tmp"),
    NO_COLOR: "1",
  };
  // GitHub sets every input, with its default when the workflow gives none.
  for (const [name, spec] of Object.entries(action.inputs)) {
    env[`INPUT_${name.toUpperCase()}`] = inputs[name] ?? spec.default;
  }
  const out = spawnSync(process.execPath, [join(dir, action.runs.main)], {
    cwd: workspace,
    env,
    encoding: "utf8",
  });
  const outputs = Object.fromEntries(
    readFileSync(join(runner, "output"), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
  );
  const annotations = out.stdout
    .split("\n")
    .map((l) => /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({
      level: m[1] ?? "",
      file: /(?:^|,)file=([^,]*)/.exec(m[2] ?? "")?.[1],
      message: decodeURIComponent((m[3] ?? "").replaceAll("%0A", "\n")),
    }));
  return {
    status: out.status,
    stdout: out.stdout,
    stderr: out.stderr,
    outputs,
    summary: readFileSync(join(runner, "summary"), "utf8"),
    annotations,
    runnerTemp: join(runner, "tmp"),
  };
}

function pullRequestPayload(h: History): Payload {
  const payload = example("pull_request", "opened");
  payload.pull_request.number = 1;
  payload.pull_request.base.sha = h.base;
  payload.pull_request.head.sha = h.head;
  return payload;
}

describe("action.yml", () => {
  it("is a JavaScript action on node24 whose main is the committed bundle", () => {
    expect(action.runs).toEqual({ using: "node24", main: "dist-action/index.js" });
    expect(existsSync(join(repoRoot, action.runs.main))).toBe(true);
    expect(Object.keys(action.inputs)).toEqual([
      "paths",
      "all",
      "config",
      "sarif-file",
      "fail-on-error",
    ]);
    expect(Object.keys(action.outputs)).toEqual([
      "exit-code",
      "errors",
      "warnings",
      "suppressed",
      "sarif-file",
    ]);
  });

  it("bundles everything: the only modules it imports are Node's own", () => {
    const bundle = readFileSync(join(repoRoot, action.runs.main), "utf8");
    const imported = [...bundle.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
    expect(imported.length).toBeGreaterThan(0);
    expect(imported.filter((m) => !/^(node:)?[a-z_]+$/.test(m ?? ""))).toEqual([]);
  });
});

describe("the Action on a pull request", () => {
  it("annotates only the plans the pull request changes, and writes the summary, the SARIF file and the outputs", () => {
    const h = history();
    const workspace = shallowCheckout(h.remote, "pull/1/merge");
    expect(git(workspace, "rev-parse", "HEAD").trim()).toBe(h.merge);
    const r = runAction(workspace, { name: "pull_request", payload: pullRequestPayload(h) });

    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("speckit-gate: checking the 2 plans the pull request #1 changes.");
    // 001 and 004 fail too, but the pull request does not change them (004 came to main later).
    const files = new Set(r.annotations.map((a) => a.file));
    expect([...files].sort()).toEqual(["specs/002-kept/plan.md", "specs/003-new/plan.md"]);
    const errors = r.annotations.filter((a) => a.level === "error");
    expect(errors.map((a) => a.file)).toEqual(Array(4).fill("specs/003-new/plan.md"));

    const sarifFile = join(r.runnerTemp, "speckit-gate.sarif");
    expect(r.outputs).toEqual({
      "exit-code": "1",
      errors: "4",
      warnings: String(r.annotations.filter((a) => a.level === "warning").length),
      suppressed: "0",
      "sarif-file": sarifFile,
    });
    const sarif = JSON.parse(readFileSync(sarifFile, "utf8"));
    const validate = sarifValidator();
    expect(validate(sarif) ? [] : validate.errors).toEqual([]);
    const uris = new Set(
      sarif.runs[0].results.map(
        (x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
          x.locations[0]?.physicalLocation.artifactLocation.uri,
      ),
    );
    expect([...uris]).toEqual(["specs/002-kept/plan.md", "specs/003-new/plan.md"]);

    // The job summary is the App's comment layout: a section per plan, lines linked at the head commit.
    expect(r.summary).toContain("## ❌ speckit-gate: 1 of 2 plans does not pass its gates");
    expect(r.summary).toContain(
      `### ❌ [\`specs/003-new/plan.md\`](https://github.com/Codertocat/Hello-World/blob/${h.head}/specs/003-new/plan.md)`,
    );
    expect(r.summary).toContain("### ✅ [`specs/002-kept/plan.md`]");
    expect(r.summary).toContain("| Principle | Status | Gate | Notes |");
    expect(r.summary).not.toContain("001-old");
    expect(r.summary).not.toContain("004-later");
  });

  it("checks the head commit of a merge group against its base, and passes when no plan changed", () => {
    const h = history();
    const workspace = shallowCheckout(h.remote, "pull/1/merge");
    const payload = example("merge_group", "checks_requested");
    payload.merge_group.base_sha = h.base;
    payload.merge_group.head_sha = h.merge;
    const r = runAction(workspace, { name: "merge_group", payload });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("checking the 2 plans the merge group changes.");
    expect(new Set(r.annotations.map((a) => a.file))).toEqual(
      new Set(["specs/002-kept/plan.md", "specs/003-new/plan.md"]),
    );

    // A pull request that changes only the README.
    payload.merge_group.base_sha = h.merge;
    const readmeOnly = join(tempDir(), "ws");
    git(repoRoot, "clone", "-q", "--branch", "pull/1/merge", `file://${h.remote}`, readmeOnly);
    writeFiles(readmeOnly, { "README.md": "# Again\n" });
    git(readmeOnly, "commit", "-q", "-am", "readme");
    payload.merge_group.head_sha = git(readmeOnly, "rev-parse", "HEAD").trim();
    const none = runAction(readmeOnly, { name: "merge_group", payload });
    expect(none.status).toBe(0);
    expect(none.annotations).toEqual([]);
    expect(none.outputs["exit-code"]).toBe("0");
    expect(none.summary).toContain("## ✅ speckit-gate: no plan to check");
    expect(none.summary).toContain("Checked no plan (the merge group changes none).");
  });

  it("checks every plan with all: true, or when the base cannot be fetched, and says why", () => {
    const h = history();
    const workspace = shallowCheckout(h.remote, "pull/1/merge");
    const all = runAction(
      workspace,
      { name: "pull_request", payload: pullRequestPayload(h) },
      {
        all: "true",
      },
    );
    expect(all.stdout).toContain("checking every plan, as `all: true` asks.");
    // 12 errors in three plans: GitHub would show 10, so 10 are annotated, in turns, and a notice says so.
    const errors = all.annotations.filter((a) => a.level === "error");
    expect(errors.map((a) => a.file)).toEqual([
      ...Array(4).fill("specs/001-old/plan.md"),
      ...Array(3).fill("specs/003-new/plan.md"),
      ...Array(3).fill("specs/004-later/plan.md"),
    ]);
    expect(all.annotations.at(-1)).toEqual({
      level: "notice",
      file: undefined,
      message: `2 findings (2 errors) are not annotated: GitHub shows at most 10 errors, 10 warnings and 10 notices per step. Every finding is in the job summary, the step's log and the SARIF file \`${join(all.runnerTemp, "speckit-gate.sarif")}\`.`,
    });
    expect(all.outputs.errors).toBe("12");
    expect(all.stdout).toContain("::group::speckit-gate: every finding");
    expect(all.stdout.match(/^specs\/\S+:\d+(:\d+)? {2}error {2}/gm)).toHaveLength(12);

    // A checkout of the head commit (not the merge) needs the base commit, which is not there.
    const unknown = pullRequestPayload(h);
    unknown.pull_request.base.sha = "0123456789abcdef0123456789abcdef01234567";
    const lost = runAction(shallowCheckout(h.remote, "feature"), {
      name: "pull_request",
      payload: unknown,
    });
    const warning = lost.annotations.find((a) => a.level === "warning");
    expect(warning?.message).toMatch(
      /^git could not compare the pull request #1's base commit 0123456 with the checkout \(.+\); check out with `fetch-depth: 0`, or let the job fetch from `origin`\. Every plan was checked instead\.$/,
    );
    expect(lost.summary).toContain("> ⚠️ git could not compare");
    expect(lost.stdout).toContain(
      "checking every plan, as the plans the pull request #1 changes could not be found.",
    );
  });

  it("fetches the base commit into a shallow checkout of the head commit", () => {
    const h = history();
    const workspace = shallowCheckout(h.remote, "feature");
    expect(() => git(workspace, "cat-file", "-e", `${h.base}^{commit}`)).toThrow();
    const r = runAction(workspace, { name: "pull_request", payload: pullRequestPayload(h) });
    expect(r.stdout).toContain("checking the 2 plans the pull request #1 changes.");
    expect(new Set(r.annotations.map((a) => a.file))).toEqual(
      new Set(["specs/002-kept/plan.md", "specs/003-new/plan.md"]),
    );
    expect(r.summary).toContain(`/blob/${h.head}/specs/003-new/plan.md`);
  });

  it("reports an invalid configuration on its line, and fails with exit code 2", () => {
    const h = history({
      ".github/speckit.yml": "plans:\n  - specs/**/plan.md\nrules:\n  no-placeholder: fatal\n",
    });
    const workspace = shallowCheckout(h.remote, "pull/1/merge");
    const r = runAction(workspace, { name: "pull_request", payload: pullRequestPayload(h) });
    expect(r.status).toBe(2);
    expect(r.stdout).toContain(
      "::error file=.github/speckit.yml,line=4,col=3,title=speckit-gate::Invalid value at `rules.no-placeholder`: must be one of `error`, `warning`, `notice`, `off`.",
    );
    expect(r.outputs).toEqual({
      "exit-code": "2",
      errors: "0",
      warnings: "0",
      suppressed: "0",
      "sarif-file": "",
    });
    expect(r.summary).toContain("## ❌ speckit-gate: the configuration is invalid");
  });

  it("takes globs in paths, honours fail-on-error and its sarif-file input", () => {
    const h = history();
    const workspace = shallowCheckout(h.remote, "pull/1/merge");
    const r = runAction(
      workspace,
      { name: "push", payload: null },
      {
        paths: "specs/00[34]-*\nspecs/002-kept/plan.md",
        "fail-on-error": "false",
        "sarif-file": "reports/gate.sarif",
      },
    );
    expect(r.status).toBe(0);
    expect(r.outputs["exit-code"]).toBe("1");
    expect(new Set(r.annotations.map((a) => a.file))).toEqual(
      new Set(["specs/002-kept/plan.md", "specs/003-new/plan.md", "specs/004-later/plan.md"]),
    );
    expect(r.outputs["sarif-file"]).toBe(join(workspace, "reports/gate.sarif"));
    expect(existsSync(join(workspace, "reports/gate.sarif"))).toBe(true);
    expect(r.stdout).toContain("`fail-on-error: false`: the step passes despite the errors.");

    const bad = runAction(workspace, { name: "push", payload: null }, { all: "maybe" });
    expect(bad.status).toBe(2);
    expect(bad.annotations).toEqual([
      {
        level: "error",
        file: undefined,
        message: "Input `all` must be `true` or `false`, not `maybe`.",
      },
    ]);
  });
});

describe("the Action on plans with suppression comments", () => {
  it("counts the silenced findings in its output, its log, its job summary and its SARIF file", () => {
    const workspace = makeRepo(
      {
        ".specify/memory/constitution.md": SUPPRESSED_CONSTITUTION,
        "specs/001-x/plan.md": SUPPRESSED_PLAN,
        ".github/speckit.yml": "rules:\n  technical-context-field: off\n",
      },
      { marker: "git" },
    );
    const r = runAction(workspace, { name: "push", payload: null });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.outputs).toMatchObject({ "exit-code": "0", errors: "0", suppressed: "2" });
    // Silenced findings are not annotated: the comment in the plan is where the reviewer sees them.
    expect(r.annotations.filter((a) => a.level === "error")).toEqual([]);
    expect(r.stdout).toContain("speckit-gate: 1 plan checked: 0 errors, 0 warnings, 2 suppressed.");
    expect(r.summary).toContain(", 2 suppressed — every plan");
    expect(r.summary).toContain(
      "<details><summary>2 findings suppressed by comments in the plan</summary>",
    );
    expect(r.summary).toContain("| error | deferred by ADR-12 |");
    const sarif = JSON.parse(readFileSync(join(r.runnerTemp, "speckit-gate.sarif"), "utf8"));
    expect(sarif.runs[0].properties).toEqual({
      suppressed: 2,
      suppressedByFile: { "specs/001-x/plan.md": 2 },
    });
  });
});
