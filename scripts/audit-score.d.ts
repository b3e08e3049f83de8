// Types of audit-score.js, for the tests that import it.
export interface Tally {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly missed: readonly unknown[];
  readonly extra: readonly unknown[];
}
export interface PlanScore {
  readonly categories: Readonly<Record<string, Tally>>;
  readonly verdict: { readonly expected: string; readonly got: string };
}
export interface Summary {
  readonly plans: number;
  readonly verdictAccuracy: number | null;
  readonly blockedGood: number;
  readonly passedBad: number;
  readonly categories: Readonly<
    Record<string, Tally & { readonly precision: number | null; readonly recall: number | null }>
  >;
}
export const CATEGORIES: readonly string[];
export function principleKey(label: string): { numeral: number | null; name: string };
export function engineCategories(result: unknown): Record<string, unknown>;
export function scorePlan(labels: object, result: object): PlanScore;
export function summarize(scores: readonly PlanScore[]): Summary;
export function validateLabels(labels: object): string[];
