/**
 * A part of a pull request's report besides the plans (the constitution amendment), shown in
 * the check run's summary and in the sticky comment after the notes.
 */
export interface ReportSection {
  /** Markdown lines; repository text in them is already inert, and their size bounded. */
  readonly lines: readonly string[];
  /** It holds an error-level finding: the check fails, and headlines say so. */
  readonly failing: boolean;
  /** A short phrase for headlines and titles (no repository text), e.g. `constitution amendment: 1 warning`. */
  readonly headline: string;
  /** The phrase's icon: ❌ when failing, ⚠️ for warnings or something to re-check, ✅ otherwise. */
  readonly icon: string;
}
