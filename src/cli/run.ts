import { readFileSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { CONFIG_PATH, DEFAULT_CONFIG, parseConfigText, type Config } from "../config/config.js";
import { checkPlans, supportingPaths } from "../engine/batch.js";
import type { RawFile } from "../engine/check.js";
import { normalizePath } from "../engine/locate.js";
import type { FileResult } from "../engine/types.js";
import { renderJson } from "../render/json.js";
import { renderSarif } from "../render/sarif.js";
import { renderText } from "../render/text.js";
import { renderWorkflowCommands } from "../render/workflow-commands.js";
import { HELP, parseCliArgs, UsageError, type Format } from "./args.js";
import { discoverPlans, packageVersion, pathExists, readFileBytes } from "./files.js";

/** What the CLI talks to: injected so that tests capture the output. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The directory relative paths on the command line are resolved against. */
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTTY: boolean;
}

/** The engine and facts about speckit-gate itself: injected so that tests need not run the engine. */
export interface CliDeps {
  readonly check: typeof checkPlans;
  readonly version: () => string;
}

export const defaultDeps: CliDeps = { check: checkPlans, version: packageVersion };

/** Exit codes: no error-level finding, error-level findings, usage or configuration error. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** Runs the command line (without `node` and the script) and returns the exit code. Never throws. */
export function run(argv: readonly string[], io: CliIo, deps: CliDeps = defaultDeps): number {
  try {
    const command = parseCliArgs(argv);
    if (command.kind === "help") {
      io.stdout(HELP);
      return EXIT.ok;
    }
    if (command.kind === "version") {
      io.stdout(`${deps.version()}\n`);
      return EXIT.ok;
    }
    const root = resolveRoot(io.cwd, command.root);
    const config = loadConfig(io, root, command.config);
    if (!config) return EXIT.usage;
    const planPaths = selectPlans(io.cwd, root, command.paths, config);
    if (planPaths.length === 0) {
      io.stderr(
        `speckit-gate: no plans found under \`${display(io.cwd, root)}\` matching ${config.plans.map((g) => `\`${g}\``).join(", ")}.\n`,
      );
    }
    const results = checkFiles(root, planPaths, config, deps.check);
    io.stdout(render(results, command.format, io, deps));
    return results.some((r) => r.findings.some((f) => f.severity === "error"))
      ? EXIT.findings
      : EXIT.ok;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`speckit-gate: ${error.message}\n`);
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(
      `speckit-gate: internal error: ${message}\nThis is a bug in speckit-gate; please report it with the command you ran.\n`,
    );
    if (io.env.SPECKIT_GATE_DEBUG && error instanceof Error && error.stack)
      io.stderr(`${error.stack}\n`);
    return EXIT.usage;
  }
}

/** Whether a path relative to some folder leaves it. */
function leaves(rel: string): boolean {
  return rel.split(sep)[0] === ".." || isAbsolute(rel);
}

/** A path for messages: relative to the working directory when inside it. */
function display(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === "" ? "." : leaves(rel) ? path : rel;
}

function isDirectory(path: string): boolean | null {
  try {
    return statSync(path).isDirectory();
  } catch {
    return null;
  }
}

function resolveRoot(cwd: string, root: string | undefined): string {
  const abs = resolve(cwd, root ?? ".");
  const dir = isDirectory(abs);
  if (dir === null) {
    throw new UsageError(`\`--root ${root}\` does not exist: pass the repository's top folder.`);
  }
  if (!dir) throw new UsageError(`\`--root ${root}\` is a file: pass the repository's top folder.`);
  return abs;
}

/** The configuration, or null after printing its errors. */
function loadConfig(io: CliIo, root: string, option: string | undefined): Config | null {
  const file = option === undefined ? resolve(root, CONFIG_PATH) : resolve(io.cwd, option);
  const isDir = isDirectory(file);
  if (isDir === null) {
    if (option === undefined) return DEFAULT_CONFIG;
    throw new UsageError(
      `\`--config ${option}\` does not exist: pass the path of a speckit.yml file, or leave \`--config\` out to use \`${CONFIG_PATH}\` under the root.`,
    );
  }
  const shown = display(io.cwd, file);
  if (isDir) throw new UsageError(`\`${shown}\` is a folder: pass the path of a speckit.yml file.`);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new UsageError(`Cannot read \`${shown}\`: ${(error as Error).message}`);
  }
  const result = parseConfigText(text);
  if (!result.ok) {
    for (const e of result.errors) {
      io.stderr(`${shown}:${e.line ?? 1}:${e.column ?? 1}  ${e.message}\n`);
    }
    io.stderr(`speckit-gate: the configuration \`${shown}\` is invalid; fix the lines above.\n`);
    return null;
  }
  if (/^_extends\s*:/m.test(text)) {
    io.stderr(
      `speckit-gate: note: \`_extends\` in \`${shown}\` is followed only by the GitHub App; the CLI uses this file alone.\n`,
    );
  }
  return result.config;
}

/** The plans to check, relative to the root with `/`, sorted and without repeats. */
function selectPlans(cwd: string, root: string, args: readonly string[], config: Config): string[] {
  let discovered: string[] | undefined;
  const all = (): string[] => (discovered ??= discoverPlans(root, config.plans));
  if (args.length === 0) return all();
  const out = new Set<string>();
  for (const arg of args) {
    const abs = resolve(cwd, arg);
    const dir = isDirectory(abs);
    if (dir === null) throw new UsageError(`Path \`${arg}\` does not exist.`);
    const rel = relative(root, abs);
    if (leaves(rel)) {
      throw new UsageError(
        `Path \`${arg}\` is outside the root \`${display(cwd, root)}\`: pass \`--root\` with the repository that holds it.`,
      );
    }
    const path = normalizePath(rel);
    if (!dir) {
      out.add(path);
      continue;
    }
    const under = all().filter((p) => path === "" || p.startsWith(`${path}/`));
    if (under.length === 0) {
      throw new UsageError(
        `No plans under \`${arg}\` match ${config.plans.map((g) => `\`${g}\``).join(", ")}: pass a plan file, or set \`plans\` in \`${CONFIG_PATH}\`.`,
      );
    }
    for (const p of under) out.add(p);
  }
  return [...out].sort();
}

function checkFiles(
  root: string,
  planPaths: readonly string[],
  config: Config,
  check: CliDeps["check"],
): FileResult[] {
  const read = (path: string): RawFile | null => {
    try {
      const bytes = readFileBytes(root, path);
      return bytes ? { path, bytes } : null;
    } catch (error) {
      throw new UsageError(`Cannot read \`${path}\`: ${(error as Error).message}`);
    }
  };
  const plans = planPaths.map((path) => {
    const file = read(path);
    if (!file) throw new UsageError(`Cannot read \`${path}\`: not a file.`);
    return file;
  });
  const supporting = new Map<string, RawFile | null>();
  for (const path of supportingPaths(planPaths, config)) supporting.set(path, read(path));
  return check(
    plans,
    (path) => supporting.get(path) ?? null,
    config,
    (path) => pathExists(root, path),
  );
}

function render(results: readonly FileResult[], format: Format, io: CliIo, deps: CliDeps): string {
  switch (format) {
    case "json":
      return renderJson(results);
    case "sarif":
      return renderSarif(results, { toolVersion: deps.version() });
    case "github":
      return renderWorkflowCommands(results);
    case "text":
      return renderText(results, { color: io.stdoutIsTTY && !io.env.NO_COLOR });
  }
}
