/** Severity a finding is reported with; `off` exists only in configuration. */
export type Severity = "error" | "warning" | "notice";

/** A model object while it is being built or amended (its fields writable). */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
export type SeveritySetting = Severity | "off";

/**
 * One problem found in a plan. Lines and columns are 1-based; `endLine` is inclusive and
 * `endColumn` is exclusive (it points just past the flagged text).
 */
export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly line: number;
  readonly endLine: number;
  readonly column?: number;
  readonly endColumn?: number;
  /** What is wrong, why it matters, how to fix it. Literal values in backticks. */
  readonly message: string;
  /** The constitution principle concerned, e.g. `I. Library-First`. */
  readonly principle?: string;
  /** The plan section concerned, e.g. `Constitution Check`. */
  readonly section?: string;
  /** Path of the rule's documentation page, relative to the repository root of speckit-gate. */
  readonly docs: string;
}

/** A finding a suppression comment in the plan silenced, with that comment's reason and line. */
export interface SuppressedFinding extends Finding {
  /** The reason the comment gives after ` -- ` ("" when it gives none). */
  readonly reason: string;
  /** The first line of the suppression comment. */
  readonly directiveLine: number;
}

/**
 * Status of one gate of the Constitution Check.
 * `fail` covers failing and violated gates alike.
 */
export type GateStatus =
  "pass" | "fail" | "pending" | "unchecked" | "needs-review" | "not-applicable" | "unknown";

/** A gate as the PR comment shows it. */
export interface GateSummary {
  readonly label: string;
  readonly status: GateStatus;
  readonly line: number;
  readonly reason?: string;
  /** The constitution principle the gate addresses, when one could be matched. */
  readonly principle?: string;
  readonly phase: "initial" | "post-design";
}

/** A principle of the constitution and how the plan's Constitution Check covers it. */
export interface PrincipleSummary {
  readonly id: string;
  readonly name: string;
  /** Worst status among the gates addressing it; `missing` when no gate addresses it. */
  readonly status: GateStatus | "missing";
}

export type Verdict = "pass" | "fail" | "skipped";

/** The result of checking one plan. */
export interface FileResult {
  readonly path: string;
  /** Path of the constitution used, or null when none was found. */
  readonly constitution: string | null;
  readonly verdict: Verdict;
  readonly findings: readonly Finding[];
  /** How many findings the plan's suppression comments silenced (absent: none). */
  readonly suppressed?: number;
  /** The findings those comments silenced, in line order (absent: none, or not recorded). */
  readonly suppressions?: readonly SuppressedFinding[];
  readonly gates: readonly GateSummary[];
  readonly principles: readonly PrincipleSummary[];
  /** True when the engine could not judge the constitution rules (missing or unfilled constitution). */
  readonly constitutionSkipped: boolean;
}

/** A text file as read from disk or GitHub, path relative to the repository root with `/`. */
export interface SourceFile {
  readonly path: string;
  readonly text: string;
}
