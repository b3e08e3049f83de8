import type { Rule } from "../rule.js";
import { amendmentDate } from "./amendment-date.js";
import { amendmentSyncReport } from "./amendment-sync-report.js";
import { amendmentVersionBump } from "./amendment-version-bump.js";
import { constitutionMissing } from "./constitution-missing.js";
import { constitutionUnratified } from "./constitution-unratified.js";
import { constitutionVersion } from "./constitution-version.js";
import { featureMetadata } from "./feature-metadata.js";
import { gateJustification } from "./gate-justification.js";
import { noOptionLabel } from "./no-option-label.js";
import { noPlaceholder } from "./no-placeholder.js";
import { noTemplateComment } from "./no-template-comment.js";
import { noUnresolvedClarification } from "./no-unresolved-clarification.js";
import { planTooLarge } from "./plan-too-large.js";
import { planUnreadable } from "./plan-unreadable.js";
import { principleCoverage } from "./principle-coverage.js";
import { requiredSection } from "./required-section.js";
import { specLink } from "./spec-link.js";
import { technicalContextField } from "./technical-context-field.js";
import { templateExampleRow } from "./template-example-row.js";
import { unusedSuppression } from "./unused-suppression.js";

/** Every rule, alphabetically by id. The id is the file name and never changes once shipped. */
export const rules: readonly Rule[] = [
  amendmentDate,
  amendmentSyncReport,
  amendmentVersionBump,
  constitutionMissing,
  constitutionUnratified,
  constitutionVersion,
  featureMetadata,
  gateJustification,
  noOptionLabel,
  noPlaceholder,
  noTemplateComment,
  noUnresolvedClarification,
  planTooLarge,
  planUnreadable,
  principleCoverage,
  requiredSection,
  specLink,
  technicalContextField,
  templateExampleRow,
  unusedSuppression,
];

export const ruleIds: readonly string[] = rules.map((r) => r.id);
