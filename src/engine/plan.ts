import {
  isProse,
  plainText,
  scan,
  type Doc,
  type Heading,
  type ListItem,
  type Table,
} from "./markdown.js";
import { replacePlaceholders } from "./placeholders.js";
import { answerStatus, findStatus, type StatusMatch } from "./status.js";
import { POST_DESIGN, SECTION_NAMES, SECTION_PATTERNS } from "./lexicon/index.js";
import { normalize, termIndex } from "./text.js";
import type { GateStatus } from "./types.js";

/** The sections every plan format has, whatever their numbering or language. */
export type SectionKind = keyof typeof SECTION_PATTERNS;

export { SECTION_NAMES };

const KINDS = Object.keys(SECTION_PATTERNS) as SectionKind[];

/**
 * Every term group of every section pattern, and the post-design terms, in one index: a title
 * is read once. A pattern is a list of group ids, all of which must be hit.
 */
const GROUPS: Array<readonly string[]> = [];
const PATTERNS: ReadonlyArray<readonly [SectionKind, ReadonlyArray<readonly number[]>]> = KINDS.map(
  (kind) => [
    kind,
    SECTION_PATTERNS[kind].map((pattern) =>
      pattern.map((group) => {
        GROUPS.push(group);
        return GROUPS.length - 1;
      }),
    ),
  ],
);
const POST_DESIGN_GROUP = GROUPS.push(POST_DESIGN) - 1;
const TITLE_INDEX = termIndex(GROUPS);

/** Strips numbering (`1.`, `2.3`, `IV.`, `Phase 0:`, `第1章`) and decoration from a heading. */
export function headingTitle(raw: string): string {
  return plainText(raw)
    .replace(/^[\p{Extended_Pictographic}\uFE0F\s]+/u, "")
    .replace(/^(?:\d+(?:\.\d+)*\.?|[IVX]+\.|第\s*\S+?\s*[章节節部])\s*/u, "")
    .trim();
}

export interface Section {
  readonly kinds: ReadonlySet<SectionKind>;
  readonly heading: Heading;
  readonly title: string;
  /** First and last line of the section, heading included, subsections included. */
  readonly line: number;
  readonly endLine: number;
  readonly postDesign: boolean;
}

export interface Field {
  readonly label: string;
  readonly value: string;
  readonly line: number;
  /** Column where the label starts. */
  readonly column: number;
}

export type GateForm = "checkbox" | "label" | "table" | "heading" | "result" | "item";

export interface Gate {
  readonly label: string;
  readonly status: GateStatus;
  readonly line: number;
  readonly column: number;
  readonly form: GateForm;
  /** Text written beside the gate (after its status), with following detail lines. */
  readonly reason: string;
  /** The whole text of the gate line(s), for matching principles. */
  readonly text: string;
  readonly phase: "initial" | "post-design";
  /** A table row's cells, as plain text. */
  readonly cells?: readonly string[];
  /** The section (possibly a sub-heading) the gate stands in. */
  readonly sectionTitle: string;
}

export interface ComplexityRow {
  readonly line: number;
  readonly cells: readonly string[];
}

export interface Citation {
  readonly version: string;
  readonly line: number;
  readonly column: number;
}

export interface HeaderField {
  readonly value: string;
  readonly line: number;
  readonly column: number;
}

export interface PlanHeader {
  readonly branch?: HeaderField;
  readonly date?: HeaderField;
  readonly spec?: HeaderField;
}

export interface Plan {
  readonly doc: Doc;
  readonly sections: readonly Section[];
  sectionsOf(kind: SectionKind): readonly Section[];
  readonly fields: readonly Field[];
  readonly gates: readonly Gate[];
  readonly complexityRows: readonly ComplexityRow[];
  readonly citations: readonly Citation[];
  readonly header: PlanHeader;
  /** Lines (1-based) in `[line, endLine]` ranges of the given kind's sections. */
  inSection(kind: SectionKind, line: number): boolean;
}

/** Memoises a getter: the model computes only what the rules ask for, once. */
function lazy<T>(compute: () => T): () => T {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value as T;
  };
}

/** The canonical sections a heading's title names, in any language and numbering. */
export function classify(title: string): Set<SectionKind> {
  return readTitle(normalize(title)).kinds;
}

function readTitle(normalized: string): { kinds: Set<SectionKind>; postDesign: boolean } {
  const hits = TITLE_INDEX(normalized);
  const kinds = new Set<SectionKind>();
  if (hits.size === 0) return { kinds, postDesign: false };
  for (const [kind, patterns] of PATTERNS)
    if (patterns.some((groups) => groups.every((id) => hits.has(id)))) kinds.add(kind);
  return { kinds, postDesign: hits.has(POST_DESIGN_GROUP) };
}

function isPostDesign(title: string): boolean {
  return readTitle(normalize(title)).postDesign;
}

export function buildSections(doc: Doc): Section[] {
  const { headings } = doc;
  // Headings repeat (`### Tasks`, `#### Notes`): read each distinct one once.
  const named = new Map<string, Pick<Section, "kinds" | "title" | "postDesign">>();
  return headings.map((heading, k) => {
    let end = doc.lines.length;
    for (let n = k + 1; n < headings.length; n++) {
      const next = headings[n];
      if (next && next.depth <= heading.depth) {
        end = next.line - 1;
        break;
      }
    }
    let name = named.get(heading.raw);
    if (!name) {
      const title = headingTitle(heading.raw);
      const read = readTitle(normalize(title));
      name = { kinds: read.kinds, title, postDesign: read.postDesign };
      named.set(heading.raw, name);
    }
    return {
      kinds: name.kinds,
      heading,
      title: name.title,
      line: heading.line,
      endLine: end,
      postDesign: name.postDesign,
    };
  });
}

const WHITE = /\s/;
const isWhite = (c: string | undefined): boolean => c !== undefined && WHITE.test(c);
const isColon = (c: string | undefined): boolean => c === ":" || c === "：";
const isDash = (c: string | undefined): boolean => c === "-" || c === "–" || c === "—";

/** Index past the white space starting at `i`. */
function skipWhite(text: string, i: number): number {
  while (i < text.length && isWhite(text[i])) i++;
  return i;
}

/** `**`/`__` at `i`. */
function boldMark(text: string, i: number): boolean {
  const c = text[i];
  return (c === "*" || c === "_") && text[i + 1] === c;
}

/**
 * The label and where its value starts, read by hand from the left (these were regexes whose
 * lazy label and optional separators could backtrack over a long line):
 * - `**Label:** value` (the colon inside the bold, the label free of `*` and `_`);
 * - `**Label**: value`, `**Label** — value` (the label up to the first closing `**`/`__`);
 * - with `allowPlain`, `Label: value` (a label of 1 to 60 characters before the first `:`,
 *   with no `|` in it).
 */
function labelParts(text: string, allowPlain: boolean): { label: string; at: number } | null {
  const start = skipWhite(text, 0);
  if (boldMark(text, start)) {
    const from = start + 2;
    // Colon inside: the run free of `*` and `_` ends with the colon, right before `**`/`__`.
    let run = from;
    while (run < text.length && text[run] !== "*" && text[run] !== "_") run++;
    if (run - from >= 2 && isColon(text[run - 1]) && boldMark(text, run))
      return { label: text.slice(from, run - 1), at: skipWhite(text, run + 2) };
    let close = -1;
    for (let k = from + 1; k < text.length - 1; k++) {
      if (boldMark(text, k)) {
        close = k;
        break;
      }
    }
    if (close >= 0) {
      let at = skipWhite(text, close + 2);
      if (isColon(text[at])) at = skipWhite(text, at + 1);
      if (isDash(text[at]) && isWhite(text[at + 1])) at = skipWhite(text, at + 1);
      return { label: text.slice(from, close), at };
    }
  }
  if (!allowPlain) return null;
  let colon = start;
  while (colon < text.length && !isColon(text[colon]) && text[colon] !== "|") colon++;
  if (!isColon(text[colon])) return null;
  let end = colon;
  while (end > start && isWhite(text[end - 1])) end--;
  // Up to 60 characters (code points, as the `u` regex this replaces counted them).
  if (end - start > 60 && [...text.slice(start, end)].length > 60) return null;
  return { label: text.slice(start, end), at: skipWhite(text, colon + 1) };
}

/** `**Label**: value`, `**Label:** value`, `Label: value`. */
export function splitLabel(
  text: string,
  allowPlain: boolean,
): { label: string; value: string; valueOffset: number } | null {
  const parts = labelParts(text, allowPlain);
  if (!parts) return null;
  let label = plainText(parts.label);
  let end = label.length;
  while (end > 0 && isWhite(label[end - 1])) end--;
  if (isColon(label[end - 1])) label = label.slice(0, end - 1);
  label = label.trim();
  if (label === "") return null;
  return { label, value: text.slice(parts.at).trim(), valueOffset: parts.at };
}

/** Labels that give a verdict for the whole check rather than one gate. */
const RESULT_LABEL =
  /^(?:(?:overall|initial|final|post[- ]design|gate|check|constitution(?: check)?)\s*)*(?:result|status|verdict|outcome|evaluation|assessment)s?$|^(?:gate|verdict|结果|检查结果|结论|判定|結果|結論|総合判定|评估结果|初步评估|最终评估)$|(?:结论|結論|结果|結果)$/iu;
/** Labels that carry explanation, not a gate. */
const REASON_LABEL =
  /^(?:notes?|justification|rationale|reason|evidence|comment|details?|explanation|action|mitigation|why|how|violations?|constitution(?: file| version| link)?|reference|source|link|version|说明|备注|理由|根拠|備考|説明|対応)$/iu;

const QUESTION = /[?？]\s*$/u;
/** Bold lines of the template that instruct rather than gate. */
const INSTRUCTION_LABEL =
  /^(?:fill only|gate\s*[:：]|gate$|note\b|important\b|if any gate|example)/iu;

/** A status that closes the text (`… — PASS`, `… ✅`). */
function trailingStatus(text: string): StatusMatch | null {
  const offset = Math.max(0, text.length - 24);
  const tail = text.slice(offset);
  let found: StatusMatch | null = null;
  for (let from = 0; from < tail.length;) {
    const m = findStatus(tail.slice(from));
    if (!m) break;
    found = {
      status: m.status,
      index: offset + from + m.index,
      length: m.length,
      ...(m.mark ? { mark: true } : {}),
    };
    from += m.index + m.length;
  }
  if (!found || !/^[\s.!)）。*_]*$/u.test(text.slice(found.index + found.length))) return null;
  return found;
}

function withoutQuestions(text: string): string {
  return text
    .split(/(?<=[?？])\s*/u)
    .filter((s) => !QUESTION.test(s))
    .join(" ")
    .trim();
}

function withoutPlaceholders(text: string): string {
  return replacePlaceholders(text).trim();
}

/** `text` without the trailing characters `strip` accepts (a backward walk, not a `…+$` regex). */
export function trimEndWith(text: string, strip: (c: string) => boolean): string {
  let end = text.length;
  while (end > 0 && strip(text[end - 1] ?? "")) end--;
  return text.slice(0, end);
}

/**
 * A plan an agent wrapped in a ```` ```markdown ```` fence is still a plan: when such a fence
 * opens the file, it and its closing line are blanked (line numbers stay).
 */
export function unwrapFence(text: string): string {
  const open = /^\s*?(`{3,}|~{3,})[ \t]*(?:markdown|md)[ \t]*(?=\r?\n)/i.exec(text);
  if (!open?.[1]) return text;
  const fence = open[1];
  const lines = text.split(/(?<=\n)/);
  let start = 0;
  while (start < lines.length && (lines[start] ?? "").trim() === "") start++;
  const closing = new RegExp(
    `^[ \\t]*${fence[0] === "`" ? "`" : "~"}{${fence.length},}[ \\t]*\\r?\\n?$`,
  );
  let end = start + 1;
  while (end < lines.length && !closing.test(lines[end] ?? "")) end++;
  const blank = (line: string | undefined): string => (line ?? "").replace(/[^\r\n]/g, "");
  lines[start] = blank(lines[start]);
  if (end < lines.length) lines[end] = blank(lines[end]);
  return lines.join("");
}

export function parsePlan(text: string): Plan {
  const doc = scan(unwrapFence(text));
  // Sections are read when a rule first asks (`linkTargets` needs none).
  const sections = lazy(() => buildSections(doc));
  const byKind = lazy(() => {
    const map = new Map<SectionKind, Section[]>();
    for (const s of sections()) {
      for (const k of s.kinds) {
        const list = map.get(k);
        if (list) list.push(s);
        else map.set(k, [s]);
      }
    }
    return map;
  });
  const sectionsOf = (kind: SectionKind): readonly Section[] => byKind().get(kind) ?? [];
  // Per-line lookups, built once: a plan of many sections asks them for every line.
  const kindLines = new Map<SectionKind, Uint8Array>();
  const inSection = (kind: SectionKind, line: number): boolean => {
    let marks = kindLines.get(kind);
    if (!marks) {
      marks = markLines(doc.lines.length, sectionsOf(kind));
      kindLines.set(kind, marks);
    }
    return marks[line] === 1;
  };
  const innermost = lazy(() => innermostSections(doc.lines.length, sections()));
  /** The innermost section holding a line. */
  const sectionAt = (line: number): Section | undefined => {
    const k = innermost()[line] ?? -1;
    return k >= 0 ? sections()[k] : undefined;
  };

  const fields = lazy(() => extractFields(doc, sectionsOf("technical-context")));
  const gates = lazy(() =>
    extractGates(doc, sectionsOf("constitution-check"), sections(), sectionAt),
  );
  const complexityRows = lazy(() => {
    const rows: ComplexityRow[] = [];
    for (const table of doc.tables) {
      if (!inSection("complexity-tracking", table.line)) continue;
      for (const row of table.rows) rows.push({ line: row.line, cells: row.cells });
    }
    return rows;
  });
  const citations = lazy(() => extractCitations(doc));
  const header = lazy(() => extractHeader(doc));

  return {
    doc,
    get sections() {
      return sections();
    },
    sectionsOf,
    inSection,
    get fields() {
      return fields();
    },
    get gates() {
      return gates();
    },
    get complexityRows() {
      return complexityRows();
    },
    get citations() {
      return citations();
    },
    get header() {
      return header();
    },
  };
}

/** Marks (at 1-based indexes) the lines of the given sections. Sections nest at most six deep. */
function markLines(lineCount: number, of: readonly Section[]): Uint8Array {
  const marks = new Uint8Array(lineCount + 2);
  for (const s of of) marks.fill(1, s.line, Math.min(s.endLine, lineCount) + 1);
  return marks;
}

/**
 * The index in `sections` of the innermost section holding each line (1-based), -1 outside
 * any: sections come in document order, so a later one that holds a line is nested deeper.
 */
function innermostSections(lineCount: number, sections: readonly Section[]): Int32Array {
  const at = new Int32Array(lineCount + 2).fill(-1);
  sections.forEach((s, k) => at.fill(k, s.line, Math.min(s.endLine, lineCount) + 1));
  return at;
}

function extractFields(doc: Doc, sections: readonly Section[]): Field[] {
  const out: Field[] = [];
  const blocks = blockSpans(doc);
  // Whether a line opens with a bold label; asked once per line, however many fields look.
  const labels = new Map<number, boolean>();
  const labelled = (line: number): boolean => {
    let known = labels.get(line);
    if (known === undefined) {
      known = splitLabel(doc.lines[line - 1] ?? "", false) !== null;
      labels.set(line, known);
    }
    return known;
  };
  for (const section of sections) {
    for (let line = section.line + 1; line <= section.endLine; line++) {
      const kind = doc.kinds[line - 1];
      const raw = doc.lines[line - 1] ?? "";
      if (kind === "table") continue;
      if (kind !== "text" && kind !== "list-item") continue;
      const body = raw.replace(/^\s*(?:>\s*)?(?:[-*+]|\d+[.)])\s+/, "");
      const offset = raw.length - body.length;
      // `**Branch**: x | **Date**: y`: a run of spaces is matched from its start only.
      const parts = body.split(/(?<!\s)\s+\|\s+(?=\*\*)/);
      let at = offset;
      for (const part of parts) {
        const split = splitLabel(part, kind === "list-item");
        if (split && split.label.length <= 60) {
          let value = split.value;
          if (value === "") value = continuation(doc, blocks, labelled, line, section.endLine);
          out.push({
            label: split.label,
            value,
            line,
            column: at + 1 + (part.length - part.trimStart().length),
          });
        }
        at += part.length + 3;
      }
    }
    for (const table of doc.tables) {
      if (table.line < section.line || table.line > section.endLine) continue;
      const twoColumnsOrMore = table.header.length >= 2;
      if (!twoColumnsOrMore) continue;
      for (const row of table.rows) {
        const label = plainText(row.cells[0] ?? "");
        if (label === "") continue;
        out.push({ label, value: row.cells.slice(1).join(" ").trim(), line: row.line, column: 1 });
      }
    }
  }
  return out;
}

/**
 * The value of a field written below its label, up to the next field. Under a list-item field
 * only deeper lines belong to it (siblings are other fields); under a paragraph field
 * (`**Backend stack**:`) the list that follows is its value.
 */
function continuation(
  doc: Doc,
  blocks: BlockSpans,
  labelled: (line: number) => boolean,
  line: number,
  endLine: number,
): string {
  const parts: string[] = [];
  const fieldIsItem = doc.kinds[line - 1] === "list-item";
  const base = doc.indents[line - 1] ?? -1;
  let sawBlank = false;
  // The value is only judged empty or not: a few hundred characters decide that, and nested
  // empty fields then do not each copy everything below them (issue 8).
  let size = 0;
  for (let l = line + 1; l <= endLine && size <= VALUE_EXCERPT; l++) {
    const kind = doc.kinds[l - 1];
    const raw = doc.lines[l - 1] ?? "";
    if (kind === "heading") break;
    if (kind === "blank") {
      if (parts.length > 0 || sawBlank) break;
      sawBlank = true;
      continue;
    }
    if (kind === "comment") {
      l = Math.max(l, blocks.end[l] ?? l);
      continue;
    }
    const indent = doc.indents[l - 1] ?? -1;
    if (fieldIsItem) {
      if (indent <= base) break;
    } else if (kind === "text" && indent <= base) {
      if (sawBlank || labelled(l)) break;
    }
    const part = raw.slice(indent, indent + VALUE_EXCERPT + 1).trim();
    parts.push(part);
    size += part.length + 1;
  }
  return parts.join(" ");
}

const VALUE_EXCERPT = 256;

function columnIndex(header: readonly string[], re: RegExp): number {
  return header.findIndex((h) => re.test(plainText(h)));
}

const STATUS_COLUMN =
  /status|result|pass|compliance|compliant|verdict|state|状态|結果|状態|判定|ステータス|合否|评估|符合|结果|準拠/iu;
const LABEL_COLUMN =
  /principle|gate|check|article|requirement|rule|criteri|item|原则|原則|门禁|ゲート|項目|条款|要求|检查/iu;
const REASON_COLUMN =
  /note|justification|rationale|evidence|comment|detail|explanation|how|reason|说明|备注|理由|根拠|備考|説明|证据|証拠|対応/iu;

function extractGates(
  doc: Doc,
  checks: readonly Section[],
  sections: readonly Section[],
  sectionAt: (line: number) => Section | undefined,
): Gate[] {
  const gates: Gate[] = [];
  const items = new Map(doc.listItems.map((item) => [item.line, item]));
  const seen = new Set<number>();
  const postDesignLines = new Set<number>();
  const postDesignSections = markLines(
    doc.lines.length,
    sections.filter((s) => s.postDesign),
  );
  const sectionIndex = new Map(sections.map((s, k) => [s, k]));
  const blocks = blockSpans(doc);
  // Nested Constitution Check sections (a Post-Design re-check inside the main one) are visited once.
  const visited = new Set<number>();
  // Evidence lines under principle headings, stamped with the check they belong to (one array
  // for all checks: a plan of many Constitution Check headings allocates it once).
  const evidence = new Int32Array(doc.lines.length + 2);
  let ordinal = 0;
  for (const check of checks) {
    const stamp = ++ordinal;
    const phaseOf = (line: number): "initial" | "post-design" =>
      check.postDesign || postDesignLines.has(line) || postDesignSections[line] === 1
        ? "post-design"
        : "initial";
    const skip = (line: number): boolean => {
      const s = sectionAt(line);
      return (
        s !== undefined &&
        s !== check &&
        s.kinds.has("complexity-tracking") &&
        !s.kinds.has("constitution-check")
      );
    };
    const add = (gate: Omit<Gate, "phase" | "sectionTitle">): void => {
      if (seen.has(gate.line)) return;
      seen.add(gate.line);
      // Fields copied one by one: an object spread here cost more than the rest of the gate.
      const full: { -readonly [K in keyof Gate]: Gate[K] } = {
        label: gate.label,
        status: gate.status,
        line: gate.line,
        column: gate.column,
        form: gate.form,
        reason: gate.reason,
        text: gate.text,
        phase: phaseOf(gate.line),
        sectionTitle: sectionAt(gate.line)?.title ?? check.title,
      };
      if (gate.cells) full.cells = gate.cells;
      gates.push(full);
    };

    // One heading per principle (`### I. Library-First ✅`), below the check's heading; the
    // lines under such a heading are its evidence, not gates of their own.
    for (let k = (sectionIndex.get(check) ?? sections.length) + 1; k < sections.length; k++) {
      const s = sections[k];
      if (!s || s.line > check.endLine) break;
      if (visited.has(s.line) || s.kinds.size > 0 || s.postDesign) continue;
      const gate = headingGate(doc, s);
      if (gate) {
        add(gate);
        if (gate.statusLine !== undefined) seen.add(gate.statusLine);
        evidence.fill(stamp, s.line + 1, Math.min(s.endLine, doc.lines.length) + 1);
      }
    }
    visited.add(check.line);
    // A verdict line at the end of the last principle's section speaks for the whole check.
    const isEvidence = (line: number): boolean =>
      evidence[line] === stamp && !isResultLine(doc.lines[line - 1] ?? "");

    // A bold pseudo-heading (`**Phase 1 设计后复核**:`) starts a re-check until the next heading.
    let postDesignFrom = Number.POSITIVE_INFINITY;
    for (let line = check.line + 1; line <= check.endLine; line++) {
      const kind = doc.kinds[line - 1];
      if (kind === "heading") postDesignFrom = Number.POSITIVE_INFINITY;
      if (kind === "text") {
        const marker = splitLabel(doc.lines[line - 1] ?? "", false);
        if (marker && marker.value === "" && isPostDesign(marker.label)) postDesignFrom = line;
      }
      if (line > postDesignFrom) postDesignLines.add(line);
      if (
        (kind !== "text" && kind !== "list-item") ||
        skip(line) ||
        seen.has(line) ||
        isEvidence(line)
      )
        continue;
      const gate = lineGate(doc, items, blocks, line, check.endLine);
      if (!gate) continue;
      add(gate);
      // Sub-items of a gate item explain it (and may carry a ⚠️ note); they are not gates.
      if (kind === "list-item") {
        const base = doc.indents[line - 1] ?? -1;
        const deeper = (l: number): boolean => (doc.indents[l] ?? -1) > base;
        // A blank line inside the item (a loose list) does not end it; a shallower line does.
        while (line + 1 <= check.endLine) {
          const nextKind = doc.kinds[line];
          if (nextKind === "heading") break;
          if (nextKind === "blank") {
            let k = line + 1;
            while (k < check.endLine && doc.kinds[k] === "blank") k++;
            if (k >= check.endLine || !deeper(k)) break;
            line = k;
            continue;
          }
          if (!deeper(line)) break;
          line++;
        }
      } else if (gate.form === "label") {
        // The list right below a paragraph gate is its answer.
        while (line + 1 <= check.endLine && doc.kinds[line] === "list-item") {
          if (splitLabel((doc.lines[line] ?? "").replace(/^\s*[-*+]\s+/, ""), false)) break;
          line++;
        }
      }
    }
    for (let t = firstTableAfter(doc.tables, check.line); t < doc.tables.length; t++) {
      const table = doc.tables[t];
      if (!table || table.line > check.endLine) break;
      if (skip(table.line)) continue;
      for (const gate of tableGates(table)) add(gate);
    }
  }
  return gates.sort((a, b) => a.line - b.line);
}

/** Index of the first table that starts below `line` (tables come in document order). */
function firstTableAfter(tables: readonly Table[], line: number): number {
  let lo = 0;
  let hi = tables.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tables[mid]?.line ?? 0) <= line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** For each line of a fenced code block or an HTML comment (1-based): the block's first and last line. */
interface BlockSpans {
  readonly start: Int32Array;
  readonly end: Int32Array;
}

function blockSpans(doc: Doc): BlockSpans {
  const start = new Int32Array(doc.lines.length + 2);
  const end = new Int32Array(doc.lines.length + 2);
  for (const b of [...doc.codeBlocks, ...doc.comments]) {
    start.fill(b.line, b.line, b.endLine + 1);
    end.fill(b.endLine, b.line, b.endLine + 1);
  }
  return { start, end };
}

function isResultLine(raw: string): boolean {
  const split = splitLabel(raw.replace(/^\s*[-*+]\s+/, ""), true);
  return split !== null && RESULT_LABEL.test(split.label);
}

/** A heading that is a gate of its own; `statusLine` is the body line its status came from. */
function headingGate(
  doc: Doc,
  s: Section,
): (Omit<Gate, "phase" | "sectionTitle"> & { readonly statusLine?: number }) | null {
  const title = plainText(s.heading.raw);
  const inHeading = findStatus(title);
  let status: GateStatus | null = inHeading?.status ?? null;
  let statusLine: number | undefined;
  const body: string[] = [];
  for (let l = s.line + 1; l <= s.endLine; l++) {
    if (!isProse(doc.kinds[l - 1]) || doc.kinds[l - 1] === "heading") continue;
    const text = plainText(doc.lines[l - 1] ?? "");
    if (text === "") continue;
    if (status === null) {
      const split = splitLabel(doc.lines[l - 1] ?? "", true);
      if (split && RESULT_LABEL.test(split.label)) {
        status = findStatus(split.value)?.status ?? null;
        statusLine = l;
        const rest = findStatus(split.value);
        if (rest) body.push(split.value.slice(rest.index + rest.length));
        continue;
      }
    }
    body.push(text);
  }
  const numbered =
    /^\s*(?:principle\s+|article\s+)?(?:[IVXLC]{1,7}|\d{1,3}|[一二三四五六七八九十]{1,3})\s*[.:：、)]/iu.test(
      title,
    );
  if (status === null && !numbered) return null;
  // A sub-heading that groups checkbox gates (`### Dependency Checks`) is not a gate itself.
  if (!numbered && !inHeading) {
    for (let l = s.line + 1; l <= s.endLine; l++) {
      if (
        doc.kinds[l - 1] === "list-item" &&
        /^\s*(?:[-*+]|\d+[.)])\s+\[[ xX]\]/.test(doc.lines[l - 1] ?? "")
      )
        return null;
    }
  }
  const label = inHeading
    ? trimEndWith(title.slice(0, inHeading.index), (c) => /[\s:：\-–—(]/u.test(c)).trim() || title
    : title;
  return {
    label,
    status: status ?? "unknown",
    line: s.line,
    column: 1,
    form: "heading",
    reason: body.join(" ").replace(/^[\s\-–—:：,.()|]+/u, ""),
    text: `${title} ${body.join(" ")}`,
    ...(statusLine !== undefined ? { statusLine } : {}),
  };
}

/** A paragraph line without its quote marker. */
function paragraphContent(raw: string): string {
  let i = skipWhite(raw, 0);
  if (raw[i] === ">") i = skipWhite(raw, i + 1);
  return raw.slice(i);
}

/**
 * Whether a paragraph line stands as a gate of its own (a bold label that is neither a reason
 * nor an instruction, or a `Result:` verdict), so that it is no other gate's detail.
 */
function gateLike(raw: string): boolean {
  const content = paragraphContent(raw);
  const split = splitLabel(content, false);
  const label = split ? split.label : splitLabel(content, true)?.label;
  if (label === undefined) return false;
  if (!split && !RESULT_LABEL.test(label)) return false;
  return !REASON_LABEL.test(label) && label.length <= 80 && !INSTRUCTION_LABEL.test(label);
}

function lineGate(
  doc: Doc,
  items: ReadonlyMap<number, ListItem>,
  blocks: BlockSpans,
  line: number,
  endLine: number,
): Omit<Gate, "phase" | "sectionTitle"> | null {
  const raw = doc.lines[line - 1] ?? "";
  const kind = doc.kinds[line - 1];
  const item = kind === "list-item" ? items.get(line) : undefined;
  const content = item ? item.content : paragraphContent(raw);
  const column = item ? item.column : raw.length - raw.trimStart().length + 1;
  const split = splitLabel(content, false);
  const checkbox = item?.checked ?? null;

  let label: string;
  let rest: string;
  if (split) {
    label = split.label;
    rest = split.value;
  } else if (checkbox !== null || item) {
    const plain = plainText(content);
    const colon = plain.search(/[:：]\s|\s[-–—]\s/u);
    label = colon > 0 && colon < 80 ? plain.slice(0, colon).trim() : plain;
    rest = colon > 0 && colon < 80 ? plain.slice(colon + 1).replace(/^[\s\-–—]+/u, "") : "";
  } else {
    // A plain paragraph line: only a `Result: PASS` style verdict counts.
    const plain = splitLabel(content, true);
    if (!plain || !RESULT_LABEL.test(plain.label)) return null;
    label = plain.label;
    rest = plain.value;
  }
  // A checkbox item is a gate however long it is; a long bold label is prose.
  if (
    REASON_LABEL.test(label) ||
    (label.length > 80 && checkbox === null) ||
    INSTRUCTION_LABEL.test(label)
  )
    return null;
  const isResult = RESULT_LABEL.test(label);
  const restPlain = plainText(rest);
  // The status stands beside the label; a word deep in the prose (`…fails over…`) is not one.
  const answer = withoutQuestions(withoutPlaceholders(restPlain));
  const leading = findStatus(answer);
  const near = leading && (leading.index <= 24 || leading.mark) ? leading : trailingStatus(answer);
  // A plain list item (no checkbox, no bold label) is a gate only when its status is asserted:
  // a mark, a word in capitals, or a word that opens or closes it; `Will add failing tests`
  // and `no constitution 위반 remains` are prose.
  const plainItem = !split && checkbox === null && !isResult;
  const asserted = (m: StatusMatch | null, text: string, opens: boolean): StatusMatch | null =>
    !plainItem || !m || assertedStatus(m, text, opens) ? m : null;
  // Without a colon the whole item is its label, and its first word is its subject
  // (`Failure modes documented? N/A`): there a status closes it.
  const found =
    asserted(near, answer, true) ??
    (split || isResult
      ? null
      : plainItem
        ? (trailingStatus(label) ?? asserted(findStatus(label), label, false))
        : findStatus(label));
  let status: GateStatus | null = found?.status ?? null;
  if (checkbox !== null && (status === null || found?.status === "pass")) {
    status = found && found.status !== "pass" ? found.status : checkbox ? "pass" : "unchecked";
  }
  if (status === null && split && !QUESTION.test(restPlain)) status = answerStatus(restPlain);
  const details = detailLines(doc, blocks, line, endLine);
  // Only a question (a label with text) can be answered below; an empty label is a heading.
  if (status === null && split && answer === "" && restPlain !== "" && details.length > 0) {
    // The answer is written below the question.
    const below = findStatus(details[0] ?? "");
    status =
      below && (below.index <= 24 || below.mark) ? below.status : answerStatus(details[0] ?? "");
  }
  if (status === null) {
    // A bold-label line without a status is still a gate (seed 002 asks questions); a plain list
    // item is not, nor is a bold label with nothing after it (a pseudo-heading). A question
    // nobody answered is an unchecked gate.
    if (!split || isResult || restPlain === "") return null;
    status = answer === "" && QUESTION.test(restPlain) ? "unchecked" : "unknown";
  }
  const fromAnswer = found !== null && found === near;
  // The reason is the answer without its status word, wherever the word stood.
  const own = fromAnswer
    ? `${answer.slice(0, found.index)} ${answer.slice(found.index + found.length)}`
    : restPlain;
  const reason = trimEndWith([own, ...details].join(" ").replace(/^[\s\-–—:：,.()|]+/u, ""), (c) =>
    /[\s\-–—:：,(|]/u.test(c),
  ).trim();
  return {
    label: isResult ? "Gate result" : label,
    status,
    line,
    column,
    form: isResult ? "result" : checkbox !== null ? "checkbox" : split ? "label" : "item",
    reason,
    text: `${label} ${restPlain}`,
  };
}

/** A status token that a line asserts rather than mentions (see `lineGate`). */
function assertedStatus(m: StatusMatch, text: string, opens: boolean): boolean {
  if (m.mark) return true;
  const token = text.slice(m.index, m.index + m.length);
  if (/\p{Lu}{2}/u.test(token) && token === token.toUpperCase()) return true;
  if (opens && m.index <= 3) return true;
  return /^[\s.!)）。*_]*$/u.test(text.slice(m.index + m.length));
}

/**
 * Indented lines below a gate line (sub-items, continuation) that explain it. A line that is a
 * gate of its own ends them, so that no line is read as the detail of many gates (issue 8).
 */
function detailLines(doc: Doc, blocks: BlockSpans, line: number, endLine: number): string[] {
  const base = doc.indents[line - 1] ?? -1;
  const isItem = doc.kinds[line - 1] === "list-item";
  const out: string[] = [];
  // The item's paragraph went on at the item's own indent (lazy continuation lines).
  let lazy = false;
  for (let l = line + 1; l <= endLine; l++) {
    const kind = doc.kinds[l - 1];
    const raw = doc.lines[l - 1] ?? "";
    if (kind === "blank" && isItem) {
      // A loose list item goes on below a blank line, indented deeper than its marker.
      let k = l + 1;
      while (k <= endLine && doc.kinds[k - 1] === "blank") k++;
      if (k <= endLine && (doc.indents[k - 1] ?? -1) > base && doc.kinds[k - 1] !== "heading") {
        l = k - 1;
        continue;
      }
      break;
    }
    if (kind === "blank" || kind === "heading" || kind === "table") break;
    if (kind === "comment" || kind === "code" || kind === "fence") {
      // A block at the item's own indent ends the item.
      const first = blocks.start[l] ?? l;
      if (isItem && (doc.indents[first - 1] ?? -1) <= base) break;
      l = Math.max(l, blocks.end[l] ?? l);
      continue;
    }
    const indent = doc.indents[l - 1] ?? -1;
    // Under a paragraph gate (`**Async-First**: Are all I/O operations async?`) the list right
    // below answers it; under a list-item gate only deeper lines do.
    if (kind === "list-item" && isItem && (indent <= base || lazy)) break;
    if (kind === "list-item" && !isItem && splitLabel(raw.replace(/^\s*[-*+]\s+/, ""), false))
      break;
    if (kind === "text" && (indent <= base || !isItem) && gateLike(raw)) break;
    if (kind === "text" && indent <= base && isItem) {
      // lazy continuation of a list item paragraph
      lazy = true;
      out.push(plainText(raw));
      continue;
    }
    if (kind === "text" && splitLabel(raw, false) && indent <= base) break;
    out.push(plainText(raw));
  }
  return out;
}

function tableGates(table: Table): Omit<Gate, "phase" | "sectionTitle">[] {
  const header = table.header;
  if (header.some((h) => /violation/i.test(h)) && header.some((h) => /why|simpler/i.test(h)))
    return [];
  let statusCol = columnIndex(header, STATUS_COLUMN);
  if (statusCol < 0) {
    // No status header: the column where most cells hold a status.
    let best = -1;
    let bestCount = 0;
    for (let c = 0; c < header.length; c++) {
      const count = table.rows.filter(
        (r) => findStatus(plainText(r.cells[c] ?? "")) !== null,
      ).length;
      if (count > bestCount) {
        best = c;
        bestCount = count;
      }
    }
    if (bestCount === 0 || bestCount * 2 < table.rows.length) return [];
    statusCol = best;
  }
  let labelCol = columnIndex(header, LABEL_COLUMN);
  if (labelCol === statusCol || labelCol < 0) labelCol = statusCol === 0 ? 1 : 0;
  const reasonCol = columnIndex(header, REASON_COLUMN);
  return table.rows.flatMap((row) => {
    const label = plainText(row.cells[labelCol] ?? "");
    if (label === "" || /^-+$/.test(label)) return [];
    const statusText = plainText(row.cells[statusCol] ?? "");
    const found = findStatus(statusText);
    const others = row.cells
      .map((c, k) => (k === labelCol || k === statusCol ? "" : plainText(c)))
      .filter((c) => c !== "" && c !== "-" && c !== "—");
    const reasonParts =
      reasonCol >= 0 && reasonCol !== labelCol && reasonCol !== statusCol
        ? [plainText(row.cells[reasonCol] ?? "")]
        : others;
    const afterStatus = found
      ? statusText.slice(found.index + found.length).replace(/^[\s\-–—:：,.()]+/u, "")
      : statusText;
    return [
      {
        label,
        status: found?.status ?? "unknown",
        line: row.line,
        column: 1,
        form: "table" as const,
        cells: row.cells.map(plainText),
        reason: [afterStatus, ...reasonParts].filter(Boolean).join(" ").trim(),
        text: row.cells.map(plainText).join(" "),
      },
    ];
  });
}

/** Words that name the constitution, in the languages plans cite it in. */
const CONSTITUTION_WORD =
  /constitution|constitución|constitucion|constituição|constituicao|costituzione|verfassung|宪法|憲法|章程|宪章|憲章|헌법|헌장/giu;
/** A version: `1.2`, `v1.2.0`. */
const VERSION_AT = /v?(\d{1,4}\.\d{1,4}(?:\.\d{1,4})?)(?![\d.]*\d)/uy;
/** What may stand between the word and the version: `.md`, `Version**:`, `§VI`, `版本：`. */
const BETWEEN =
  /[\s*_`,:：.()（）§#]|\.md|version|versión|versão|v(?=\d)|版本|バージョン|버전|第|[IVXLC]{1,6}(?=\s)/iuy;
const ARROW_AFTER = /\s*(?:→|->|=>|⇒)\s*/uy;

/**
 * The constitution versions a line cites: a constitution word, then within a few characters
 * a version (`Based on Constitution v2.1.1`, `**Constitution Version**: 1.0.0`,
 * `Constitution §VI v1.8.0`, `憲章 v1.0.0 に基づく`). `v1.5.1 → v1.6.0` cites the later one.
 * Each word looks at most 40 characters ahead, so a line is read in linear time.
 */
function citationOf(raw: string): { version: string; index: number } | null {
  for (const word of raw.matchAll(CONSTITUTION_WORD)) {
    let pos = word.index + word[0].length;
    const limit = pos + 40;
    while (pos < limit && pos < raw.length) {
      VERSION_AT.lastIndex = pos;
      const v = VERSION_AT.exec(raw);
      if (v?.[1]) {
        let version = v[1];
        let index = pos + v[0].length - v[1].length;
        ARROW_AFTER.lastIndex = pos + v[0].length;
        if (ARROW_AFTER.exec(raw)) {
          VERSION_AT.lastIndex = ARROW_AFTER.lastIndex;
          const next = VERSION_AT.exec(raw);
          if (next?.[1]) {
            version = next[1];
            index = ARROW_AFTER.lastIndex + next[0].length - next[1].length;
          }
        }
        return { version, index };
      }
      BETWEEN.lastIndex = pos;
      const skip = BETWEEN.exec(raw);
      if (!skip || skip[0].length === 0) break;
      pos += skip[0].length;
    }
  }
  return null;
}

function extractCitations(doc: Doc): Citation[] {
  const out: Citation[] = [];
  doc.lines.forEach((raw, k) => {
    if (!isProse(doc.kinds[k])) return;
    const found = citationOf(raw);
    if (found) out.push({ version: found.version, line: k + 1, column: found.index + 1 });
  });
  return out;
}

const HEADER_LABELS: ReadonlyArray<readonly [keyof PlanHeader, RegExp]> = [
  ["branch", /^(?:feature )?branch$|^分支$|^ブランチ$/iu],
  ["date", /^(?:date|created|创建日期|日期|日付|作成日)$/iu],
  ["spec", /^(?:spec|feature spec|specification|规范|规格|仕様|仕様書)$/iu],
];

function extractHeader(doc: Doc): PlanHeader {
  const header: { -readonly [K in keyof PlanHeader]: PlanHeader[K] } = {};
  const limit = Math.min(doc.lines.length, 60);
  for (let k = 0; k < limit; k++) {
    const kind = doc.kinds[k];
    if (kind !== "text" && kind !== "list-item") continue;
    const raw = doc.lines[k] ?? "";
    const re = /(?:\*\*|__)([^*_]{1,30}?)[:：]?(?:\*\*|__)\s*(?:[:：]\s*)?([^|]*)/gu;
    for (let m = re.exec(raw); m; m = re.exec(raw)) {
      const label = (m[1] ?? "").trim();
      for (const [key, pattern] of HEADER_LABELS) {
        if (!header[key] && pattern.test(label)) {
          const valueRaw = m[2] ?? "";
          const column = m.index + m[0].length - valueRaw.length + 1;
          header[key] = { value: valueRaw.trim(), line: k + 1, column };
        }
      }
    }
  }
  return header;
}
