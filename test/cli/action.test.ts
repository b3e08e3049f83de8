import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "@jest/globals";
import { parse } from "yaml";
import { makeRepo } from "./helpers.js";

/**
 * Runs the "Check plans" step of action.yml the way GitHub does (bash -eo pipefail, inputs
 * through env), with a stub in place of the CLI that prints its arguments and exits with
 * STUB_EXIT: the argument building, fail-on-error, the output and the job summary.
 */

interface Step {
  readonly id?: string;
  readonly run: string;
  readonly env?: Record<string, string>;
}
interface Action {
  readonly inputs: Record<string, { default: string }>;
  readonly runs: { using: string; steps: Step[] };
}

const action = parse(readFileSync(new URL("../../action.yml", import.meta.url), "utf8")) as Action;
const step = action.runs.steps.find((s) => s.id === "check");

const STUB = `const args = process.argv.slice(2);
console.log(JSON.stringify(args));
process.exit(Number(process.env.STUB_EXIT ?? 0));
`;

function runStep(inputs: Record<string, string>, stubExit: number) {
  const workspace = makeRepo({ "stub.mjs": STUB, "out/.keep": "" });
  const value = (name: string) => inputs[name] ?? action.inputs[name]?.default ?? "";
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: join(workspace, "out/output"),
    GITHUB_STEP_SUMMARY: join(workspace, "out/summary"),
    STUB_EXIT: String(stubExit),
  };
  for (const [key, expr] of Object.entries(step?.env ?? {})) {
    const input = /^\$\{\{ inputs\.([\w-]+) \}\}$/.exec(expr)?.[1];
    env[key] = input ? value(input) : join(workspace, "stub.mjs");
  }
  const out = spawnSync(
    "bash",
    ["--noprofile", "--norc", "-eo", "pipefail", "-c", step?.run ?? ""],
    {
      cwd: workspace,
      env,
      encoding: "utf8",
    },
  );
  const read = (p: string) => {
    try {
      return readFileSync(join(workspace, p), "utf8");
    } catch {
      return null;
    }
  };
  return {
    status: out.status,
    stdout: out.stdout,
    workspace,
    output: read("out/output"),
    summary: read("out/summary"),
    read,
  };
}

describe("action.yml", () => {
  it("is a composite action with the documented inputs", () => {
    expect(action.runs.using).toBe("composite");
    expect(Object.keys(action.inputs)).toEqual([
      "paths",
      "config",
      "format",
      "output",
      "fail-on-error",
    ]);
    expect(action.inputs.format?.default).toBe("github");
    expect(step?.env?.SPECKIT_CLI).toBe("${{ github.action_path }}/dist/cli/main.js");
  });

  it("runs the CLI on the workspace with workflow commands, and writes the job summary", () => {
    const r = runStep({}, 0);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout.split("\n")[0] ?? "")).toEqual([
      "check",
      "--root",
      r.workspace,
      "--format",
      "github",
    ]);
    expect(r.output).toBe("exit-code=0\n");
    expect(r.summary).toBe(
      `### speckit-gate\n\`\`\`text\n${JSON.stringify(["check", "--root", r.workspace, "--format", "text"])}\n\`\`\`\n`,
    );
  });

  it("passes paths (spaces or new lines) and the config", () => {
    const r = runStep({ paths: "specs/001-a\n  specs/002-b/plan.md ", config: "ci/gate.yml" }, 0);
    expect(JSON.parse(r.stdout.split("\n")[0] ?? "")).toEqual([
      "check",
      "--root",
      r.workspace,
      "--config",
      "ci/gate.yml",
      "--format",
      "github",
      "specs/001-a",
      "specs/002-b/plan.md",
    ]);
  });

  it("fails the step on error-level findings unless fail-on-error is false", () => {
    expect(runStep({}, 1).status).toBe(1);
    const lenient = runStep({ "fail-on-error": "false" }, 1);
    expect(lenient.status).toBe(0);
    expect(lenient.output).toBe("exit-code=1\n");
  });

  it("always fails on a usage or configuration error, without a summary", () => {
    const r = runStep({ "fail-on-error": "false" }, 2);
    expect(r.status).toBe(2);
    expect(r.output).toBe("exit-code=2\n");
    expect(r.summary).toBeNull();
  });

  it("writes the report to a file when asked", () => {
    const r = runStep({ format: "sarif", output: "out/report.sarif" }, 0);
    expect(r.stdout).toBe("speckit-gate: report written to out/report.sarif\n");
    expect(JSON.parse(r.read("out/report.sarif") ?? "")).toContain("sarif");
  });
});
