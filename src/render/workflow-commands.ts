import type { FileResult, Finding } from "../engine/types.js";
import { summarize, summaryLine } from "./text.js";

/** GitHub's escaping of a workflow command's message (as `@actions/core` does it). */
export function escapeData(value: string): string {
  return value.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

/** GitHub's escaping of a workflow command's property value: the message escapes plus `:` and `,`. */
export function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(":", "%3A").replaceAll(",", "%2C");
}

/** One finding as a workflow command, `::error file=…,line=…,title=…::message`. */
export function command(path: string, f: Finding): string {
  const props: [string, string | number][] = [
    ["file", path],
    ["line", f.line],
    ["endLine", Math.max(f.endLine, f.line)],
  ];
  // GitHub honours columns only on a one-line annotation.
  if (f.column !== undefined && f.endLine === f.line) {
    props.push(["col", f.column]);
    if (f.endColumn !== undefined && f.endColumn > f.column) props.push(["endColumn", f.endColumn]);
  }
  props.push(["title", `speckit-gate ${f.rule}`]);
  const list = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  return `::${f.severity} ${list}::${escapeData(f.message)}`;
}

/**
 * Renders results as GitHub Actions workflow commands (the severities are the command names), one `::error`/`::warning`/`::notice`
 * per finding (GitHub turns them into annotations on the plan's lines), followed by the
 * plain summary line for the log.
 */
export function renderWorkflowCommands(results: readonly FileResult[]): string {
  const lines = results.flatMap((r) => r.findings.map((f) => command(r.path, f)));
  lines.push(summaryLine(summarize(results)));
  return `${lines.join("\n")}\n`;
}
