import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "@jest/globals";
import { run } from "../../src/cli/run.js";
import { capture, fakeEngine, git, makeRepo, writeFiles } from "./helpers.js";

/** `--changed-since REF` on real git repositories. */

function checked(root: string, argv: string[], cwd = root) {
  const { deps, calls } = fakeEngine();
  const io = capture(cwd);
  const code = run(["check", ...argv], io, deps);
  return { code, plans: calls[0]?.plans.map((p) => p.path) ?? [], out: io.out(), err: io.err() };
}

function repoWithHistory(): string {
  const root = makeRepo(
    {
      "specs/001-a/plan.md": "# A\n",
      "specs/002-b/plan.md": "# B\n",
      "specs/003-c/plan.md": "# C\n",
      "README.md": "# Readme\n",
    },
    { marker: "git" },
  );
  git(root, "tag", "base");
  return root;
}

describe("--changed-since", () => {
  it("checks the plans changed between the revision and the working tree, untracked ones included", () => {
    const root = repoWithHistory();
    writeFiles(root, {
      "specs/001-a/plan.md": "# A, edited\n", // modified, not staged
      "specs/004-d/plan.md": "# D\n", // new, untracked
      "specs/005-e/plan.md": "# E\n", // new, staged below
      "README.md": "# Readme, edited\n", // not a plan
      "specs/001-a/spec.md": "# Spec\n", // not a plan
    });
    rmSync(join(root, "specs/002-b/plan.md")); // deleted: nothing to check
    git(root, "add", "specs/005-e/plan.md");
    const r = checked(root, ["--changed-since", "base"]);
    expect(r.plans).toEqual(["specs/001-a/plan.md", "specs/004-d/plan.md", "specs/005-e/plan.md"]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");

    git(root, "add", "-A");
    git(root, "commit", "-q", "-m", "work");
    expect(checked(root, ["--changed-since", "HEAD~1"]).plans).toEqual([
      "specs/001-a/plan.md",
      "specs/004-d/plan.md",
      "specs/005-e/plan.md",
    ]);
    // Renamed plans count under their new name.
    git(root, "mv", "specs/003-c", "specs/006-c");
    expect(checked(root, ["--changed-since", "HEAD"]).plans).toEqual(["specs/006-c/plan.md"]);
  });

  it("keeps to the paths given, and to the current folder by default", () => {
    const root = repoWithHistory();
    writeFiles(root, {
      "specs/001-a/plan.md": "# A, edited\n",
      "specs/003-c/plan.md": "# C, edited\n",
    });
    expect(checked(root, ["specs/003-c", "--changed-since", "base"]).plans).toEqual([
      "specs/003-c/plan.md",
    ]);
    const fromFolder = checked(root, ["--changed-since", "base"], join(root, "specs/001-a"));
    expect(fromFolder.plans).toEqual(["specs/001-a/plan.md"]);
  });

  it("exits 0 with a note when no plan changed", () => {
    const root = repoWithHistory();
    writeFiles(root, { "README.md": "# Readme, edited\n" });
    const r = checked(root, ["--changed-since", "base"]);
    expect(r.code).toBe(0);
    expect(r.plans).toEqual([]);
    expect(r.err).toBe("speckit-gate: note: no plan changed since `base`.\n");
    expect(r.out).toBe("No plans checked.\n");
  });

  it("explains an unknown revision and a folder that is not under git, exit 2", () => {
    const root = repoWithHistory();
    const unknown = checked(root, ["--changed-since", "origin/main"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toBe(
      "speckit-gate: `--changed-since origin/main`: git knows no commit `origin/main`. Check the name; in a shallow clone, fetch it first (e.g. `git fetch --depth=1 origin main`).\n",
    );
    const plain = makeRepo({ "specs/001-a/plan.md": "" });
    const r = checked(plain, ["--changed-since", "HEAD"]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      "speckit-gate: `--changed-since` needs a git repository, and `.` is not in one (or git is not installed).\n",
    );
  });

  it("hands the revision to git as one argument, never to a shell", () => {
    const root = repoWithHistory();
    const r = checked(root, ["--changed-since", "HEAD;touch pwned", "specs"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("git knows no commit `HEAD;touch pwned`");
    expect(existsSync(join(root, "pwned"))).toBe(false);
    expect(existsSync(join(root, "specs/pwned"))).toBe(false);
  });
});
