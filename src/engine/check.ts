import type { Config } from "../config/config.js";
import type { FileResult, SourceFile } from "./types.js";

/** A plan as read: text already decoded, or raw bytes the engine decodes (and rejects when binary). */
export type RawFile = SourceFile | { readonly path: string; readonly bytes: Uint8Array };

export interface CheckInput {
  readonly plan: RawFile;
  /** The constitution found for the plan (see `candidatePaths`), or null when none exists. */
  readonly constitution: RawFile | null;
  /** The repository's plan template, or null. */
  readonly template: RawFile | null;
  readonly config: Pick<Config, "rules" | "maxPlanBytes">;
  /**
   * Whether a repository path exists at the commit under review (files and folders).
   * When absent, `spec-link` is not run.
   */
  readonly exists?: (path: string) => boolean;
}

/** Checks one plan. Pure: no I/O, no clock, no environment. */
export function checkPlan(input: CheckInput): FileResult {
  void input;
  throw new Error("not implemented yet");
}

/** The repository paths `spec-link` needs `exists` answers for (so callers can fetch them in one batch). */
export function linkTargets(plan: RawFile): string[] {
  void plan;
  throw new Error("not implemented yet");
}
