import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import picomatch from "picomatch";
import { stringify } from "yaml";
import { CONFIG_PATH, type Config } from "../config/config.js";
import { checkPlans } from "../engine/batch.js";
import { planMatcher } from "../engine/locate.js";
import { rules as registry } from "../engine/rules/index.js";
import type { FileResult } from "../engine/types.js";
import { constitutionResult } from "../render/impact.js";
import { renderJson } from "../render/json.js";
import { renderSarif } from "../render/sarif.js";
import { renderWorkflowCommands } from "../render/workflow-commands.js";
import { HELP, parseCliArgs, UsageError, type CheckCommand, type Format } from "./args.js";
import { checkFiles, discoverPlans, packageVersion, type CheckFn } from "./files.js";
import { changedSince, GitError, inWorkTree, resolveCommit, runGit, type Git } from "./git.js";
import { impactOf, renderImpact } from "./impact.js";
import { findRoot, isDirectory, isInside, loadConfig, toRootPath } from "./repo.js";
import { isGlob, selectPlans } from "./select.js";
import { colorEnabled, renderCompact } from "./text.js";

/** What the CLI talks to: injected so that tests capture the output. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The directory relative paths on the command line are resolved against. */
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTTY: boolean;
  /** Standard input, read whole (for `-`). */
  readonly readStdin?: () => string;
}

/** The engine, git and facts about speckit-gate itself: injected so that tests need not run them. */
export interface CliDeps {
  readonly check: CheckFn;
  readonly version: () => string;
  readonly git: Git;
}

export const defaultDeps: CliDeps = { check: checkPlans, version: packageVersion, git: runGit };

/** Exit codes: no error-level finding, error-level findings, usage or configuration error. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** Runs the command line (without `node` and the script) and returns the exit code. Never throws. */
export function run(argv: readonly string[], io: CliIo, deps: CliDeps = defaultDeps): number {
  const note = (text: string): void => io.stderr(`speckit-gate: note: ${text}\n`);
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
    const shown = (abs: string): string => display(io.cwd, abs);
    const root = resolveRoot(io, command, note);
    const loaded = loadConfig(
      root,
      command.config === undefined ? undefined : resolve(io.cwd, command.config),
      shown,
    );
    if (!loaded.ok) {
      const file = shown(loaded.file);
      for (const e of loaded.errors) {
        io.stderr(`${file}:${e.line ?? 1}:${e.column ?? 1}  ${e.message}\n`);
      }
      io.stderr(`speckit-gate: the configuration \`${file}\` is invalid; fix the lines above.\n`);
      return EXIT.usage;
    }
    for (const text of loaded.notes) note(text);
    const config = loaded.config;
    if (command.kind === "print-config") {
      io.stdout(printConfig(root, loaded.file, config, shown));
      return EXIT.ok;
    }
    if (command.kind === "impact") {
      const view = impactOf(command, { cwd: io.cwd, root, config, git: deps.git, note, shown });
      const result = view ? [constitutionResult(view)] : [];
      const shownView =
        view && command.quiet
          ? {
              ...view,
              result: {
                ...view.result,
                findings: view.result.findings.filter((f) => f.severity === "error"),
              },
            }
          : view;
      const report = renderImpact(shownView, command.format, {
        color: colorEnabled(
          command.color,
          io.env,
          command.outputFile === undefined && io.stdoutIsTTY,
        ),
        verbose: command.verbose,
        toolVersion: deps.version(),
      });
      if (command.outputFile === undefined) io.stdout(report);
      else writeReport(resolve(io.cwd, command.outputFile), report, shown);
      return exitCode(result, command, io);
    }
    const configFile = loaded.file ? shown(loaded.file) : CONFIG_PATH;
    const plans =
      command.paths[0] === "-"
        ? []
        : selectCommandPlans(io, command, root, config, configFile, deps.git, note);
    const stdin =
      command.paths[0] === "-" ? stdinPlan(io, root, command.stdinFilename ?? "") : null;
    const results = checkFiles(root, plans, config, deps.check, stdin);
    const shownResults = command.quiet ? results.map(errorsOnly) : results;
    const report = render(shownResults, command, io, deps);
    if (command.outputFile === undefined) io.stdout(report);
    else writeReport(resolve(io.cwd, command.outputFile), report, shown);
    return exitCode(results, command, io);
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

/** A path for messages: relative to the working directory when inside it. */
function display(cwd: string, path: string): string {
  if (!isInside(cwd, path)) return path;
  return relative(cwd, path) || ".";
}

type Note = (text: string) => void;

/**
 * The repository root: `--root`, else the repository holding the paths (or the plan read from
 * standard input, or the working directory), found by `findRoot`. Paths in two repositories are
 * a usage error: each repository has its own configuration.
 */
function resolveRoot(
  io: CliIo,
  command: Pick<CheckCommand, "root" | "paths" | "stdinFilename">,
  note: Note,
): string {
  if (command.root !== undefined) {
    const abs = resolve(io.cwd, command.root);
    const dir = isDirectory(abs);
    if (dir === null) {
      throw new UsageError(
        `\`--root ${command.root}\` does not exist: pass the repository's top folder.`,
      );
    }
    if (!dir) {
      throw new UsageError(
        `\`--root ${command.root}\` is a file: pass the repository's top folder.`,
      );
    }
    return abs;
  }
  const anchors =
    command.paths[0] === "-"
      ? [command.stdinFilename ?? "."]
      : command.paths.length > 0
        ? command.paths.map((p) =>
            isDirectory(resolve(io.cwd, p)) === null && isGlob(p)
              ? picomatch.scan(p).base || "."
              : p,
          )
        : ["."];
  const roots = new Map<string, string>();
  for (const anchor of anchors) {
    const abs = resolve(io.cwd, anchor);
    const found = findRoot(abs);
    let root = found?.root;
    if (root === undefined) {
      root = isInside(io.cwd, abs) ? io.cwd : isDirectory(abs) ? abs : dirname(abs);
      note(
        `no \`.git\` or \`.specify/\` above \`${anchor}\`: \`${display(io.cwd, root)}\` is taken as the repository root; pass \`--root\` to choose it.`,
      );
    }
    if (!roots.has(root)) roots.set(root, anchor);
  }
  if (roots.size > 1) {
    const list = [...roots].map(([r, a]) => `\`${a}\` is in \`${display(io.cwd, r)}\``);
    throw new UsageError(
      `The paths are in different repositories (${list.join(", ")}): run speckit-gate once per repository.`,
    );
  }
  return [...roots.keys()][0] ?? io.cwd;
}

function selectCommandPlans(
  io: CliIo,
  command: Omit<CheckCommand, "kind">,
  root: string,
  config: Config,
  configFile: string,
  git: Git,
  note: Note,
): string[] {
  const args = command.paths.length > 0 ? command.paths : [isInside(root, io.cwd) ? "." : root];
  const selected = selectPlans({
    cwd: io.cwd,
    root,
    args,
    plans: () => discoverPlans(root, config.plans),
    globs: config.plans,
    configFile,
    shown: (abs) => display(io.cwd, abs),
  });
  let chosen = selected;
  if (command.plansOnly) {
    // Hooks pass every changed file: keep the plans, and no plan among them is no error.
    const isPlan = planMatcher(config.plans);
    chosen = selected.filter(isPlan);
  }
  if (command.changedSince === undefined) return chosen;
  const changed = new Set(
    changedFiles(git, root, command.changedSince, (abs) => display(io.cwd, abs)),
  );
  const kept = chosen.filter((p) => changed.has(p));
  if (kept.length === 0) note(`no plan changed since \`${command.changedSince}\`.`);
  return kept;
}

/** The files changed since a revision (see `changedSince`), relative to the root. */
function changedFiles(
  git: Git,
  root: string,
  ref: string,
  shown: (abs: string) => string,
): string[] {
  if (!inWorkTree(git, root)) {
    throw new UsageError(
      `\`--changed-since\` needs a git repository, and \`${shown(root)}\` is not in one (or git is not installed).`,
    );
  }
  const commit = resolveCommit(git, root, ref);
  if (commit === null) {
    throw new UsageError(
      `\`--changed-since ${ref}\`: git knows no commit \`${ref}\`. Check the name; in a shallow clone, fetch it first (e.g. \`git fetch --depth=1 origin main\`).`,
    );
  }
  try {
    return changedSince(git, root, commit);
  } catch (error) {
    if (error instanceof GitError) {
      throw new UsageError(`\`--changed-since ${ref}\`: git failed: ${error.message}`);
    }
    throw error;
  }
}

/** The plan read from standard input, at its `--stdin-filename` path under the root. */
function stdinPlan(io: CliIo, root: string, filename: string): { path: string; text: string } {
  const abs = resolve(io.cwd, filename);
  if (!isInside(root, abs)) {
    throw new UsageError(
      `\`--stdin-filename ${filename}\` is outside the repository root \`${display(io.cwd, root)}\`: pass \`--root\` with the repository that holds it.`,
    );
  }
  if (!io.readStdin) throw new UsageError("Standard input cannot be read here.");
  return { path: toRootPath(root, abs), text: io.readStdin() };
}

function errorsOnly(result: FileResult): FileResult {
  return { ...result, findings: result.findings.filter((f) => f.severity === "error") };
}

function count(results: readonly FileResult[], severity: string): number {
  return results.reduce((n, r) => n + r.findings.filter((f) => f.severity === severity).length, 0);
}

function exitCode(
  results: readonly FileResult[],
  command: Pick<CheckCommand, "maxWarnings">,
  io: CliIo,
): number {
  const errors = count(results, "error");
  const warnings = count(results, "warning");
  if (command.maxWarnings !== undefined && warnings > command.maxWarnings) {
    io.stderr(
      `speckit-gate: ${warnings} warning${warnings === 1 ? "" : "s"} found, more than \`--max-warnings ${command.maxWarnings}\` allows.\n`,
    );
    return EXIT.findings;
  }
  return errors > 0 ? EXIT.findings : EXIT.ok;
}

function writeReport(file: string, report: string, shown: (abs: string) => string): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, report);
  } catch (error) {
    throw new UsageError(`Cannot write \`${shown(file)}\`: ${(error as Error).message}`);
  }
}

function render(
  results: readonly FileResult[],
  command: Omit<CheckCommand, "kind">,
  io: CliIo,
  deps: CliDeps,
): string {
  const format: Format = command.format;
  switch (format) {
    case "json":
      return renderJson(results);
    case "sarif":
      return renderSarif(results, { toolVersion: deps.version() });
    case "github":
      return renderWorkflowCommands(results);
    case "text":
      return renderCompact(results, {
        verbose: command.verbose,
        color: colorEnabled(
          command.color,
          io.env,
          command.outputFile === undefined && io.stdoutIsTTY,
        ),
      });
  }
}

/** The configuration that applies, as YAML a `.github/speckit.yml` could hold, every rule listed. */
function printConfig(
  root: string,
  file: string | null,
  config: Config,
  shown: (abs: string) => string,
): string {
  const rules = Object.fromEntries(
    registry.map((r) => [r.id, config.rules[r.id] ?? r.defaultSeverity]),
  );
  const body = stringify({
    plans: config.plans,
    constitution: config.constitution,
    template: config.template,
    rules,
    "check-name": config.checkName,
    comment: config.comment,
    "push-branches": config.pushBranches,
    "max-plan-bytes": config.maxPlanBytes,
    amendments: config.amendments,
  });
  return [
    `# Repository root: ${shown(root)}`,
    file === null
      ? `# No configuration file (${CONFIG_PATH}): the defaults apply.`
      : `# Read from: ${shown(file)}`,
    body,
  ].join("\n");
}
