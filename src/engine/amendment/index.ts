/**
 * Constitution amendments, for the App and the CLI: `checkAmendment` judges a change to the
 * constitution with the amendment rules, `impactReport` (or `planImpacts`, streaming) lists
 * the plans the change leaves uncovered or out of date.
 */
export { checkAmendment, type AmendmentInput, type AmendmentResult } from "./check.js";
export {
  impactOn,
  impactReport,
  planImpacts,
  type ImpactItem,
  type ImpactKind,
  type ImpactOptions,
  type ImpactReport,
  type PlanImpact,
} from "./impact.js";
export {
  amendmentOf,
  type Amendment,
  type ChangeNote,
  type PrincipleDiff,
  type SectionDiff,
  type Stamp,
} from "./amendment.js";
export { parseSyncReport, type SyncItem, type SyncReport } from "./sync-report.js";
export { bumpOf, nextVersion, type BumpLevel } from "./versions.js";
