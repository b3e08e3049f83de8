import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach } from "@jest/globals";
import type { Config } from "../../src/config/config.js";
import type { RawFile } from "../../src/engine/check.js";
import type { FileResult, Finding } from "../../src/engine/types.js";
import { runGit } from "../../src/cli/git.js";
import type { CliDeps, CliIo } from "../../src/cli/run.js";

const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary folder, removed after the test. */
export function tempDir(prefix = "speckit-gate-cli-"): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  made.push(dir);
  return dir;
}

/** Writes files (path relative to `root` -> content) under a folder. */
export function writeFiles(
  root: string,
  files: Readonly<Record<string, string | Uint8Array>>,
): void {
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
}

export interface RepoOptions {
  /**
   * What marks the repository's top folder: an empty `.git` folder (the default: enough for
   * the CLI to find the root), a real `git init` with everything committed, or nothing.
   */
  readonly marker?: "dot-git" | "git" | "none";
}

/** A temporary repository holding the given files (path relative to it -> content); removed after the test. */
export function makeRepo(
  files: Readonly<Record<string, string | Uint8Array>>,
  options: RepoOptions = {},
): string {
  const root = tempDir();
  const marker = options.marker ?? "dot-git";
  if (marker === "dot-git") mkdirSync(join(root, ".git"));
  writeFiles(root, files);
  if (marker === "git") {
    git(root, "init", "-q", "-b", "main");
    git(root, "add", "-A");
    git(root, "commit", "-q", "-m", "initial");
  }
  return root;
}

/** Runs git in a folder with a fixed identity; returns its output. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "Test",
      GIT_AUTHOR_EMAIL: "test@example.com",
      GIT_COMMITTER_NAME: "Test",
      GIT_COMMITTER_EMAIL: "test@example.com",
      GIT_CONFIG_NOSYSTEM: "1",
      GIT_CONFIG_GLOBAL: "/dev/null",
    },
  });
}

export interface Captured extends CliIo {
  readonly out: () => string;
  readonly err: () => string;
}

/** An `io` that records what the CLI prints. */
export function capture(cwd: string, overrides: Partial<CliIo> = {}): Captured {
  let out = "";
  let err = "";
  return {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    cwd,
    env: {},
    stdoutIsTTY: false,
    ...overrides,
    out: () => out,
    err: () => err,
  };
}

export interface Call {
  readonly plans: readonly RawFile[];
  readonly lookup: (path: string) => RawFile | null;
  readonly config: Config;
  readonly exists: ((path: string) => boolean) | undefined;
}

export const decode = (file: RawFile): string =>
  "text" in file ? file.text : new TextDecoder().decode(file.bytes);

/**
 * A stand-in for the engine: a plan containing `ERROR` gets an error, one containing `WARN`
 * a warning (line 2, column 3, `message` with `{rule}` replaced); each call is recorded.
 */
export function fakeEngine(message = "Found {rule}."): { deps: CliDeps; calls: Call[] } {
  const calls: Call[] = [];
  const finding = (rule: string, severity: Finding["severity"]): Finding => ({
    rule,
    severity,
    line: 2,
    endLine: 2,
    column: 3,
    message: message.replace("{rule}", rule),
    docs: `docs/rules/${rule}.md`,
  });
  const check: CliDeps["check"] = (plans, lookup, config, exists) => {
    calls.push({ plans, lookup, config: config as Config, exists });
    return plans.map((plan): FileResult => {
      const text = decode(plan);
      const findings = [
        ...(text.includes("ERROR") ? [finding("no-placeholder", "error")] : []),
        ...(text.includes("WARN") ? [finding("spec-link", "warning")] : []),
      ];
      return {
        path: plan.path,
        constitution: null,
        verdict: findings.some((f) => f.severity === "error") ? "fail" : "pass",
        findings,
        gates: [],
        principles: [],
        constitutionSkipped: false,
      };
    });
  };
  return { deps: { check, version: () => "9.8.7", git: runGit }, calls };
}
