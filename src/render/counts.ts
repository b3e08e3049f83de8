/**
 * The counting words every report shares (terminal, Action, check run, comment), so that each
 * says "2 errors, 1 warning, 3 suppressed" the same way.
 */
import type { Finding, Severity } from "../engine/types.js";

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** Errors first, then warnings, then notices. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = {
  error: 0,
  warning: 1,
  notice: 2,
};

/** "2 suppressed": findings silenced by suppression comments. */
export function suppressedText(n: number): string {
  return `${n} suppressed`;
}

/**
 * "3 errors, 1 warning" (only the non-zero parts; "no findings" when all are zero), then
 * "2 suppressed" when suppression comments silenced findings.
 */
export function countsText(findings: readonly Finding[], suppressed = 0): string {
  const parts = (["error", "warning", "notice"] as const)
    .map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => plural(n, s));
  if (suppressed > 0) parts.push(suppressedText(suppressed));
  return parts.length === 0 ? "no findings" : parts.join(", ");
}
