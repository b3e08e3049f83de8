import { code, type Rule } from "../rule.js";
import { fieldFamilies } from "../plan/index.js";
import { normalize } from "../text.js";

/** spec-kit's stock Technical Context fields, used when the repository has no template. */
export const DEFAULT_FIELDS = [
  "Language/Version",
  "Primary Dependencies",
  "Storage",
  "Testing",
  "Target Platform",
  "Project Type",
  "Performance Goals",
  "Constraints",
  "Scale/Scope",
] as const;

/** A label prepared for matching: its normalised text and the families it belongs to. */
interface Label {
  readonly text: string;
  readonly families: readonly number[];
}

function label(raw: string): Label {
  const text = normalize(raw);
  return { text, families: fieldFamilies(text) };
}

function matches(expected: Label, field: Label): boolean {
  if (expected.text === field.text) return true;
  return expected.families.length > 0 && expected.families.some((f) => field.families.includes(f));
}

const EMPTY = /^(?:[-—–_.…]*|\[\s*\]|tbd|todo|\?+)$/i;

export const technicalContextField: Rule = {
  id: "technical-context-field",
  summary: "A Technical Context field is missing or empty",
  defaultSeverity: "warning",
  messages: {
    missing:
      "Technical Context has no `{{field}}` field{{source}}. The design and the tasks are derived from these fields; a missing one is a decision nobody made. Add `**{{field}}**: <value>` (write `N/A` when it does not apply, or `NEEDS CLARIFICATION` while it is open).",
    empty:
      "Technical Context field {{field}} is empty. The design and the tasks are derived from these fields. Write its value, `N/A` when it does not apply, or `NEEDS CLARIFICATION` while it is open.",
    noFields:
      "Technical Context lists none of the expected fields ({{fields}}). spec-kit plans record them as `**Field**: value` lines so that the design and the tasks can rely on them. Add them in that form.",
  },
  check({ plan, template, report }) {
    const sections = plan.sectionsOf("technical-context");
    const first = sections[0];
    if (!first) return;
    const expected = template && template.fields.length > 0 ? template.fields : DEFAULT_FIELDS;
    const source =
      template && template.fields.length > 0
        ? ` (the repository's template \`${template.path}\` asks for it)`
        : "";
    const fields = plan.fields;
    for (const field of fields) {
      if (EMPTY.test(field.value.trim())) {
        report({
          messageId: "empty",
          data: { field: code(field.label) },
          line: field.line,
          column: field.column,
          section: "Technical Context",
        });
      }
    }
    const wanted = expected.map(label);
    const present = fields.map((f) => label(f.label));
    const known = present.filter((f) => wanted.some((e) => matches(e, f)));
    if (known.length === 0) {
      report({
        messageId: "noFields",
        data: { fields: expected.map((f) => `\`${f}\``).join(", ") },
        line: first.line,
        section: "Technical Context",
      });
      return;
    }
    for (const [k, name] of expected.entries()) {
      const want = wanted[k];
      if (!want || present.some((f) => matches(want, f))) continue;
      report({
        messageId: "missing",
        data: { field: name, source },
        line: first.line,
        section: "Technical Context",
      });
    }
  },
};
