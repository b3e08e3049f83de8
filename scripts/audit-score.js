// Scores the engine's findings on audit plans against labels written by hand by the rubric
// (../shared/design/RUBRIC.md). Pure: labels and results in, figures out. Used by `npm run audit`
// (on the built engine) and by test/audit/audit.test.ts (on the sources).

/** The rubric's categories that are lists of plan lines. */
export const LINE_CATEGORIES = ["placeholder_lines", "clarification_lines", "unjustified_gates"];

/** Rules whose findings are "unfilled template text" in the rubric's sense. */
const TEMPLATE_RULES = new Set(["no-placeholder", "no-option-label", "template-example-row"]);

const ROMAN = { i: 1, v: 5, x: 10, l: 50, c: 100 };
const CJK = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function numeral(token) {
  const t = token.trim();
  if (/^\d{1,3}$/.test(t)) return Number(t);
  if (/^[ivxlc]+$/i.test(t)) {
    const s = t.toLowerCase();
    let total = 0;
    for (let k = 0; k < s.length; k++) {
      const v = ROMAN[s[k]] ?? 0;
      const next = ROMAN[s[k + 1]] ?? 0;
      total += v < next ? -v : v;
    }
    return total;
  }
  if (/^[一二三四五六七八九十]{1,3}$/.test(t)) {
    if (t.length === 1) return CJK[t];
    if (t[0] === "十") return 10 + (CJK[t[1]] ?? 0);
    return (CJK[t[0]] ?? 0) * 10 + (CJK[t[2]] ?? 0);
  }
  return null;
}

/**
 * `III. Test-First (NON-NEGOTIABLE)` → { numeral: 3, name: "test first" }; a chapter,
 * `第六章：学习与教学规范`, by its numeral too.
 */
export function principleKey(label) {
  // `第六条 · 错误处理与日志`, `第六条 错误处理与日志` (an article and its name after a middle dot or
  // a blank) as `第六条：…`.
  const text = String(label)
    .normalize("NFKC")
    .replace(
      /^(\s*第\s*[一二三四五六七八九十\d]{1,3}\s*[章条條])(?:\s*·\s*|\s+)(?=[^\s.:：、)\-–—])/u,
      "$1：",
    );
  const m =
    /^\s*(?:(?:principle|principe|principio|princípio|prinzip|принцип|article|artigo|art[íi]culo|articolo|artikel|rule|regla|regra|r[èe]gle|regel|regola|art\.|§|原则|原則|원칙|المادة|مادة|المبدأ|مبدأ)\s*)?(?:第\s*)?([IVXLC]{1,7}|\d{1,3}|[一二三四五六七八九十]{1,3})(?:\s*[章条條])?(?![.．]\d)\s*[.:：、)\-–—]\s*(.*)$/iu.exec(
      text,
    );
  const name = (m ? m[2] : text)
    .replace(/[(（][^)）]*[)）]/gu, " ")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  return { numeral: m ? numeral(m[1]) : null, name };
}

function samePrinciple(a, b) {
  const x = principleKey(a);
  const y = principleKey(b);
  if (x.numeral !== null && y.numeral !== null) return x.numeral === y.numeral;
  return x.name !== "" && x.name === y.name;
}

/** The engine's findings on one plan, sorted into the rubric's categories. */
export function engineCategories(result) {
  const findings = result.findings;
  // The rubric's categories are lists of lines: a line with three placeholders is one line.
  const lines = (pred) => [...new Set(findings.filter(pred).map((f) => f.line))];
  return {
    placeholder_lines: lines((f) => TEMPLATE_RULES.has(f.rule)),
    clarification_lines: lines((f) => f.rule === "no-unresolved-clarification"),
    unjustified_gates: lines((f) => f.rule === "gate-justification"),
    missing_sections: findings
      .filter((f) => f.rule === "required-section" && f.section)
      .map((f) => f.section),
    uncovered_principles: findings
      .filter((f) => f.rule === "principle-coverage" && f.principle)
      .map((f) => f.principle),
    stale_version: findings.some((f) => f.rule === "constitution-version"),
    constitution_unratified: findings.some(
      (f) => f.rule === "constitution-unratified" && /unfilled template/.test(f.message),
    ),
    verdict: result.verdict === "fail" ? "block" : "pass",
  };
}

/** One-to-one matching of labelled and reported lines within ±1. */
function matchLines(expected, actual, extra = []) {
  const free = [...actual];
  const spare = [...extra];
  let tp = 0;
  const missed = [];
  for (const line of expected) {
    const k = free.findIndex((a) => Math.abs(a - line) <= 1);
    if (k >= 0) {
      free.splice(k, 1);
      tp++;
      continue;
    }
    // RUBRIC: "also counts as found when the engine flags that very line as template text".
    const s = spare.findIndex((a) => a === line);
    if (s >= 0) {
      spare.splice(s, 1);
      tp++;
      continue;
    }
    missed.push(line);
  }
  return { tp, fp: free.length, fn: missed.length, missed, extra: free };
}

function matchSets(expected, actual, same) {
  const free = [...actual];
  let tp = 0;
  const missed = [];
  for (const e of expected) {
    const k = free.findIndex((a) => same(e, a));
    if (k >= 0) {
      free.splice(k, 1);
      tp++;
    } else missed.push(e);
  }
  return { tp, fp: free.length, fn: missed.length, missed, extra: free };
}

function emptyTally() {
  return { tp: 0, fp: 0, fn: 0 };
}

/**
 * Scores one plan. `labels` is a labels.json object, `result` the engine's FileResult.
 * Returns per-category counts and the differences, for the report.
 */
export function scorePlan(labels, result) {
  const got = engineCategories(result);
  const gateLines = (labels.unjustified_gates ?? []).map((g) => g.line);
  const out = {
    placeholder_lines: matchLines(labels.placeholder_lines ?? [], got.placeholder_lines),
    clarification_lines: matchLines(
      labels.clarification_lines ?? [],
      got.clarification_lines,
      got.placeholder_lines,
    ),
    unjustified_gates: matchLines(gateLines, got.unjustified_gates, got.placeholder_lines),
    missing_sections: matchSets(
      labels.missing_sections ?? [],
      got.missing_sections,
      (a, b) => a.toLowerCase() === b.toLowerCase(),
    ),
    uncovered_principles: matchSets(
      labels.uncovered_principles ?? [],
      got.uncovered_principles,
      samePrinciple,
    ),
    stale_version: matchSets(
      labels.stale_version ? ["stale"] : [],
      got.stale_version ? ["stale"] : [],
      () => true,
    ),
    constitution_unratified: matchSets(
      labels.constitution_unratified ? ["unratified"] : [],
      got.constitution_unratified ? ["unratified"] : [],
      () => true,
    ),
  };
  return { categories: out, verdict: { expected: labels.verdict, got: got.verdict } };
}

export const CATEGORIES = [
  "placeholder_lines",
  "clarification_lines",
  "missing_sections",
  "uncovered_principles",
  "unjustified_gates",
  "stale_version",
  "constitution_unratified",
];

/** Sums plan scores into precision, recall and verdict accuracy. */
export function summarize(scores) {
  const totals = Object.fromEntries(CATEGORIES.map((c) => [c, emptyTally()]));
  let agree = 0;
  let blockedGood = 0;
  let passedBad = 0;
  for (const s of scores) {
    for (const c of CATEGORIES) {
      totals[c].tp += s.categories[c].tp;
      totals[c].fp += s.categories[c].fp;
      totals[c].fn += s.categories[c].fn;
    }
    if (s.verdict.expected === s.verdict.got) agree++;
    else if (s.verdict.got === "block") blockedGood++;
    else passedBad++;
  }
  const ratio = (a, b) => (b === 0 ? null : a / b);
  return {
    plans: scores.length,
    verdictAccuracy: ratio(agree, scores.length),
    blockedGood,
    passedBad,
    categories: Object.fromEntries(
      CATEGORIES.map((c) => {
        const { tp, fp, fn } = totals[c];
        return [c, { tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) }];
      }),
    ),
  };
}

/** The keys every labels.json must have, and what they hold. */
export function validateLabels(labels) {
  const problems = [];
  const lists = [
    "placeholder_lines",
    "clarification_lines",
    "missing_sections",
    "uncovered_principles",
    "unjustified_gates",
  ];
  if (typeof labels.plan !== "string") problems.push("`plan` must be the plan's path");
  if (labels.constitution !== null && typeof labels.constitution !== "string")
    problems.push("`constitution` must be a path or null");
  for (const key of lists)
    if (!Array.isArray(labels[key])) problems.push(`\`${key}\` must be a list`);
  for (const g of labels.unjustified_gates ?? [])
    if (typeof g?.line !== "number") problems.push("each unjustified gate needs a `line`");
  if (labels.verdict !== "block" && labels.verdict !== "pass")
    problems.push("`verdict` must be block or pass");
  const blocks =
    (labels.placeholder_lines ?? []).length > 0 ||
    (labels.clarification_lines ?? []).length > 0 ||
    (labels.uncovered_principles ?? []).length > 0 ||
    (labels.unjustified_gates ?? []).length > 0 ||
    (labels.missing_sections ?? []).some(
      (s) => s === "Constitution Check" || s === "Technical Context",
    );
  if ((labels.verdict === "block") !== blocks)
    problems.push(`\`verdict\` ${labels.verdict} disagrees with the categories (rubric's rule)`);
  return problems;
}
