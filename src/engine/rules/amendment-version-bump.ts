import { bumpOf, LEVEL_RANK, nextVersion } from "../amendment/versions.js";
import type { Rule } from "../rule.js";

const WORD = { major: "MAJOR", minor: "MINOR", patch: "PATCH" } as const;

export const amendmentVersionBump: Rule = {
  id: "amendment-version-bump",
  summary: "A constitution amendment whose version bump does not fit the change",
  defaultSeverity: "warning",
  messages: {
    notUpdated:
      "`{{constitution}}` was amended ({{reason}}), but its version line still says `{{version}}`. spec-kit's `/speckit.constitution` versions every amendment, so plans can tell which version they were checked against. This change calls for a {{level}} bump: set the version to `{{expected}}`.",
    tooSmall:
      "The version went from `{{before}}` to `{{after}}`, a {{bump}} bump, but {{reason}}, which calls for a {{level}} bump. spec-kit's rule for `/speckit.constitution`: MAJOR when a principle is removed or redefined incompatibly, MINOR when one is added or materially expanded, PATCH for wording. Set the version to `{{expected}}`.",
    tooLarge:
      "The version went from `{{before}}` to `{{after}}`, a {{bump}} bump, but the amendment only changes wording ({{reason}}): no principle or rule was added, removed or redefined. spec-kit keeps MINOR and MAJOR for changed rules, and a bigger bump tells every plan to re-check for nothing. Set the version to `{{expected}}` (PATCH).",
    irregular:
      "The version went from `{{before}}` to `{{after}}`, which is not the next {{bump}} version of `{{before}}` (semantic versioning resets the lower parts and skips none). Set it to `{{expected}}`.",
    lower:
      "The version went down from `{{before}}` to `{{after}}`. An amendment moves the constitution forward, and plans citing `{{before}}` would look newer than the constitution. Set it to `{{expected}}`.",
    missing:
      "`{{constitution}}` no longer states its version (it was `{{before}}`), so plans cannot cite the version they were checked against. Keep the line `**Version**: {{expected}} | **Ratified**: … | **Last Amended**: …` that spec-kit's template ends with.",
  },
  checkAmendment({ amendment: a, report }) {
    if (a.initial || !a.material || a.required === null) return;
    const { before, after } = a.version;
    if (before === null) return;
    const level = a.required;
    const reason = a.changes[0]?.text ?? "";
    const expected = nextVersion(before, level);
    const line = a.version.line ?? 1;
    const at = {
      line,
      ...(a.version.column !== null && after !== null
        ? { column: a.version.column, endColumn: a.version.column + after.length }
        : {}),
    };
    const data = {
      constitution: a.path,
      before,
      after: after ?? "",
      reason,
      level: WORD[level],
      expected,
    };
    if (after === null) {
      report({ messageId: "missing", data, line: 1 });
      return;
    }
    const bump = bumpOf(before, after);
    if (bump.level === "none") {
      report({ messageId: "notUpdated", data: { ...data, version: after }, ...at });
    } else if (bump.level === "lower") {
      report({ messageId: "lower", data, ...at });
    } else if (LEVEL_RANK[bump.level] < LEVEL_RANK[level]) {
      report({ messageId: "tooSmall", data: { ...data, bump: WORD[bump.level] }, ...at });
    } else if (level === "patch" && bump.level !== "patch") {
      report({ messageId: "tooLarge", data: { ...data, bump: WORD[bump.level] }, ...at });
    } else if (!bump.regular) {
      const next = nextVersion(before, bump.level);
      report({
        messageId: "irregular",
        data: { ...data, bump: WORD[bump.level], expected: next },
        ...at,
      });
    }
  },
};
