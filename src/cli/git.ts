import { execFileSync } from "node:child_process";

/**
 * Runs git with an argument array (never a shell string, so no revision or path is ever
 * interpreted by a shell) in a folder, and returns its standard output. Throws `GitError`.
 */
export type Git = (args: readonly string[], cwd: string) => string;

/** git failed: its own message is kept for the user. */
export class GitError extends Error {
  override readonly name = "GitError";
  constructor(
    readonly args: readonly string[],
    readonly stderr: string,
  ) {
    super(stderr.trim().split("\n").at(-1) || `git ${args.join(" ")} failed`);
  }
}

export const runGit: Git = (args, cwd) => {
  try {
    return execFileSync("git", [...args], {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" },
    });
  } catch (error) {
    const { stderr, message } = error as { stderr?: string | Buffer; message?: string };
    const text = stderr ? String(stderr) : (message ?? String(error));
    throw new GitError(args, text);
  }
};

/** `-z` output: NUL-separated paths. */
function paths(output: string): string[] {
  return output.split("\0").filter((p) => p !== "");
}

/** The commit a revision names, or null when git does not know it. */
export function resolveCommit(git: Git, cwd: string, rev: string): string | null {
  try {
    return git(["rev-parse", "--verify", "--quiet", `${rev}^{commit}`], cwd).trim();
  } catch {
    return null;
  }
}

/** Whether git is usable in the folder and it lies in a work tree. */
export function inWorkTree(git: Git, cwd: string): boolean {
  try {
    return git(["rev-parse", "--is-inside-work-tree"], cwd).trim() === "true";
  } catch {
    return false;
  }
}

/**
 * `git diff` of the names of files added, copied or modified, relative to `cwd` and limited to
 * it (`--relative`), NUL-separated. A rename counts as the new path (`--no-renames`); deleted
 * files are left out.
 */
const DIFF_NAMES = [
  "diff",
  "--name-only",
  "-z",
  "--no-renames",
  "--diff-filter=ACMRT",
  "--relative",
] as const;

/**
 * Files changed (as `DIFF_NAMES` counts them) between a commit and the working tree, plus
 * untracked files that are not ignored, sorted.
 */
export function changedSince(git: Git, cwd: string, commit: string): string[] {
  const tracked = paths(git([...DIFF_NAMES, commit, "--"], cwd));
  const untracked = paths(git(["ls-files", "-z", "--others", "--exclude-standard"], cwd));
  return [...new Set([...tracked, ...untracked])].sort();
}

/** Files changed (as `DIFF_NAMES` counts them) between two commits, sorted. */
export function changedBetween(git: Git, cwd: string, base: string, head: string): string[] {
  return paths(git([...DIFF_NAMES, base, head, "--"], cwd)).sort();
}
