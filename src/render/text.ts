import type { FileResult, Finding, Severity } from "../engine/types.js";
import { suppressedCount, suppressedText, suppressedTotal } from "./suppressed.js";

export interface TextOptions {
  /** Colour with ANSI escapes. The CLI sets it only when stdout is a TTY and `NO_COLOR` is unset. */
  readonly color?: boolean;
}

/** Counts over a set of results, for summary lines. */
export interface Summary {
  readonly plans: number;
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
  readonly errors: number;
  readonly warnings: number;
  readonly notices: number;
  /** Findings silenced by suppression comments in the plans. */
  readonly suppressed: number;
}

export function summarize(results: readonly FileResult[]): Summary {
  const count = (severity: Severity): number =>
    results.reduce((n, r) => n + r.findings.filter((f) => f.severity === severity).length, 0);
  return {
    plans: results.length,
    passed: results.filter((r) => r.verdict === "pass").length,
    failed: results.filter((r) => r.verdict === "fail").length,
    skipped: results.filter((r) => r.verdict === "skipped").length,
    errors: count("error"),
    warnings: count("warning"),
    notices: count("notice"),
    suppressed: suppressedTotal(results),
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/**
 * The one-line summary, e.g. `3 plans checked: 1 passed, 1 failed, 1 skipped; 2 errors, 1 warning, 0 notices`,
 * followed by `, 2 suppressed` when suppression comments silenced findings.
 */
export function summaryLine(summary: Summary): string {
  if (summary.plans === 0) return "No plans checked.";
  return (
    `${plural(summary.plans, "plan")} checked: ${summary.passed} passed, ${summary.failed} failed, ` +
    `${summary.skipped} skipped; ${plural(summary.errors, "error")}, ` +
    `${plural(summary.warnings, "warning")}, ${plural(summary.notices, "notice")}` +
    (summary.suppressed > 0 ? `, ${suppressedText(summary.suppressed)}` : "")
  );
}

type Style = "bold" | "dim" | "red" | "yellow" | "cyan" | "green" | "underline";
const CODES: Readonly<Record<Style, readonly [number, number]>> = {
  bold: [1, 22],
  dim: [2, 22],
  underline: [4, 24],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
};

const SEVERITY_STYLE: Readonly<Record<Severity, Style>> = {
  error: "red",
  warning: "yellow",
  notice: "cyan",
};

function byPosition(a: Finding, b: Finding): number {
  return a.line - b.line || (a.column ?? 0) - (b.column ?? 0) || a.rule.localeCompare(b.rule);
}

/**
 * Renders results for a terminal: per plan a heading with its verdict, then one line per
 * finding, `path:line:col  severity  message  [rule]` (`:col` left out where the column is
 * unknown; a multi-line message is indented under its finding), and a closing summary line.
 */
export function renderText(results: readonly FileResult[], options: TextOptions = {}): string {
  const paint = (style: Style, text: string): string => {
    if (!options.color) return text;
    const [open, close] = CODES[style];
    return `\u001b[${open}m${text}\u001b[${close}m`;
  };
  const lines: string[] = [];
  for (const result of results) {
    const verdict =
      result.verdict === "pass"
        ? paint("green", "pass")
        : result.verdict === "fail"
          ? paint("red", "fail")
          : paint("yellow", "skipped");
    const silenced = suppressedCount(result);
    lines.push(
      `${paint("underline", result.path)}  ${verdict}${silenced > 0 ? `  ${paint("dim", `(${suppressedText(silenced)})`)}` : ""}`,
    );
    for (const f of [...result.findings].sort(byPosition)) {
      const where = `${result.path}:${f.line}${f.column === undefined ? "" : `:${f.column}`}`;
      const [first = "", ...rest] = f.message.split(/\r?\n/);
      const severity = paint(SEVERITY_STYLE[f.severity], f.severity.padEnd(7));
      lines.push(`  ${where}  ${severity}  ${first}  ${paint("dim", `[${f.rule}]`)}`);
      for (const more of rest) lines.push(`      ${more}`);
    }
    lines.push("");
  }
  const summary = summarize(results);
  const style: Style = summary.errors > 0 ? "red" : summary.warnings > 0 ? "yellow" : "green";
  lines.push(paint("bold", paint(style, summaryLine(summary))));
  return `${lines.join("\n")}\n`;
}
