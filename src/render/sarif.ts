import type { Log, Region, ReportingDescriptor, Result } from "sarif";
import { rules as registry } from "../engine/rules/index.js";
import type { FileResult, Finding, Severity } from "../engine/types.js";

import { DOCS_BASE_URL, docsUrl, HOMEPAGE } from "./links.js";
import { suppressedCount } from "./suppressed.js";

export interface SarifOptions {
  /** speckit-gate's version, reported as the tool's. */
  readonly toolVersion: string;
  /** Base URL `Finding.docs` is resolved against for `helpUri`. */
  readonly docsBaseUrl?: string;
}

const LEVEL: Readonly<Record<Severity, Result.level>> = {
  error: "error",
  warning: "warning",
  notice: "note",
};

/** A repository path as a relative URI reference (spaces and other reserved characters percent-encoded). */
function toUri(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

function region(f: Finding): Region {
  return {
    startLine: f.line,
    endLine: Math.max(f.endLine, f.line),
    ...(f.column === undefined ? {} : { startColumn: f.column }),
    // Both SARIF's and the engine's endColumn point just past the flagged text; kept to one-line regions.
    ...(f.column !== undefined &&
    f.endColumn !== undefined &&
    f.endLine === f.line &&
    f.endColumn > f.column
      ? { endColumn: f.endColumn }
      : {}),
  };
}

/**
 * Renders results as a SARIF 2.1.0 log with one run: the rules that were reported (id,
 * summary and default level from the rule registry, documentation link) and one result per
 * finding, located by the plan's path relative to the repository root. The principle and
 * section go in the result's properties.
 *
 * Findings silenced by suppression comments are counted in the run's properties
 * (`suppressed`, and per plan in `suppressedByFile`), not emitted as results with SARIF
 * `suppressions`: GitHub code scanning does not honour `suppressions` and would open an
 * alert for each of them, undoing the comment the reviewer accepted.
 */
export function toSarif(results: readonly FileResult[], options: SarifOptions): Log {
  const base = options.docsBaseUrl ?? DOCS_BASE_URL;
  const docsOf = new Map<string, string>();
  for (const f of results.flatMap((r) => r.findings)) {
    if (!docsOf.has(f.rule)) docsOf.set(f.rule, f.docs);
  }
  const ruleIds = [...docsOf.keys()].sort();
  const rules: ReportingDescriptor[] = ruleIds.map((id) => {
    const rule = registry.find((r) => r.id === id);
    return {
      id,
      shortDescription: { text: rule?.summary ?? id },
      helpUri: docsUrl(docsOf.get(id) ?? "", base),
      ...(rule ? { defaultConfiguration: { level: LEVEL[rule.defaultSeverity] } } : {}),
    };
  });
  const sarifResults: Result[] = results.flatMap((r) =>
    r.findings.map((f): Result => {
      const properties = {
        ...(f.principle === undefined ? {} : { principle: f.principle }),
        ...(f.section === undefined ? {} : { section: f.section }),
      };
      return {
        ruleId: f.rule,
        ruleIndex: ruleIds.indexOf(f.rule),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: toUri(r.path) },
              region: region(f),
            },
          },
        ],
        ...(Object.keys(properties).length > 0 ? { properties } : {}),
      };
    }),
  );
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "speckit-gate",
            version: options.toolVersion,
            informationUri: HOMEPAGE,
            rules,
          },
        },
        results: sarifResults,
        properties: {
          suppressed: results.reduce((n, r) => n + suppressedCount(r), 0),
          suppressedByFile: Object.fromEntries(
            results.filter((r) => suppressedCount(r) > 0).map((r) => [r.path, suppressedCount(r)]),
          ),
        },
      },
    ],
  };
}

/** Renders the SARIF log, indented by two spaces, with a final newline. */
export function renderSarif(results: readonly FileResult[], options: SarifOptions): string {
  return `${JSON.stringify(toSarif(results, options), null, 2)}\n`;
}
