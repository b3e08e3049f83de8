import type { Amendment } from "./amendment/amendment.js";
import { isWhiteCode } from "./markdown.js";
import type { Constitution } from "./constitution.js";
import type { Plan } from "./plan/index.js";
import type { Template } from "./template.js";
import type { Severity } from "./types.js";

/** What a rule reports; the engine adds the rule id, severity, message text and docs link. */
export interface Report {
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number>>;
  readonly line: number;
  readonly endLine?: number;
  readonly column?: number;
  readonly endColumn?: number;
  readonly principle?: string;
  readonly section?: string;
  /**
   * The default severity of this report, when the rule's default does not fit all it reports
   * (a missing Summary warns, a missing Constitution Check is an error). A severity set in the
   * configuration still applies to every report of the rule.
   */
  readonly severity?: Severity;
}

export type ConstitutionState = "found" | "missing" | "unfilled";

export interface RuleContext {
  readonly planPath: string;
  readonly plan: Plan;
  /** The parsed constitution when it exists and is filled in, else null (see `constitutionState`). */
  readonly constitution: Constitution | null;
  readonly constitutionState: ConstitutionState;
  readonly constitutionPath: string | null;
  readonly template: Template | null;
  readonly exists?: (path: string) => boolean;
  /**
   * Reports one finding. Returns false once the rule has reported `MAX_FINDINGS_PER_RULE`
   * findings on this plan: the engine lists no more, and a rule that can stop looking should.
   */
  report(report: Report): boolean;
}

/**
 * What an amendment rule sees: the diff between the base and the head constitution. Its
 * reports' lines are lines of the head constitution (`amendment.path`).
 */
export interface AmendmentContext {
  readonly amendment: Amendment;
  report(report: Report): void;
}

export interface Rule {
  /** Stable id; also the file name and the docs page name. */
  readonly id: string;
  readonly summary: string;
  readonly defaultSeverity: Severity;
  /** Message templates keyed by message id; `{{name}}` is replaced by `data.name`. */
  readonly messages: Readonly<Record<string, string>>;
  /** Rules that judge the plan against the constitution are skipped when it is missing or unfilled. */
  readonly needsConstitution?: boolean;
  /** Judges the parsed plan. */
  readonly check?: (context: RuleContext) => void;
  /**
   * Judges a change to the constitution rather than a plan (see `checkAmendment`). A rule with
   * this has no `check`: plan checks never run it.
   */
  readonly checkAmendment?: (context: AmendmentContext) => void;
  /** Judges the raw input before parsing; a report here stops the plan from being parsed. */
  readonly checkSource?: (source: SourceInfo, report: (report: Report) => void) => void;
}

/** The raw plan as the engine received it. */
export interface SourceInfo {
  readonly byteLength: number;
  readonly maxBytes: number;
  /** Why the bytes are not text, when they are not. */
  readonly unreadable:
    { readonly kind: "binary" } | { readonly kind: "encoding"; readonly offset: number } | null;
}

export const DOCS_BASE = "docs/rules";

export function docsPath(id: string): string {
  return `${DOCS_BASE}/${id}.md`;
}

/**
 * Messages already filled in, by template and data. A plan that repeats one placeholder a
 * quarter of a million times gets one message string shared by all its findings, not a quarter
 * of a million copies of a 300-character text. Bounded, and deterministic: the engine stays pure.
 */
const filled = new Map<string, Map<string, string>>();
const MAX_FILLED = 4096;

/** A template cut at its placeholders: literal texts at even places, names at odd ones. */
const compiled = new Map<string, readonly string[]>();

function parts(template: string): readonly string[] {
  let found = compiled.get(template);
  if (!found) {
    found = template.split(/\{\{(\w+)\}\}/);
    compiled.set(template, found);
  }
  return found;
}

/**
 * Fills `{{name}}` placeholders of a message template. The message is joined from the
 * template's own pieces rather than copied out of it: V8 keeps such a join as a rope over the
 * shared pieces, and a plan with tens of thousands of findings does not hold tens of thousands
 * of copies of the same 400-character text while it is checked.
 */
export function formatMessage(
  template: string,
  data: Readonly<Record<string, string | number>> = {},
): string {
  let key = "";
  for (const k in data) key += `${k}\u0000${data[k]}\u0000`;
  let byData = filled.get(template);
  const known = byData?.get(key);
  if (known !== undefined) return known;
  const pieces = parts(template);
  let message = pieces[0] ?? "";
  for (let i = 1; i < pieces.length; i += 2) {
    const name = pieces[i] ?? "";
    message += String(data[name] ?? `{{${name}}}`) + (pieces[i + 1] ?? "");
  }
  if (byData === undefined) filled.set(template, (byData = new Map()));
  if (byData.size >= MAX_FILLED) byData.clear();
  byData.set(key, message);
  return message;
}

/**
 * Quotes a value for a message: backticks, white space collapsed, shortened to `max`
 * characters, inner backticks escaped away. Reads only as much of the value as it shows.
 */
export function code(value: string, max = 80): string {
  // Run by run, not character by character: each run is one slice of the value.
  let flat = "";
  let i = 0;
  while (i < value.length && flat.length <= max) {
    const start = i;
    while (i < value.length && isWhiteCode(value.charCodeAt(i))) i++;
    if (i === value.length) break;
    if (i > start && flat.length > 0) flat += " ";
    const from = i;
    while (i < value.length && i - from <= max && !isWhiteCode(value.charCodeAt(i))) i++;
    const run = value.slice(from, i);
    flat += run.includes("`") ? run.replaceAll("`", "'") : run;
  }
  return `\`${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}\``;
}
