import {
  isProse,
  plainText,
  scan,
  type Doc,
  type Heading,
  type ListItem,
  type Table,
} from "./markdown.js";
import { findPlaceholders } from "./placeholders.js";
import { answerStatus, findStatus, type StatusMatch } from "./status.js";
import { POST_DESIGN, SECTION_NAMES, SECTION_PATTERNS } from "./lexicon/index.js";
import { normalize, termMatcher } from "./text.js";
import type { GateStatus } from "./types.js";

/** The sections every plan format has, whatever their numbering or language. */
export type SectionKind = keyof typeof SECTION_PATTERNS;

export { SECTION_NAMES };

const KINDS = Object.keys(SECTION_PATTERNS) as SectionKind[];

/** Per section kind, its patterns as matchers: every group of a pattern must match. */
const SECTION_MATCHERS: ReadonlyArray<
  readonly [SectionKind, ReadonlyArray<ReadonlyArray<(normalized: string) => boolean>>]
> = KINDS.map((kind) => [
  kind,
  SECTION_PATTERNS[kind].map((pattern) => pattern.map((group) => termMatcher(group))),
]);

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
  const t = normalize(title);
  const kinds = new Set<SectionKind>();
  for (const [kind, patterns] of SECTION_MATCHERS)
    if (patterns.some((groups) => groups.every((matches) => matches(t)))) kinds.add(kind);
  return kinds;
}

const postDesign = termMatcher(POST_DESIGN);

function isPostDesign(title: string): boolean {
  return postDesign(normalize(title));
}

export function buildSections(doc: Doc): Section[] {
  const { headings } = doc;
  return headings.map((heading, k) => {
    let end = doc.lines.length;
    for (let n = k + 1; n < headings.length; n++) {
      const next = headings[n];
      if (next && next.depth <= heading.depth) {
        end = next.line - 1;
        break;
      }
    }
    const title = headingTitle(heading.raw);
    return {
      kinds: classify(title),
      heading,
      title,
      line: heading.line,
      endLine: end,
      postDesign: isPostDesign(title),
    };
  });
}

const BOLD_LABEL = /^\s*(?:\*\*|__)(.+?)(?:\*\*|__)\s*(?:[:：]\s*)?(?:[-–—]\s+)?(.*)$/u;
const BOLD_LABEL_COLON_INSIDE = /^\s*(?:\*\*|__)([^*_]+?)[:：](?:\*\*|__)\s*(.*)$/u;
const PLAIN_LABEL = /^\s*([^:：|]{1,60}?)\s*[:：]\s*(.*)$/u;

/** `**Label**: value`, `**Label:** value`, `Label: value`. */
export function splitLabel(
  text: string,
  allowPlain: boolean,
): { label: string; value: string; valueOffset: number } | null {
  const m =
    BOLD_LABEL_COLON_INSIDE.exec(text) ??
    BOLD_LABEL.exec(text) ??
    (allowPlain ? PLAIN_LABEL.exec(text) : null);
  if (!m) return null;
  const label = plainText(m[1] ?? "")
    .replace(/[:：]\s*$/, "")
    .trim();
  const value = (m[2] ?? "").trim();
  if (label === "") return null;
  return { label, value, valueOffset: text.length - (m[2] ?? "").length };
}

/** Labels that give a verdict for the whole check rather than one gate. */
const RESULT_LABEL =
  /^(?:(?:overall|initial|final|post[- ]design|gate|check|constitution(?: check)?)\s*)*(?:result|status|verdict|outcome|evaluation|assessment)s?$|^(?:gate|verdict|结果|检查结果|结论|判定|結果|結論|総合判定|评估结果|初步评估|最终评估)$|(?:结论|結論|结果|結果)$/iu;
/** Labels that carry explanation, not a gate. */
const REASON_LABEL =
  /^(?:notes?|justification|rationale|reason|evidence|comment|details?|explanation|action|mitigation|why|how|violations?|说明|备注|理由|根拠|備考|説明|対応)$/iu;

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
    found = { ...m, index: offset + from + m.index };
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
  let out = text;
  for (const hit of findPlaceholders(text, false, null)) out = out.replace(hit.text, " ");
  return out.trim();
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
  const sections = buildSections(doc);
  const byKind = new Map<SectionKind, Section[]>();
  for (const s of sections) for (const k of s.kinds) byKind.set(k, [...(byKind.get(k) ?? []), s]);
  const sectionsOf = (kind: SectionKind): readonly Section[] => byKind.get(kind) ?? [];
  const inSection = (kind: SectionKind, line: number): boolean =>
    sectionsOf(kind).some((s) => line >= s.line && line <= s.endLine);

  /** The innermost section holding a line. */
  const sectionAt = (line: number): Section | undefined => {
    let found: Section | undefined;
    for (const s of sections) if (line >= s.line && line <= s.endLine) found = s;
    return found;
  };

  const fields = lazy(() => extractFields(doc, sectionsOf("technical-context")));
  const gates = lazy(() =>
    extractGates(doc, sectionsOf("constitution-check"), sections, sectionAt),
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
    sections,
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

function extractFields(doc: Doc, sections: readonly Section[]): Field[] {
  const out: Field[] = [];
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
          if (value === "") value = continuation(doc, line, section.endLine);
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
function continuation(doc: Doc, line: number, endLine: number): string {
  const parts: string[] = [];
  const fieldIsItem = doc.kinds[line - 1] === "list-item";
  const base = (doc.lines[line - 1] ?? "").search(/\S/);
  let sawBlank = false;
  for (let l = line + 1; l <= endLine; l++) {
    const kind = doc.kinds[l - 1];
    const raw = doc.lines[l - 1] ?? "";
    if (kind === "heading") break;
    if (kind === "blank") {
      if (parts.length > 0 || sawBlank) break;
      sawBlank = true;
      continue;
    }
    if (kind === "comment") continue;
    const indent = raw.search(/\S/);
    if (fieldIsItem) {
      if (indent <= base) break;
    } else if (kind === "text" && indent <= base) {
      if (sawBlank || splitLabel(raw, false)) break;
    }
    parts.push(raw.trim());
  }
  return parts.join(" ");
}

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
  // Nested Constitution Check sections (a Post-Design re-check inside the main one) are visited once.
  const visited = new Set<number>();
  for (const check of checks) {
    const phaseOf = (line: number): "initial" | "post-design" => {
      if (check.postDesign || postDesignLines.has(line)) return "post-design";
      for (const s of sections)
        if (s.postDesign && line >= s.line && line <= s.endLine) return "post-design";
      return "initial";
    };
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
      gates.push({
        ...gate,
        phase: phaseOf(gate.line),
        sectionTitle: sectionAt(gate.line)?.title ?? check.title,
      });
    };

    // One heading per principle (`### I. Library-First ✅`), below the check's heading; the
    // lines under such a heading are its evidence, not gates of their own.
    const evidence: Array<readonly [number, number]> = [];
    for (const s of sections) {
      if (s === check || s.line < check.line || s.line > check.endLine || visited.has(s.line))
        continue;
      if (s.kinds.size > 0 || s.postDesign) continue;
      const gate = headingGate(doc, s);
      if (gate) {
        const { statusLine, ...rest } = gate;
        add(rest);
        if (statusLine !== undefined) seen.add(statusLine);
        evidence.push([s.line, s.endLine]);
      }
    }
    visited.add(check.line);
    // A verdict line at the end of the last principle's section speaks for the whole check.
    const isEvidence = (line: number): boolean =>
      evidence.some(([a, b]) => line > a && line <= b) && !isResultLine(doc.lines[line - 1] ?? "");

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
      const gate = lineGate(doc, items, line, check.endLine);
      if (!gate) continue;
      add(gate);
      // Sub-items of a gate item explain it (and may carry a ⚠️ note); they are not gates.
      if (kind === "list-item") {
        const base = (doc.lines[line - 1] ?? "").search(/\S/);
        // A blank line inside the item (a loose list) does not end it; a shallower line does.
        while (line + 1 <= check.endLine) {
          const nextKind = doc.kinds[line];
          const deeper = (l: number): boolean => (doc.lines[l] ?? "").search(/\S/) > base;
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
    for (const table of doc.tables) {
      if (table.line <= check.line || table.line > check.endLine || skip(table.line)) continue;
      for (const gate of tableGates(table)) add(gate);
    }
  }
  return gates.sort((a, b) => a.line - b.line);
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
    ? title
        .slice(0, inHeading.index)
        .replace(/[\s:：\-–—(]+$/u, "")
        .trim() || title
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

function lineGate(
  doc: Doc,
  items: ReadonlyMap<number, ListItem>,
  line: number,
  endLine: number,
): Omit<Gate, "phase" | "sectionTitle"> | null {
  const raw = doc.lines[line - 1] ?? "";
  const kind = doc.kinds[line - 1];
  const item = kind === "list-item" ? items.get(line) : undefined;
  const content = item ? item.content : raw.replace(/^\s*>?\s*/, "");
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
  if (REASON_LABEL.test(label) || label.length > 80 || INSTRUCTION_LABEL.test(label)) return null;
  const isResult = RESULT_LABEL.test(label);
  const restPlain = plainText(rest);
  // The status stands beside the label; a word deep in the prose (`…fails over…`) is not one.
  const answer = withoutQuestions(withoutPlaceholders(restPlain));
  const leading = findStatus(answer);
  const near = leading && (leading.index <= 24 || leading.mark) ? leading : trailingStatus(answer);
  const found = near ?? (split || isResult ? null : findStatus(label));
  let status: GateStatus | null = found?.status ?? null;
  if (checkbox !== null && (status === null || found?.status === "pass")) {
    status = found && found.status !== "pass" ? found.status : checkbox ? "pass" : "unchecked";
  }
  if (status === null && split && !QUESTION.test(restPlain)) status = answerStatus(restPlain);
  const details = detailLines(doc, line, endLine);
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
  const reason = [own, ...details]
    .join(" ")
    .replace(/^[\s\-–—:：,.()|]+/u, "")
    .replace(/[\s\-–—:：,(|]+$/u, "")
    .trim();
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

/** Indented lines below a gate line (sub-items, continuation) that explain it. */
function detailLines(doc: Doc, line: number, endLine: number): string[] {
  const base = (doc.lines[line - 1] ?? "").search(/\S/);
  const isItem = doc.kinds[line - 1] === "list-item";
  const out: string[] = [];
  for (let l = line + 1; l <= endLine; l++) {
    const kind = doc.kinds[l - 1];
    const raw = doc.lines[l - 1] ?? "";
    if (kind === "blank" && isItem) {
      // A loose list item goes on below a blank line, indented deeper than its marker.
      let k = l + 1;
      while (k <= endLine && doc.kinds[k - 1] === "blank") k++;
      if (
        k <= endLine &&
        (doc.lines[k - 1] ?? "").search(/\S/) > base &&
        doc.kinds[k - 1] !== "heading"
      ) {
        l = k - 1;
        continue;
      }
      break;
    }
    if (kind === "blank" || kind === "heading" || kind === "table") break;
    if (kind === "comment" || kind === "code" || kind === "fence") continue;
    const indent = raw.search(/\S/);
    // Under a paragraph gate (`**Async-First**: Are all I/O operations async?`) the list right
    // below answers it; under a list-item gate only deeper lines do.
    if (kind === "list-item" && indent <= base && doc.kinds[line - 1] === "list-item") break;
    if (
      kind === "list-item" &&
      doc.kinds[line - 1] !== "list-item" &&
      splitLabel(raw.replace(/^\s*[-*+]\s+/, ""), false)
    )
      break;
    if (kind === "text" && indent <= base && doc.kinds[line - 1] === "list-item") {
      // lazy continuation of a list item paragraph
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

const CITATION =
  /(?:constitution|宪法|憲法|章程)(?:\.md)?(?:\s*,)?\s*(?:v(?:ersion)?\.?\s*(?::\s*)?|版本\s*(?:[:：]\s*)?|バージョン\s*(?:[:：]\s*)?|第\s*)?v?(\d+\.\d+(?:\.\d+)?)(?![\d.]*\d)/iu;

function extractCitations(doc: Doc): Citation[] {
  const out: Citation[] = [];
  doc.lines.forEach((raw, k) => {
    if (!isProse(doc.kinds[k])) return;
    const m = CITATION.exec(raw);
    if (m && m[1])
      out.push({ version: m[1], line: k + 1, column: m.index + m[0].length - m[1].length + 1 });
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
