/**
 * The Plan model: scans a plan's text once and reads each part (sections, fields, gates,
 * complexity rows, citations, header) lazily, when a rule first asks for it.
 */
import { CONSTITUTION, GATES_TITLE, JUSTIFICATIONS, VIOLATIONS } from "../lexicon/index.js";
import { isProse, LIST_MARKER, scan, type Doc, type LineKind } from "../markdown.js";
import { normalize, termMatcher } from "../text.js";
import { extractCitations } from "./citations.js";
import { extractComplexityRows } from "./complexity.js";
import { extractFields, fieldFamilies } from "./fields.js";
import { extractGates } from "./gates.js";
import { extractHeader } from "./header.js";
import { splitLabel } from "./labels.js";
import { innermostSections, markLines } from "./lines.js";
import type { Plan, Section, SectionKind } from "./model.js";
import {
  buildSections,
  checkWord,
  COMPLIANCE_TESTS,
  classify,
  phasesOnly,
  withoutClosingParenthesis,
} from "./sections.js";

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

/** The sections every plan has, which an author may title with a bold line instead of a heading. */
const REQUIRED: readonly SectionKind[] = [
  "summary",
  "technical-context",
  "constitution-check",
  "project-structure",
];

/** `**Constitution Check:**`, `__Project Stack__`: the title of a line that is only bold text. */
function boldTitle(raw: string): string | null {
  const t = raw.trim();
  const mark = t.slice(0, 2);
  if ((mark !== "**" && mark !== "__") || t.length > 90) return null;
  let end = t.length;
  if (t[end - 1] === ":" || t[end - 1] === "：") end--;
  if (t.slice(end - 2, end) !== mark) return null;
  const inner = t.slice(2, end - 2).trim();
  const title = inner.endsWith(":") || inner.endsWith("：") ? inner.slice(0, -1).trim() : inner;
  return title === "" || title.includes(mark) ? null : title;
}

/**
 * A required section titled by a bold line (`**Constitution Check:**` over its gates) when no
 * heading has that title: from the bold line to the next heading or bold title of a section.
 * Sections stay in document order (a later one that holds a line is the innermost).
 */
function withPseudoHeadings(doc: Doc, sections: Section[]): Section[] {
  const missing = new Set(REQUIRED.filter((k) => !sections.some((s) => s.kinds.has(k))));
  if (missing.size === 0) return sections;
  const titled: { line: number; title: string; kinds: ReadonlySet<SectionKind> }[] = [];
  for (let k = 0; k < doc.lines.length; k++) {
    if (doc.kinds[k] !== "text") continue;
    const raw = doc.lines[k] ?? "";
    const lead = raw.trimStart();
    if (!lead.startsWith("**") && !lead.startsWith("__")) continue;
    const title = boldTitle(raw);
    if (title === null) continue;
    const kinds = classify(title);
    if (kinds.size > 0) titled.push({ line: k + 1, title, kinds });
  }
  const added: Section[] = [];
  for (const [n, t] of titled.entries()) {
    const kinds = new Set([...t.kinds].filter((k) => missing.has(k)));
    if (kinds.size === 0) continue;
    for (const k of kinds) missing.delete(k);
    const nextHeading = doc.headings.find((h) => h.line > t.line)?.line ?? doc.lines.length + 1;
    const nextTitle = titled[n + 1]?.line ?? doc.lines.length + 1;
    added.push({
      kinds,
      heading: { line: t.line, depth: 6, raw: t.title, index: -1 },
      plain: t.title,
      title: t.title,
      line: t.line,
      endLine: Math.min(nextHeading, nextTitle) - 1,
      postDesign: false,
    });
  }
  if (added.length === 0) return sections;
  return [...sections, ...added].sort((a, b) => a.line - b.line);
}

/** The template's gate instruction: `*GATE: Must pass before Phase 0 research…*`, translated. */
const GATE_WORD =
  /\bgat(?:e[sd]?|ing)\b|关卡|關卡|门禁|門禁|ゲート|게이트|cổng|portão|puerta|compuerta|шлюз/iu;
/**
 * The instruction's own form, the gate word and its colon (`*GATE: Must pass before Phase 0
 * research*`, `*關卡：必須在 Phase 0…*`): not a step that mentions one (`1. **Approve spec.md**
 * (Phase 0 gate)` under `## Next Steps`).
 */
const GATE_INSTRUCTION = new RegExp(`(?:${GATE_WORD.source})[\\s*]{0,4}[:：]`, "iu");
/** `Phase 0`, translated, the number after the word or before it (`第 0 階段`, `0단계`). */
const PHASE_ZERO =
  /(?:phase|fase|フェーズ|阶段|階段|단계|этап|giai đoạn)\s*0|(?<![\d.])0\s*(?:阶段|階段|단계|フェーズ)/iu;
/** How far below its heading the instruction is looked for. */
const INSTRUCTION_LINES = 6;

/**
 * A Constitution Check under a title no lexicon knows (`## Kontrola konstytucji`) is found by
 * what it holds: the template's `GATE: … Phase 0` instruction right below its heading. Only
 * when no section is recognised as one, so an unknown title never cascades into one error per
 * principle.
 */
/** Whether one of the first prose lines below a section's heading passes `test`. */
function opensWith(
  doc: Doc,
  s: Section,
  test: (raw: string) => boolean,
  read: (kind: LineKind | undefined) => boolean = isProse,
): boolean {
  const last = Math.min(s.endLine, s.line + INSTRUCTION_LINES);
  for (let l = s.line + 1; l <= last; l++) {
    if (!read(doc.kinds[l - 1])) continue;
    if (test((doc.lines[l - 1] ?? "").slice(0, 400))) return true;
  }
  return false;
}

/** The gate word, not a file's name (`gate.sh`, `docs/gates.md`), which names no gate. */
const GATE_IN_PROSE = new RegExp(`(?:${GATE_WORD.source})(?!\\.[a-z])`, "iu");

/** A line that speaks of the gates or of the constitution. */
const speaksOfCheck = (raw: string): boolean =>
  GATE_IN_PROSE.test(raw) || constitutionWord(normalize(raw));

/** A file's name: `CONSTITUTION.md`, `docs/gates.md`, `gate.sh`. */
const FILE_NAME = /(?<![\w./-])[\w./-]{0,120}\.(?:md|sh|ya?ml|json|txt)(?![\p{L}\p{N}])/giu;

/**
 * A line that speaks of the gates or of the constitution in its words, not by a file's name: `-
 * [ ] Public GitHub repo with **CONSTITUTION.md**` under `## Submission Checklist` is a step of
 * the delivery.
 */
const speaksOfCheckInWords = (raw: string): boolean =>
  speaksOfCheck(raw.includes(".") ? raw.replace(FILE_NAME, " ") : raw);

/**
 * A title that names a later step of the delivery (`Phase 4: CI Gate & Performance`, `Step 2 —
 * Release gate`, `Milestone 3: Quality gates`): the step's own gate, not the Constitution
 * Check, which comes before Phase 0 research (`Phase -1`, `Phase 0` are not later steps).
 */
const LATER_STEP =
  /^\s*(?:phase|step|stage|slice|milestone|sprint|iteration|fase|etapa|paso|passo|étape|schritt|этап|フェーズ|ステップ|阶段|階段|步骤|단계)\s*(?:#\s*)?[1-9]\d{0,2}[a-z]?(?![\p{L}\p{N}])/iu;

function withCheckByContent(doc: Doc, sections: Section[]): Section[] {
  if (sections.some((s) => s.kinds.has("constitution-check"))) return sections;
  // (Not the tests of the code's compliance, `### Constitutional Compliance Tests`, whose
  // title alone would be the check's, see `readTitle`.)
  const unknown = (s: Section): boolean =>
    s.heading.depth >= 2 && s.kinds.size === 0 && !COMPLIANCE_TESTS.test(normalize(s.title));
  // (Nor, when only its words make it one, a later step of the delivery that checks its own
  // gate, unless its title names the constitution.)
  const laterStep = (s: Section): boolean =>
    LATER_STEP.test(s.title) && !constitutionWord(normalize(s.title));
  let k = sections.findIndex(
    (s) =>
      unknown(s) && opensWith(doc, s, (raw) => GATE_INSTRUCTION.test(raw) && PHASE_ZERO.test(raw)),
  );
  // Failing that, a check under a mistranslated title (`## 構成チェック`) that opens by
  // speaking of its gates or the constitution (`すべてのゲートは満たされています`), in its
  // prose: a table row's cell (`| AC-2 gate | … |` under `## Acceptance criteria →
  // verification mapping`) is the feature's own subject, not the check's.
  if (k < 0)
    k = sections.findIndex(
      (s) =>
        unknown(s) &&
        !laterStep(s) &&
        checkWord(normalize(s.title)) &&
        opensWith(doc, s, speaksOfCheckInWords, (kind) => isProse(kind) && kind !== "table"),
    );
  // Or a check of the gates by its title (`## 门禁检查`, `## Gate Check`) whose opening lines,
  // its table's rows included, name the constitution (`| 章程门禁 | .specify/memory/constitution.md
  // | 通过 |`).
  if (k < 0)
    k = sections.findIndex((s) => {
      if (!unknown(s) || laterStep(s)) return false;
      const title = normalize(s.title);
      return (
        checkWord(title) &&
        GATE_WORD.test(s.title) &&
        opensWith(
          doc,
          s,
          (raw) => constitutionWord(normalize(raw)) || /constitution\.md/iu.test(raw),
        )
      );
    });
  return relabel(sections, k, "constitution-check");
}

/** `## 技術` over `**言語/バージョン**: …` lines: the fields make the Technical Context. */
function withContextByContent(doc: Doc, sections: Section[]): Section[] {
  if (sections.some((s) => s.kinds.has("technical-context"))) return sections;
  const k = sections.findIndex((s) => {
    if (s.heading.depth < 2 || s.kinds.size > 0) return false;
    // (Not a section titled by one field's subject, `## Testing Strategy`, `## Database
    // Design`: its labels are that subject's, `**Test Files**:`, `**Performance**:`.)
    if (fieldFamilies(normalize(s.title)).length === 1) return false;
    let families: Set<number> | null = null;
    let labelled = 0;
    let fields = 0;
    const last = Math.min(s.endLine, s.line + CONTEXT_LINES);
    for (let l = s.line + 1; l <= last; l++) {
      const kind = doc.kinds[l - 1];
      if (kind !== "text" && kind !== "list-item") continue;
      const body = (doc.lines[l - 1] ?? "").replace(LIST_MARKER, "");
      const split = splitLabel(body, false);
      if (!split || split.label.length > 60) continue;
      // (A bold title alone, no colon nor value, `1. **実行時間増大**` over a risk's
      // mitigation, heads an item; a field is a label and its value.)
      if (split.value === "" && !LABEL_COLON.test(body)) continue;
      labelled++;
      const found = fieldFamilies(normalize(split.label));
      if (found.length === 0) continue;
      fields++;
      families ??= new Set();
      for (const f of found) families.add(f);
    }
    // Three fields at least, and mostly fields: a risk list that mentions `Database
    // Performance` is not the Technical Context.
    return families !== null && families.size >= 3 && fields * 3 >= labelled * 2;
  });
  return relabel(sections, k, "technical-context");
}

/**
 * A re-check after design under a title of its own (`## Re-Evaluation Checkpoint`, `### Gates
 * Re-evaluation`, `## Re-check sau Phase 1`), outside the Constitution Check: the check's
 * post-design phase, when its title says it checks or its opening lines speak of the
 * constitution or its gates (`Phase 1完成后重新检查Constitution符合性`). Only beside a
 * Constitution Check the plan has: a re-check alone does not make a plan's check.
 */
function withRecheckSections(doc: Doc, sections: Section[]): Section[] {
  if (!sections.some((s) => s.kinds.has("constitution-check"))) return sections;
  const held = heldByCheck(sections);
  let out = sections;
  sections.forEach((s, k) => {
    if (!s.postDesign || s.heading.depth < 2 || s.kinds.has("constitution-check")) return;
    if (held[k]) return;
    const speaks =
      checkWord(normalize(s.title)) || speaksOfCheck(s.title) || opensWith(doc, s, speaksOfCheck);
    if (!speaks) return;
    if (out === sections) out = sections.slice();
    out[k] = { ...s, kinds: new Set<SectionKind>([...s.kinds, "constitution-check"]) };
  });
  return out;
}

/**
 * A section titled only as the gates (`## Gates`, `## Quality Gates`, `## ゲート`) right after
 * the Constitution Check, at its level: the check's gates, written under a heading of their own
 * (`### Gate 3: Quality Assurance` over `- [ ] Security considerations addressed`). Far from the
 * check, such a section is the feature's own release criteria.
 */
function withGatesAfterCheck(doc: Doc, sections: Section[]): Section[] {
  let out = sections;
  sections.forEach((s, k) => {
    // (A parenthesis after the title says when they hold: `## Gates (MUST PASS before
    // proceeding)`.)
    const title = withoutClosingParenthesis(s.title);
    if (s.heading.depth < 2 || s.kinds.size > 0 || !GATES_TITLE.test(title)) return;
    if (phasesOnly(doc, s)) return;
    let before = k - 1;
    while (before >= 0 && (sections[before]?.heading.depth ?? 0) > s.heading.depth) before--;
    const check = sections[before];
    if (!check || check.heading.depth !== s.heading.depth || check.endLine !== s.line - 1) return;
    if (!check.kinds.has("constitution-check")) return;
    if (out === sections) out = sections.slice();
    out[k] = { ...s, kinds: new Set<SectionKind>(["constitution-check"]) };
  });
  return out;
}

/** A checklist item: `- [ ] …`, `* [x] …`. */
const CHECKLIST_ITEM = /^\s{0,8}[-*+]\s+\[[ xX✓✔✗✘~-]\]/u;

/**
 * A part of the Constitution Check whose title names complexity (`### 设计复杂度评估` over `- [ ]
 * 数据模型是否遵循单一职责原则`, `### Principle 3: Progressive Complexity`, `### Complexity
 * Justification Required?`) and that holds checklist items and no table: the check's gates on
 * it, not Complexity Tracking (which justifies in a table, or says in prose that nothing needs
 * it). A part titled as Complexity Tracking's own work (its tracking, the violations, their
 * justification) stays Complexity Tracking.
 */
function withComplexityGatesInCheck(doc: Doc, sections: Section[]): Section[] {
  if (!sections.some((s) => s.kinds.has("constitution-check"))) return sections;
  const held = heldByCheck(sections);
  let out = sections;
  sections.forEach((s, k) => {
    if (!s.kinds.has("complexity-tracking") || s.kinds.size > 1) return;
    if (!held[k]) return;
    const title = normalize(s.title);
    if (violationsWord(title) || justificationsWord(title) || TRACKING.test(title)) return;
    let items = 0;
    for (let l = s.line + 1; l <= s.endLine; l++) {
      const kind = doc.kinds[l - 1];
      if (kind === "table") return;
      if (kind === "list-item" && CHECKLIST_ITEM.test(doc.lines[l - 1] ?? "")) items++;
    }
    if (items === 0) return;
    if (out === sections) out = sections.slice();
    out[k] = { ...s, kinds: new Set<SectionKind>() };
  });
  return out;
}

/**
 * For each section (in line order), whether a Constitution Check other than itself holds it
 * whole. One walk with the checks still open (headings nest at most six deep): a plan of many
 * checks is not compared check by section.
 */
function heldByCheck(sections: readonly Section[]): boolean[] {
  const open: Section[] = [];
  return sections.map((s) => {
    while (open.length > 0 && (open[open.length - 1]?.endLine ?? 0) < s.line) open.pop();
    const held = open.some((c) => c.line < s.line && c.endLine >= s.endLine);
    if (s.kinds.has("constitution-check")) {
      // (Only the checks that may still hold later sections stay open.)
      while (open.length > 0 && (open[open.length - 1]?.endLine ?? 0) <= s.endLine) open.pop();
      open.push(s);
    }
    return held;
  });
}

function relabel(sections: Section[], k: number, kind: SectionKind): Section[] {
  const found = sections[k];
  if (!found) return sections;
  const out = sections.slice();
  out[k] = { ...found, kinds: new Set<SectionKind>([kind]) };
  return out;
}

/** A line that speaks of the constitution. */
const constitutionWord = termMatcher(CONSTITUTION);
/**
 * Titles that name Complexity Tracking's own work: `Potential Violations and Justifications`,
 * `Complexity Justification`, `Complexity Tracking`, `复杂度跟踪`.
 */
const violationsWord = termMatcher(VIOLATIONS);
const justificationsWord = termMatcher(JUSTIFICATIONS);
const TRACKING =
  /\btracking\b|跟踪|追踪|追蹤|トラッキング|추적|seguimiento|acompanhamento|rastreamento|suivi/u;
/** A label's colon, inside its bold or after it, with nothing after: `**Storage**:`, `**Storage:**`. */
const LABEL_COLON = /[:：](?:\s*(?:\*\*|__))?\s*$/u;
/** How far below its heading the Technical Context's fields are looked for. */
const CONTEXT_LINES = 30;

export function parsePlan(text: string): Plan {
  const doc = scan(unwrapFence(text));
  // Sections are read when a rule first asks (`linkTargets` needs none).
  const sections = lazy(() =>
    withContextByContent(
      doc,
      withComplexityGatesInCheck(
        doc,
        withRecheckSections(
          doc,
          withGatesAfterCheck(
            doc,
            withCheckByContent(doc, withPseudoHeadings(doc, buildSections(doc))),
          ),
        ),
      ),
    ),
  );
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
  const complexityRows = lazy(() => extractComplexityRows(doc, inSection));
  const citations = lazy(() =>
    extractCitations(doc, (line) => inSection("constitution-check", line)),
  );
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
