import type { FileResult, Finding, Severity, Verdict } from "../engine/types.js";

/**
 * The stable machine format (`--format json`). Version 1 never changes shape: fields may be
 * added in a later version, never renamed or removed. `column` is always present and `null`
 * when the column is unknown; `principle` and `section` appear only when the finding has them.
 */
export interface JsonReport {
  readonly version: 1;
  readonly files: readonly JsonFile[];
}

export interface JsonFile {
  readonly path: string;
  readonly constitution: string | null;
  readonly verdict: Verdict;
  readonly findings: readonly JsonFinding[];
}

export interface JsonFinding {
  readonly rule: string;
  readonly severity: Severity;
  readonly line: number;
  readonly endLine: number;
  readonly column: number | null;
  readonly message: string;
  readonly principle?: string;
  readonly section?: string;
}

function toJsonFinding(f: Finding): JsonFinding {
  return {
    rule: f.rule,
    severity: f.severity,
    line: f.line,
    endLine: f.endLine,
    column: f.column ?? null,
    message: f.message,
    ...(f.principle === undefined ? {} : { principle: f.principle }),
    ...(f.section === undefined ? {} : { section: f.section }),
  };
}

export function toJsonReport(results: readonly FileResult[]): JsonReport {
  return {
    version: 1,
    files: results.map((r) => ({
      path: r.path,
      constitution: r.constitution,
      verdict: r.verdict,
      findings: r.findings.map(toJsonFinding),
    })),
  };
}

/** Renders the JSON report, indented by two spaces, with a final newline. */
export function renderJson(results: readonly FileResult[]): string {
  return `${JSON.stringify(toJsonReport(results), null, 2)}\n`;
}
