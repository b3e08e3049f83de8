import { principleLabel } from "../constitution.js";
import { coverage } from "../coverage.js";
import type { Rule } from "../rule.js";

export const principleCoverage: Rule = {
  id: "principle-coverage",
  summary: "A constitution principle that the Constitution Check never addresses",
  defaultSeverity: "error",
  needsConstitution: true,
  messages: {
    uncovered:
      'The Constitution Check never addresses principle `{{principle}}`{{nonNegotiable}} of `{{constitution}}` ("{{statement}}"). spec-kit\'s gate requires every principle to be checked before Phase 0 research, or an unchecked principle can be broken unnoticed. Add a gate for it, e.g. `- [x] **{{principle}}**: <how this plan complies>`, or mark it N/A with a reason.',
    noneMatched:
      'The Constitution Check never addresses principle `{{principle}}`{{nonNegotiable}} of `{{constitution}}` ("{{statement}}"). None of its {{gates}} gates names any principle of the constitution, so they may use other names or another language. spec-kit\'s gate requires every principle to be checked before Phase 0 research. Name the principle in its gate, by numeral or by name, e.g. `- [x] **{{principle}}**: <how this plan complies>`.',
    noSection:
      'The plan has no Constitution Check, so principle `{{principle}}`{{nonNegotiable}} of `{{constitution}}` ("{{statement}}") is never checked. spec-kit\'s gate requires every principle to be checked before Phase 0 research. Add a `## Constitution Check` section with a gate for each principle.',
  },
  check({ plan, constitution, report }) {
    if (!constitution) return;
    const sections = plan.sectionsOf("constitution-check");
    const line = sections[0]?.line ?? 1;
    const { covered } = coverage(plan, constitution);
    // Gates that name no principle at all usually mean translated or renamed principles.
    const noneMatched = covered.size === 0 && plan.gates.length >= 2;
    for (const p of constitution.principles) {
      if (covered.has(p)) continue;
      report({
        messageId: sections.length === 0 ? "noSection" : noneMatched ? "noneMatched" : "uncovered",
        data: {
          principle: principleLabel(p),
          nonNegotiable: p.nonNegotiable ? " (NON-NEGOTIABLE)" : "",
          constitution: constitution.path,
          statement: p.statement.replaceAll('"', "'") || p.name,
          gates: plan.gates.length,
        },
        line,
        principle: principleLabel(p),
        section: "Constitution Check",
      });
    }
  },
};
