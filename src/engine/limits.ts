/**
 * The findings one rule lists for one plan. Real plans stay far below it (the most in the
 * audit corpus is a few dozen); a generated plan of a quarter of a million placeholders is
 * told what it holds without a quarter of a million findings, which no reader, check run or
 * SARIF viewer would use (the App shows 200 annotations).
 */
export const MAX_FINDINGS_PER_RULE = 1000;

/**
 * The gates read from one plan's Constitution Check. Real checks hold a few dozen; past this
 * many the plan is generated, and the rest are not read (`gate-justification` says so).
 */
export const MAX_GATES = 5000;

/**
 * The characters of one gate's line read for its label, status and reason. Real gates hold a
 * sentence or a paragraph (under 2,000 characters in the audit corpus); a generated line of a
 * megabyte is read up to here, so that its status, its reason and the principles it names are
 * not each worked out over the whole line. (`no-placeholder` still reads all of it.)
 */
export const MAX_GATE_TEXT = 8000;
