/** JSON Schema of `.github/speckit.yml`. `schema/speckit.schema.json` is generated from it (`npm run schema`). */
export const configSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/speckit-gate/speckit-gate/schema/speckit.schema.json",
  title: "speckit-gate configuration (.github/speckit.yml)",
  type: "object",
  additionalProperties: false,
  properties: {
    _extends: {
      type: "string",
      description:
        "Inherit settings from another repository's .github/speckit.yml (Probot's `_extends`), e.g. `my-org/.github`.",
    },
    plans: {
      type: "array",
      items: {
        type: "string",
        minLength: 1,
        maxLength: 500,
      },
      minItems: 1,
      maxItems: 100,
      description: "Globs of the plan files to check, relative to the repository root.",
    },
    constitution: {
      type: "array",
      items: {
        type: "string",
        minLength: 1,
        maxLength: 500,
      },
      minItems: 1,
      maxItems: 20,
      description:
        "Where the constitution lives, in order of preference. A relative path is searched for from the plan's folder upwards to the repository root; a path starting with `/` is taken from the root only.",
    },
    template: {
      type: "array",
      items: {
        type: "string",
        minLength: 1,
        maxLength: 500,
      },
      maxItems: 20,
      description:
        "Where the repository's own plan template lives, searched like `constitution`. An empty list disables template-derived checks.",
    },
    rules: {
      type: "object",
      description: "Severity per rule id: error, warning, notice or off.",
      propertyNames: {
        enum: [
          "amendment-date",
          "amendment-sync-report",
          "amendment-version-bump",
          "constitution-missing",
          "constitution-unratified",
          "constitution-version",
          "feature-metadata",
          "gate-justification",
          "no-option-label",
          "no-placeholder",
          "no-template-comment",
          "no-unresolved-clarification",
          "principle-coverage",
          "required-section",
          "spec-link",
          "technical-context-field",
          "template-example-row",
          "plan-too-large",
          "plan-unreadable",
          "unused-suppression",
        ],
      },
      additionalProperties: {
        enum: ["error", "warning", "notice", "off"],
      },
    },
    "check-name": {
      type: "string",
      minLength: 1,
      maxLength: 100,
      description: "Name of the check run on GitHub (the name to mark as required).",
    },
    comment: {
      enum: ["always", "failures", "never"],
      description:
        "When to post the sticky summary comment on pull requests: always (whenever a plan changed), failures (only while something fails; an existing comment is still updated), never.",
    },
    "push-branches": {
      type: "array",
      items: {
        type: "string",
        minLength: 1,
        maxLength: 255,
      },
      maxItems: 100,
      description: "Branches (globs) whose pushes are checked, besides the default branch.",
    },
    "max-plan-bytes": {
      type: "integer",
      minimum: 1024,
      maximum: 52428800,
      description: "Plans larger than this are not parsed; they get one `plan-too-large` finding.",
    },
    amendments: {
      enum: ["warn", "block", "off"],
      description:
        "What the App and `speckit-gate impact` do with a change to the constitution: warn (the amendment's findings are warnings, its impact on the plans is listed), block (its findings are errors, so the check fails), off (amendments are not checked).",
    },
    "max-run-bytes": {
      type: "integer",
      minimum: 65536,
      maximum: 104857600,
      description:
        "The App's work budget per run: the bytes of plans one run checks, each plan counting at least 4096. Plans beyond it, in path order, are not checked and fail with a `plan-too-large` finding.",
    },
  },
} as const;
