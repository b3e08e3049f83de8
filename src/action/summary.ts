import type { ConfigError } from "../config/config.js";
import type { FileResult } from "../engine/types.js";
import { planSection, type Links, type PlanSectionOptions } from "../render/comment.js";
import { plural } from "../render/counts.js";
import { docsUrl } from "../render/links.js";
import { summarize, summaryLine } from "../render/text.js";

/** GitHub keeps up to 1 MiB of job summary per step; stay below it. */
export const SUMMARY_LIMIT_BYTES = 1_000_000;

export interface SummaryContext extends Links {
  /** What was checked, e.g. "the 2 plans pull request #12 changes", "every plan, on a `push` event". */
  readonly scope: string;
  /** Where every finding is, besides this summary. */
  readonly sarifFile: string | null;
  readonly version: string;
  /** Warnings to show above the results. */
  readonly notes: readonly string[];
}

function failing(r: FileResult): boolean {
  return r.findings.some((f) => f.severity === "error");
}

function headline(results: readonly FileResult[]): string {
  if (results.length === 0) return "## ✅ speckit-gate: no plan to check";
  const bad = results.filter(failing).length;
  if (bad > 0) {
    return `## ❌ speckit-gate: ${bad} of ${plural(results.length, "plan")} ${bad === 1 ? "does" : "do"} not pass ${bad === 1 ? "its" : "their"} gates`;
  }
  if (results.every((r) => r.verdict === "skipped" || r.constitutionSkipped)) {
    return "## ➖ speckit-gate: gates not judged (no usable constitution)";
  }
  return `## ✅ speckit-gate: ${results.length === 1 ? "the plan passes its gates" : `all ${results.length} plans pass their gates`}`;
}

function footer(ctx: SummaryContext): string[] {
  const where = ctx.sarifFile ? ` and in the SARIF file \`${ctx.sarifFile}\`` : "";
  return [
    "---",
    `<sub>speckit-gate ${ctx.version} checked ${ctx.scope} at commit ${ctx.sha.slice(0, 7)} with the constitution, template and configuration of this checkout. GitHub shows at most 10 error and 10 warning annotations per step: every finding is listed here, in the step's log${where}. [Rules](${docsUrl("docs/rules/README.md")})</sub>`,
  ];
}

/**
 * The job summary of a run: rendered like the App's pull request comment (the same plan
 * sections: verdict, principles table, findings linked to their lines and rules), with a
 * headline and footer of its own. Within GitHub's 1 MiB it degrades step by step and says
 * what it left out.
 */
export function renderJobSummary(results: readonly FileResult[], ctx: SummaryContext): string {
  const intro = [
    headline(results),
    "",
    ...ctx.notes.flatMap((n) => [`> ⚠️ ${n}`, ""]),
    results.length === 0
      ? `Checked ${ctx.scope}.`
      : `${summaryLine(summarize(results))} — ${ctx.scope}.`,
    "",
  ];
  const levels: readonly { readonly options: PlanSectionOptions; readonly cut?: string }[] = [
    { options: { heading: "###", collapseAbove: 15 } },
    {
      options: { heading: "###", collapseAbove: 15, severities: ["error"] },
      cut: "Warnings and notices are left out of this summary to fit GitHub's size limit: the log and the SARIF file list them.",
    },
    {
      options: { heading: "###", noTable: true, severities: [] },
      cut: "The findings are left out of this summary to fit GitHub's size limit: the log and the SARIF file list them.",
    },
  ];
  for (const level of levels) {
    const body = [
      ...intro,
      ...(level.cut ? [`_${level.cut}_`, ""] : []),
      ...results.flatMap((r) => [...planSection(r, ctx, level.options), ""]),
      ...footer(ctx),
      "",
    ].join("\n");
    if (Buffer.byteLength(body) <= SUMMARY_LIMIT_BYTES) return body;
  }
  return [
    ...intro,
    "_More plans were checked than fit in a job summary: the log and the SARIF file list them._",
    "",
    ...footer(ctx),
    "",
  ].join("\n");
}

/** The job summary of a run stopped by an invalid configuration. */
export function renderConfigErrorSummary(file: string, errors: readonly ConfigError[]): string {
  return [
    "## ❌ speckit-gate: the configuration is invalid",
    "",
    `No plan was checked: fix \`${file}\` first.`,
    "",
    "| Line | Problem |",
    "| --- | --- |",
    ...errors.map(
      (e) => `| ${e.line ?? 1}:${e.column ?? 1} | ${e.message.replaceAll("|", "\\|")} |`,
    ),
    "",
  ].join("\n");
}

/** The job summary of a run stopped by a usage error (a bad input). */
export function renderUsageErrorSummary(message: string): string {
  return ["## ❌ speckit-gate could not run", "", message, ""].join("\n");
}
