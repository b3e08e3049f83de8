import type { Constitution, Principle } from "./constitution.js";
import { isProse, plainText, splitRow } from "./markdown.js";
import type { ComplexityRow, Gate, Plan } from "./plan.js";
import { findPlaceholders } from "./placeholders.js";
import type { Template } from "./template.js";
import {
  hay,
  mentions,
  mentionsLoosely,
  normalize,
  parseNumeral,
  splitNumbered,
  type Hay,
} from "./text.js";

function named(text: string | Hay, p: Principle, loose: boolean): boolean {
  const match = loose ? mentionsLoosely : mentions;
  return match(text, p.name) || p.aliases.some((a) => match(text, a));
}

const BARE_NUMERAL = /^(?:[IVXLC]{1,7}|\d{1,3}|[一二三四五六七八九十]{1,3})[.)]?$/u;

const codePatterns = new Map<string, RegExp>();

function codePattern(code: string): RegExp {
  let re = codePatterns.get(code);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}\\p{N}])${code.replace(/-/g, "-?")}(?![\\p{L}\\p{N}])`, "u");
    codePatterns.set(code, re);
  }
  return re;
}

const REFERENCE =
  /(?:principle|article|原则|原則|宪法|憲法)\s*(?:[#№]\s*)?([IVXLC]{1,7}|\d{1,3}|[一二三四五六七八九十]{1,3})(?![\p{L}\p{N}])/giu;

/**
 * The principles a text addresses: by name, or by numeral (`III.`, `Principle 3`, `原则三`).
 * A numeral written with another principle's name counts for that other principle only.
 */
/** Texts repeat (gate labels, result lines): one answer per text, per constitution. */
const answers = new WeakMap<readonly Principle[], Map<string, Principle[]>>();

export function principlesAddressed(
  text: string,
  principles: readonly Principle[],
  loose = false,
): Principle[] {
  // Long texts are rarely repeated: they are not kept.
  if (text.length > 200) return addressed(text, principles, loose);
  let memo = answers.get(principles);
  if (!memo) {
    memo = new Map();
    answers.set(principles, memo);
  }
  const key = `${loose ? 1 : 0}${text}`;
  let found = memo.get(key);
  if (!found) {
    if (memo.size >= 10_000) memo.clear();
    found = addressed(text, principles, loose);
    memo.set(key, found);
  }
  return found;
}

function addressed(text: string, principles: readonly Principle[], loose: boolean): Principle[] {
  const plain = plainText(text);
  const prepared = hay(plain);
  // Strict name matches win over loose ones: `Integration Testing` is not `Test-First`.
  const strict = principles.filter((p) => named(prepared, p, false));
  const byName =
    strict.length > 0 || !loose ? strict : principles.filter((p) => named(prepared, p, true));
  // Coded ids (`PP1`, `TP11`) are unambiguous: they decide when present.
  const byCode = principles.filter((p) => p.code !== undefined && codePattern(p.code).test(plain));
  if (byCode.length > 0) return byCode;
  const { numeral, name } = splitNumbered(plain);
  const numerals: number[] = [];
  if (numeral !== null) numerals.push(numeral);
  for (const m of plain.matchAll(REFERENCE)) {
    const n = parseNumeral(m[1] ?? "");
    if (n !== null) numerals.push(n);
  }
  const out = new Set<Principle>();
  for (const n of numerals) {
    const p = principles.find((q) => q.numeral === n);
    if (!p) continue;
    if (n === numeral && byName.includes(p)) return [p]; // numeral and name agree: that is the one
    // `I. Test-First` when I is Library-First: the name wins, the numeral is a mistake.
    const nameHay = n === numeral ? hay(name) : prepared;
    const conflicting =
      principles.some((q) => q !== p && named(nameHay, q, loose)) && !named(nameHay, p, loose);
    if (!conflicting) out.add(p);
  }
  for (const p of byName) out.add(p);
  return [...out];
}

/**
 * The principles a gate addresses: its label (leniently: labels abbreviate), or for a table row
 * its cells (a numeral often has a column of its own); failing that, the text beside it.
 */
/** Each rule asks for a gate's principles: they are worked out once per gate and constitution. */
const perGate = new WeakMap<Gate, WeakMap<readonly Principle[], Principle[]>>();

export function gatePrinciples(gate: Gate, principles: readonly Principle[]): Principle[] {
  let byConstitution = perGate.get(gate);
  if (!byConstitution) {
    byConstitution = new WeakMap();
    perGate.set(gate, byConstitution);
  }
  let found = byConstitution.get(principles);
  if (!found) {
    found = principlesOfGate(gate, principles);
    byConstitution.set(principles, found);
  }
  return found;
}

function principlesOfGate(gate: Gate, principles: readonly Principle[]): Principle[] {
  const byLabel = principlesAddressed(gate.label, principles, true);
  if (byLabel.length > 0 && gate.form !== "table") return byLabel;
  if (gate.form === "table") {
    // A numeral in a column of its own goes with the label (`| IV | **Performance** — … |`),
    // so that a numeral beside another principle's (short) name counts for that one only.
    const bare = gate.cells?.find((c) => BARE_NUMERAL.test(c.trim()));
    if (bare) {
      const head = gate.label.split(/\s[—–-]\s|[:：]/u)[0] ?? gate.label;
      const byPair = principlesAddressed(
        `${bare.trim().replace(/[.)]$/, "")}. ${head}`,
        principles,
        true,
      );
      if (byPair.length > 0) return byPair;
    }
    // A numeral may lead any cell (`| Are tests listed first? | II — TDD | ✅ PASS |`).
    for (const cell of gate.cells ?? []) {
      if (splitNumbered(cell).numeral === null) continue;
      const byCell = principlesAddressed(cell, principles, true);
      if (byCell.length > 0) return byCell;
    }
    const byRow = principlesAddressed(gate.text, principles);
    const row = byRow.length > 0 ? byRow : byLabel;
    if (row.length > 0) return row;
  }
  return gate.form === "heading"
    ? []
    : principlesAddressed(`${gate.label} ${gate.reason}`, principles);
}

export interface Coverage {
  /** Gates addressing each principle (empty when only prose mentions it). */
  readonly gates: ReadonlyMap<Principle, readonly Gate[]>;
  readonly covered: ReadonlySet<Principle>;
}

const memo = new WeakMap<Plan, WeakMap<Constitution, Coverage>>();

/** Which principles the plan's Constitution Check addresses, through gates or prose. Memoised. */
export function coverage(plan: Plan, constitution: Constitution): Coverage {
  let byConstitution = memo.get(plan);
  if (!byConstitution) {
    byConstitution = new WeakMap();
    memo.set(plan, byConstitution);
  }
  let result = byConstitution.get(constitution);
  if (!result) {
    result = computeCoverage(plan, constitution);
    byConstitution.set(constitution, result);
  }
  return result;
}

function computeCoverage(plan: Plan, constitution: Constitution): Coverage {
  const { principles } = constitution;
  const gates = new Map<Principle, Gate[]>();
  const covered = new Set<Principle>();
  const gateLines = new Set<number>();
  for (const gate of plan.gates) {
    gateLines.add(gate.line);
    const all = gatePrinciples(gate, principles);
    for (const p of all) {
      const list = gates.get(p);
      if (list) list.push(gate);
      else gates.set(p, [gate]);
      covered.add(p);
    }
  }
  const { doc } = plan;
  for (const section of plan.sectionsOf("constitution-check")) {
    for (let line = section.line; line <= section.endLine; line++) {
      if (gateLines.has(line) || !isProse(doc.kinds[line - 1])) continue;
      const raw = doc.lines[line - 1] ?? "";
      for (const p of principlesAddressed(raw, principles)) covered.add(p);
      // A table without a status column still names a principle in its first cell, as a label.
      if (doc.kinds[line - 1] === "table") {
        const first = splitRow(raw)[0] ?? "";
        for (const p of principlesAddressed(first, principles, true)) covered.add(p);
      }
    }
  }
  return { gates, covered };
}

const FILLER = new Set([
  "",
  "none",
  "n a",
  "na",
  "no",
  "nothing",
  "无",
  "無",
  "なし",
  "該当なし",
  "不适用",
  "没有",
]);

/** A Complexity Tracking row copied from the template (`| [e.g., 4th project] | … |`). */
export function isTemplateRow(row: ComplexityRow, template: Template | null): boolean {
  return row.cells.some((cell) => findPlaceholders(cell, false, template).length > 0);
}

/** A row that only says there is nothing to track (`| None | N/A | N/A |`). */
export function isFillerRow(row: ComplexityRow): boolean {
  return row.cells.every((c) => FILLER.has(normalize(c)) || /^[-—–\s]*$/.test(c));
}

/** The real Complexity Tracking rows: neither template examples nor fillers. */
export function realComplexityRows(plan: Plan, template: Template | null): ComplexityRow[] {
  return plan.complexityRows.filter((r) => !isTemplateRow(r, template) && !isFillerRow(r));
}

/** Whether a real Complexity Tracking row names the gate (its label, or a principle it addresses). */
export function justifiedByComplexity(
  gate: Gate,
  rows: readonly ComplexityRow[],
  principles: readonly Principle[],
): boolean {
  if (rows.length === 0) return false;
  const own = gatePrinciples(gate, principles);
  const label = splitNumbered(gate.label).name;
  return rows.some((row) => {
    const text = row.cells.join(" ");
    if (label.length > 1 && mentions(text, label)) return true;
    return principlesAddressed(text, principles).some((p) => own.includes(p));
  });
}
