import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach } from "@jest/globals";
import type { CliIo } from "../../src/cli/run.js";

const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary repository holding the given files (path relative to it -> content); removed after the test. */
export function makeRepo(files: Readonly<Record<string, string | Uint8Array>>): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), "speckit-gate-cli-")));
  made.push(root);
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return root;
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
