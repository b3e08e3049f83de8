import type { Rule } from "../rule.js";

function same(a: string, b: string): boolean {
  const pad = (v: string): string => [...v.split("."), "0", "0"].slice(0, 3).map(Number).join(".");
  return pad(a) === pad(b);
}

export const constitutionVersion: Rule = {
  id: "constitution-version",
  summary: "The plan cites a constitution version that is not the current one",
  defaultSeverity: "warning",
  needsConstitution: true,
  messages: {
    stale:
      "The plan cites constitution version `{{cited}}`, but `{{constitution}}` is at version `{{current}}`. The constitution changed since this plan was checked against it, so its gates may be stale. Re-run the Constitution Check against version {{current}} and update the citation.",
  },
  check({ plan, constitution, report }) {
    if (!constitution?.version) return;
    const current = constitution.version;
    for (const citation of plan.citations) {
      if (same(citation.version, current)) continue;
      report({
        messageId: "stale",
        data: { cited: citation.version, current, constitution: constitution.path },
        line: citation.line,
        column: citation.column,
        endColumn: citation.column + citation.version.length,
      });
    }
  },
};
