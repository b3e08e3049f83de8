import { describe, expect, it } from "@jest/globals";
import { parseCliArgs, UsageError } from "../../src/cli/args.js";

function usage(argv: string[]): string {
  try {
    parseCliArgs(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`expected a usage error for ${argv.join(" ")}`);
}

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
      kind: "check",
      paths: ["specs/a", "b"],
      root: "repo",
      config: "c.yml",
      format: "sarif",
    });
    expect(parseCliArgs(["check"])).toEqual({
      kind: "check",
      paths: [],
      root: undefined,
      config: undefined,
      format: "text",
    });
  });

  it("treats --help and --version as commands of their own", () => {
    expect(parseCliArgs(["--help"])).toEqual({ kind: "help" });
    expect(parseCliArgs(["check", "-h"])).toEqual({ kind: "help" });
    expect(parseCliArgs(["--version"])).toEqual({ kind: "version" });
    expect(parseCliArgs(["-v"])).toEqual({ kind: "version" });
  });

  it("names the flag and the fix in each usage error", () => {
    expect(usage([])).toBe(
      "Missing the command: `speckit-gate check`. Run `speckit-gate --help` for usage.",
    );
    expect(usage(["specs/"])).toBe(
      "Unknown command `specs/`: the command is `check`, e.g. `speckit-gate check specs/`. Run `speckit-gate --help` for usage.",
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
  });
});
