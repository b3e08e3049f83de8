import { normalizePath } from "../engine/locate.js";
import type { Finding, Severity } from "../engine/types.js";
import type { AmendmentMode, Config } from "./config.js";

/**
 * What `amendments:` does to the amendment rules' findings: `warn` keeps them below `error`
 * (a finding the configuration raised to `error` is reported as a warning), `block` makes every
 * one an error, so that the check fails. A rule turned `off` stays off in both.
 */
export function amendmentSeverity(
  severity: Severity,
  mode: Exclude<AmendmentMode, "off">,
): Severity {
  if (mode === "block") return "error";
  return severity === "error" ? "warning" : severity;
}

/** The findings of an amendment with the severities `amendments:` gives them. */
export function underMode(
  findings: readonly Finding[],
  mode: Exclude<AmendmentMode, "off">,
): Finding[] {
  return findings.map((f) => {
    const severity = amendmentSeverity(f.severity, mode);
    return severity === f.severity ? f : { ...f, severity };
  });
}

/**
 * Whether a repository path is one of the configured constitution locations: a relative entry
 * at the root or in any folder (the nearest one above a plan is its constitution), an entry
 * starting with `/` at the root only.
 */
export function constitutionMatcher(
  config: Pick<Config, "constitution">,
): (path: string) => boolean {
  const candidates = config.constitution.map((c) => ({
    rooted: c.startsWith("/"),
    path: normalizePath(c),
  }));
  return (raw) => {
    const path = normalizePath(raw);
    return candidates.some((c) =>
      c.rooted ? path === c.path : path === c.path || path.endsWith(`/${c.path}`),
    );
  };
}
