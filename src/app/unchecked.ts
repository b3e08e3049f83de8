import { docsPath, formatMessage } from "../engine/rule.js";
import type { FileResult, Finding } from "../engine/types.js";

/**
 * Results for plans the App could not check: a plan that was not read, or not checked within
 * the run's work budget, is reported as a failure with one finding that says why and what to
 * do. It never counts as passing, whatever the configuration says about the rule (turning
 * the rule off would let an unchecked plan pass a required check).
 */

const MESSAGES = {
  missing:
    "The plan is listed as changed but is not a file at commit {{sha}} (a submodule, or a branch that moved while the check ran), so it was not checked. A plan that was not checked never passes. {{rerun}}",
  readFailed:
    "The plan, or a constitution or template it needs, could not be read from GitHub ({{reason}}), so it was not checked. A plan that was not checked never passes. {{rerun}}",
  restLimit:
    "GitHub's GraphQL API could not answer ({{reason}}), and the REST fallback stops after {{limit}} reads per run to stay within the installation's rate limit, so this plan was not checked. A plan that was not checked never passes. {{rerun}} Fewer plans per pull request need fewer reads.",
  budget:
    "This run checks at most {{limit}} bytes of plans (`max-run-bytes`, each plan counting at least {{overhead}} bytes), and the plans before this one in path order used it up, so this plan was not checked. A plan that was not checked never passes. Split the pull request, or raise `max-run-bytes` in `.github/speckit.yml`.",
} as const;

/** Why a plan was not checked. */
export type Unchecked =
  | { readonly kind: "missing"; readonly sha: string }
  | { readonly kind: "readFailed"; readonly reason: string }
  | { readonly kind: "restLimit"; readonly reason: string; readonly limit: number }
  | { readonly kind: "budget"; readonly limit: number; readonly overhead: number };

function ruleOf(why: Unchecked): string {
  return why.kind === "budget" ? "plan-too-large" : "plan-unreadable";
}

/** The failing result of a plan that was not checked; `rerun` says how to run the check again (plain text). */
export function uncheckedResult(path: string, why: Unchecked, rerun: string): FileResult {
  const data: Record<string, string | number> = { rerun };
  if (why.kind === "missing") data.sha = why.sha.slice(0, 7);
  if (why.kind === "readFailed" || why.kind === "restLimit") data.reason = why.reason;
  if (why.kind === "restLimit" || why.kind === "budget") data.limit = why.limit;
  if (why.kind === "budget") data.overhead = why.overhead;
  const rule = ruleOf(why);
  const finding: Finding = {
    rule,
    severity: "error",
    line: 1,
    endLine: 1,
    message: formatMessage(MESSAGES[why.kind], data).trim(),
    docs: docsPath(rule),
  };
  return {
    path,
    constitution: null,
    verdict: "fail",
    findings: [finding],
    gates: [],
    principles: [],
    constitutionSkipped: true,
  };
}
