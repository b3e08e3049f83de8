import type { Config } from "../../config/config.js";
import { amendmentOf, type Amendment } from "./amendment.js";
import { sortFindings, toFinding } from "../check.js";
import { decode } from "../decode.js";
import { rules } from "../rules/index.js";
import type { Finding, SourceFile } from "../types.js";
import type { RawFile } from "../check.js";

export interface AmendmentInput {
  /** The constitution at the base commit; null when the change creates it. */
  readonly base: RawFile | null;
  /** The constitution at the head commit (the amended one). */
  readonly head: RawFile;
  readonly config: Pick<Config, "rules">;
}

/** The result of checking one constitution change. */
export interface AmendmentResult {
  /** Path of the amended constitution; the findings' lines are its lines. */
  readonly path: string;
  readonly basePath: string | null;
  /** The diff, for the impact report (`impactReport`) and for renderers. */
  readonly amendment: Amendment;
  readonly findings: readonly Finding[];
}

function asText(file: RawFile): SourceFile {
  return "text" in file ? file : { path: file.path, text: decode(file.bytes).text ?? "" };
}

/**
 * Checks a change to the constitution with the amendment rules (the rules with a
 * `checkAmendment`); plan rules are not run. Pure: no I/O, no clock, no environment.
 */
export function checkAmendment(input: AmendmentInput): AmendmentResult {
  const amendment = amendmentOf(input.base ? asText(input.base) : null, asText(input.head));
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (!rule.checkAmendment) continue;
    const severity = input.config.rules[rule.id] ?? rule.defaultSeverity;
    if (severity === "off") continue;
    rule.checkAmendment({
      amendment,
      report: (r) => findings.push(toFinding(rule, severity, r)),
    });
  }
  return {
    path: amendment.path,
    basePath: amendment.basePath,
    amendment,
    findings: sortFindings(findings),
  };
}
