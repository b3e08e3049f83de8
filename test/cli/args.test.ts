import { describe, expect, it } from "@jest/globals";
import { parseCliArgs, UsageError, type CheckCommand } from "../../src/cli/args.js";

function usage(argv: string[]): string {
  try {
    parseCliArgs(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`expected a usage error for ${argv.join(" ")}`);
}

const DEFAULTS: CheckCommand = {
  kind: "check",
  paths: [],
  root: undefined,
  config: undefined,
  format: "text",
  quiet: false,
  verbose: false,
  maxWarnings: undefined,
  outputFile: undefined,
  stdinFilename: undefined,
  changedSince: undefined,
  color: undefined,
  plansOnly: false,
};

describe("parseCliArgs", () => {
  it("parses the check command with its options and paths", () => {
    expect(
      parseCliArgs([
        "check",
        "specs/a",
        "--root",
        "repo",
        "--config=c.yml",
        "--format",
        "sarif",
        "b",
      ]),
    ).toEqual({
      ...DEFAULTS,
      paths: ["specs/a", "b"],
      root: "repo",
      config: "c.yml",
      format: "sarif",
    });
    expect(parseCliArgs(["check"])).toEqual(DEFAULTS);
    expect(
      parseCliArgs([
        "check",
        "--quiet",
        "--verbose",
        "--max-warnings",
        "0",
        "--output-file",
        "out/report.txt",
        "--changed-since",
        "origin/main",
        "--no-color",
      ]),
    ).toEqual({
      ...DEFAULTS,
      quiet: true,
      verbose: true,
      maxWarnings: 0,
      outputFile: "out/report.txt",
      changedSince: "origin/main",
      color: false,
    });
    expect(parseCliArgs(["check", "-", "--stdin-filename", "specs/a/plan.md"])).toEqual({
      ...DEFAULTS,
      paths: ["-"],
      stdinFilename: "specs/a/plan.md",
    });
  });

  it("lets the last of --color and --no-color win", () => {
    expect(parseCliArgs(["check", "--no-color", "--color"])).toMatchObject({ color: true });
    expect(parseCliArgs(["check", "--color", "--no-color"])).toMatchObject({ color: false });
  });

  it("treats --help, --version and --print-config as commands of their own", () => {
    expect(parseCliArgs(["--help"])).toEqual({ kind: "help" });
    expect(parseCliArgs(["check", "-h"])).toEqual({ kind: "help" });
    expect(parseCliArgs(["--version"])).toEqual({ kind: "version" });
    expect(parseCliArgs(["-v"])).toEqual({ kind: "version" });
    expect(parseCliArgs(["--print-config"])).toEqual({ ...DEFAULTS, kind: "print-config" });
    expect(parseCliArgs(["check", "specs/a", "--print-config"])).toEqual({
      ...DEFAULTS,
      kind: "print-config",
      paths: ["specs/a"],
    });
  });

  it("names the flag and the fix in each usage error", () => {
    expect(usage([])).toBe(
      "Missing the command: `speckit-gate check`. Run `speckit-gate --help` for usage.",
    );
    expect(usage(["specs/"])).toBe(
      "Unknown command `specs/`: the commands are `check` and `impact`, e.g. `speckit-gate check specs/`. Run `speckit-gate --help` for usage.",
    );
    expect(usage(["check", "--format", "xml"])).toBe(
      "Invalid `--format xml`: use one of `text`, `json`, `github`, `sarif`.",
    );
    expect(usage(["check", "--colour"])).toBe(
      "Unknown option `--colour`. Run `speckit-gate --help` for usage.",
    );
    expect(usage(["check", "--format"])).toBe(
      "Option `--format` needs a value, e.g. `--format json`.",
    );
    expect(usage(["check", "--root"])).toBe("Option `--root` needs a value, e.g. `--root path`.");
    expect(usage(["check", "--root="])).toBe("Option `--root` needs a non-empty value.");
    expect(usage(["check", "--max-warnings", "many"])).toBe(
      "Invalid `--max-warnings many`: use a whole number of warnings to allow, e.g. `--max-warnings 0`.",
    );
    expect(usage(["check", "--max-warnings", "-1"])).toBe(
      "Option `--max-warnings` needs a value; write one that starts with `-` as `--max-warnings=-value`.",
    );
    expect(usage(["check", "--max-warnings=-1"])).toBe(
      "Invalid `--max-warnings -1`: use a whole number of warnings to allow, e.g. `--max-warnings 0`.",
    );
    expect(usage(["check", "--changed-since=--output=x"])).toBe(
      "Invalid `--changed-since --output=x`: a git revision does not start with `-`, e.g. `--changed-since origin/main`.",
    );
    expect(usage(["check", "--quiet=yes"])).toBe(
      "Option `--quiet` takes no value. Run `speckit-gate --help` for usage.",
    );
  });

  it("requires --stdin-filename with `-`, and `-` alone", () => {
    expect(usage(["check", "-"])).toBe(
      "Reading a plan from `-` needs `--stdin-filename PATH`, the plan's path in the repository: its constitution and links are looked up from there.",
    );
    expect(usage(["check", "--stdin-filename", "a/plan.md"])).toBe(
      "`--stdin-filename` names the plan read from `-`: pass `-` as the path.",
    );
    expect(usage(["check", "-", "specs", "--stdin-filename", "a/plan.md"])).toBe(
      "`-` (standard input) checks one plan: pass it alone, without other paths.",
    );
    expect(usage(["check", "-", "--stdin-filename", "a/plan.md", "--changed-since", "HEAD"])).toBe(
      "`--changed-since` selects plans on disk: it cannot be used with `-`.",
    );
  });
});
