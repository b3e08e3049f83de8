import { LIST_MARKER, isWhiteCode, nextNonSpace, previousNonSpace, type Doc } from "../markdown.js";
import {
  CLARIFICATION_CONTEXT,
  CLARIFICATION_MARKERS,
  CLARIFICATION_PENDING,
  DATE_FIELD,
  NONE_ANSWER,
  OR_BEFORE_MARKER,
} from "../lexicon/index.js";
import { code, type Rule } from "../rule.js";
import { resolvedByRecheck } from "./gate-justification.js";
import { NON_ASCII, normalize, termMatcher } from "../text.js";

/** The marker, also as `NEED CLARIFICATION` (in capitals, it is the marker misspelt). */
const PHRASE = /NEEDS?[ _]CLARIFICATION/g;
const escape = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/**
 * A cheap test first: the first five characters of each translated marker's last word
 * (`aclar`, `уточн`, `필요`, `需要澄清`), which every match of `TRANSLATED` holds as written.
 * (Its first words, `da`, `à`, `kl`, were in most lines of any plan.)
 */
const MAYBE_TRANSLATED = new RegExp(
  [
    ...new Set(
      CLARIFICATION_MARKERS.map((t) =>
        escape([...(t.split(" ").at(-1) ?? t)].slice(0, 5).join("")),
      ),
    ),
  ].join("|"),
  "iu",
);
/** `NEEDS CLARIFICATION` as plans written in other languages put it. */
const TRANSLATED = new RegExp(
  CLARIFICATION_MARKERS.map((t) => escape(t).replace(/ /g, "\\s*")).join("|"),
  "giu",
);

/** Resolution and instruction words in any language, a few words either side of a marker. */
const aboutMarkers = termMatcher(CLARIFICATION_CONTEXT);
/** `a resolver`, `to be resolved`: the marker is still open, whatever instruction word is there. */
const stillOpen = termMatcher(CLARIFICATION_PENDING);
/** How far either side of a marker its context is read: bounded, so a line stays linear. */
const CONTEXT = 24;

/**
 * Whether the words around a marker are about markers (`所有 [NEEDS CLARIFICATION] 已解决`).
 * Those words are another language's: `wide` says whether the line is written in one (has a
 * character beyond ASCII, or a translated marker), asked once per line rather than once per
 * marker, so a line of many markers stays linear. (On an English line, `resolved` a few words
 * after a marker may be the question's own, `(to be resolved in research)`.)
 */
function mentionsMarkers(line: string, wide: boolean, start: number, end: number): boolean {
  if (!wide) return false;
  const before = normalize(line.slice(Math.max(0, start - CONTEXT), start));
  if (stillOpen(before)) return false;
  return aboutMarkers(before) || aboutMarkers(normalize(line.slice(end, end + CONTEXT)));
}

/**
 * A count of markers still open after the words that say they are resolved (`All NEEDS
 * CLARIFICATION items from spec.md resolved (2 pending: FR-005 escalation conditions, FR-036
 * data access permissions)`): the line reports open questions, whatever it claims first.
 */
const OPEN_COUNT =
  /[(（]\s*(?:[1-9]\d{0,2}|one|two|three|four|five)\s+(?:still\s+)?(?:pending|open|remaining|outstanding|unresolved|left)(?![\p{L}])/iu;

function countsOpen(line: string, end: number): boolean {
  return OPEN_COUNT.test(line.slice(end, end + 200));
}

// The tests around a marker are anchored where the marker stands: sticky (`y`) at its end, or
// a lookbehind at its start, which the regex engine reads backwards from there. Neither rereads
// the line from its start, so a line of many markers stays linear (issue 8).

/**
 * A word for the markers still open, closing the label before its count (`**NEEDS
 * CLARIFICATION restantes**: 0`, `| NEEDS CLARIFICATION remaining | 0 |`).
 */
const REMAINING = String.raw`(?:\s+(?:remaining|left|open|outstanding|unresolved|restantes?|pendientes?|pendentes?|abiertas?|abertas?|em aberto|restants?|ouvertes?|verbleibende?|offene?|rimanenti|aperte|оставшиеся|открытые|còn lại|tersisa))?`;
/**
 * `- [x] All NEEDS CLARIFICATION resolved`, `no NEEDS CLARIFICATION remain`, `All [NEEDS
 * CLARIFICATION] markers absent from spec`, `**ไม่มี NEEDS CLARIFICATION**` (Thai: there is
 * none), `tidak ada NEEDS CLARIFICATION`: about the markers, not one. So is a count or a
 * `none` right after it (`NEEDS CLARIFICATION 0건`, `| NEEDS CLARIFICATION | 없음 — … |`,
 * `NEEDS CLARIFICATION: 0 items`), or the word for their answers (`# Phase 0 output (NEEDS
 * CLARIFICATION resolution)`, `8. **NEEDS CLARIFICATION解决**:` over the answers), or an arrow to
 * the decision (`**Research resolution (NEEDS CLARIFICATION → decided):**`).
 */
const RESOLVED_AFTER = new RegExp(
  String.raw`\s*(?:items?\s+|markers?\s+)?resolutions?(?![\p{L}])|\s*(?:→|->|=>|⇒)\s*(?:decided|resolved|answered|clarified|settled|done|✅)(?![\p{L}])|\s*(?:解决|解決|해결)(?=(?:\*\*|__)?\s*(?:[:：)）]|$))|${REMAINING}(?:\*\*|__)?\s*(?:[|:：=]\s*)?(?:0\s*(?:건|개|件|个|個|items?|markers?)?|없음|none|无|無|なし)(?![\p{L}\p{N}])|\s*(?:(?:markers?|items?|questions?|points?)\s*)?(?:(?:are|were|have been|has been|all)\s+)?(?:resolved|addressed|cleared|answered|clarified|absent|remain(?:ing)?\s*(?:[:：]\s*)?(?:0|none)|remain\b)|[^.]{0,40}\b(?:resolved|addressed|cleared|absent)\b|[^。.]{0,40}(?:解消済|解決済|已解决|已解決|已澄清|解消|解決した|已处理)`,
  "iuy",
);
const RESOLVED_BEFORE =
  /(?<=(?<![\p{L}\p{N}])(?:all|no|zero|0|any remaining|none of the|sin|sem|sans|ohne|kein(?:e|en)?|senza|без|không còn|không có|ningún|ninguna|nenhum|nenhuma|aucun|aucune|nessun|brak|tidak ada|tanpa|ไม่มี)\s+(?:(?:open|remaining|outstanding|unresolved|pending|unanswered|abiertas?|abiertos?|pendientes?|abertas?|abertos?|pendentes?|ouvert(?:e|es|s)?|offenen?|apert[eio]|открытых|нерешённых|нерешенных|оставшихся)\s+)?["'`“[]?)/iuy;
/**
 * The answers to the markers, not one: `resolução de NEEDS CLARIFICATION`, `respostas a NEEDS
 * CLARIFICATION`, `answers to NEEDS CLARIFICATION`, `resolution of …` (research.md's notes in a
 * tree, `# Fase 0 (respostas a NEEDS CLARIFICATION e decisoes)`).
 */
const ANSWERED_BEFORE =
  /(?<=(?<![\p{L}\p{N}])(?:resolutions?|resolu[çc](?:[ãa]o|[õo]es)|resoluci(?:[óo]n|ones)|r[ée]solutions?|respostas?|respuestas?|answers?|r[ée]ponses?)\s+(?:(?:of|to|for|de|da|das|do|dos|del|a|à|às|aos|aux|para)\s+)?(?:(?:the|os|as|los|las|les)\s+)?(?:all\s+|todas\s+|todos\s+)?["'`“[]?)/iuy;
/** `none` as an answer, in the languages of the lexicon: a bold label's value, a table's cell. */
const NONE_WORDS = String.raw`없음|none|n\/a|无|無|なし|ninguna?|nenhuma?|aucune?|keine|нет|brak|yok|tidak ada|không có|ไม่มี`;
/**
 * A none given as the markers' answer: `無`, `None`, `0`, `0 items`, also with a word on what
 * kind there is none of (`none blocking`, `none remaining`).
 */
const NONE_VALUE = String.raw`(?:0(?:\s*(?:건|개|件|个|個|items?|markers?))?|${NONE_WORDS})(?:\s+(?:blocking|remaining|remain|open|outstanding|left|pending|unresolved))?`;
/**
 * A bold label answered none: `**NEEDS CLARIFICATION**: 無（…）`, `- **NEEDS CLARIFICATION**:
 * None`, `**NEEDS CLARIFICATION**: 0`, `… : all resolved`, `**NEEDS CLARIFICATION**: none
 * blocking. All product decisions are settled`.
 */
const LABEL_NONE = new RegExp(
  String.raw`${REMAINING}(?:\*\*|__)\s*[:：]\s*(?:${NONE_VALUE}(?=\s*(?:$|[(（.,;:。，、—–-]))|(?:all\s+)?resolved(?![\p{L}\p{N}]))`,
  "iuy",
);
/** The next cell of a table row, answered none: `| 없음 — …`, `| None |`, `| 0 |`. */
const NONE_CELL = new RegExp(
  String.raw`${REMAINING}\s*\|\s*(?:0|${NONE_WORDS})(?![\p{L}\p{N}])`,
  "iuy",
);
/**
 * The markers as a kind (`NEEDS CLARIFICATION items from spec reviewed`, `remaining NEEDS
 * CLARIFICATION items`), or one that stands elsewhere (`(NEEDS CLARIFICATION in Technical
 * Context)`): a line about markers, not one. (The markers are reported where they stand.)
 */
const REFERS_AFTER =
  /\s*(?:items|markers|questions|points|entries|tags)\b|\s+(?:in|from)\s+(?:the\s+)?(?:technical context|spec(?:ification)?\b|spec\.md|research\.md|plan\.md|clarifications? section)/iuy;
/**
 * Resolved, right after a marker that stands as a value: `**出力**: NEEDS CLARIFICATION
 * 全て解決済みの research.md` (the old template's `**Output**: research.md with all NEEDS
 * CLARIFICATION resolved`, translated), `**Status**: NEEDS CLARIFICATION resolved`, also as the
 * aside that closes it (`**Testing**: NEEDS CLARIFICATION (Resolved in research.md)`). Not
 * `(to be resolved …)`: only the words themselves, at once.
 */
const RESOLVED_AT_ONCE =
  /\s*(?:(?:全て|すべて|全部|均|都|모두)\s*)?(?:解消済|解決済|已解决|已解決|已澄清|해결됨|해결 완료)|\s*(?:解决|解決|해결)(?=(?:\*\*|__)?\s*[:：])|\s+(?:[(（]\s*)?(?:(?:are|were|have been|all)\s+)?(?:resolved|cleared)(?![\p{L}\p{N}])/iuy;
/** Said anywhere before the marker on its line. */
const RESOLVED_BEFORE_CJK = /已解决|已澄清|解決済|解消/;
/**
 * The markers of another part of the plan, in Chinese: `基于技术上下文中的NEEDS CLARIFICATION，…`
 * ("based on the NEEDS CLARIFICATION in Technical Context"), as `(NEEDS CLARIFICATION in
 * Technical Context)` in English (see `REFERS_AFTER`).
 */
const REFERS_BEFORE_CJK = /(?<=(?:中|里|裡|内|內)的\s*["'`“「[]?)/uy;
/** Instructions quoting the phrase: `Use NEEDS CLARIFICATION for…`, `mark unknowns as NEEDS CLARIFICATION`. */
const INSTRUCTION_BEFORE =
  /(?<=\b(?:use|mark(?:s|ed|ing)?(?:\s+\w+){0,6}\s+as|marked\s+with|if|any|each|every|for|resolve|contains?|flag(?:s|ged|ging)?(?:\s+\w+){0,6}\s+as|marker|markers|explicitly|scan for|search for)\s+["'`“]?)/iy;
/**
 * `[… or NEEDS CLARIFICATION]`: `or` and blanks right before the marker, also as translations
 * of the template write it (`[例: pytest, XCTest または NEEDS CLARIFICATION]`).
 */
const OR_BEFORE = new RegExp(`(?<=${OR_BEFORE_MARKER})`, "iuy");

/** A field line: `**Constraints**: …`, `- **Storage**: …`. */
const FIELD_LINE = /^\s{0,3}(?:[-*+]\s+)?\*\*[^*]{1,60}\*\*\s*[:：]/u;
/** What stands before a value of the field: its colon, or a comma between values. */
const VALUE_BEFORE = /[:：,，]\s*$/u;
const QUOTES_BEFORE = new Set(["`", '"', "“", "'"]);
const QUOTES_AFTER = new Set(["`", '"', "”", "'"]);

const isWord = (c: string | undefined): boolean => c !== undefined && /\w/.test(c);

function at(re: RegExp, line: string, index: number): boolean {
  re.lastIndex = index;
  return re.test(line);
}

/**
 * State of a line read from left to right up to a position, so that every marker's context is
 * known without rereading the part of the line before it.
 */
interface Reader {
  /** Advances to `index` (never backwards). */
  to(index: number): void;
  /** The first `[` after the last `]` before the position (an open bracket), or -1. */
  readonly open: number;
  /** The last `[` before the position. */
  readonly lastOpen: number;
  /** Whether an `e.g.` stands inside the open bracket, before the position. */
  readonly example: boolean;
  /** Backticks before the position. */
  readonly ticks: number;
}

function reader(line: string): Reader {
  const state = { open: -1, lastOpen: -1, example: false, ticks: 0 };
  let pos = 0;
  return {
    get open() {
      return state.open;
    },
    get lastOpen() {
      return state.lastOpen;
    },
    get example() {
      return state.example;
    },
    get ticks() {
      return state.ticks;
    },
    to(index) {
      for (; pos < index; pos++) {
        const c = line[pos];
        if (c === "[") {
          if (state.open < 0) state.open = pos;
          state.lastOpen = pos;
        } else if (c === "]") {
          state.open = -1;
          state.example = false;
        } else if (c === "`") {
          state.ticks++;
        } else if (
          (c === "e" || c === "E") &&
          state.open >= 0 &&
          !isWord(line[pos - 1]) &&
          (/g/i.test(line[pos + 1] ?? "") ||
            (line[pos + 1] === "." && /g/i.test(line[pos + 2] ?? "")))
        ) {
          state.example = true;
        }
      }
    },
  };
}

export const noUnresolvedClarification: Rule = {
  id: "no-unresolved-clarification",
  summary: "A `NEEDS CLARIFICATION` marker is still open",
  defaultSeverity: "error",
  messages: {
    open: 'Open question {{text}}. spec-kit\'s Phase 0 must resolve every `NEEDS CLARIFICATION` before design starts ("ERROR if … unresolved"), since the rest of the plan depends on the answer. Resolve it (record the decision in research.md) and write the answer here.',
  },
  check({ plan, constitution, report: emit }) {
    const { doc } = plan;
    // Once the engine lists no more (a generated plan of 100,000 markers), no line is read on.
    let full = false;
    const report = (r: Parameters<typeof emit>[0]): boolean => {
      if (!emit(r)) full = true;
      return !full;
    };
    // A gate of the initial check left at `NEEDS CLARIFICATION` (`**事前評価**: ⚠️ NEEDS
    // CLARIFICATION` under `### 原則 I`) that the post-design re-check passes: Phase 0 answered
    // the question, as the template's workflow has it (asked only of a line holding a gate).
    let resolved: ReadonlySet<number> | undefined;
    let gateLines: ReadonlySet<number> | undefined;
    const answeredByRecheck = (line: number): boolean =>
      (gateLines ??= new Set(plan.gates.map((g) => g.line))).has(line) &&
      (resolved ??= resolvedByRecheck(plan, constitution)).has(line);
    doc.lines.forEach((raw, k) => {
      if (full) return;
      let line = raw;
      if (doc.kinds[k] === "code") {
        // A comment in a fenced tree or code (`└── tests/  # Backend tests (NEEDS
        // CLARIFICATION on framework)`, `// … [NEEDS CLARIFICATION if needed]`) is the author's
        // note, read as prose; the code before it is blanked, so columns stay the line's.
        const start = raw.includes("CLARIFICATION") ? commentStart(raw) : -1;
        if (start < 0) return;
        line = " ".repeat(start) + raw.slice(start);
      } else if (
        doc.kinds[k] !== "text" &&
        doc.kinds[k] !== "list-item" &&
        doc.kinds[k] !== "table" &&
        doc.kinds[k] !== "heading"
      )
        return;
      const english = line.includes("CLARIFICATION");
      // (Asked once a line: most lines hold neither.)
      const translated = !english && MAYBE_TRANSLATED.test(line);
      if (!english && !translated) return;
      if (answeredByRecheck(k + 1)) return;
      if (!english) {
        reportTranslated(line, k, report);
        return;
      }
      const wide = NON_ASCII.test(line);
      const resolvedCjk = RESOLVED_BEFORE_CJK.exec(line);
      const resolvedCjkEnd = resolvedCjk ? resolvedCjk.index + resolvedCjk[0].length : Infinity;
      const read = reader(line);
      // One excerpt per bracket, however many markers it holds.
      let excerpt = { bracket: -1, close: -1, text: "" };
      let nextClose = -2;
      for (const m of line.matchAll(PHRASE)) {
        const end = m.index + m[0].length;
        read.to(m.index);
        // Quoted or in a code span: someone talking about the marker.
        // (Not a field's value written in a code span: `**Constraints**: \`NEEDS
        // CLARIFICATION\` (e.g., retention policy)` is the open question itself.)
        const quoteBefore = previousNonSpace(line, m.index);
        const quoted =
          QUOTES_BEFORE.has(line[quoteBefore] ?? "") &&
          QUOTES_AFTER.has(line[nextNonSpace(line, end)] ?? "");
        // So is one that opens, bracketed, a code span that is a field's whole value:
        // `**Testing**: \`[NEEDS CLARIFICATION: testing strategy for code examples]\``.
        const spanStart = line[quoteBefore] === "[" ? previousNonSpace(line, quoteBefore) : -1;
        const bracketedSpan = spanStart >= 0 && line[spanStart] === "`" && read.ticks % 2 === 1;
        const valueAt = bracketedSpan ? spanStart : quoteBefore;
        const fieldValue =
          ((quoted && line[quoteBefore] === "`" && line[nextNonSpace(line, end)] === "`") ||
            bracketedSpan) &&
          FIELD_LINE.test(line) &&
          VALUE_BEFORE.test(line.slice(Math.max(0, valueAt - 3), valueAt));
        if (quoted && !fieldValue) continue;
        // An odd number of backticks before it: inside a code span (or an unclosed one).
        if (read.ticks % 2 === 1 && !fieldValue) continue;
        // `[e.g., Python 3.11 or NEEDS CLARIFICATION]` is template text: no-placeholder's finding.
        const openBracket = read.open >= 0;
        if (openBracket && read.example) continue;
        if (openBracket && at(OR_BEFORE, line, m.index) && orStart(line, m.index) > read.open)
          continue;
        // `[NEEDS CLARIFICATION: …]` and `**Field**: NEEDS CLARIFICATION` are markers, always.
        const c = line[quoteBefore] ?? "";
        // `[NEEDS CLARIFICATION]` with nothing in it names the marker (`Todas las
        // [NEEDS CLARIFICATION] resueltas`); with a question in it, it is one.
        const named = c === "[" && line[nextNonSpace(line, end)] === "]";
        // A table row labelled by the marker and answered none in the next cell (`|
        // NEEDS CLARIFICATION | 없음 — all resolved in research.md |`) has none open.
        const labelCell =
          c === "|" && line.slice(0, quoteBefore).trim() === "" && at(NONE_CELL, line, end);
        // So has a bold label of the marker answered none (`**NEEDS CLARIFICATION**: 無`).
        const head = line.slice(0, quoteBefore - 1);
        const labelNone =
          (c === "*" || c === "_") &&
          (head.trim() === "" || LIST_MARKER.exec(head)?.[0] === head) &&
          at(LABEL_NONE, line, end);
        if (labelNone) continue;
        const marker =
          !named &&
          !labelCell &&
          standsAsValue(line, quoteBefore) &&
          !at(RESOLVED_AT_ONCE, line, end);
        if (!marker && mentionsMarkers(line, wide, m.index, end)) continue;
        // A heading over the list of open questions (`### Unknowns / NEEDS CLARIFICATION`) is
        // as open as that list; answered `None` / `无` below it, there are none.
        if (!marker && doc.kinds[k] === "heading" && answeredNone(doc, k)) continue;
        if (
          !marker &&
          !countsOpen(line, end) &&
          (resolvedCjkEnd <= m.index ||
            at(RESOLVED_BEFORE, line, m.index) ||
            at(ANSWERED_BEFORE, line, m.index) ||
            at(RESOLVED_AFTER, line, end) ||
            at(REFERS_AFTER, line, end) ||
            at(REFERS_BEFORE_CJK, line, m.index) ||
            at(INSTRUCTION_BEFORE, line, m.index) ||
            (line.slice(0, m.index).trim() === "" && wrappedResolved(doc, k)) ||
            (line.slice(end).trim() === "" && resolvedOnNextLine(doc, k)))
        )
          continue;
        if (nextClose !== -1 && nextClose < m.index) nextClose = line.indexOf("]", m.index);
        const bracket = read.lastOpen;
        let text: string;
        if (openBracket && nextClose > 0) {
          if (excerpt.bracket !== bracket || excerpt.close !== nextClose) {
            excerpt = {
              bracket,
              close: nextClose,
              text: code(line.slice(bracket, nextClose + 1), 100),
            };
          }
          text = excerpt.text;
        } else {
          text = code(line.slice(m.index, Math.min(line.length, end + 60)).trim(), 100);
        }
        if (
          !report({
            messageId: "open",
            data: { text },
            line: k + 1,
            column: (openBracket && nextClose > 0 ? bracket : m.index) + 1,
          })
        )
          return;
      }
      reportTranslated(line, k, report);
    });
  },
};

/**
 * Whether the line before a marker that opens its line ends the same sentence with a negation
 * (`There is no` / `NEEDS CLARIFICATION in this document.`): a paragraph wrapped at the marker.
 */
function wrappedResolved(doc: Doc, k: number): boolean {
  if (k === 0 || doc.kinds[k] !== "text" || doc.kinds[k - 1] !== "text") return false;
  const before = (doc.lines[k - 1] ?? "").trimEnd();
  if (before === "" || /[.!?。：:]$/u.test(before)) return false;
  const tail = `${before.slice(-60)} `;
  return at(RESOLVED_BEFORE, tail, tail.length) || at(INSTRUCTION_BEFORE, tail, tail.length);
}

/** How far below a heading its answer is looked for. */
const ANSWER_LINES = 4;

/** Whether the first text below heading `k` (0-based) says there is nothing: `无。`, `None.` */
function answeredNone(doc: Doc, k: number): boolean {
  for (let n = k + 1; n < doc.lines.length && n <= k + ANSWER_LINES; n++) {
    const kind = doc.kinds[n];
    if (kind === "blank") continue;
    if (kind !== "text" && kind !== "list-item") return false;
    const text = (doc.lines[n] ?? "").replace(LIST_MARKER, "").replace(/[*_]/g, "").trim();
    return NONE_ANSWER.test(text);
  }
  return false;
}

/**
 * Whether a marker that ends its line is said to be resolved at the start of the next line of
 * the same paragraph (`…, NEEDS CLARIFICATION` / `отсутствуют.`, `… NEEDS CLARIFICATION` /
 * `were all resolved in research.md`).
 */
function resolvedOnNextLine(doc: Doc, k: number): boolean {
  if (doc.kinds[k] !== "text" || doc.kinds[k + 1] !== "text") return false;
  const next = (doc.lines[k + 1] ?? "").trimStart();
  if (at(RESOLVED_AFTER, ` ${next.slice(0, 80)}`, 0)) return true;
  const head = normalize(next.slice(0, CONTEXT));
  return !stillOpen(head) && aboutMarkers(head);
}

/** Whether what follows `before` stands as a value: after `[`, `:`, a table cell's `|` or `**`. */
function standsAsValue(line: string, before: number): boolean {
  const c = line[before] ?? "";
  if (c === "*" && line[before - 1] === "*") {
    // In bold, as a value (`**Storage**: **NEEDS CLARIFICATION**`, `- **NEEDS
    // CLARIFICATION**: …`, a cell), not as a term in a sentence (`All **NEEDS
    // CLARIFICATION** markers must be resolved here`).
    const prior = previousNonSpace(line, before - 1);
    const head = line.slice(0, before - 1);
    return prior < 0 || LIST_MARKER.exec(head)?.[0] === head || standsAsValue(line, prior);
  }
  return c === "[" || c === ":" || c === "：" || c === "|";
}

/** Whether the value after the colon at `before` is a date field's (see `DATE_FIELD`). */
function dateValue(line: string, before: number): boolean {
  const c = line[before];
  return (c === ":" || c === "：") && DATE_FIELD.test(line.slice(Math.max(0, before - 40), before));
}

/** Whether a marker fills a bracket alone: `（需要澄清）`, `(待确认)`. */
function bracketedAlone(line: string, before: number, end: number): boolean {
  const close = line[nextNonSpace(line, end)];
  return (line[before] === "(" || line[before] === "（") && (close === ")" || close === "）");
}

/** What may stand before a marker that opens its line as a label: a list marker, bold. */
const ITEM_HEAD = /^(?:(?:[-*+]|\d{1,3}[.)])(?:\s+(?:\*\*|__))?|\*\*|__)?$/u;
/** A colon after the marker answered none: `：无`, `: なし`, `: 0` (see `NONE_VALUE`). */
const NONE_AFTER_COLON = new RegExp(
  String.raw`(?:\*\*|__)?\s*[:：]\s*${NONE_VALUE}(?![\p{L}\p{N}])`,
  "iuy",
);
/** A colon after the marker, past its closing bold. */
const COLON_AFTER = /(?:\*\*|__)?\s*[:：]/uy;

/**
 * Whether a marker opens its line or list item as its label (`- 要明確化: ORM の選定`, `**需要澄清**：
 * …`): what follows is the open question, as after `- NEEDS CLARIFICATION: …`.
 */
function labelsItem(line: string, start: number, end: number): boolean {
  return (
    ITEM_HEAD.test(line.slice(0, start).trim()) &&
    at(COLON_AFTER, line, end) &&
    // Not when it is answered none or resolved (`- 需要澄清：无`, `- 要確認事項: すべて解決済み`).
    !at(NONE_AFTER_COLON, line, end) &&
    !aboutMarkers(normalize(line.slice(end, end + CONTEXT)))
  );
}

/** Where the `or` ends that `OR_BEFORE` found before `index`. */
function orStart(line: string, index: number): number {
  return previousNonSpace(line, index) - 1;
}

/** The marker in the plan's own language, where it stands as a value: `**성능 목표**: 명확화 필요`. */
function reportTranslated(
  line: string,
  k: number,
  report: Parameters<NonNullable<Rule["check"]>>[0]["report"],
): void {
  if (!MAYBE_TRANSLATED.test(line)) return;
  const read = reader(line);
  for (const m of line.matchAll(TRANSLATED)) {
    const before = previousNonSpace(line, m.index);
    // The template's own alternative, translated with it (`[ex: pytest, XCTest ou PRECISA DE
    // ESCLARECIMENTO]`): template text, no-placeholder's finding, as in English.
    read.to(m.index);
    const openBracket = read.open >= 0;
    if (openBracket && read.example) continue;
    if (openBracket && at(OR_BEFORE, line, m.index) && orStart(line, m.index) > read.open) continue;
    // Written in capitals (`PRECISA DE CLARIFICAÇÃO`), it is the marker wherever it stands, as
    // `NEEDS CLARIFICATION` is; in lower case it is ordinary words unless it stands as a value.
    const capitals = m[0] === m[0].toUpperCase() && m[0] !== m[0].toLowerCase();
    const end = m.index + m[0].length;
    // (Or alone in brackets after what it asks about: `测试框架选择：CTest vs. GoogleTest（需要澄清）`.)
    const alone = bracketedAlone(line, before, end);
    const value = standsAsValue(line, before) || alone || labelsItem(line, m.index, end);
    if (!value && !capitals) continue;
    // A date not yet set (`**預計開始日期**: 待確認`): the schedule's, not the design's.
    if (!capitals && dateValue(line, before)) continue;
    const named = line[before] === "[" && line[nextNonSpace(line, end)] === "]";
    // (A line with a translated marker is written in that language, accents or not, `Todos os
    // PRECISA DE ESCLARECIMENTO resolvidos`: the words around the marker are read in it.)
    if ((named || !value) && mentionsMarkers(line, true, m.index, end)) continue;
    const excerpt = line.slice(m.index, m.index + m[0].length + 60);
    const close = excerpt.indexOf("]");
    const rest = alone ? m[0] : (close >= 0 ? excerpt.slice(0, close + 1) : excerpt).trim();
    if (
      !report({
        messageId: "open",
        data: { text: code(rest, 100) },
        line: k + 1,
        column: m.index + 1,
      })
    )
      return;
  }
}

/**
 * Where the comment of a line of fenced code starts: a `#` or `//` after the code (`tests/  #
 * …`), or `//` opening the line. Not a `#` opening it: in a Markdown sample that is a heading
 * (`# Research: NEEDS CLARIFICATION items`), in a shell session a command's note. -1 when none.
 */
function commentStart(line: string): number {
  const lead = /^\s*\/\/\s/u.exec(line);
  if (lead) return lead[0].length;
  // (Read once from the left: a line of many `#` stays linear.)
  const white = (i: number): boolean => i < line.length && isWhiteCode(line.charCodeAt(i));
  let content = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    const mark = c === "#" ? 1 : c === "/" && line[i + 1] === "/" ? 2 : 0;
    if (mark > 0 && content && i > 0 && white(i - 1) && white(i + mark)) return i + mark + 1;
    if (!white(i)) content = true;
  }
  return -1;
}
