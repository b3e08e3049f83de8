import { docsUrl } from "../render/links.js";
import { parseArgs } from "node:util";

export const FORMATS = ["text", "json", "github", "sarif"] as const;
export type Format = (typeof FORMATS)[number];

export type Command =
  | { readonly kind: "help" }
  | { readonly kind: "version" }
  | {
      readonly kind: "check";
      readonly paths: readonly string[];
      readonly root: string | undefined;
      readonly config: string | undefined;
      readonly format: Format;
    };

/** A mistake in how the CLI was called or configured: reported in one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

export const HELP = `Usage: speckit-gate check [paths...] [options]

Checks spec-kit implementation plans against the repository's constitution.

Arguments:
  paths            Plan files, or directories to search for plans (default: every plan
                   under the root that matches the \`plans\` globs of the configuration)

Options:
  --root DIR       Repository root: where plans, the constitution and the template are
                   looked up, and what reported paths are relative to (default: .)
  --config FILE    Configuration file (default: <root>/.github/speckit.yml when present)
  --format FORMAT  text (default), json, github (workflow commands) or sarif
  -h, --help       Show this help
  -v, --version    Show the version

Exit codes: 0 no error-level finding, 1 error-level findings, 2 usage or configuration error.
Documentation: ${docsUrl("docs/cli.md")}
`;

const HINT = "Run `speckit-gate --help` for usage.";

function describeParseError(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const text = message ?? String(error);
  const option = /'(-[^' ]+)/.exec(text)?.[1];
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `Unknown option \`${option ?? text}\`. ${HINT}`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return option && /argument missing/.test(text)
        ? `Option \`${option}\` needs a value, e.g. \`${option} ${option === "--format" ? "json" : "path"}\`.`
        : `${text} ${HINT}`;
    default:
      return `${text} ${HINT}`;
  }
}

/** Parses the command line (without `node` and the script). Throws `UsageError`. */
export function parseCliArgs(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        root: { type: "string" },
        config: { type: "string" },
        format: { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  if (values.version) return { kind: "version" };
  const [command, ...paths] = positionals;
  if (command === undefined)
    throw new UsageError(`Missing the command: \`speckit-gate check\`. ${HINT}`);
  if (command !== "check") {
    throw new UsageError(
      `Unknown command \`${command}\`: the command is \`check\`, e.g. \`speckit-gate check ${command}\`. ${HINT}`,
    );
  }
  const format = values.format ?? "text";
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(
      `Invalid \`--format ${format}\`: use one of ${FORMATS.map((f) => `\`${f}\``).join(", ")}.`,
    );
  }
  for (const [flag, value] of [
    ["--root", values.root],
    ["--config", values.config],
  ] as const) {
    if (value === "") throw new UsageError(`Option \`${flag}\` needs a non-empty value.`);
  }
  return {
    kind: "check",
    paths,
    root: values.root,
    config: values.config,
    format: format as Format,
  };
}
