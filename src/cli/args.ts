import { parseArgs } from "node:util";
import { docsUrl } from "../render/links.js";
import { UsageError } from "./usage-error.js";

export const FORMATS = ["text", "json", "github", "sarif"] as const;
export type Format = (typeof FORMATS)[number];

/** What `speckit-gate check` was asked to do. */
export interface CheckCommand {
  readonly kind: "check";
  /** Plan files, folders or globs, relative to the working directory; `-` is standard input. */
  readonly paths: readonly string[];
  readonly root: string | undefined;
  readonly config: string | undefined;
  readonly format: Format;
  /** Report error-level findings only. */
  readonly quiet: boolean;
  /** Add the why and the fix to every finding (text format). */
  readonly verbose: boolean;
  /** Fail (exit 1) when more warnings than this are found. */
  readonly maxWarnings: number | undefined;
  /** Write the report to this file instead of standard output. */
  readonly outputFile: string | undefined;
  /** Where the plan read from standard input (`-`) lives. */
  readonly stdinFilename: string | undefined;
  /** Only the plans changed between this git revision and the working tree. */
  readonly changedSince: string | undefined;
  /** `--color` (true), `--no-color` (false), or neither. */
  readonly color: boolean | undefined;
  /** Of the files given, check only those the `plans` globs match (hooks pass every changed file). */
  readonly plansOnly: boolean;
}

/**
 * What `speckit-gate impact` was asked to do: the options of `check` that apply (`paths` holds
 * the amended constitution when one is named), and the version to compare with.
 */
export interface ImpactCommand extends Omit<CheckCommand, "kind"> {
  readonly kind: "impact";
  /** The git revision holding the constitution before the amendment. */
  readonly base: string | undefined;
  /** A file holding the constitution before the amendment (instead of `base`). */
  readonly baseFile: string | undefined;
}

export type Command =
  | { readonly kind: "help" }
  | { readonly kind: "version" }
  | (Omit<CheckCommand, "kind"> & { readonly kind: "print-config" })
  | CheckCommand
  | ImpactCommand;

export { UsageError };

export const HELP = `Usage: speckit-gate check [paths...] [options]
       speckit-gate impact [constitution] --base REF | --base-file FILE [options]

Checks spec-kit implementation plans against the repository's constitution.
\`impact\` checks a change to the constitution as an amendment (version bump, dates,
Sync Impact Report) and lists the plans it leaves uncovered or out of date.

Arguments:
  paths                   Plan files, folders or globs to check; \`-\` reads one plan from
                          standard input (default: the current folder, or the whole root
                          when --root is given and the current folder is outside it)

Options:
  --root DIR              Repository root (default: the nearest folder above the paths
                          holding .git, else .specify/)
  --config FILE           Configuration file (default: <root>/.github/speckit.yml or .yaml)
  --format FORMAT         text (default), json, github (workflow commands) or sarif
  --changed-since REF     Only the plans changed between the git revision REF and the
                          working tree (untracked plans included)
  --plans-only            Of the files given, check only those matching the \`plans\`
                          globs; none is not an error (for hooks that pass every file)
  --quiet                 Report errors only
  --max-warnings N        Exit 1 when more than N warnings are found
  --verbose               Explain why each finding matters and how to fix it (text)
  --output-file FILE      Write the report to FILE instead of standard output
  --stdin-filename PATH   Where the plan read from \`-\` lives (its constitution and links
                          are looked up from there)
  --print-config          Print the configuration that applies, with every rule's severity
  --color, --no-color     Force colour on or off (default: on for a terminal; FORCE_COLOR
                          and NO_COLOR are honoured)
  -h, --help              Show this help
  -v, --version           Show the version

Options of impact (besides --root, --config, --format, --quiet, --max-warnings,
--verbose, --output-file, --color):
  constitution            The amended constitution (default: the one at the root, the
                          first configured \`constitution\` location that exists)
  --base REF              Compare with the constitution at the git revision REF
  --base-file FILE        Compare with the constitution in FILE (no git needed)

Exit codes: 0 no error-level finding, 1 error-level findings (or more warnings than
--max-warnings), 2 usage or configuration error, or no plan where plans were asked for.
Documentation: ${docsUrl("docs/cli.md")}
`;

const HINT = "Run `speckit-gate --help` for usage.";

const EXAMPLE_VALUE: Readonly<Record<string, string>> = {
  "--format": "json",
  "--max-warnings": "0",
  "--changed-since": "origin/main",
  "--output-file": "report.txt",
  "--stdin-filename": "specs/001-feature/plan.md",
  "--base": "origin/main",
  "--base-file": "constitution-1.1.0.md",
};

function describeParseError(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const text = message ?? String(error);
  const option = /'(-[^' ]+)/.exec(text)?.[1];
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `Unknown option \`${option ?? text}\`. ${HINT}`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      if (option && /argument missing/.test(text))
        return `Option \`${option}\` needs a value, e.g. \`${option} ${EXAMPLE_VALUE[option] ?? "path"}\`.`;
      if (option && /argument is ambiguous/.test(text))
        return `Option \`${option}\` needs a value; write one that starts with \`-\` as \`${option}=-value\`.`;
      if (option && /does not take an argument/.test(text))
        return `Option \`${option}\` takes no value. ${HINT}`;
      return `${text} ${HINT}`;
    default:
      return `${text} ${HINT}`;
  }
}

const OPTIONS = {
  root: { type: "string" },
  config: { type: "string" },
  format: { type: "string" },
  "changed-since": { type: "string" },
  "plans-only": { type: "boolean" },
  quiet: { type: "boolean" },
  "max-warnings": { type: "string" },
  verbose: { type: "boolean" },
  "output-file": { type: "string" },
  "stdin-filename": { type: "string" },
  "print-config": { type: "boolean" },
  base: { type: "string" },
  "base-file": { type: "string" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

function maxWarningsOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) {
    throw new UsageError(
      `Invalid \`--max-warnings ${value}\`: use a whole number of warnings to allow, e.g. \`--max-warnings 0\`.`,
    );
  }
  return Number(value);
}

/** Parses the command line (without `node` and the script). Throws `UsageError`. */
export function parseCliArgs(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      tokens: true,
      options: OPTIONS,
    });
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
  const { values, positionals, tokens } = parsed;
  if (values.help) return { kind: "help" };
  if (values.version) return { kind: "version" };
  const printConfig = values["print-config"] === true;
  const [command, ...rest] = positionals;
  if (command === undefined && !printConfig)
    throw new UsageError(`Missing the command: \`speckit-gate check\`. ${HINT}`);
  if (command !== undefined && command !== "check" && command !== "impact") {
    throw new UsageError(
      `Unknown command \`${command}\`: the commands are \`check\` and \`impact\`, e.g. \`speckit-gate check ${command}\`. ${HINT}`,
    );
  }
  const impact = command === "impact" && !printConfig;
  if (!impact) {
    for (const flag of ["base", "base-file"] as const) {
      if (values[flag] !== undefined) {
        throw new UsageError(
          `\`--${flag}\` belongs to \`speckit-gate impact\`, e.g. \`speckit-gate impact --base origin/main\`.`,
        );
      }
    }
  }
  const paths = command === undefined ? [] : rest;
  const format = values.format ?? "text";
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(
      `Invalid \`--format ${format}\`: use one of ${FORMATS.map((f) => `\`${f}\``).join(", ")}.`,
    );
  }
  for (const [flag, value] of [
    ["--root", values.root],
    ["--config", values.config],
    ["--changed-since", values["changed-since"]],
    ["--output-file", values["output-file"]],
    ["--stdin-filename", values["stdin-filename"]],
    ["--base", values.base],
    ["--base-file", values["base-file"]],
  ] as const) {
    if (value === "") throw new UsageError(`Option \`${flag}\` needs a non-empty value.`);
  }
  const changedSince = values["changed-since"];
  if (changedSince?.startsWith("-")) {
    throw new UsageError(
      `Invalid \`--changed-since ${changedSince}\`: a git revision does not start with \`-\`, e.g. \`--changed-since origin/main\`.`,
    );
  }
  const stdin = paths.filter((p) => p === "-").length;
  const stdinFilename = values["stdin-filename"];
  if (stdin > 0 && paths.length > 1) {
    throw new UsageError(
      "`-` (standard input) checks one plan: pass it alone, without other paths.",
    );
  }
  if (stdin > 0 && stdinFilename === undefined) {
    throw new UsageError(
      "Reading a plan from `-` needs `--stdin-filename PATH`, the plan's path in the repository: its constitution and links are looked up from there.",
    );
  }
  if (stdin === 0 && stdinFilename !== undefined) {
    throw new UsageError("`--stdin-filename` names the plan read from `-`: pass `-` as the path.");
  }
  if (stdin > 0 && changedSince !== undefined) {
    throw new UsageError("`--changed-since` selects plans on disk: it cannot be used with `-`.");
  }
  // The last of --color and --no-color wins, as with most command-line tools.
  const colorFlag = tokens
    .filter((t) => t.kind === "option" && (t.name === "color" || t.name === "no-color"))
    .map((t) => (t.kind === "option" ? t.name === "color" : undefined))
    .at(-1);
  const common = {
    paths,
    root: values.root,
    config: values.config,
    format: format as Format,
    quiet: values.quiet === true,
    verbose: values.verbose === true,
    maxWarnings: maxWarningsOf(values["max-warnings"]),
    outputFile: values["output-file"],
    stdinFilename,
    changedSince,
    color: colorFlag,
    plansOnly: values["plans-only"] === true,
  };
  if (impact) return impactCommand(common, values.base, values["base-file"]);
  return { kind: printConfig ? "print-config" : "check", ...common };
}

/** Validates the options of `speckit-gate impact`. */
function impactCommand(
  common: Omit<CheckCommand, "kind">,
  base: string | undefined,
  baseFile: string | undefined,
): ImpactCommand {
  if (base === undefined && baseFile === undefined) {
    throw new UsageError(
      "`speckit-gate impact` compares the constitution with its version before the amendment: pass `--base REF` (a git revision, e.g. `--base origin/main`) or `--base-file FILE`.",
    );
  }
  if (base !== undefined && baseFile !== undefined) {
    throw new UsageError("Pass either `--base REF` or `--base-file FILE`, not both.");
  }
  if (base?.startsWith("-")) {
    throw new UsageError(
      `Invalid \`--base ${base}\`: a git revision does not start with \`-\`, e.g. \`--base origin/main\`.`,
    );
  }
  if (common.paths.length > 1) {
    throw new UsageError(
      `\`speckit-gate impact\` takes one constitution, not ${common.paths.length} paths: run it once per constitution.`,
    );
  }
  for (const [flag, set] of [
    ["-", common.paths[0] === "-"],
    ["--changed-since", common.changedSince !== undefined],
    ["--plans-only", common.plansOnly],
    ["--stdin-filename", common.stdinFilename !== undefined],
  ] as const) {
    if (set) throw new UsageError(`\`${flag}\` is an option of \`check\`, not of \`impact\`.`);
  }
  return { kind: "impact", ...common, base, baseFile };
}
