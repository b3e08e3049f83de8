import type { FileResult, Finding, Severity, SuppressedFinding, Verdict } from "../engine/types.js";
import { suppressedCount } from "./suppressed.js";
import { summarize, type Summary } from "./text.js";

/**
 * The stable machine format (`--format json`). Version 1 never changes shape: fields may be
 * added in a later version, never renamed or removed. `column` is always present and `null`
 * when the column is unknown; `principle` and `section` appear only when the finding has them.
 * Added in version 1 without breaking it: `totals`, and per file `suppressed` (how many
 * findings the plan's suppression comments silenced) and `suppressions` (those findings, each
 * with the comment's `reason`).
 */
export interface JsonReport {
  readonly version: 1;
  readonly files: readonly JsonFile[];
  /** Counts over every file, as the text format's summary line gives them. */
  readonly totals: Summary;
}

export interface JsonFile {
  readonly path: string;
  readonly constitution: string | null;
  readonly verdict: Verdict;
  readonly findings: readonly JsonFinding[];
  readonly suppressed: number;
  readonly suppressions: readonly JsonSuppression[];
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

/** A finding silenced by a suppression comment: the finding, and the comment's reason and line. */
export interface JsonSuppression extends JsonFinding {
  readonly reason: string;
  readonly directiveLine: number;
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

function toJsonSuppression(s: SuppressedFinding): JsonSuppression {
  return { ...toJsonFinding(s), reason: s.reason, directiveLine: s.directiveLine };
}

export function toJsonReport(results: readonly FileResult[]): JsonReport {
  return {
    version: 1,
    files: results.map((r) => ({
      path: r.path,
      constitution: r.constitution,
      verdict: r.verdict,
      findings: r.findings.map(toJsonFinding),
      suppressed: suppressedCount(r),
      suppressions: (r.suppressions ?? []).map(toJsonSuppression),
    })),
    totals: summarize(results),
  };
}

/** Renders the JSON report, indented by two spaces, with a final newline. */
export function renderJson(results: readonly FileResult[]): string {
  return `${JSON.stringify(toJsonReport(results), null, 2)}\n`;
}
