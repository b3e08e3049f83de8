import type { FileResult, Severity } from "../engine/types.js";
import { plural, suppressedText } from "./counts.js";
import { suppressedTotal } from "./suppressed.js";

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
