import type { FileResult, Finding, Severity } from "../engine/types.js";
import { plural } from "../render/counts.js";
import { command, escapeData, escapeProperty } from "../render/workflow-commands.js";

/**
 * GitHub shows at most 10 error, 10 warning and 10 notice annotations per step (and drops the
 * rest silently), so the Action picks which findings to annotate and says what it left out.
 */
export const ANNOTATIONS_PER_SEVERITY = 10;

const SEVERITIES: readonly Severity[] = ["error", "warning", "notice"];

export interface Annotations {
  /** Workflow commands to print, the notice about cut findings last. */
  readonly lines: readonly string[];
  /** Findings of each severity not annotated. */
  readonly cut: Readonly<Record<Severity, number>>;
}

/**
 * Per severity, up to `limit` findings, taken in turns from each plan (first finding of every
 * plan, then the second, …) so that every failing plan gets an annotation on its own lines.
 * When anything is cut, one notice slot is kept to say how many findings were left out and
 * where they all are (`where`, e.g. the job summary and the SARIF file).
 */
export function cappedAnnotations(
  results: readonly FileResult[],
  where: string,
  limit = ANNOTATIONS_PER_SEVERITY,
): Annotations {
  const total = (s: Severity): number =>
    results.reduce((n, r) => n + r.findings.filter((f) => f.severity === s).length, 0);
  const overflow = SEVERITIES.some((s) => total(s) > limit);
  const cut: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const chosen: { path: string; f: Finding }[] = [];
  for (const severity of SEVERITIES) {
    const room = severity === "notice" && overflow ? limit - 1 : limit;
    const queues = results.map((r) => ({
      path: r.path,
      findings: r.findings.filter((f) => f.severity === severity),
    }));
    const picked: { path: string; f: Finding }[] = [];
    for (let turn = 0; picked.length < room; turn++) {
      const round = queues.filter((q) => turn < q.findings.length);
      if (round.length === 0) break;
      for (const q of round) {
        if (picked.length === room) break;
        picked.push({ path: q.path, f: q.findings[turn] as Finding });
      }
    }
    cut[severity] = total(severity) - picked.length;
    chosen.push(...picked);
  }
  // Annotations in reading order: plan by plan, line by line.
  const order = new Map(results.map((r, i) => [r.path, i]));
  chosen.sort(
    (a, b) =>
      (order.get(a.path) ?? 0) - (order.get(b.path) ?? 0) ||
      a.f.line - b.f.line ||
      (a.f.column ?? 0) - (b.f.column ?? 0),
  );
  const lines = chosen.map(({ path, f }) => command(path, f));
  if (overflow) lines.push(cutNotice(cut, where));
  return { lines, cut };
}

function cutNotice(cut: Readonly<Record<Severity, number>>, where: string): string {
  const parts = SEVERITIES.filter((s) => cut[s] > 0).map((s) => plural(cut[s], s));
  const n = cut.error + cut.warning + cut.notice;
  const message =
    `${plural(n, "finding")} (${parts.join(", ")}) ${n === 1 ? "is" : "are"} not annotated: ` +
    `GitHub shows at most ${ANNOTATIONS_PER_SEVERITY} errors, ${ANNOTATIONS_PER_SEVERITY} warnings and ${ANNOTATIONS_PER_SEVERITY} notices per step. ` +
    `Every finding is in ${where}.`;
  return `::notice title=${escapeProperty("speckit-gate: more findings than annotations")}::${escapeData(message)}`;
}
