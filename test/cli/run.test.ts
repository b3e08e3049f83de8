import { join } from "node:path";
import { describe, expect, it } from "@jest/globals";
import { HELP } from "../../src/cli/args.js";
import { runGit } from "../../src/cli/git.js";
import { run, type CliDeps } from "../../src/cli/run.js";
import { capture, decode, fakeEngine, makeRepo } from "./helpers.js";

const PLAN = "# Implementation Plan: X\n";

describe("run: help and version", () => {
  it("prints the help on stdout and exits 0", () => {
    const io = capture("/");
    expect(run(["--help"], io, fakeEngine().deps)).toBe(0);
    expect(io.out()).toBe(HELP);
    expect(io.err()).toBe("");
  });

  it("prints the version", () => {
    const io = capture("/");
    expect(run(["--version"], io, fakeEngine().deps)).toBe(0);
    expect(io.out()).toBe("9.8.7\n");
  });

  it("reports a usage error on stderr with exit code 2", () => {
    const io = capture("/");
    expect(run(["check", "--format", "xml"], io, fakeEngine().deps)).toBe(2);
    expect(io.out()).toBe("");
    expect(io.err()).toBe(
      "speckit-gate: Invalid `--format xml`: use one of `text`, `json`, `github`, `sarif`.\n",
    );
  });
});

describe("run: discovery", () => {
  it("checks every plan under the root matching the default globs, skipping node_modules and .git", () => {
    const root = makeRepo({
      "specs/002-b/plan.md": PLAN,
      "specs/001-a/plan.md": PLAN,
      "services/api/specs/003-c/plan.md": PLAN,
      "plans/core/api/EPIC-1/features/F-1/impl-plan.md": PLAN,
      "specs/001-a/spec.md": "# Spec\n",
      "node_modules/pkg/specs/001-x/plan.md": PLAN,
      ".git/specs/001-x/plan.md": PLAN,
    });
    const { deps, calls } = fakeEngine();
    const io = capture(root);
    expect(run(["check"], io, deps)).toBe(0);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.plans.map((p) => p.path)).toEqual([
      "plans/core/api/EPIC-1/features/F-1/impl-plan.md",
      "services/api/specs/003-c/plan.md",
      "specs/001-a/plan.md",
      "specs/002-b/plan.md",
    ]);
    expect(io.out()).toContain("4 plans checked: 4 passed");
  });

  it("hands the engine raw bytes, the supporting files and an exists() under the root", () => {
    const root = makeRepo({
      ".specify/memory/constitution.md": "# Root Constitution\n",
      "services/api/.specify/memory/constitution.md": "# API Constitution\n",
      ".specify/templates/plan-template.md": "# Implementation Plan: [FEATURE]\n",
      "services/api/specs/001-a/plan.md": "# Plan é\n",
      "services/api/specs/001-a/spec.md": "# Spec\n",
    });
    const { deps, calls } = fakeEngine();
    expect(run(["check", "--root", root], capture("/"), deps)).toBe(0);
    const call = calls[0];
    const plan = call?.plans[0];
    expect(plan && "bytes" in plan ? Buffer.from(plan.bytes).toString("utf8") : plan).toBe(
      "# Plan é\n",
    );
    const lookup = (p: string) => {
      const f = call?.lookup(p);
      return f ? decode(f) : null;
    };
    expect(lookup("services/api/.specify/memory/constitution.md")).toBe("# API Constitution\n");
    expect(lookup(".specify/memory/constitution.md")).toBe("# Root Constitution\n");
    expect(lookup(".specify/templates/plan-template.md")).toBe(
      "# Implementation Plan: [FEATURE]\n",
    );
    expect(lookup("memory/constitution.md")).toBeNull();
    expect(call?.exists?.("services/api/specs/001-a/spec.md")).toBe(true);
    expect(call?.exists?.("services/api/specs/001-a")).toBe(true);
    expect(call?.exists?.("services/api/specs/001-a/research.md")).toBe(false);
  });

  it("checks explicit plan files and the plans under explicit folders, relative to the working directory", () => {
    const root = makeRepo({
      "specs/001-a/plan.md": PLAN,
      "specs/002-b/plan.md": PLAN,
      "other/specs/003-c/plan.md": PLAN,
      "notes/draft.md": PLAN,
    });
    const { deps, calls } = fakeEngine();
    const io = capture(join(root, "specs"));
    expect(
      run(["check", "--root", "..", "001-a", "../notes/draft.md", "001-a/plan.md"], io, deps),
    ).toBe(0);
    expect(calls[0]?.plans.map((p) => p.path)).toEqual(["notes/draft.md", "specs/001-a/plan.md"]);
    expect(run(["check", "--root", root, root], capture("/"), deps)).toBe(0);
    expect(calls[1]?.plans).toHaveLength(3);
  });

  it("rejects a path that does not exist, naming it", () => {
    const root = makeRepo({ "specs/001-a/plan.md": PLAN });
    const io = capture(root);
    expect(run(["check", "specs/001-a/plan.md", "specs/009-nope"], io, fakeEngine().deps)).toBe(2);
    expect(io.err()).toBe("speckit-gate: Path `specs/009-nope` does not exist.\n");
    expect(io.out()).toBe("");
  });

  it("rejects a path outside the root", () => {
    const root = makeRepo({ "repo/specs/001-a/plan.md": PLAN, "elsewhere/plan.md": PLAN });
    const io = capture(root);
    expect(run(["check", "--root", "repo", "elsewhere/plan.md"], io, fakeEngine().deps)).toBe(2);
    expect(io.err()).toBe(
      "speckit-gate: Path `elsewhere/plan.md` is outside the repository root `repo`: pass `--root` with the repository that holds it.\n",
    );
  });

  it("rejects a folder holding no plan", () => {
    const root = makeRepo({ "specs/001-a/plan.md": PLAN, "docs/readme.md": "# Docs\n" });
    const io = capture(root);
    expect(run(["check", "docs"], io, fakeEngine().deps)).toBe(2);
    expect(io.err()).toContain("No plans under `docs` match `specs/**/plan.md`");
  });

  it("rejects a root that does not exist or is a file", () => {
    const root = makeRepo({ "file.txt": "x" });
    const io = capture(root);
    expect(run(["check", "--root", "missing"], io, fakeEngine().deps)).toBe(2);
    expect(run(["check", "--root", "file.txt"], io, fakeEngine().deps)).toBe(2);
    expect(io.err()).toBe(
      "speckit-gate: `--root missing` does not exist: pass the repository's top folder.\n" +
        "speckit-gate: `--root file.txt` is a file: pass the repository's top folder.\n",
    );
  });

  it("exits 2 and says so when there is no plan where plans were asked for", () => {
    const root = makeRepo({ "README.md": "# Hello\n", "src/index.ts": "" });
    const io = capture(root);
    expect(run(["check", "--format", "json"], io, fakeEngine().deps)).toBe(2);
    expect(io.out()).toBe("");
    expect(io.err()).toBe(
      "speckit-gate: No plans under `.` match `specs/**/plan.md`, `**/specs/*/plan.md`, `plans/**/impl-plan.md`: pass a plan file, or set `plans` in `.github/speckit.yml`.\n",
    );
    const sub = capture(join(root, "src"));
    expect(run(["check"], sub, fakeEngine().deps)).toBe(2);
    expect(sub.err()).toContain("No plans under `.` match");
    const outside = capture("/");
    expect(run(["check", "--root", root], outside, fakeEngine().deps)).toBe(2);
    expect(outside.err()).toContain(`No plans under \`${root}\` match`);
  });
});

describe("run: configuration", () => {
  it("reads <root>/.github/speckit.yml when present", () => {
    const root = makeRepo({
      ".github/speckit.yml": "plans:\n  - docs/plans/*.md\nrules:\n  spec-link: off\n",
      "docs/plans/a.md": PLAN,
      "specs/001-a/plan.md": PLAN,
    });
    const { deps, calls } = fakeEngine();
    expect(run(["check", "--root", root], capture("/"), deps)).toBe(0);
    expect(calls[0]?.plans.map((p) => p.path)).toEqual(["docs/plans/a.md"]);
    expect(calls[0]?.config.rules).toEqual({ "spec-link": "off" });
  });

  it("takes --config relative to the working directory", () => {
    const root = makeRepo({
      "cfg/gate.yml": "plans: ['specs/002-*/plan.md']\n",
      "specs/001-a/plan.md": PLAN,
      "specs/002-b/plan.md": PLAN,
    });
    const { deps, calls } = fakeEngine();
    expect(run(["check", "--config", "cfg/gate.yml"], capture(root), deps)).toBe(0);
    expect(calls[0]?.plans.map((p) => p.path)).toEqual(["specs/002-b/plan.md"]);
  });

  it("prints each configuration error as file:line:col and exits 2", () => {
    const root = makeRepo({
      ".github/speckit.yml":
        "plans:\n  - specs/**/plan.md\nrules:\n  no-placeholder: fatal\ncolour: red\n",
      "specs/001-a/plan.md": PLAN,
    });
    const { deps, calls } = fakeEngine();
    const io = capture(root);
    expect(run(["check"], io, deps)).toBe(2);
    expect(calls).toHaveLength(0);
    const lines = io.err().trimEnd().split("\n");
    expect(lines).toContain(
      ".github/speckit.yml:4:3  Invalid value at `rules.no-placeholder`: must be one of `error`, `warning`, `notice`, `off`.",
    );
    expect(
      lines.some((l) => l.startsWith(".github/speckit.yml:5:1  Unknown setting `colour`")),
    ).toBe(true);
    expect(lines.at(-1)).toBe(
      "speckit-gate: the configuration `.github/speckit.yml` is invalid; fix the lines above.",
    );
  });

  it("locates YAML syntax errors", () => {
    const root = makeRepo({ "gate.yml": "plans: [unclosed\n" });
    const io = capture(root);
    expect(run(["check", "--config", "gate.yml"], io, fakeEngine().deps)).toBe(2);
    expect(io.err()).toMatch(/^gate\.yml:\d+:\d+ {2}`\.github\/speckit\.yml` is not valid YAML/);
  });

  it("rejects a --config file that does not exist", () => {
    const root = makeRepo({ "specs/001-a/plan.md": PLAN });
    const io = capture(root);
    expect(run(["check", "--config", "nope.yml"], io, fakeEngine().deps)).toBe(2);
    expect(io.err()).toBe(
      "speckit-gate: `--config nope.yml` does not exist: pass the path of a speckit.yml file, or leave `--config` out to use `.github/speckit.yml` under the root.\n",
    );
  });

  it("notes that _extends is not followed", () => {
    const root = makeRepo({
      ".github/speckit.yml": "_extends: my-org/.github\n",
      "specs/001-a/plan.md": PLAN,
    });
    const io = capture(root);
    expect(run(["check"], io, fakeEngine().deps)).toBe(0);
    expect(io.err()).toContain(
      "`_extends` in `.github/speckit.yml` is followed only by the GitHub App",
    );
  });
});

describe("run: output and exit code", () => {
  const files = {
    "specs/001-a/plan.md": "# Plan\nWARN\n",
    "specs/002-b/plan.md": "# Plan\nERROR\n",
  };

  it("exits 1 when an error-level finding exists, 0 when only warnings", () => {
    const root = makeRepo(files);
    const { deps } = fakeEngine();
    expect(run(["check"], capture(root), deps)).toBe(1);
    expect(run(["check", "specs/001-a"], capture(root), deps)).toBe(0);
  });

  it("renders text, uncoloured unless stdout is a TTY and NO_COLOR is unset", () => {
    const root = makeRepo(files);
    const { deps } = fakeEngine();
    const plain = capture(root);
    run(["check"], plain, deps);
    expect(plain.out()).toBe(
      [
        "specs/001-a/plan.md:2:3  warning  Found spec-link.  spec-link",
        "specs/002-b/plan.md:2:3  error    Found no-placeholder.  no-placeholder",
        "",
        "2 plans checked: 1 passed, 1 failed, 0 skipped; 1 error, 1 warning, 0 notices",
        "Rules (why and how to fix: --verbose, or each rule's page):",
        "  no-placeholder  https://github.com/speckit-gate/speckit-gate/blob/main/docs/rules/no-placeholder.md",
        "  spec-link       https://github.com/speckit-gate/speckit-gate/blob/main/docs/rules/spec-link.md",
        "",
      ].join("\n"),
    );
    expect(plain.out()).not.toContain("\u001b[");
    const tty = capture(root, { stdoutIsTTY: true });
    run(["check"], tty, deps);
    expect(tty.out()).toContain("\u001b[31merror  \u001b[39m");
    const noColor = capture(root, { stdoutIsTTY: true, env: { NO_COLOR: "1" } });
    run(["check"], noColor, deps);
    expect(noColor.out()).toBe(plain.out());
  });

  it("renders json, sarif and github formats", () => {
    const root = makeRepo(files);
    const { deps } = fakeEngine();
    const json = capture(root);
    expect(run(["check", "--format", "json"], json, deps)).toBe(1);
    expect(JSON.parse(json.out()).files.map((f: { verdict: string }) => f.verdict)).toEqual([
      "pass",
      "fail",
    ]);
    const sarif = capture(root);
    expect(run(["check", "--format", "sarif"], sarif, deps)).toBe(1);
    const log = JSON.parse(sarif.out());
    expect(log.runs[0].tool.driver.version).toBe("9.8.7");
    expect(log.runs[0].results).toHaveLength(2);
    const github = capture(root);
    expect(run(["check", "--format", "github"], github, deps)).toBe(1);
    expect(github.out()).toContain(
      "::error file=specs/002-b/plan.md,line=2,endLine=2,col=3,title=speckit-gate no-placeholder::Found no-placeholder.\n",
    );
  });

  it("reports an engine crash in one line, without a stack trace, exit 2", () => {
    const root = makeRepo(files);
    const io = capture(root);
    const deps: CliDeps = {
      check: () => {
        throw new Error("boom");
      },
      version: () => "1.0.0",
      git: runGit,
    };
    expect(run(["check"], io, deps)).toBe(2);
    expect(io.err()).toBe(
      "speckit-gate: internal error: boom\nThis is a bug in speckit-gate; please report it with the command you ran.\n",
    );
    const debug = capture(root, { env: { SPECKIT_GATE_DEBUG: "1" } });
    run(["check"], debug, deps);
    expect(debug.err()).toContain("at ");
  });
});
