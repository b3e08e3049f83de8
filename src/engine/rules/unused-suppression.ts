import { code, type Rule } from "../rule.js";

/**
 * Reports suppression comments that silence nothing, name a rule that does not exist, or give
 * no reason. The engine runs it after every other rule (see `check.ts`), since it judges what
 * the others reported.
 */
export const unusedSuppression: Rule = {
  id: "unused-suppression",
  summary: "A suppression comment that silences nothing, names an unknown rule or gives no reason",
  defaultSeverity: "warning",
  messages: {
    unused:
      "Suppression comment {{directive}} silences nothing: no finding of {{rules}} is reported {{where}}. A stale suppression hides the next real problem there. Remove the comment, or move it to the line the finding is on.",
    unknown:
      "Suppression comment {{directive}} names {{unknown}}, which is no speckit-gate rule, so it silences nothing for it. Use the rule id printed with the finding (see docs/rules/README.md).",
    noReason:
      "Suppression comment {{directive}} gives no reason. A reviewer reading the plan needs to know why the finding does not apply. Add one after ` -- `, e.g. `<!-- speckit-gate-disable-next-line gate-justification -- accepted in ADR-12 -->`.",
  },
};

/** How a directive is quoted in a message. */
export function directiveText(kind: string, rules: readonly string[]): string {
  return code(`speckit-gate-${kind}${rules.length > 0 ? ` ${rules.join(", ")}` : ""}`, 90);
}
