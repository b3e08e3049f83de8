import type { ConfigError } from "../config/config.js";
import type { FileResult, Finding, Severity } from "../engine/types.js";
import { blobUrl, type Links, planSection, SEVERITY_ICON } from "./comment.js";
import { countsText, plural, SEVERITY_RANK, suppressedText } from "./counts.js";
import { inertBlock, inertCode, inertList, inertMessage, inertPlain } from "./inert.js";
import { docsUrl } from "./links.js";
import type { ReportSection } from "./section.js";
import { suppressedCount, suppressedTotal } from "./suppressed.js";

/** GitHub accepts at most 50 annotations per create or update request. */
export const ANNOTATIONS_PER_REQUEST = 50;
/**
 * Annotations sent per check run at most (the first request and three updates). Each update
 * is a write in the installation's queue, spaced a second apart and counted against GitHub's
 * secondary limits; the rest are counted in the summary and listed by the CLI.
 */
export const MAX_ANNOTATIONS = 200;
/** `output.summary` and `output.text` are each limited to 65,535 bytes. */
export const OUTPUT_LIMIT_BYTES = 65_535;
/**
 * The summary of a checked commit is kept to this size: GitHub requires it again with every
 * update that appends annotations, while the text (the full report) is sent once.
 */
export const SUMMARY_LIMIT_BYTES = 16_384;

export type Conclusion = "success" | "failure" | "neutral";

/** One annotation as the Checks API takes it. */
export interface CheckAnnotation {
  readonly path: string;
  readonly start_line: number;
  readonly end_line: number;
  readonly start_column?: number;
  readonly end_column?: number;
  readonly annotation_level: "notice" | "warning" | "failure";
  readonly title: string;
  readonly message: string;
}

/** Everything a completed check run shows. Annotations are delivered by the caller in batches. */
export interface CheckRunOutput {
  readonly conclusion: Conclusion;
  readonly title: string;
  readonly summary: string;
  readonly text?: string;
  readonly annotations: readonly CheckAnnotation[];
}

/** What the renderer needs to know about the commit beyond the findings. */
export interface CheckRunContext extends Links {
  /** Extra paragraphs for the summary, e.g. "this pull request amends the constitution". */
  readonly notes?: readonly string[];
  /** Parts of the report besides the plans (the constitution amendment), before the notes. */
  readonly sections?: readonly ReportSection[];
  /** How to run the check again, as markdown (differs between pull requests and pushes). */
  readonly rerun: string;
}

const LEVEL: Readonly<Record<Severity, CheckAnnotation["annotation_level"]>> = {
  error: "failure",
  warning: "warning",
  notice: "notice",
};

/**
 * `failure` as soon as one error-level finding exists; `neutral` only when nothing could be
 * judged (every plan skipped or without a usable constitution) and nothing else is wrong;
 * `success` otherwise. A required check passes on `neutral`, so it is never used for errors.
 */
export function conclusionOf(results: readonly FileResult[]): Conclusion {
  if (results.some((r) => r.findings.some((f) => f.severity === "error"))) return "failure";
  if (results.length > 0 && results.every((r) => r.verdict === "skipped" || r.constitutionSkipped))
    return "neutral";
  return "success";
}

/** Splits items into consecutive batches of at most `size`. */
export function batches<T>(items: readonly T[], size = ANNOTATIONS_PER_REQUEST): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function count(findings: readonly Finding[], severity: Severity): number {
  return findings.filter((f) => f.severity === severity).length;
}

/** One annotation per finding: title is the rule id, the message teaches and links the rule's page. */
export function toAnnotation(path: string, f: Finding): CheckAnnotation {
  const sameLine = f.endLine === f.line;
  const columns =
    sameLine && f.column !== undefined
      ? { start_column: f.column, end_column: Math.max(f.endColumn ?? f.column, f.column) }
      : {};
  const context = [
    f.principle ? `Principle: ${f.principle}.` : "",
    f.section ? `Section: ${f.section}.` : "",
  ]
    .filter(Boolean)
    .join(" ");
  // The message keeps room for the context and the rule's link, whatever its length.
  const message = inertPlain(f.message, 3000);
  return {
    path,
    start_line: f.line,
    end_line: Math.max(f.endLine, f.line),
    ...columns,
    annotation_level: LEVEL[f.severity],
    title: f.rule,
    message: [message, inertPlain(context, 600), `Rule: ${docsUrl(f.docs)}`]
      .filter(Boolean)
      .join("\n\n"),
  };
}

/** Every finding's annotation, most severe first (the first request carries the errors), capped at `MAX_ANNOTATIONS`. */
function annotationsOf(results: readonly FileResult[]): {
  readonly annotations: CheckAnnotation[];
  readonly total: number;
} {
  const all = results.flatMap((r) => r.findings.map((f) => ({ path: r.path, f })));
  all.sort(
    (x, y) =>
      SEVERITY_RANK[x.f.severity] - SEVERITY_RANK[y.f.severity] ||
      x.path.localeCompare(y.path) ||
      x.f.line - y.f.line,
  );
  return {
    annotations: all.slice(0, MAX_ANNOTATIONS).map((x) => toAnnotation(x.path, x.f)),
    total: all.length,
  };
}

/** The line saying how many findings are not annotations, and where they all are; none when all are. */
function annotationCapNote(shown: number, total: number): string[] {
  if (total <= shown) return [];
  const n = (k: number): string => k.toLocaleString("en-US");
  return [
    "",
    `_Annotations: the first ${n(shown)} of ${n(total)} findings, errors first. The other ${n(total - shown)} are not annotated, to spare this repository's GitHub API limits; the report below lists them by plan as far as it fits, and \`speckit-gate check <plan>\` (see docs/cli.md) lists them all._`,
  ];
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

/**
 * Joins blocks (each one or more whole lines) up to `limit` bytes. When something has to be
 * left out, the last line says how much and where to find it.
 */
export function fitBlocks(
  blocks: readonly string[],
  limit: number,
  omitted: (left: number) => string,
  gap = "\n\n",
): string {
  const full = blocks.join("\n");
  if (byteLength(full) <= limit) return full;
  const out: string[] = [];
  let size = 0;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] ?? "";
    const note = `${gap}${omitted(blocks.length - i)}`;
    if (size + byteLength(block) + 1 + byteLength(note) > limit) {
      return out.join("\n") + note;
    }
    out.push(block);
    size += byteLength(block) + 1;
  }
  return out.join("\n");
}

/**
 * `fitBlocks` over sections rendered on demand: rendering stops at the first section that
 * overflows the limit (it is cut by lines), and the sections after it are only counted, so a
 * long report costs no more than what fits.
 */
function fitSections(
  sections: readonly (() => readonly string[])[],
  limit: number,
  omitted: (lines: number, sections: number) => string,
): string {
  const lines: string[] = [];
  let size = 0;
  let rendered = 0;
  while (rendered < sections.length && size <= limit) {
    const block = sections[rendered]!();
    lines.push(...block);
    size += byteLength(block.join("\n")) + 1;
    rendered += 1;
  }
  const unrendered = sections.length - rendered;
  if (unrendered > 0) {
    const whole = `${lines.join("\n")}\n\n${omitted(0, unrendered)}`;
    if (byteLength(whole) <= limit) return whole;
  }
  return fitBlocks(lines, limit, (n) => omitted(n, unrendered));
}

function titleOf(results: readonly FileResult[], conclusion: Conclusion): string {
  const findings = results.flatMap((r) => r.findings);
  const failing = results.filter((r) => r.findings.some((f) => f.severity === "error")).length;
  const plans = plural(results.length, "plan");
  const silenced = suppressedTotal(results);
  if (conclusion === "failure") {
    const more = silenced > 0 ? ` (${suppressedText(silenced)})` : "";
    return `${plural(count(findings, "error"), "error")} in ${failing === results.length ? plans : `${failing} of ${plans}`}${more}`;
  }
  if (conclusion === "neutral") {
    const more = silenced > 0 ? `, ${suppressedText(silenced)}` : "";
    return `Gates not judged: no usable constitution (${plans}${more})`;
  }
  const rest = findings.length > 0 || silenced > 0 ? ` (${countsText(findings, silenced)})` : "";
  return `All gates pass: ${plans}${rest}`;
}

function headlineOf(results: readonly FileResult[], conclusion: Conclusion): string {
  const failing = results.filter((r) => r.findings.some((f) => f.severity === "error")).length;
  const n = results.length;
  if (conclusion === "failure") {
    return failing === n
      ? `${n === 1 ? "The plan fails" : `All ${n} plans fail`} the gate`
      : `${failing} of ${n} plans fail the gate`;
  }
  if (conclusion === "neutral") return "Not judged: no usable constitution";
  return n === 1 ? "The plan passes the gate" : `All ${n} plans pass the gate`;
}

function verdictCell(r: FileResult): string {
  if (r.findings.some((f) => f.severity === "error")) return `${SEVERITY_ICON.error} fail`;
  if (r.verdict === "skipped" || r.constitutionSkipped) return "➖ not judged";
  return "✅ pass";
}

/** The lines of the report's extra sections, each after a blank line. */
function sectionLines(sections: readonly ReportSection[] | undefined): string[] {
  return (sections ?? []).flatMap((s) => ["", ...s.lines]);
}

/** The check run for a commit whose changed plans were checked. */
export function renderCheckRun(
  results: readonly FileResult[],
  ctx: CheckRunContext,
): CheckRunOutput {
  const conclusion = conclusionOf(results);
  const findings = results.flatMap((r) => r.findings);
  const { annotations, total } = annotationsOf(results);
  const silenced = suppressedTotal(results);
  // The Suppressed column shows only where comments silenced something, as the other outputs' counts do.
  const head = [
    `**${headlineOf(results, conclusion)}**: ${countsText(findings, silenced)}.`,
    ...annotationCapNote(annotations.length, total),
    "",
    `| Plan | Result | Errors | Warnings | Notices |${silenced > 0 ? " Suppressed |" : ""}`,
    `| --- | --- | ---: | ---: | ---: |${silenced > 0 ? " ---: |" : ""}`,
  ];
  const tail = [
    ...sectionLines(ctx.sections),
    ...(ctx.notes ?? []).flatMap((n) => ["", n]),
    "",
    ctx.rerun,
  ];
  const rows = results.map(
    (r) =>
      `| [${inertCode(r.path, { table: true })}](${blobUrl(ctx, r.path)}) | ${verdictCell(r)} | ${count(r.findings, "error")} | ${count(r.findings, "warning")} | ${count(r.findings, "notice")} |${silenced > 0 ? ` ${suppressedCount(r)} |` : ""}`,
  );
  // Only the plans' table gives way: the verdict, the notes and how to re-run always show.
  const table = fitBlocks(
    rows,
    Math.max(0, SUMMARY_LIMIT_BYTES - byteLength([...head, ...tail].join("\n")) - 2),
    (left) =>
      `| _…and ${left} more plans: see the report below_ | | | | |${silenced > 0 ? " |" : ""}`,
    "\n",
  );
  const summary = fitBlocks(
    [...head, table, ...tail],
    OUTPUT_LIMIT_BYTES,
    (left) => `_${left} more lines were cut to fit GitHub's 65,535-byte limit._`,
  );
  const text = fitSections(
    results.map((r) => () => [...planSection(r, ctx, { heading: "###" }), ""]),
    OUTPUT_LIMIT_BYTES,
    (lines, plans) =>
      `_${lines > 0 ? `${lines} more lines` : ""}${lines > 0 && plans > 0 ? " and " : ""}${plans > 0 ? plural(plans, "more plan") : ""} were cut to fit GitHub's 65,535-byte limit; \`speckit-gate check <plan>\` (see docs/cli.md) lists every finding._`,
  );
  return {
    conclusion,
    title: titleOf(results, conclusion),
    summary,
    text,
    annotations,
  };
}

/** The check run when the commit changes no plan: a success, so the check can be required. */
export function renderNoPlanChanges(ctx: {
  readonly globs: readonly string[];
  readonly notes?: readonly string[];
  readonly sections?: readonly ReportSection[];
}): CheckRunOutput {
  return {
    conclusion: "success",
    title: "No plan changes",
    summary: fitBlocks(
      [
        `No file matching the plan globs (${inertList(ctx.globs, 20)}) changed, so there is nothing to gate.`,
        ...sectionLines(ctx.sections),
        ...(ctx.notes ?? []).flatMap((n) => ["", n]),
      ],
      OUTPUT_LIMIT_BYTES,
      (left) => `_${left} more lines were cut to fit GitHub's 65,535-byte limit._`,
    ),
    annotations: [],
  };
}

/**
 * The check run when `.github/speckit.yml` is invalid: a failure (a broken gate must not pass),
 * with one annotation per error where the error could be placed on a line of the file.
 */
export function renderConfigErrors(
  errors: readonly ConfigError[],
  ctx: { readonly path: string; readonly source: string; readonly located: boolean },
): CheckRunOutput {
  const lines = errors.map(
    (e) => `- ${e.line !== undefined ? `line ${e.line}: ` : ""}${inertMessage(e.message)}`,
  );
  const summary = fitBlocks(
    [
      `The configuration ${ctx.source} is invalid, so no plan was checked. Fix it on the default branch; every open pull request is then checked again on its next push or on \`/speckit recheck\`.`,
      "",
      ...lines,
      "",
      "The settings and their values are described in the JSON Schema `schema/speckit.schema.json` of speckit-gate.",
    ],
    OUTPUT_LIMIT_BYTES,
    (left) => `_${left} more lines were cut to fit GitHub's 65,535-byte limit._`,
  );
  return {
    conclusion: "failure",
    title: `Invalid configuration: ${plural(errors.length, "error")}`,
    summary,
    annotations: ctx.located
      ? errors.slice(0, MAX_ANNOTATIONS).map((e) => ({
          path: ctx.path,
          start_line: e.line ?? 1,
          end_line: e.line ?? 1,
          annotation_level: "failure" as const,
          title: "config",
          message: inertPlain(e.message),
        }))
      : [],
  };
}

/** The check run when the run itself broke: a failure with what went wrong and how to retry. */
export function renderCrash(ctx: {
  readonly error: string;
  readonly deliveryId?: string;
  readonly rerun: string;
  /** Paragraphs of ours to add (e.g. why the check name may not be the configured one). */
  readonly notes?: readonly string[];
}): CheckRunOutput {
  const error = ctx.error.length > 2000 ? `${ctx.error.slice(0, 2000)}…` : ctx.error;
  return {
    conclusion: "failure",
    title: "speckit-gate could not check this commit",
    summary: [
      "The check could not run to the end, so the plans of this commit were not judged. This is a problem on the side of speckit-gate or GitHub, not in your plans.",
      "",
      inertBlock(error),
      ...(ctx.notes ?? []).flatMap((n) => ["", n]),
      "",
      ctx.rerun,
      ...(ctx.deliveryId
        ? [
            "",
            `If it keeps failing, give the app's administrator the delivery id ${inertCode(ctx.deliveryId)}.`,
          ]
        : []),
    ].join("\n"),
    annotations: [],
  };
}
