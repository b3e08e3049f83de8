import { code, type Rule } from "../rule.js";
import { trimEndWith } from "../text.js";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const featureMetadata: Rule = {
  id: "feature-metadata",
  summary: "The Branch/Date header is malformed",
  defaultSeverity: "warning",
  messages: {
    date: "Date {{value}} is not an ISO date. spec-kit writes `YYYY-MM-DD`, which sorts and parses everywhere. Write it as e.g. `2025-03-02`.",
    branch:
      "Branch {{value}} does not match the feature folder {{folder}}. spec-kit names the branch after the feature folder (`/speckit.specify` creates both), so a mismatch usually means the plan was copied from another feature. Correct the branch name or move the plan.",
  },
  check({ plan, planPath, report }) {
    const { date, branch } = plan.header;
    // Values as written: only code ticks and bold markers around them go.
    const clean = (v: string): string =>
      trimEndWith(v.replace(/`/g, "").replace(/^\*+/, ""), (c) => c === "*").trim();
    if (date) {
      const value = clean(date.value).split(/\s+/)[0] ?? "";
      if (value !== "" && !value.startsWith("[") && !ISO_DATE.test(value)) {
        report({
          messageId: "date",
          data: { value: code(clean(date.value)) },
          line: date.line,
          column: date.column,
        });
      }
    }
    if (branch) {
      const value = clean(branch.value).split(/\s+/)[0] ?? "";
      const folder = planPath.split("/").slice(-2, -1)[0] ?? "";
      const number = (s: string): string | undefined => /^(\d{3,})-/.exec(s)?.[1];
      if (value === "" || value.startsWith("[") || !number(folder)) return;
      const leaf = value.split("/").at(-1) ?? value;
      // `001-x`, `feature/001-x`, `feature/impl-001-x` all name the feature folder `001-x`.
      const ok =
        leaf.includes(folder) || (number(leaf) !== undefined && number(leaf) === number(folder));
      if (!ok) {
        report({
          messageId: "branch",
          data: { value: code(value), folder: code(folder) },
          line: branch.line,
          column: branch.column,
        });
      }
    }
  },
};
