import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { CONFIG_PATH } from "../config/config.js";
import type { FileResult } from "../engine/types.js";
import { plural, suppressedText } from "../render/counts.js";
import { renderSarif } from "../render/sarif.js";
import { suppressedTotal } from "../render/suppressed.js";
import { escapeData, escapeProperty } from "../render/workflow-commands.js";
import { UsageError } from "../cli/usage-error.js";
import { checkFiles, discoverPlans, type CheckFn } from "../cli/files.js";
import type { Git } from "../cli/git.js";
import { loadConfig, toRootPath } from "../cli/repo.js";
import { selectPlans } from "../cli/select.js";
import { colorEnabled, renderCompact } from "../cli/text.js";
import { cappedAnnotations } from "./annotations.js";
import { eventScope } from "./event.js";
import { renderConfigErrorSummary, renderJobSummary, renderUsageErrorSummary } from "./summary.js";

/** The GitHub Action: inputs and event from the environment, annotations, job summary, SARIF, outputs. */

export type Env = Readonly<Record<string, string | undefined>>;

export interface ActionDeps {
  readonly check: CheckFn;
  readonly git: Git;
  readonly version: string;
  /** Where the log goes (standard output: workflow commands are read from it). */
  readonly log: (text: string) => void;
}

/** An input as GitHub passes it: `INPUT_<NAME>`, upper case, spaces as `_`, trimmed. */
export function input(env: Env, name: string): string {
  return (env[`INPUT_${name.replaceAll(" ", "_").toUpperCase()}`] ?? "").trim();
}

function booleanInput(env: Env, name: string, fallback: boolean): boolean {
  const value = input(env, name);
  if (value === "") return fallback;
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new UsageError(`Input \`${name}\` must be \`true\` or \`false\`, not \`${value}\`.`);
}

/** `paths`: separated by new lines or spaces. */
function listInput(env: Env, name: string): string[] {
  return input(env, name)
    .split(/\s+/)
    .filter((p) => p !== "");
}

function count(results: readonly FileResult[], severity: string): number {
  return results.reduce((n, r) => n + r.findings.filter((f) => f.severity === severity).length, 0);
}

/** Writes `name=value` lines to `$GITHUB_OUTPUT` (values here never hold a new line). */
function setOutputs(env: Env, outputs: Readonly<Record<string, string | number>>): void {
  const file = env.GITHUB_OUTPUT;
  if (!file) return;
  appendFileSync(
    file,
    Object.entries(outputs)
      .map(([k, v]) => `${k}=${v}\n`)
      .join(""),
  );
}

function appendSummary(env: Env, markdown: string): void {
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, markdown);
}

function annotation(
  level: "error" | "warning" | "notice",
  message: string,
  where: { file?: string; line?: number; col?: number } = {},
): string {
  const props: string[] = [];
  if (where.file) props.push(`file=${escapeProperty(where.file)}`);
  if (where.line !== undefined) props.push(`line=${where.line}`);
  if (where.col !== undefined) props.push(`col=${where.col}`);
  props.push(`title=${escapeProperty("speckit-gate")}`);
  return `::${level} ${props.join(",")}::${escapeData(message)}\n`;
}

function readEvent(env: Env): unknown {
  if (!env.GITHUB_EVENT_PATH) return null;
  try {
    return JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8")) as unknown;
  } catch {
    return null;
  }
}

/**
 * Runs the Action and returns the process exit code: 0 (no error-level finding, or
 * `fail-on-error: false`), 1 (error-level findings), 2 (a bad input or configuration, shown
 * as an annotation on the offending line). Never throws.
 */
export function runAction(env: Env, cwd: string, deps: ActionDeps): number {
  const { log } = deps;
  const root = resolve(cwd, env.GITHUB_WORKSPACE ?? ".");
  try {
    const failOnError = booleanInput(env, "fail-on-error", true);
    const all = booleanInput(env, "all", false);
    const configInput = input(env, "config");
    const loaded = loadConfig(
      root,
      configInput === "" ? undefined : resolve(root, configInput),
      (abs) => toRootPath(root, abs),
    );
    if (!loaded.ok) {
      const file = toRootPath(root, loaded.file);
      for (const e of loaded.errors.slice(0, 10)) {
        log(annotation("error", e.message, { file, line: e.line ?? 1, col: e.column ?? 1 }));
      }
      log(`speckit-gate: the configuration \`${file}\` is invalid; no plan was checked.\n`);
      appendSummary(env, renderConfigErrorSummary(file, loaded.errors));
      setOutputs(env, { "exit-code": 2, errors: 0, warnings: 0, suppressed: 0, "sarif-file": "" });
      return 2;
    }
    for (const note of loaded.notes) log(annotation("warning", note));
    const config = loaded.config;

    const scope = eventScope(env.GITHUB_EVENT_NAME, readEvent(env), deps.git, root, all);
    const notes = scope.kind === "all" && scope.warning ? [scope.warning] : [];
    for (const n of notes) log(annotation("warning", n));
    const paths = listInput(env, "paths");
    let plans = selectPlans({
      cwd: root,
      root,
      args: paths.length > 0 ? paths : [root],
      plans: () => discoverPlans(root, config.plans),
      globs: config.plans,
      configFile: loaded.file ? toRootPath(root, loaded.file) : CONFIG_PATH,
      shown: (abs) => toRootPath(root, abs) || ".",
    });
    if (scope.kind === "changed") {
      const changed = new Set(scope.files);
      plans = plans.filter((p) => changed.has(p));
    }
    const described =
      scope.kind === "changed"
        ? plans.length === 0
          ? `no plan (the ${scope.what} changes none)`
          : `the ${plural(plans.length, "plan")} the ${scope.what} changes`
        : `every plan, ${scope.reason}`;
    log(`speckit-gate: checking ${described}.\n`);

    const results = checkFiles(root, plans, config, deps.check);
    const errors = count(results, "error");
    const warnings = count(results, "warning");
    const suppressed = suppressedTotal(results);

    const sarifInput = input(env, "sarif-file");
    const sarifFile = resolve(
      root,
      sarifInput || join(env.RUNNER_TEMP ?? root, "speckit-gate.sarif"),
    );
    mkdirSync(dirname(sarifFile), { recursive: true });
    writeFileSync(sarifFile, renderSarif(results, { toolVersion: deps.version }));
    const sarifShown = sarifInput || sarifFile;

    const annotations = cappedAnnotations(
      results,
      `the job summary, the step's log and the SARIF file \`${sarifShown}\``,
    );
    for (const line of annotations.lines) log(`${line}\n`);
    if (results.some((r) => r.findings.length > 0)) {
      log("::group::speckit-gate: every finding (why and how to fix each)\n");
      log(renderCompact(results, { verbose: true, color: colorEnabled(undefined, env, true) }));
      log("::endgroup::\n");
    }
    const sha = scope.kind === "changed" ? scope.head : (env.GITHUB_SHA ?? "0000000");
    appendSummary(
      env,
      renderJobSummary(results, {
        repoUrl: `${env.GITHUB_SERVER_URL ?? "https://github.com"}/${env.GITHUB_REPOSITORY ?? "owner/repo"}`,
        sha,
        scope: described,
        sarifFile: sarifShown,
        version: deps.version,
        notes,
      }),
    );
    const code = errors > 0 ? 1 : 0;
    setOutputs(env, { "exit-code": code, errors, warnings, suppressed, "sarif-file": sarifFile });
    log(
      `speckit-gate: ${plural(results.length, "plan")} checked: ${plural(errors, "error")}, ${plural(warnings, "warning")}${suppressed > 0 ? `, ${suppressedText(suppressed)}` : ""}.\n`,
    );
    if (code === 1 && !failOnError) {
      log("speckit-gate: `fail-on-error: false`: the step passes despite the errors.\n");
      return 0;
    }
    return code;
  } catch (error) {
    const usage = error instanceof UsageError;
    const message = usage
      ? error.message
      : `internal error: ${error instanceof Error ? error.message : String(error)}. This is a bug in speckit-gate; please report it.`;
    log(annotation("error", message));
    if (!usage && env.RUNNER_DEBUG === "1" && error instanceof Error && error.stack)
      log(`${error.stack}\n`);
    appendSummary(env, renderUsageErrorSummary(message));
    setOutputs(env, { "exit-code": 2, errors: 0, warnings: 0, suppressed: 0, "sarif-file": "" });
    return 2;
  }
}
