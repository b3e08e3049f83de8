/**
 * `speckit-gate impact` in the machine formats: JSON (the stable format of `check`, with an
 * `amendment` object added), SARIF and GitHub workflow commands. The terminal format is the
 * CLI's (`cli/impact-text.ts`).
 */
import type { Log, ReportingDescriptor, Result } from "sarif";
import {
  nextVersion,
  type AmendmentResult,
  type BumpLevel,
  type ImpactItem,
  type ImpactKind,
  type ImpactReport,
} from "../engine/amendment/index.js";
import type { FileResult } from "../engine/types.js";
import { plural } from "./counts.js";
import { toJsonReport, type JsonReport } from "./json.js";
import { docsUrl } from "./links.js";
import { toSarif } from "./sarif.js";
import { escapeData, escapeProperty, command } from "./workflow-commands.js";

/** An amendment checked on a checkout: the constitution's change and its impact on the plans. */
export interface ImpactView {
  /** The amendment and its findings, their severities those `amendments:` gives them. */
  readonly result: AmendmentResult;
  readonly impact: ImpactReport;
  /** What the constitution was compared with: the revision, or the file, as given. */
  readonly base: string;
}

/** The id impact items carry in SARIF and workflow commands (a report, not a rule). */
export const IMPACT_ID = "amendment-impact";
/** Where impact items are explained. */
export const IMPACT_DOCS = "docs/cli.md#impact";

/** The constitution as a checked file, so that version-1 consumers of `files` see its findings. */
export function constitutionResult(view: ImpactView): FileResult {
  const findings = view.result.findings;
  return {
    path: view.result.path,
    constitution: view.result.path,
    verdict: findings.some((f) => f.severity === "error") ? "fail" : "pass",
    findings,
    gates: [],
    principles: [],
    constitutionSkipped: false,
  };
}

/** `Amendment of X (1.2.0 → 1.3.0): 2 warnings; 3 of 3 plans to re-check`. */
export function impactSummaryLine(view: ImpactView): string {
  const a = view.result.amendment;
  const f = view.result.findings;
  const n = (s: string): number => f.filter((x) => x.severity === s).length;
  const version = `${a.version.before ?? "none"} → ${a.version.after ?? "none"}`;
  const findings = `${plural(n("error"), "error")}, ${plural(n("warning"), "warning")}, ${plural(n("notice"), "notice")}`;
  const i = view.impact;
  return `Amendment of ${view.result.path} (${version}): ${findings}; ${i.plans.length} of ${plural(i.checked, "plan")} to re-check`;
}

export interface JsonImpactItem {
  readonly kind: ImpactKind;
  readonly line: number;
  readonly principle?: string;
  readonly was?: string;
  readonly cited?: string;
  readonly current?: string;
  readonly message: string;
}

/**
 * Version 1 of the JSON format with an `amendment` object: `files` holds the constitution with
 * the amendment's findings (so a consumer of `check --format json` reads them unchanged), and
 * `amendment` the change and the plans to re-check.
 */
export interface JsonImpactReport extends JsonReport {
  readonly amendment: {
    readonly constitution: string;
    readonly base: string;
    readonly version: { readonly before: string | null; readonly after: string | null };
    /** The bump the changes call for, and the version it gives; null when nothing material changed. */
    readonly required: BumpLevel | null;
    readonly expected: string | null;
    readonly changes: readonly {
      readonly level: BumpLevel;
      readonly text: string;
      readonly line: number;
      readonly principle?: string;
    }[];
    readonly impact: {
      readonly checked: number;
      readonly unreadable: readonly string[];
      readonly plans: readonly {
        readonly path: string;
        readonly items: readonly JsonImpactItem[];
      }[];
    };
  };
}

function jsonItem(item: ImpactItem): JsonImpactItem {
  const optional = (key: "principle" | "was" | "cited" | "current") =>
    item[key] === undefined ? {} : { [key]: item[key] };
  return {
    kind: item.kind,
    line: item.line,
    ...optional("principle"),
    ...optional("was"),
    ...optional("cited"),
    ...optional("current"),
    message: item.message,
  };
}

export function toJsonImpact(view: ImpactView): JsonImpactReport {
  const a = view.result.amendment;
  const before = a.version.before;
  return {
    ...toJsonReport([constitutionResult(view)]),
    amendment: {
      constitution: view.result.path,
      base: view.base,
      version: { before, after: a.version.after },
      required: a.required,
      expected: a.required && before && !a.initial ? nextVersion(before, a.required) : null,
      changes: a.changes.map((c) => ({
        level: c.level,
        text: c.text,
        line: c.line,
        ...(c.principle === undefined ? {} : { principle: c.principle }),
      })),
      impact: {
        checked: view.impact.checked,
        unreadable: view.impact.unreadable,
        plans: view.impact.plans.map((p) => ({ path: p.path, items: p.items.map(jsonItem) })),
      },
    },
  };
}

export function renderImpactJson(view: ImpactView): string {
  return `${JSON.stringify(toJsonImpact(view), null, 2)}\n`;
}

/**
 * SARIF 2.1.0: the amendment's findings located on the constitution, and one `note` per item
 * to re-check (rule `amendment-impact`) located on the plan's line.
 */
export function toSarifImpact(
  view: ImpactView,
  options: { readonly toolVersion: string; readonly docsBaseUrl?: string },
): Log {
  const log = toSarif([constitutionResult(view)], options);
  const run = log.runs[0]!;
  const rules: ReportingDescriptor[] = [...(run.tool.driver.rules ?? [])];
  const items = view.impact.plans.flatMap((p) => p.items.map((item) => ({ path: p.path, item })));
  if (items.length === 0) return log;
  const ruleIndex = rules.length;
  rules.push({
    id: IMPACT_ID,
    shortDescription: {
      text: "A plan that a constitution amendment leaves uncovered or out of date",
    },
    helpUri: docsUrl(IMPACT_DOCS, options.docsBaseUrl),
    defaultConfiguration: { level: "note" },
  });
  const results: Result[] = items.map(({ path, item }) => ({
    ruleId: IMPACT_ID,
    ruleIndex,
    level: "note",
    message: { text: item.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: path.split("/").map(encodeURIComponent).join("/") },
          region: { startLine: item.line },
        },
      },
    ],
    properties: {
      kind: item.kind,
      constitution: view.result.path,
      ...(item.principle === undefined ? {} : { principle: item.principle }),
    },
  }));
  return {
    ...log,
    runs: [
      {
        ...run,
        tool: { ...run.tool, driver: { ...run.tool.driver, rules } },
        results: [...(run.results ?? []), ...results],
      },
    ],
  };
}

export function renderImpactSarif(
  view: ImpactView,
  options: { readonly toolVersion: string; readonly docsBaseUrl?: string },
): string {
  return `${JSON.stringify(toSarifImpact(view, options), null, 2)}\n`;
}

/**
 * Workflow commands: the amendment's findings on the constitution's lines (`::warning` …), one
 * `::notice` per item to re-check on the plan's line, then the summary line.
 */
export function renderImpactWorkflowCommands(view: ImpactView): string {
  const lines = view.result.findings.map((f) => command(view.result.path, f));
  for (const plan of view.impact.plans) {
    for (const item of plan.items) {
      const props = [
        ["file", plan.path],
        ["line", String(item.line)],
        ["title", `speckit-gate ${IMPACT_ID}`],
      ]
        .map(([k, v]) => `${k}=${escapeProperty(v!)}`)
        .join(",");
      lines.push(`::notice ${props}::${escapeData(item.message)}`);
    }
  }
  lines.push(impactSummaryLine(view));
  return `${lines.join("\n")}\n`;
}
