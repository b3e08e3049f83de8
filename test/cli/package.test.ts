import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { parse } from "yaml";
import { git, makeRepo } from "./helpers.js";

/**
 * The package as users get it: `npm pack` (which builds dist/ through `prepare`), installed
 * from the tarball into an empty prefix with an empty npm cache and `--offline`, so that
 * nothing but the tarball is used; then the pre-commit hook's command, as pre-commit runs it.
 */

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as {
  name: string;
  version: string;
  bundleDependencies: string[];
};

let work: string;
let tarball: string;
let prefix: string;

/** npm without the test runner's NODE_OPTIONS, with a cache of its own (empty: no registry data). */
function npm(args: string[], cwd: string): string {
  const env: Record<string, string | undefined> = {
    ...process.env,
    npm_config_cache: join(work, "npm-cache"),
    npm_config_update_notifier: "false",
    npm_config_fund: "false",
    npm_config_audit: "false",
  };
  delete env.NODE_OPTIONS;
  return execFileSync("npm", args, {
    cwd,
    env,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}

beforeAll(() => {
  work = realpathSync(mkdtempSync(join(tmpdir(), "speckit-gate-pack-")));
  const name = npm(["pack", "--pack-destination", work], repoRoot).trim();
  expect(name).toBe(`${pkg.name}-${pkg.version}.tgz`);
  tarball = join(work, name);
  prefix = join(work, "prefix");
  npm(["install", "--global", "--prefix", prefix, "--offline", tarball], work);
}, 180_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe("the packed package", () => {
  it("installs from the tarball alone and runs `speckit-gate --version`", () => {
    const out = spawnSync(join(prefix, "bin/speckit-gate"), ["--version"], { encoding: "utf8" });
    expect(out.stderr).toBe("");
    expect(out.stdout).toBe(`${pkg.version}\n`);
    expect(out.status).toBe(0);
  });

  it("ships the built CLI, LICENSE and README, no source maps, and only what runtime loads", () => {
    const files = execFileSync("tar", ["tzf", tarball], { encoding: "utf8" }).split("\n");
    for (const f of ["package/LICENSE", "package/README.md", "package/dist/cli/main.js"]) {
      expect(files).toContain(f);
    }
    expect(files.filter((f) => f.startsWith("package/dist/") && f.endsWith(".map"))).toEqual([]);
    const installed = join(prefix, "lib/node_modules", pkg.name, "node_modules");
    const modules = readdirSync(installed).filter((m) => !m.startsWith("."));
    for (const dep of pkg.bundleDependencies) expect(modules).toContain(dep);
    expect(modules).not.toContain("probot");
    expect(modules.length).toBeLessThanOrEqual(12);
  });

  it("runs with npx from the tarball", () => {
    const out = npm(
      ["exec", "--yes", "--offline", "--package", tarball, "--", "speckit-gate", "--version"],
      work,
    );
    expect(out).toBe(`${pkg.version}\n`);
  });
});

interface Hook {
  readonly id: string;
  readonly entry: string;
  readonly language: string;
  readonly types?: readonly string[];
  readonly files?: string;
  readonly require_serial?: boolean;
}

describe(".pre-commit-hooks.yaml", () => {
  const hooks = parse(readFileSync(join(repoRoot, ".pre-commit-hooks.yaml"), "utf8")) as Hook[];
  const hook = hooks.find((h) => h.id === "speckit-gate") as Hook;

  /**
   * What pre-commit does: the staged files (added, copied, modified, renamed), those of the
   * hook's types (`markdown`: .md files), appended to the entry, run from the repository's
   * top folder with the installed package's bin on PATH.
   */
  function runHook(repo: string) {
    const staged = git(repo, "diff", "--staged", "--name-only", "-z", "--diff-filter=ACMRTUXB")
      .split("\0")
      .filter((f) => f !== "")
      .filter((f) => !hook.types?.includes("markdown") || /\.(md|markdown)$/.test(f));
    const [command = "", ...args] = hook.entry.split(" ");
    return spawnSync(command, [...args, ...staged], {
      cwd: repo,
      encoding: "utf8",
      env: {
        ...process.env,
        NODE_OPTIONS: "",
        PATH: `${join(prefix, "bin")}:${process.env.PATH ?? ""}`,
      },
    });
  }

  function demoRepo(): string {
    const repo = makeRepo({}, { marker: "none" });
    cpSync(join(repoRoot, "examples/demo-repo"), repo, { recursive: true });
    git(repo, "init", "-q", "-b", "main");
    git(repo, "add", ".specify");
    git(repo, "commit", "-q", "-m", "constitution");
    return repo;
  }

  it("is a node hook on the package's bin, for Markdown files, in one process", () => {
    expect(hook).toMatchObject({
      entry: "speckit-gate check --plans-only",
      language: "node",
      types: ["markdown"],
      require_serial: true,
    });
  });

  it("passes a commit that stages a good plan, and fails one that stages a broken plan", () => {
    const repo = demoRepo();
    git(repo, "add", "specs/001-passing-feature");
    const good = runHook(repo);
    expect(good.stderr).toBe("");
    expect(good.status).toBe(0);
    expect(good.stdout).toContain("1 plan checked: 1 passed");

    git(repo, "add", "specs/002-failing-feature/plan.md");
    const bad = runHook(repo);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain(
      "specs/002-failing-feature/plan.md:22:14  error    Template placeholder `[e.g., PostgreSQL, CoreData, files or N/A]` was never filled in.  no-placeholder",
    );
    expect(bad.stdout).toContain("2 plans checked: 1 passed, 1 failed");
  });

  it("ignores staged Markdown that is not a plan, whatever the plans globs are", () => {
    const repo = demoRepo();
    git(repo, "add", "specs/002-failing-feature/spec.md");
    const notPlan = runHook(repo);
    expect(notPlan.status).toBe(0);
    expect(notPlan.stdout).toBe("No plans checked.\n");
  });
});
