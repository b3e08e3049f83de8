import type { Rule } from "../rule.js";

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export const amendmentDate: Rule = {
  id: "amendment-date",
  summary: "A constitution amendment that leaves the Last Amended date stale, or moves a date back",
  defaultSeverity: "warning",
  messages: {
    notUpdated:
      "`{{constitution}}` was amended ({{reason}}), but **Last Amended** still says `{{date}}`. spec-kit's `/speckit.constitution` sets the Last Amended date on every amendment, so readers can tell which plans predate it. Set it to the date of this amendment (`YYYY-MM-DD`).",
    earlier:
      "**Last Amended** went back from `{{before}}` to `{{after}}`. An amendment is later than the one before it, so the date can only move forward. Set it to the date of this amendment (`YYYY-MM-DD`).",
    notIso:
      "**Last Amended** is `{{after}}`, which is not an ISO date. spec-kit writes constitution dates as `YYYY-MM-DD`, so that they sort and compare. Write the date of this amendment as `YYYY-MM-DD`.",
    missing:
      "`{{constitution}}` no longer states its **Last Amended** date (it was `{{before}}`). spec-kit's template ends with `**Version**: … | **Ratified**: … | **Last Amended**: …`. Restore it, set to the date of this amendment.",
    ratified:
      "**Ratified** changed from `{{before}}` to `{{after}}`. The ratification date is when the constitution was first adopted and stays the same across amendments; the date of this change belongs in **Last Amended**. Restore `{{before}}`.",
  },
  checkAmendment({ amendment: a, report }) {
    if (a.initial || !a.material) return;
    const reason = a.changes[0]?.text ?? "";
    const d = a.lastAmended;
    const at = (line: number | null, column: number | null, value: string) => ({
      line: line ?? 1,
      ...(column !== null ? { column, endColumn: column + value.length } : {}),
    });
    const data = {
      constitution: a.path,
      reason,
      before: d.before ?? "",
      after: d.after ?? "",
      date: d.after ?? "",
    };
    if (d.after === null) {
      if (d.before !== null) report({ messageId: "missing", data, line: a.version.line ?? 1 });
    } else if (!ISO.test(d.after)) {
      report({ messageId: "notIso", data, ...at(d.line, d.column, d.after) });
    } else if (d.before !== null && ISO.test(d.before)) {
      if (d.after === d.before)
        report({ messageId: "notUpdated", data, ...at(d.line, d.column, d.after) });
      else if (d.after < d.before)
        report({ messageId: "earlier", data, ...at(d.line, d.column, d.after) });
    }
    const r = a.ratified;
    if (r.before && r.after && ISO.test(r.before) && ISO.test(r.after) && r.before !== r.after) {
      report({
        messageId: "ratified",
        data: { before: r.before, after: r.after },
        ...at(r.line, r.column, r.after),
      });
    }
  },
};
