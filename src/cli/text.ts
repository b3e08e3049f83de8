import type { FileResult, Finding, Severity } from "../engine/types.js";
import { suppressedText } from "../render/counts.js";
import { docsUrl } from "../render/links.js";
import { suppressedCount } from "../render/suppressed.js";
import { summarize, summaryLine } from "../render/text.js";

/** The terminal report: one line per finding, like eslint's and ruff's. */

export interface CompactOptions {
  /** ANSI colours. */
  readonly color: boolean;
  /** Under each finding, why it matters and how to fix it, and its rule's page; every plan's verdict. */
  readonly verbose: boolean;
}

/**
 * Whether to colour: `--color`/`--no-color` first, then `FORCE_COLOR` (`0` or `false` turn
 * colour off, any other value on, as in Node.js), then `NO_COLOR` (any non-empty value turns it
 * off), then whether the report goes to a terminal that is not `dumb`.
 */
export function colorEnabled(
  flag: boolean | undefined,
  env: Readonly<Record<string, string | undefined>>,
  toTerminal: boolean,
): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force.toLowerCase() !== "false";
  if (env.NO_COLOR) return false;
  return toTerminal && env.TERM !== "dumb";
}

export type Style = "bold" | "dim" | "red" | "yellow" | "cyan" | "green";
const CODES: Readonly<Record<Style, readonly [number, number]>> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
};

/** Wraps text in ANSI styles, or leaves it as it is when colour is off. */
export function painter(color: boolean): (style: Style, text: string) => string {
  return (style, text) => {
    if (!color) return text;
    const [open, close] = CODES[style];
    return `\u001b[${open}m${text}\u001b[${close}m`;
  };
}

export const SEVERITY_STYLE: Readonly<Record<Severity, Style>> = {
  error: "red",
  warning: "yellow",
  notice: "cyan",
};

function byPosition(a: Finding, b: Finding): number {
  return a.line - b.line || (a.column ?? 0) - (b.column ?? 0) || a.rule.localeCompare(b.rule);
}

const ABBREVIATION = /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|cf)$/i;

/**
 * A message split into what is wrong (its first sentence) and the rest (why it matters, how to
 * fix it). A sentence ends at `.`, `!` or `?` and a space, but not inside a code span, brackets
 * or double quotes (a quoted principle may hold sentences of its own), nor after `e.g`.
 */
export function splitMessage(message: string): { readonly what: string; readonly more: string } {
  const text = message
    .replaceAll("\r", "")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join(" ");
  let code = false;
  let quoted = false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "`") code = !code;
    if (code) continue;
    if (ch === '"') quoted = !quoted;
    else if (ch === "“") quoted = true;
    else if (ch === "”") quoted = false;
    else if (ch === "(" || ch === "[") depth++;
    else if ((ch === ")" || ch === "]") && depth > 0) depth--;
    else if (
      (ch === "." || ch === "!" || ch === "?") &&
      text[i + 1] === " " &&
      !quoted &&
      depth === 0 &&
      !ABBREVIATION.test(text.slice(0, i))
    ) {
      return { what: text.slice(0, i + 1), more: text.slice(i + 2).trim() };
    }
  }
  return { what: text, more: "" };
}

/** `path:line:col` (`:col` left out where the column is unknown). */
export function location(path: string, f: Finding): string {
  return `${path}:${f.line}${f.column === undefined ? "" : `:${f.column}`}`;
}

/**
 * Renders results for a terminal or a log: `path:line:col  severity  message  rule` per
 * finding, where the message is what is wrong (its first sentence); then the summary line and
 * the page of each rule reported. With `verbose`, each plan's verdict heads its findings and
 * each finding is followed by the rest of its message and its rule's page.
 */
export function renderCompact(results: readonly FileResult[], options: CompactOptions): string {
  const paint = painter(options.color);
  const lines: string[] = [];
  const rules = new Map<string, string>();
  for (const result of results) {
    if (options.verbose) {
      const verdict =
        result.verdict === "pass"
          ? paint("green", "pass")
          : result.verdict === "fail"
            ? paint("red", "fail")
            : paint("yellow", "skipped");
      const silenced = suppressedCount(result);
      lines.push(
        `${paint("bold", result.path)}  ${verdict}${silenced > 0 ? `  ${paint("dim", `(${suppressedText(silenced)})`)}` : ""}`,
      );
    }
    for (const f of [...result.findings].sort(byPosition)) {
      rules.set(f.rule, docsUrl(f.docs));
      const severity = paint(SEVERITY_STYLE[f.severity], f.severity.padEnd(7));
      lines.push(
        `${location(result.path, f)}  ${severity}  ${splitMessage(f.message).what}  ${paint("dim", f.rule)}`,
      );
      if (options.verbose) {
        const { more } = splitMessage(f.message);
        if (more) lines.push(`    ${more}`);
        lines.push(`    ${paint("dim", docsUrl(f.docs))}`);
      }
    }
    if (options.verbose) lines.push("");
  }
  const summary = summarize(results);
  if (lines.length > 0 && lines.at(-1) !== "") lines.push("");
  const style: Style = summary.errors > 0 ? "red" : summary.warnings > 0 ? "yellow" : "green";
  lines.push(paint("bold", paint(style, summaryLine(summary))));
  if (rules.size > 0 && !options.verbose) {
    const width = Math.max(...[...rules.keys()].map((r) => r.length));
    lines.push(
      "Rules (why and how to fix: --verbose, or each rule's page):",
      ...[...rules.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([rule, url]) => `  ${rule.padEnd(width)}  ${paint("dim", url)}`),
    );
  }
  return `${lines.join("\n")}\n`;
}
