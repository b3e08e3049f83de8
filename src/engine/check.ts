import type { Config } from "../config/config.js";
import {
  constitutionOf,
  principleLabel,
  type Constitution,
  type Principle,
} from "./constitution.js";
import { coverage, gatePrinciples } from "./coverage.js";
import { byteLength, decode } from "./decode.js";
import { MAX_FINDINGS_PER_RULE } from "./limits.js";
import { normalize, thousands } from "./text.js";
import { linksToCheck, rememberLinks, type Link } from "./links.js";
import { normalizePath } from "./locate.js";
import { parsePlan, type Plan } from "./plan/index.js";
import {
  docsPath,
  formatMessage,
  type ConstitutionState,
  type Report,
  type Rule,
  type SourceInfo,
} from "./rule.js";
import { ruleIds, rules } from "./rules/index.js";
import { directiveText, unusedSuppression } from "./rules/unused-suppression.js";
import { applySuppressions, directives } from "./suppressions.js";
import { statusRank } from "./status.js";
import { templateOf, type Template } from "./template.js";
import type {
  FileResult,
  Finding,
  GateSummary,
  Mutable,
  PrincipleSummary,
  Severity,
  SourceFile,
  SuppressedFinding,
} from "./types.js";

/** A plan as read: text already decoded, or raw bytes the engine decodes (and rejects when binary). */
export type RawFile = SourceFile | { readonly path: string; readonly bytes: Uint8Array };

export interface CheckInput {
  readonly plan: RawFile;
  /** The constitution found for the plan (see `candidatePaths`), or null when none exists. */
  readonly constitution: RawFile | null;
  /** The repository's plan template, or null. */
  readonly template: RawFile | null;
  readonly config: Pick<Config, "rules" | "maxPlanBytes">;
  /**
   * Whether a repository path exists at the commit under review (files and folders).
   * When absent, `spec-link` is not run.
   */
  readonly exists?: (path: string) => boolean;
}

interface Decoded {
  readonly text: string | null;
  readonly info: SourceInfo;
}

function read(file: RawFile, maxBytes: number): Decoded {
  if ("text" in file) {
    const text = file.text;
    // Each UTF-16 unit is at least one byte: only count exactly when it can matter.
    const size =
      text.length > maxBytes || text.length * 3 <= maxBytes ? text.length : byteLength(text);
    const binary = text.slice(0, 8000).includes("\u0000");
    return {
      text: binary ? null : text.replace(/^\uFEFF/, ""),
      info: { byteLength: size, maxBytes, unreadable: binary ? { kind: "binary" } : null },
    };
  }
  if (file.bytes.length > maxBytes)
    return { text: null, info: { byteLength: file.bytes.length, maxBytes, unreadable: null } };
  const decoded = decode(file.bytes);
  return {
    text: decoded.text?.replace(/^\uFEFF/, "") ?? null,
    info: { byteLength: file.bytes.length, maxBytes, unreadable: decoded.unreadable },
  };
}

function severityOf(rule: Rule, config: CheckInput["config"]): Severity | "off" {
  return config.rules[rule.id] ?? rule.defaultSeverity;
}

/** A configured severity wins; otherwise the report's own default, then the rule's. */
function reportSeverity(severity: Severity, r: Report, configured: boolean): Severity {
  return configured ? severity : (r.severity ?? severity);
}

export function toFinding(rule: Rule, severity: Severity, r: Report, configured = false): Finding {
  const template = rule.messages[r.messageId] ?? r.messageId;
  // Built field by field: a plan can hold a quarter of a million findings.
  const finding: Mutable<Finding> = {
    rule: rule.id,
    severity: reportSeverity(severity, r, configured),
    line: Math.max(1, r.line),
    endLine: Math.max(r.line, r.endLine ?? r.line, 1),
    message: formatMessage(template, r.data),
    docs: docsPath(rule.id),
  };
  if (r.column !== undefined) finding.column = r.column;
  if (r.endColumn !== undefined) finding.endColumn = r.endColumn;
  if (r.principle !== undefined) finding.principle = r.principle;
  if (r.section !== undefined) finding.section = r.section;
  return finding;
}

export function sortFindings<T extends Finding>(findings: T[]): T[] {
  return findings.sort(
    (a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0) || a.rule.localeCompare(b.rule),
  );
}

/** The finding that says a rule stopped listing: where it stopped, and that there is more. */
function truncation(
  rule: Rule,
  severity: Severity,
  line: number,
  column: number,
  more: number,
): Finding {
  const counted = more > 0 ? ` (${more} more reported before it stopped looking)` : "";
  return {
    rule: rule.id,
    severity,
    line: Math.max(1, line),
    endLine: Math.max(1, line),
    // Right after the last finding listed, so that it sorts after it.
    column,
    message: `\`${rule.id}\` found ${thousands(MAX_FINDINGS_PER_RULE)} problems in this plan and lists no more${counted}: a plan with this many is usually generated or pasted in bulk. Fix the ones listed (or the generator), then check again to see the rest.`,
    docs: docsPath(rule.id),
  };
}

/** Checks one plan. Pure: no I/O, no clock, no environment. */
/**
 * The template without the lower-case slots the constitution writes too: there they are the
 * project's naming conventions (`Domain code in \`src/features/<feature>/\``, a rule the team's
 * template restates in its gate table), not slots left for the plan's author.
 */
function conventionsApart(template: Template, constitution: string | null): Template {
  if (constitution === null) return template;
  const conventions = [...template.angles].filter((a) => constitution.includes(a));
  // So are the bracketed names both write (`an \`[Unreleased]\` CHANGELOG entry`: the
  // changelog's section, which the team's gate quotes from its constitution).
  const named = new Set<string>();
  for (const m of constitution.matchAll(CONSTITUTION_BRACKET)) {
    const n = normalize(m[1] ?? "");
    if (template.placeholders.has(n)) named.add(n);
  }
  if (conventions.length === 0 && named.size === 0) return template;
  return {
    ...template,
    angles: new Set([...template.angles].filter((a) => !conventions.includes(a))),
    placeholders: new Set([...template.placeholders].filter((p) => !named.has(p))),
  };
}

/** A bracketed name in a constitution's text (not a link). */
const CONSTITUTION_BRACKET = /\[([^[\]\n]{2,60})\](?![(:[])/g;

export function checkPlan(input: CheckInput): FileResult {
  const path = normalizePath(input.plan.path);
  const findings: Finding[] = [];
  const active = rules.flatMap((rule) => {
    const severity = severityOf(rule, input.config);
    const configured = input.config.rules[rule.id] !== undefined;
    return severity === "off" ? [] : [{ rule, severity, configured }];
  });

  const plan = read(input.plan, input.config.maxPlanBytes);
  for (const { rule, severity } of active) {
    rule.checkSource?.(plan.info, (r) => findings.push(toFinding(rule, severity, r)));
  }
  if (plan.text === null || plan.info.byteLength > plan.info.maxBytes || findings.length > 0) {
    return {
      path,
      constitution: input.constitution ? normalizePath(input.constitution.path) : null,
      verdict: findings.some((f) => f.severity === "error") ? "fail" : "skipped",
      findings: sortFindings(findings),
      suppressed: 0,
      gates: [],
      principles: [],
      constitutionSkipped: true,
    };
  }

  const parsedPlan = parsedOnce(input.plan, plan.text);
  // `linkTargets` read this plan's links already: `spec-link` takes them from there.
  const known = linksRead.get(input.plan);
  if (known && known.path === path) rememberLinks(parsedPlan, path, known.links);
  let constitution: Constitution | null = null;
  let constitutionState: ConstitutionState = "missing";
  let constitutionText: string | null = null;
  if (input.constitution) {
    const text = read(input.constitution, Number.MAX_SAFE_INTEGER).text;
    constitutionText = text;
    if (text !== null) {
      const parsed = constitutionOf(normalizePath(input.constitution.path), text);
      constitutionState = parsed.unfilled ? "unfilled" : "found";
      constitution = parsed.unfilled ? null : parsed;
    }
  }
  const templateText = input.template ? read(input.template, Number.MAX_SAFE_INTEGER).text : null;
  const template =
    input.template && templateText !== null
      ? conventionsApart(
          templateOf(normalizePath(input.template.path), templateText),
          constitutionText,
        )
      : null;

  for (const { rule, severity, configured } of active) {
    if (!rule.check) continue;
    if (rule.needsConstitution && constitutionState !== "found") continue;
    // Findings listed, and reported past the limit, for this rule.
    let listed = 0;
    let more = 0;
    let last = 1;
    let lastColumn = 0;
    rule.check({
      planPath: path,
      plan: parsedPlan,
      constitution,
      constitutionState,
      constitutionPath: input.constitution ? normalizePath(input.constitution.path) : null,
      template,
      ...(input.exists ? { exists: input.exists } : {}),
      report: (r) => {
        if (listed >= MAX_FINDINGS_PER_RULE) {
          more++;
          return false;
        }
        findings.push(toFinding(rule, severity, r, configured));
        last = r.line;
        lastColumn = r.column ?? 0;
        return ++listed < MAX_FINDINGS_PER_RULE;
      },
    });
    if (listed >= MAX_FINDINGS_PER_RULE)
      findings.push(truncation(rule, severity, last, lastColumn + 1, more));
  }

  const suppression = suppress(findings, parsedPlan, active);
  findings.length = 0;
  for (const f of suppression.kept) findings.push(f);

  // Unjudged only while the rule that says so is on: a team that turned it off made its choice.
  const saysSo = (id: string): boolean => active.some((a) => a.rule.id === id);
  const unjudged =
    (constitutionState === "missing" && saysSo("constitution-missing")) ||
    (constitutionState !== "missing" &&
      (constitution?.principles.length ?? 0) === 0 &&
      saysSo("constitution-unratified"));
  const failed = findings.some((f) => f.severity === "error");
  return {
    path,
    constitution: input.constitution ? normalizePath(input.constitution.path) : null,
    verdict: failed ? "fail" : unjudged ? "skipped" : "pass",
    findings: sortFindings(findings),
    suppressed: suppression.suppressed.length,
    ...(suppression.suppressed.length > 0
      ? { suppressions: sortFindings(suppression.suppressed) }
      : {}),
    gates: gateSummaries(parsedPlan, constitution),
    principles: constitution ? principleSummaries(parsedPlan, constitution) : [],
    constitutionSkipped:
      constitutionState !== "found" || (constitution?.principles.length ?? 0) === 0,
  };
}

/** Rules whose findings a suppression comment never silences. */
const UNSUPPRESSIBLE = new Set([unusedSuppression.id, "plan-unreadable", "plan-too-large"]);

/**
 * Applies the plan's suppression comments, and reports the ones that silence nothing, name an
 * unknown rule or give no reason (`unused-suppression`, when that rule is on).
 */
function suppress(
  findings: readonly Finding[],
  plan: Plan,
  active: ReadonlyArray<{ rule: Rule; severity: Severity; configured: boolean }>,
): { kept: Finding[]; suppressed: SuppressedFinding[] } {
  const list = directives(plan.doc);
  if (list.length === 0) return { kept: [...findings], suppressed: [] };
  const { kept, suppressed, unused } = applySuppressions(
    findings,
    list,
    new Set(ruleIds),
    UNSUPPRESSIBLE,
  );
  const self = active.find((a) => a.rule.id === unusedSuppression.id);
  if (!self) return { kept, suppressed };
  const report = (r: Report): void => {
    kept.push(toFinding(self.rule, self.severity, r, self.configured));
  };
  for (const { directive, unknown } of unused) {
    const data = {
      directive: directiveText(directive.kind, directive.rules),
      rules:
        directive.rules.length > 0 ? directive.rules.map((r) => `\`${r}\``).join(", ") : "any rule",
      where:
        directive.kind === "disable-next-line"
          ? `on line ${directive.target ?? directive.endLine + 1}`
          : `between line ${directive.endLine + 1} and line ${(directive.until ?? directive.endLine + 1) - 1}`,
      unknown: unknown.map((r) => `\`${r}\``).join(", "),
    };
    report({
      messageId: unknown.length > 0 ? "unknown" : "unused",
      data,
      line: directive.line,
      endLine: directive.endLine,
    });
  }
  for (const directive of list) {
    if (directive.kind === "enable" || directive.reason !== "") continue;
    report({
      messageId: "noReason",
      data: { directive: directiveText(directive.kind, directive.rules) },
      line: directive.line,
      endLine: directive.endLine,
    });
  }
  return { kept, suppressed };
}

function gateSummaries(plan: Plan, constitution: Constitution | null): GateSummary[] {
  // The principles each gate line counts for, in the constitution's order.
  const principlesOf = new Map<number, Principle[]>();
  if (constitution) {
    for (const [p, gates] of coverage(plan, constitution).gates) {
      for (const g of gates) {
        const list = principlesOf.get(g.line);
        if (!list) principlesOf.set(g.line, [p]);
        else if (!list.includes(p)) list.push(p);
      }
    }
  }
  // Built field by field, in the order the reports print them: no spread per gate.
  return plan.gates.map((g, at) => {
    const summary = { label: g.label, status: g.status, line: g.line } as Mutable<GateSummary>;
    if (g.reason) summary.reason = g.reason.length > 200 ? `${g.reason.slice(0, 199)}…` : g.reason;
    const list = principlesOf.get(g.line);
    if (list !== undefined && constitution) {
      // A gate whose evidence also cites another principle (`✅ **Iterative & Testable**: 5
      // prioritized user stories` cites `User Isolation & Security`) is listed under the one
      // its label names; it still counts for the others.
      const named =
        list.length > 1
          ? gatePrinciples(g, constitution.principles, plan, at).find((p) => list.includes(p))
          : undefined;
      summary.principle = principleLabel(named ?? (list[0] as Principle));
    }
    summary.phase = g.phase;
    return summary;
  });
}

function principleSummaries(plan: Plan, constitution: Constitution): PrincipleSummary[] {
  const { gates, covered } = coverage(plan, constitution);
  return constitution.principles.map((p) => {
    const own = gates.get(p) ?? [];
    let status: PrincipleSummary["status"] = covered.has(p) ? "unknown" : "missing";
    // The latest phase speaks: a post-design re-check supersedes the initial check.
    const latest = own.some((g) => g.phase === "post-design")
      ? own.filter((g) => g.phase === "post-design")
      : own;
    const known = latest.filter((g) => g.status !== "unknown");
    const judged = known.length > 0 ? known : latest;
    if (judged.length > 0) {
      status = judged
        .map((g) => g.status)
        .reduce((a, b) => (statusRank(b) > statusRank(a) ? b : a));
    }
    return { id: p.id, name: p.name, status };
  });
}

/**
 * The plan `linkTargets` parsed last. `checkPlan` on the same file object and text takes it
 * instead of parsing again (a pull request that changes one plan, the common case), and lets it
 * go: at most one parsed plan is kept beyond its check, whatever the size of the batch.
 */
let lastParsed: { readonly file: RawFile; readonly text: string; readonly plan: Plan } | null =
  null;

function parsedOnce(file: RawFile, text: string): Plan {
  const known = lastParsed;
  lastParsed = null;
  return known !== null && known.file === file && known.text === text
    ? known.plan
    : parsePlan(text);
}

/** Links read by `linkTargets`, per file object: `checkPlan` on the same object does not read them again. */
const linksRead = new WeakMap<
  RawFile,
  { readonly path: string; readonly links: readonly Link[] }
>();

/**
 * The repository paths `spec-link` needs `exists` answers for (so callers can fetch them in one
 * batch). Nothing for a plan that `checkPlan` would not parse (too large, or not text).
 */
export function linkTargets(plan: RawFile, maxBytes = Number.MAX_SAFE_INTEGER): string[] {
  const { text, info } = read(plan, maxBytes);
  if (text === null || info.byteLength > info.maxBytes) return [];
  const path = normalizePath(plan.path);
  const parsed = parsePlan(text);
  const links = linksToCheck(path, parsed);
  linksRead.set(plan, { path, links });
  lastParsed = { file: plan, text, plan: parsed };
  return [...new Set(links.flatMap((l) => [l.target, ...l.alternatives]))];
}
