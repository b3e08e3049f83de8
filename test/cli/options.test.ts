import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "@jest/globals";
import { parse } from "yaml";
import { run } from "../../src/cli/run.js";
import { rules } from "../../src/engine/rules/index.js";
import { capture, fakeEngine, makeRepo } from "./helpers.js";

/** The linter conventions of the CLI, with a stand-in engine (see `fakeEngine`). */

const FILES = {
  "specs/001-a/plan.md": "# Plan\nWARN\n",
  "specs/002-b/plan.md": "# Plan\nERROR\nWARN\n",
  "specs/003-c/plan.md": "# Plan\n",
};

describe("--quiet", () => {
  it("reports errors only, in every format, and keeps the exit code", () => {
    const root = makeRepo(FILES);
    const { deps } = fakeEngine();
    const text = capture(root);
    expect(run(["check", "--quiet"], text, deps)).toBe(1);
    expect(text.out()).toContain("specs/002-b/plan.md:2:3  error    Found no-placeholder.");
    expect(text.out()).not.toContain("  warning  ");
    expect(text.out()).toContain(
      "3 plans checked: 2 passed, 1 failed, 0 skipped; 1 error, 0 warnings",
    );
    const json = capture(root);
    run(["check", "--quiet", "--format", "json"], json, deps);
    const report = JSON.parse(json.out()) as {
      files: { path: string; findings: { severity: string }[] }[];
    };
    expect(report.files.flatMap((f) => f.findings.map((x) => x.severity))).toEqual(["error"]);
    expect(report.files).toHaveLength(3);
  });

  it("exits 0 when only warnings were found", () => {
    const root = makeRepo(FILES);
    const io = capture(root);
    expect(run(["check", "--quiet", "specs/001-a"], io, fakeEngine().deps)).toBe(0);
    expect(io.out()).toBe(
      "1 plan checked: 1 passed, 0 failed, 0 skipped; 0 errors, 0 warnings, 0 notices\n",
    );
  });
});

describe("--max-warnings", () => {
  it("fails when more warnings than allowed were found, and says so", () => {
    const root = makeRepo(FILES);
    const { deps } = fakeEngine();
    const over = capture(root);
    expect(run(["check", "specs/001-a", "--max-warnings", "0"], over, deps)).toBe(1);
    expect(over.err()).toBe(
      "speckit-gate: 1 warning found, more than `--max-warnings 0` allows.\n",
    );
    const within = capture(root);
    expect(run(["check", "specs/001-a", "--max-warnings", "1"], within, deps)).toBe(0);
    expect(within.err()).toBe("");
    // Warnings still count with --quiet, which only changes what is shown.
    expect(run(["check", "specs/001-a", "--quiet", "--max-warnings=0"], capture(root), deps)).toBe(
      1,
    );
  });
});

describe("--output-file", () => {
  it("writes the report to the file (folders made as needed), nothing to stdout, same exit code", () => {
    const root = makeRepo(FILES);
    const { deps } = fakeEngine();
    const io = capture(join(root, "specs"), { stdoutIsTTY: true });
    expect(run(["check", "--output-file", "../out/report.txt"], io, deps)).toBe(1);
    expect(io.out()).toBe("");
    const written = readFileSync(join(root, "out/report.txt"), "utf8");
    expect(written).toContain("specs/002-b/plan.md:2:3  error    Found no-placeholder.");
    expect(written).not.toContain("\u001b[");
    const sarif = capture(root);
    expect(run(["check", "--format", "sarif", "--output-file", "gate.sarif"], sarif, deps)).toBe(1);
    expect(JSON.parse(readFileSync(join(root, "gate.sarif"), "utf8")).version).toBe("2.1.0");
  });

  it("reports a file that cannot be written as a usage error", () => {
    const root = makeRepo({ ...FILES, "taken.txt": "" });
    const io = capture(root);
    expect(run(["check", "--output-file", "taken.txt/report.txt"], io, fakeEngine().deps)).toBe(2);
    expect(io.err()).toMatch(/^speckit-gate: Cannot write `taken\.txt\/report\.txt`: /);
    expect(existsSync(join(root, "taken.txt/report.txt"))).toBe(false);
  });
});

describe("standard input", () => {
  it("checks the text read from `-` as the plan at --stdin-filename, with the files around it", () => {
    const root = makeRepo({
      ".specify/memory/constitution.md": "# Constitution\n",
      "specs/004-d/spec.md": "# Spec\n",
    });
    const { deps, calls } = fakeEngine();
    const io = capture(join(root, "specs"), { readStdin: () => "# Plan\nERROR\n" });
    expect(run(["check", "-", "--stdin-filename", "004-d/plan.md"], io, deps)).toBe(1);
    expect(calls[0]?.plans).toEqual([{ path: "specs/004-d/plan.md", text: "# Plan\nERROR\n" }]);
    expect(calls[0]?.lookup(".specify/memory/constitution.md")).not.toBeNull();
    expect(calls[0]?.exists?.("specs/004-d/spec.md")).toBe(true);
    expect(io.out()).toContain("specs/004-d/plan.md:2:3  error    Found no-placeholder.");
  });

  it("finds the root from --stdin-filename, and refuses one outside --root", () => {
    const root = makeRepo({ "specs/001-a/plan.md": "x" });
    const { deps, calls } = fakeEngine();
    const io = capture("/", { readStdin: () => "# Plan\n" });
    expect(run(["check", "-", "--stdin-filename", join(root, "specs/009/plan.md")], io, deps)).toBe(
      0,
    );
    expect(calls[0]?.plans.map((p) => p.path)).toEqual(["specs/009/plan.md"]);
    const outside = capture(root, { readStdin: () => "" });
    expect(
      run(["check", "--root", "specs", "-", "--stdin-filename", "plan.md"], outside, deps),
    ).toBe(2);
    expect(outside.err()).toBe(
      "speckit-gate: `--stdin-filename plan.md` is outside the repository root `specs`: pass `--root` with the repository that holds it.\n",
    );
  });
});

describe("--print-config", () => {
  it("prints the configuration that applies, with every rule's severity", () => {
    const root = makeRepo({
      ".github/speckit.yml": "plans: ['docs/plans/*.md']\nrules:\n  spec-link: off\n",
    });
    const io = capture(join(root, "docs"));
    expect(run(["--print-config"], io, fakeEngine().deps)).toBe(0);
    const [first, second] = io.out().split("\n");
    expect(first).toBe(`# Repository root: ${root}`);
    expect(second).toBe(`# Read from: ${join(root, ".github/speckit.yml")}`);
    const printed = parse(io.out()) as { plans: string[]; rules: Record<string, string> };
    expect(printed.plans).toEqual(["docs/plans/*.md"]);
    expect(Object.keys(printed.rules)).toEqual(rules.map((r) => r.id));
    expect(printed.rules["spec-link"]).toBe("off");
    expect(printed.rules["no-placeholder"]).toBe("error");
  });

  it("says when the defaults apply", () => {
    const root = makeRepo({});
    const io = capture(root);
    expect(run(["check", "--print-config"], io, fakeEngine().deps)).toBe(0);
    expect(io.out()).toContain(
      "# No configuration file (.github/speckit.yml): the defaults apply.\n",
    );
    expect(parse(io.out()).plans).toEqual([
      "specs/**/plan.md",
      "**/specs/*/plan.md",
      "plans/**/impl-plan.md",
    ]);
  });
});

describe("colour", () => {
  const red = "\u001b[31merror  \u001b[39m";
  const colored = (env: Record<string, string>, tty: boolean, flags: string[] = []): boolean => {
    const root = makeRepo(FILES);
    const io = capture(root, { env, stdoutIsTTY: tty });
    run(["check", ...flags], io, fakeEngine().deps);
    return io.out().includes(red);
  };

  it("colours a terminal only, unless told otherwise by flag or environment", () => {
    expect(colored({}, true)).toBe(true);
    expect(colored({}, false)).toBe(false);
    expect(colored({ TERM: "dumb" }, true)).toBe(false);
    expect(colored({ NO_COLOR: "1" }, true)).toBe(false);
    expect(colored({ NO_COLOR: "" }, true)).toBe(true);
    expect(colored({ FORCE_COLOR: "1" }, false)).toBe(true);
    expect(colored({ FORCE_COLOR: "0" }, true)).toBe(false);
    expect(colored({ FORCE_COLOR: "1", NO_COLOR: "1" }, false)).toBe(true);
    expect(colored({ NO_COLOR: "1" }, false, ["--color"])).toBe(true);
    expect(colored({ FORCE_COLOR: "1" }, true, ["--no-color"])).toBe(false);
  });
});

describe("--verbose", () => {
  it("adds each plan's verdict, the why and the fix, and the rule's page", () => {
    const root = makeRepo({ "specs/001-a/plan.md": "ERROR", "specs/002-b/plan.md": "" });
    const { deps } = fakeEngine("Found {rule}. It matters because reasons (see “A. B”). Do this.");
    const io = capture(root);
    run(["check", "--verbose"], io, deps);
    expect(io.out()).toBe(
      [
        "specs/001-a/plan.md  fail",
        "specs/001-a/plan.md:2:3  error    Found no-placeholder.  no-placeholder",
        "    It matters because reasons (see “A. B”). Do this.",
        "    https://github.com/speckit-gate/speckit-gate/blob/main/docs/rules/no-placeholder.md",
        "",
        "specs/002-b/plan.md  pass",
        "",
        "2 plans checked: 1 passed, 1 failed, 0 skipped; 1 error, 0 warnings, 0 notices",
        "",
      ].join("\n"),
    );
  });
});

describe("configuration files", () => {
  it("reads .github/speckit.yaml like .yml, and notes that the App reads only .yml", () => {
    const root = makeRepo({
      ".github/speckit.yaml": "plans: ['docs/*.md']\n",
      "docs/a.md": "x",
    });
    const { deps, calls } = fakeEngine();
    const io = capture(root);
    expect(run(["check"], io, deps)).toBe(0);
    expect(calls[0]?.plans.map((p) => p.path)).toEqual(["docs/a.md"]);
    expect(io.err()).toBe(
      "speckit-gate: note: the GitHub App reads only `.github/speckit.yml`: rename `.github/speckit.yaml` so that the App follows it too.\n",
    );
  });

  it("reads .yml when both exist, and says the other is ignored", () => {
    const root = makeRepo({
      ".github/speckit.yml": "plans: ['a/*.md']\n",
      ".github/speckit.yaml": "plans: ['b/*.md']\n",
      "a/x.md": "x",
      "b/y.md": "y",
    });
    const { deps, calls } = fakeEngine();
    const io = capture(root);
    run(["check"], io, deps);
    expect(calls[0]?.plans.map((p) => p.path)).toEqual(["a/x.md"]);
    expect(io.err()).toContain(
      "both `.github/speckit.yml` and `.github/speckit.yaml` exist: only `.github/speckit.yml` is read",
    );
  });

  it("locates errors of a .yaml file in it", () => {
    const root = makeRepo({ ".github/speckit.yaml": "colour: red\n", "specs/001/plan.md": "" });
    const io = capture(join(root, "specs"));
    expect(run(["check"], io, fakeEngine().deps)).toBe(2);
    expect(io.err()).toContain(
      `${join(root, ".github/speckit.yaml")}:1:1  Unknown setting \`colour\``,
    );
  });
});

describe("paths: globs, repositories, no marker", () => {
  const tree = {
    "specs/001-a/plan.md": "",
    "specs/002-b/plan.md": "",
    "specs/002-b/notes.md": "",
    "services/api/specs/003-c/plan.md": "",
    "services/web/specs/004-d/plan.md": "",
  };

  it("takes a glob for the plans it matches or that lie under a folder it matches", () => {
    const root = makeRepo(tree);
    const { deps, calls } = fakeEngine();
    expect(run(["check", "specs/00[2-9]*"], capture(root), deps)).toBe(0);
    expect(calls[0]?.plans.map((p) => p.path)).toEqual(["specs/002-b/plan.md"]);
    expect(run(["check", "services/*/specs"], capture(root), deps)).toBe(0);
    expect(calls[1]?.plans.map((p) => p.path)).toEqual([
      "services/api/specs/003-c/plan.md",
      "services/web/specs/004-d/plan.md",
    ]);
    expect(run(["check", "**/*.md"], capture(join(root, "services")), deps)).toBe(0);
    expect(calls[2]?.plans.map((p) => p.path)).toEqual([
      "services/api/specs/003-c/plan.md",
      "services/web/specs/004-d/plan.md",
    ]);
  });

  it("says when a glob matches no plan", () => {
    const root = makeRepo(tree);
    const io = capture(root);
    expect(run(["check", "docs/**"], io, fakeEngine().deps)).toBe(2);
    expect(io.err()).toBe(
      "speckit-gate: The glob `docs/**` matches no plan (a file matching `specs/**/plan.md`, `**/specs/*/plan.md`, `plans/**/impl-plan.md`, or a folder holding one): pass a plan file, or set `plans` in `.github/speckit.yml`.\n",
    );
  });

  it("refuses paths in two repositories", () => {
    const a = makeRepo({ "specs/001/plan.md": "" });
    const b = makeRepo({ "specs/001/plan.md": "" });
    const io = capture("/");
    expect(run(["check", a, b], io, fakeEngine().deps)).toBe(2);
    expect(io.err()).toBe(
      `speckit-gate: The paths are in different repositories (\`${a}\` is in \`${relative("/", a)}\`, \`${b}\` is in \`${relative("/", b)}\`): run speckit-gate once per repository.\n`,
    );
  });

  it("takes the working directory as the root where nothing marks one, and says so", () => {
    const root = makeRepo(tree, { marker: "none" });
    const { deps, calls } = fakeEngine();
    const io = capture(root);
    expect(run(["check", "specs"], io, deps)).toBe(0);
    expect(calls[0]?.plans.map((p) => p.path)).toEqual([
      "specs/001-a/plan.md",
      "specs/002-b/plan.md",
    ]);
    expect(io.err()).toBe(
      "speckit-gate: note: no `.git` or `.specify/` above `specs`: `.` is taken as the repository root; pass `--root` to choose it.\n",
    );
  });
});
