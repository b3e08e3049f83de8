import { STATUS_MARKS, STATUS_WORDS } from "./lexicon/index.js";
import type { GateStatus } from "./types.js";

const WORDS = STATUS_WORDS;
const MARKS = STATUS_MARKS;

const LATIN_WORD = /^\p{Script=Latin}/u;

type Table = ReadonlyArray<readonly [GateStatus, string]>;

/** One group per entry of the table, in the table's order. */
function compileMarks(table: Table): RegExp {
  return new RegExp(table.map(([, alt]) => `(${alt})`).join("|"), "iu");
}

/**
 * Status words, one group per entry. Latin words need boundaries; CJK words have none. The
 * boundaries are written once around all the Latin entries (asked at each position of every
 * text, once per entry they made the regex twice as slow), so the groups come Latin first:
 * `table` is the entries in the order of the groups. A Latin and a CJK entry never match at the
 * same place, so the leftmost match is still the one the lexicon's order gives.
 */
function compileWords(entries: Table): { readonly re: RegExp; readonly table: Table } {
  const latin = entries.filter(([, alt]) => LATIN_WORD.test(alt));
  const other = entries.filter(([, alt]) => !LATIN_WORD.test(alt));
  const group = ([, alt]: Table[number]): string => `(${alt})`;
  const bounded =
    latin.length > 0
      ? [
          // (Nor a member of a dotted name in code, `Result.Failure`, `Status.FAILED`: the
          // program's type, not the gate's status.)
          String.raw`(?<![\p{L}\p{N}]|[\p{L}\p{N}_]\.)(?:${latin.map(group).join("|")})(?![\p{L}\p{N}])`,
        ]
      : [];
  return {
    re: new RegExp([...bounded, ...other.map(group)].join("|"), "iu"),
    table: [...latin, ...other],
  };
}

const { re: WORD_RE, table: WORD_TABLE } = compileWords(WORDS);
const WORD_G = new RegExp(WORD_RE.source, "giu");

const byStatus = new Map<GateStatus, RegExp>();

/**
 * Whether a text uses a word of this status anywhere (`Pending items are…`, `待定`), read like
 * `findStatus` reads them: Latin words whole, CJK anywhere.
 */
export function mentionsStatus(text: string, status: GateStatus): boolean {
  let re = byStatus.get(status);
  if (!re) {
    re = compileWords(WORDS.filter(([s]) => s === status)).re;
    byStatus.set(status, re);
  }
  return re.test(text);
}
const MARK_RE = compileMarks(MARKS);
const CHECKBOX_RE = /\[([ xX✓])\]/u;

export interface StatusMatch {
  readonly status: GateStatus;
  /** Index in the text where the status token starts, and its length. */
  readonly index: number;
  readonly length: number;
  /** True when an emoji mark is part of the match (marks are never incidental prose). */
  readonly mark?: boolean;
}

/**
 * The table entry whose group took part in a match, read without copying the match (it has a
 * group per entry of the table).
 */
function firstGroup(m: RegExpExecArray): number {
  let group = 1;
  while (group < m.length && m[group] === undefined) group++;
  return group - 1;
}

function first(
  re: RegExp,
  table: ReadonlyArray<readonly [GateStatus, string]>,
  text: string,
): StatusMatch | null {
  const m = re.exec(text);
  if (!m) return null;
  const status = table[firstGroup(m)]?.[0];
  return status ? { status, index: m.index, length: m[0].length } : null;
}

/** A lower-case word joined by a slash: `/approve`, `reject/`. */
const JOINED_AFTER = /^\/(\p{Ll}[\p{L}\p{N}-]*)/u;
const JOINED_BEFORE = /(?<![\p{L}\p{N}])(\p{Ll}[\p{L}\p{N}-]*)\/$/u;

/**
 * Whether a status word is one of a slash-joined list of lower-case words that are not
 * statuses (`Pending/approve/reject flows remain visible`, `draft/pending/published`): a word
 * of the text naming states, not the gate's status. (A choice of two statuses, `pass/fail`,
 * is still read: see `choice`.)
 */
function slashJoined(text: string, index: number, length: number): boolean {
  const after = JOINED_AFTER.exec(text.slice(index + length, index + length + 41));
  const before = JOINED_BEFORE.exec(text.slice(Math.max(0, index - 41), index));
  const word = after?.[1] ?? before?.[1];
  if (word === undefined) return false;
  const own = first(WORD_RE, WORD_TABLE, word);
  return own === null || own.index !== 0 || own.length !== word.length;
}

/** The first status word of a text, past the words of a slash-joined list. */
function firstWord(text: string): StatusMatch | null {
  WORD_G.lastIndex = 0;
  for (let m = WORD_G.exec(text); m !== null; m = WORD_G.exec(text)) {
    if (slashJoined(text, m.index, m[0].length)) {
      WORD_G.lastIndex = m.index + 1;
      continue;
    }
    const status = WORD_TABLE[firstGroup(m)]?.[0];
    return status ? { status, index: m.index, length: m[0].length } : null;
  }
  return null;
}

type Found = StatusMatch & { readonly box?: true; readonly choice?: Choice };

/** The two answers of a choice left as a status, as written (`✓` and `✗`, `PASS` and `FAIL`). */
export interface Choice {
  readonly pass: string;
  readonly fail: string;
}

/** What joins the two statuses of a choice: `✓/✗`, `PASS / FAIL`. */
const CHOICE_JOIN = /^\s*\/\s*/u;

/**
 * A choice between passing and failing (`✓/✗ Component extends the base class`, `| PASS/FAIL |`):
 * the template's slot for the answer, left as it was, not an answer; read as unchecked.
 */
function choice(text: string, found: Found): Found {
  if (found.box || (found.status !== "pass" && found.status !== "fail")) return found;
  const end = found.index + found.length;
  const join = CHOICE_JOIN.exec(text.slice(end, end + 8));
  if (!join) return found;
  const rest = text.slice(end + join[0].length, end + join[0].length + WINDOW);
  const other = detectOne(rest);
  const opposite = found.status === "pass" ? "fail" : "pass";
  if (!other || other.index !== 0 || other.status !== opposite) return found;
  const written = text.slice(found.index, end);
  const otherWritten = rest.slice(0, other.length);
  return {
    status: "unchecked",
    index: found.index,
    length: end + join[0].length + other.length - found.index,
    ...(found.mark || other.mark ? { mark: true } : {}),
    choice:
      found.status === "pass"
        ? { pass: written, fail: otherWritten }
        : { pass: otherWritten, fail: written },
  };
}

function detect(text: string): Found | null {
  const found = detectOne(text);
  return found ? choice(text, found) : found;
}

function detectOne(text: string): Found | null {
  const mark = first(MARK_RE, MARKS, text);
  const word = firstWord(text);
  // A word right after a mark (`⚠️ N/A`, `✅ PASS`) speaks for both.
  if (word && (!mark || word.index < mark.index)) return word;
  if (word && mark && word.index - (mark.index + mark.length) <= 3) {
    // The match spans both, so that taking it out of a text leaves no stray mark.
    return {
      status: word.status,
      index: mark.index,
      length: word.index + word.length - mark.index,
      mark: true,
    };
  }
  if (mark) return { status: mark.status, index: mark.index, length: mark.length, mark: true };
  const box = CHECKBOX_RE.exec(text);
  if (box)
    return {
      status: box[1] === " " ? "unchecked" : "pass",
      index: box.index,
      length: box[0].length,
      box: true,
    };
  return null;
}

/** Finds the status a text gives: the leftmost status word, else the leftmost mark, else a checkbox. */
export function findStatus(text: string): StatusMatch | null {
  const found = detect(text);
  if (!found?.box && !found?.choice) return found;
  return {
    status: found.status,
    index: found.index,
    length: found.length,
    ...(found.mark ? { mark: true } : {}),
  };
}

/**
 * The choice a text leaves as its first status (`✓/✗ Component extends the base class`, `|
 * PASS/FAIL |`), its two answers as written; null when its first status is an answer or none.
 */
export function statusChoice(text: string): Choice | null {
  return detect(text)?.choice ?? null;
}

/**
 * The status mark that opens a text, after its leading blanks (`✅ **Docs**: …`, `⏳ Project
 * structure created`), its index counted from the text's start; null when a word or nothing
 * opens it.
 */
export function openingStatusMark(text: string): StatusMatch | null {
  const start = text.length - text.trimStart().length;
  const m = findStatus(text.slice(start, start + 8));
  return m?.mark && m.index === 0 ? { ...m, index: start } : null;
}

const MARK_G = new RegExp(MARK_RE.source, "gu");
const LETTER = /[\p{L}\p{N}]/u;
/** Longer than any status token: a mark, three characters, and the longest word. */
const WINDOW = 64;

/**
 * The first match of a global status regex starting at or after a position, cached: asked
 * for growing positions, the text is read once in all.
 */
function nextFrom(
  re: RegExp,
  table: ReadonlyArray<readonly [GateStatus, string]>,
  text: string,
): (from: number) => StatusMatch | null {
  let cachedFrom = -1;
  let cached: StatusMatch | null = null;
  return (from) => {
    if (cachedFrom < 0 || (cached !== null && cached.index < from) || cachedFrom > from) {
      re.lastIndex = from;
      const m = re.exec(text);
      const status = m ? table[firstGroup(m)]?.[0] : undefined;
      cached = m && status ? { status, index: m.index, length: m[0].length } : null;
      cachedFrom = from;
    }
    return cached;
  };
}

/**
 * The text without the statuses that open it (`✅ PASS — reason`): what is left after taking
 * `findStatus(text)` off the front for as long as it stands within the first four characters.
 * The next word and the next mark are found once each and kept until the text is stripped past
 * them, so a text of ten thousand `✅` or `[x]` is read once, not once per status (issue 8).
 */
export function withoutLeadingStatuses(text: string): string {
  const nextWord = nextFrom(WORD_G, WORD_TABLE, text);
  const nextMark = nextFrom(MARK_G, MARKS, text);
  let pos = 0;
  for (;;) {
    let found: StatusMatch | null;
    const before =
      pos > 0
        ? text.codePointAt(pos - 1 - (/[\uDC00-\uDFFF]/.test(text[pos - 1] ?? "") ? 1 : 0))
        : undefined;
    if (before !== undefined && LETTER.test(String.fromCodePoint(before))) {
      // After a letter (a CJK status word), a word may open the rest that the whole text would
      // not match there: read the rest as its own text, through a short window.
      let cut = Math.min(text.length, pos + WINDOW);
      if (/[\uD800-\uDBFF]/.test(text[cut - 1] ?? "")) cut++;
      const next = text.codePointAt(cut);
      const sentinel = next !== undefined && LETTER.test(String.fromCodePoint(next)) ? "x" : "";
      const local = detect(text.slice(pos, cut) + sentinel);
      if (!local || local.index > 3) break;
      // A checkbox speaks only when no word or mark stands anywhere after it; any that starts
      // in the first 40 characters (a token is at most 20 long) was seen in the window.
      if (local.box && cut < text.length && (nextWord(pos + 40) || nextMark(pos + 40))) break;
      found = { ...local, index: pos + local.index };
    } else {
      const word = nextWord(pos);
      const mark = nextMark(pos);
      if (word && (!mark || word.index < mark.index)) found = word;
      else if (word && mark && word.index - (mark.index + mark.length) <= 3)
        found = {
          status: word.status,
          index: mark.index,
          length: word.index + word.length - mark.index,
        };
      else if (mark) found = mark;
      else {
        const box = CHECKBOX_RE.exec(text.slice(pos, pos + 7));
        found = box ? { status: "pass", index: pos + box.index, length: box[0].length } : null;
      }
    }
    if (!found || found.index - pos > 3) break;
    pos = found.index + found.length;
  }
  return text.slice(pos);
}

/** The word no, in the lexicon's languages: the CJK and Cyrillic ones, then the Latin ones. */
const NO_WORDS = "否|いいえ|нет|아니오|아니요";
const LATIN_NO_WORDS = "no|n[ãa]o|non|nein|không";
/** `No — …`, `No.`, `いいえ`: a Latin no alone or before punctuation, another no anywhere. */
const ANSWERED_NO = new RegExp(
  `^(?:${NO_WORDS})|^(?:${LATIN_NO_WORDS})(?=\\s*(?:$|[.,;:!)(—–-]))`,
  "iu",
);

/** An answer to a yes/no gate question: `Yes — …` passes, `No — …` fails. */
export function answerStatus(text: string): GateStatus | null {
  const t = text.replace(/^[\s*_>:：-]+/, "");
  if (/^(?:yes|是|はい|sí|si|sim|oui|ja|да|예|네|có)(?![\p{L}\p{N}])/iu.test(t)) return "pass";
  // (A Latin `No` answers when it stands alone or before punctuation: `No — …`, `No.`; `No
  // Backend changes. Frontend logic isolated.` says what the plan leaves out.)
  if (ANSWERED_NO.test(t)) return "fail";
  return null;
}

/**
 * A label asking whether something unwanted is needed or present: an amendment, a violation, a
 * principle violated (`Algum MUST passou a ser violado pelo design?`, `Was any principle
 * violated?`).
 */
const UNWANTED =
  /\b(?:required|needed|necessary|amendments?|violations?|violated|breaking changes?|blockers?|deviations?|exceptions?|new dependencies)\b|нарушени[яей]|нарушен[аоы]?(?![\p{L}])|违规|違規|違反|违反|위반|violaci(?:ón|ones)|violaç(?:ão|ões)|violad[oa]s?(?![\p{L}])|viol[ée]e?s?(?![\p{L}])|verletzt(?![\p{L}])/iu;
/**
 * An answer that says no, once its cross is taken away: `NO`, `None`, `None identified`, `Not
 * required`, `НЕТ`, `无`, `なし`, `없음`, `Ninguna`, `Nenhuma`, `Aucune`, `Keine`, and the word no
 * itself in the lexicon's languages (`Não.`, `Nein`, `いいえ`).
 */
const ABSENT = new RegExp(
  String.raw`^(?:${NO_WORDS}|${LATIN_NO_WORDS}|none(?: (?:identified|found|detected|noted))?|not (?:required|needed)|n\/a|отсутствуют|无|無|没有|沒有|なし|ありません|없음|ninguna?|ninguno|nenhuma?|nenhum|aucune?|keine?)\.?$`,
  "iu",
);
const CROSS = /[❌✗✘×]\uFE0F?/gu;

/**
 * Whether a failing answer is the answer no to a question about something unwanted:
 * `**Governance Amendment Required**: ❌ NO`, `| Breaking changes | ❌ None |`. The cross says
 * nothing unwanted is needed: it passes, where `**Tests Written**: ❌ NO` fails.
 */
export function noToUnwanted(label: string, answer: string): boolean {
  return UNWANTED.test(label) && ABSENT.test(answer.replace(CROSS, "").trim());
}

/** How bad a status is, for "worst of" summaries. */
export function statusRank(status: GateStatus | "missing"): number {
  switch (status) {
    case "fail":
      return 6;
    case "missing":
      return 5;
    case "needs-review":
      return 4;
    case "pending":
      return 3;
    case "unchecked":
      return 2;
    case "unknown":
      return 1;
    case "not-applicable":
      return 0;
    case "pass":
      return -1;
  }
}

/** Statuses that need a justification (spec-kit: "ERROR if violations unjustified"). */
export function needsJustification(status: GateStatus): boolean {
  return (
    status === "fail" || status === "pending" || status === "unchecked" || status === "needs-review"
  );
}
