/**
 * One gate from one line of a Constitution Check: a checkbox item, a bold-label question, a
 * plain list item that asserts a status, or a `Result:` verdict, with the detail lines below
 * it as its reason.
 */
import { MAX_GATE_TEXT } from "../limits.js";
import { CHECKBOX_ITEM, listItemAt, plainText, type Doc } from "../markdown.js";
import { replacePlaceholders } from "../placeholders.js";
import {
  answerStatus,
  findStatus,
  noToUnwanted,
  openingStatusMark,
  type StatusMatch,
} from "../status.js";
import { trimEndWith } from "../text.js";
import type { GateStatus, Mutable } from "../types.js";
import {
  INSTRUCTION_LABEL,
  QUESTION,
  REASON_LABEL,
  RESULT_LABEL,
  skipWhite,
  splitLabel,
} from "./labels.js";
import type { BlockSpans } from "./lines.js";
import type { Gate } from "./model.js";

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
  return found && closes(found, text) ? found : null;
}

/**
 * Whether a status token closes the text as its status. A noun (not in capitals) that ends a
 * sentence is its object, not a status set beside it (`- [x] Retries on transient failure`,
 * `- Do not treat \`blocked\` as a runtime failure.`, `Single Point of Failure`); set off (`… —
 * failure`) or in capitals (`FAILURE`), it is one.
 */
function closes(m: StatusMatch, text: string): boolean {
  if (!/^[\s.!)）。*_]*$/u.test(text.slice(m.index + m.length))) return false;
  const token = text.slice(m.index, m.index + m.length);
  return (
    m.mark === true ||
    !STATUS_NOUN.test(token) ||
    token === token.toUpperCase() ||
    !/\p{L}[\s*_`]*$/u.test(text.slice(0, m.index))
  );
}

/** Status words that are nouns (`failure`, `violation`): ending a sentence, its object. */
const STATUS_NOUN = /^(?:failures?|violations?|breach(?:es)?|deviations?|warnings?)$/iu;

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

/** A paragraph line without its quote marker. */
function paragraphContent(raw: string): string {
  let i = skipWhite(raw, 0);
  if (raw[i] === ">") i = skipWhite(raw, i + 1);
  return raw.slice(i);
}

/**
 * A status mark that stands before a bold label (`✅ **API-First Design**: …`), and the text
 * from the label on; or no mark and the text as it is.
 */
function leadingMark(content: string): { mark: StatusMatch | null; rest: string } {
  const m = openingStatusMark(content);
  if (!m) return { mark: null, rest: content };
  const at = skipWhite(content, m.index + m.length);
  const bold = content.startsWith("**", at) || content.startsWith("__", at);
  return bold ? { mark: m, rest: content.slice(at) } : { mark: null, rest: content };
}

/** A box drawn with a status mark in it: `[✓]`, `[✗]`, `[⚠]`. */
const MARKED_BOX = /^\[\s?([^\s[\]]{1,2})\s?\]\s+/u;

/**
 * `[~]`: a box ticked in part (task lists write it for work partly done): the gate holds in
 * part, as `⚠️ PARTIAL` does.
 */
const PARTLY_TICKED: StatusMatch = { status: "needs-review", index: 0, length: 1, mark: true };

/**
 * `- [] Data Preservation`, `- []Resilience`: a box typed without its space, which Markdown does
 * not read as a task-list box but an author and a reviewer do, as an empty one.
 */
const EMPTY_BOX = /^\[\]\s*(?=\S)/u;
const UNTICKED: StatusMatch = { status: "unchecked", index: 0, length: 2, mark: true };

/** The status mark drawn in an item's box (`[✓] Code runs on Bun`) and the text after it. */
function markedBox(content: string): { mark: StatusMatch | null; rest: string } {
  const empty = EMPTY_BOX.exec(content);
  if (empty) return { mark: UNTICKED, rest: content.slice(empty[0].length) };
  const m = MARKED_BOX.exec(content);
  const mark = m ? (m[1] === "~" ? PARTLY_TICKED : openingStatusMark(m[1] ?? "")) : null;
  return mark && m ? { mark, rest: content.slice(m[0].length) } : { mark: null, rest: content };
}

/**
 * Whether a label instructs rather than gates (`**Note**:`, the template's `GATE:`). Not a bold
 * `**GATE**:` whose value opens with a status (`**GATE**: 要更新 — 以下の憲章ゲートに準拠していることを
 * 確認する`, "needs update"): that is the check's verdict.
 */
function instructs(label: string, value: string): boolean {
  if (!INSTRUCTION_LABEL.test(label)) return false;
  if (!/^gate$/iu.test(label.trim())) return true;
  const status = findStatus(plainText(value));
  return status === null || status.index > 0;
}

/**
 * Whether a paragraph line stands as a gate of its own (a bold label that is neither a reason
 * nor an instruction, or a `Result:` verdict), so that it is no other gate's detail.
 */
function gateLike(raw: string): boolean {
  const content = leadingMark(paragraphContent(raw)).rest;
  const split = splitLabel(content, false);
  const label = split ? split.label : splitLabel(content, true)?.label;
  if (label === undefined) return false;
  if (!split && !RESULT_LABEL.test(label)) return false;
  return (
    !REASON_LABEL.test(label) &&
    label.length <= 80 &&
    (split ? !instructs(label, split.value) : !INSTRUCTION_LABEL.test(label))
  );
}

/** A sentence of five words or more about its subject: `Platform is … ready for …`. */
function statement(label: string): boolean {
  return / (?:is|are) /u.test(label) && label.trim().split(/\s+/u).length >= 5;
}

export function lineGate(
  doc: Doc,
  blocks: BlockSpans,
  line: number,
  endLine: number,
): Omit<Gate, "phase" | "sectionTitle"> | null {
  const raw = doc.lines[line - 1] ?? "";
  const kind = doc.kinds[line - 1];
  const item = kind === "list-item" ? listItemAt(doc, line) : undefined;
  // A paragraph may open with its status mark before the bold label: `✅ **Docs**: …`. An item
  // may draw its box with a mark in it: `- [✓] Code runs on Bun`, `- [⚠] Feature accessible
  // via CLI`.
  const lead = item
    ? item.checked === null
      ? markedBox(item.content)
      : { mark: null, rest: item.content }
    : leadingMark(paragraphContent(raw));
  const content = lead.rest.length > MAX_GATE_TEXT ? lead.rest.slice(0, MAX_GATE_TEXT) : lead.rest;
  const column = item ? item.column : raw.length - raw.trimStart().length + 1;
  const checkbox = item?.checked ?? null;
  const split = wholeBold(splitLabel(content, false), item !== undefined && checkbox === null);

  let label: string;
  let rest: string;
  if (split) {
    label = split.label;
    rest = split.value;
  } else if (checkbox !== null || item) {
    const plain = plainText(content);
    const colon = plain.search(ITEM_SEPARATOR);
    label = colon > 0 && colon < 80 ? plain.slice(0, colon).trim() : plain;
    rest = colon > 0 && colon < 80 ? plain.slice(colon + 1).replace(/^[\s\-–—]+/u, "") : "";
  } else {
    // A plain paragraph line: only a `Result: PASS` style verdict counts.
    const plain = splitLabel(content, true);
    if (!plain || !RESULT_LABEL.test(plain.label)) return null;
    label = plain.label;
    rest = plain.value;
  }
  // A checkbox item is a gate however long it is, a box drawn with a mark in it too (`- [⚠]`,
  // `- [~]`); a long bold label is prose.
  const boxed = item !== undefined && item.checked === null && lead.mark !== null;
  if (
    REASON_LABEL.test(label) ||
    (label.length > 80 && checkbox === null && !boxed) ||
    (split ? instructs(label, rest) : INSTRUCTION_LABEL.test(label))
  )
    return null;
  const isResult = RESULT_LABEL.test(label);
  const restPlain = plainText(rest);
  // A tally of the check (`**Failed**: 0 ❌`, `**Warnings**: 2 ⚠️`): the gates it counts are
  // read where they stand.
  if (split && TALLY.test(restPlain) && (statusOnly(label) || COUNTED.test(label))) return null;
  // An option of a decision left unticked beside the one ticked (`- [x] **PASS**: 可以繼續` over
  // `- [ ] **FAIL**: 存在憲法違反`): the choice not made, not a gate.
  if (checkbox === false && statusOnly(label) && tickedOption(doc, line)) return null;
  // `**Input Validation Check** (if TypeScript project):` over a checklist titles a group: the
  // boxes below are the gates.
  if (split && !item && CONDITION_ONLY.test(restPlain) && checklistFollows(doc, line, endLine))
    return null;
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
  // The same holds for a checkbox's own text: its box is its status, and `- [x] Rate limiting
  // for failed logins` is a passed gate that mentions failure.
  // A bold label may carry its own status mark: `**✅ DDD 戰術模式**: 是否清楚定義…?` answers its
  // question with the mark, whatever the text after it asks.
  // A mark before the label is the gate's status; the text after it describes (`✅ **III.
  // Human-in-the-Loop Milestones**: 각 단계마다 사용자 승인 대기`, "waits for approval").
  // So does a passing mark that opens a label (`8. ✅ **Completeness**: No TODO, TBD, or
  // placeholder content`): the value's words (`TODO`) describe the gate. (A warning mark is
  // refined by them: `- ⚠️ STILL PENDING: …` is pending.)
  const labelMark = split || plainItem ? openingMark(label) : null;
  const found =
    lead.mark ??
    (labelMark?.mark && labelMark.status === "pass" ? labelMark : null) ??
    asserted(near, answer, true) ??
    (isResult
      ? null
      : split
        ? labelMark
        : plainItem || checkbox !== null
          ? (trailingStatus(label) ?? askedStatus(label))
          : findStatus(label));
  // A bold sentence on a line of its own (`**Platform is constitution-compliant and ready for
  // feature development** (pending build fix).`) states a conclusion: a word in its aside is no
  // gate's status. (A status mark still makes it one: `**All tests are written first** ✅`.)
  if (split && !item && found && !found.mark && statement(label)) return null;
  let status: GateStatus | null = found?.status ?? null;
  if (checkbox !== null && (status === null || found?.status === "pass")) {
    status = found && found.status !== "pass" ? found.status : checkbox ? "pass" : "unchecked";
    // An empty box whose line the author closes with a passing mark (`- [ ] **Gentle
    // Crawler**: Rate limiting, robots.txt compliance ✓`): the mark, written last, is the
    // answer; the box was left as the template had it.
    // (One mark only: a line of marks, `✅ x n ✅ x n …`, answers nothing.)
    if (
      checkbox === false &&
      found?.mark &&
      found.status === "pass" &&
      CLOSING_PASS.test(raw) &&
      (raw.match(PASS_MARKS) ?? []).length === 1
    )
      status = "pass";
  }
  // A ticked box whose description says the work goes on (`- [x] Documentation & QA - In
  // progress with this planning workflow`): the author ticked the gate; the words describe it.
  if (checkbox === true && status === "pending" && found && !found.mark) status = "pass";
  if (status === null && split && !QUESTION.test(restPlain)) status = answerStatus(restPlain);
  if (status === "fail" && split && noToUnwanted(label, answer)) status = "pass";
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
  // (Brackets the word stood alone in go with it: `… LTS. (*NEEDS VERIFICATION*)`.)
  const own = fromAnswer
    ? `${answer.slice(0, found.index)} ${answer.slice(found.index + found.length)}`.replace(
        /[(（[]\s*[)）\]]/gu,
        " ",
      )
    : restPlain;
  const reason = trimEndWith([own, ...details].join(" ").replace(/^[\s\-–—:：,.()|]+/u, ""), (c) =>
    /[\s\-–—:：,(|]/u.test(c),
  ).trim();
  const gate: Mutable<Omit<Gate, "phase" | "sectionTitle">> = {
    label: isResult ? "Gate result" : label,
    status,
    line,
    column,
    form: isResult ? "result" : checkbox !== null ? "checkbox" : split ? "label" : "item",
    reason,
    text: `${label} ${restPlain}`,
  };
  if (isResult && label !== "") gate.written = label;
  return gate;
}

/** The status a label is made of, marks aside (`✅ PASS`, `**FAIL**`), or null. */
/** Whether the item above or below is a ticked box labelled by a status alone (an option). */
function tickedOption(doc: Doc, line: number): boolean {
  for (const other of [line - 1, line + 1]) {
    if (doc.kinds[other - 1] !== "list-item") continue;
    const item = listItemAt(doc, other);
    if (item?.checked !== true) continue;
    const split = splitLabel(item.content, false);
    const label = split ? split.label : plainText(item.content).split(ITEM_SEPARATOR)[0];
    if (label !== undefined && statusOnly(label)) return true;
  }
  return false;
}

export function statusOnly(label: string): GateStatus | null {
  const plain = plainText(label).trim();
  if (plain.length > 24) return null;
  const m = findStatus(plain);
  return m && m.index <= 3 && m.index + m.length >= plain.length - 1 ? m.status : null;
}

/** What a tally counts besides statuses: `Warnings`, `Violations`, `Issues`. */
const COUNTED =
  /^\s*(?:warnings?|errors?|violations?|issues?|failures?|blockers?|deviations?|exceptions?)\s*$/iu;

/** A count, with its marks: `0 ❌`, `11 ✅`, `2/8`. */
const TALLY = /^\s*\d{1,4}(?:\s*\/\s*\d{1,4})?(?:\s*(?:✅|❌|⚠️|⚠|✓|✗|✘|×|🟢|🟡|🔴))*\s*$/u;

/**
 * Where a plain item's label ends: a colon and a blank, a full-width colon (no blank needed:
 * `用户输入审查：⚠️ 本功能…`), or a spaced dash.
 */
const ITEM_SEPARATOR = /:\s|：|\s[-–—]\s/u;

/**
 * A plain list item written wholly in bold, its status inside the bold after a dash or a colon
 * (`- **원칙 III (검증 가능한 변경) — 위반 1건 잔존, 1건은 완화됨.**`): read as the plain item it
 * would be without the bold (its label up to the separator, its status after it), not as a
 * bold label with nothing after it (a pseudo-heading). A bold span with no separator inside
 * (`- **Backend**`) is still one.
 */
function wholeBold<T extends { label: string; value: string }>(
  split: T | null,
  plainListItem: boolean,
): T | null {
  if (!split || !plainListItem || !/^[\s.。!]*$/u.test(split.value)) return split;
  const separator = split.label.search(ITEM_SEPARATOR);
  return separator > 0 && separator < 80 && separator < split.label.length - 2 ? null : split;
}

/** A value that is only a condition in parentheses, or nothing: `(if Koa-based web API):`. */
const CONDITION_ONLY = /^(?:\([^()]*\)\s*)?(?:[:：]\s*)?$/u;

/**
 * Whether the next non-blank line below is a checkbox item, or an item that opens with a status
 * mark (`1. ✅ Constitution ratified`, `4. ⏳ Project structure created`), within the section.
 */
function checklistFollows(doc: Doc, line: number, endLine: number): boolean {
  let l = line + 1;
  while (l <= endLine && doc.kinds[l - 1] === "blank") l++;
  if (l > endLine || doc.kinds[l - 1] !== "list-item") return false;
  if (CHECKBOX_ITEM.test(doc.lines[l - 1] ?? "")) return true;
  return openingStatusMark(listItemAt(doc, l)?.content ?? "") !== null;
}

/**
 * A status mark (`✅`, `❌`, `⚠️`) that opens a label, or a checkbox written inside the bold
 * (`- **[x] Principle I (SDD):** Does …?`), or null.
 */
function openingMark(label: string): StatusMatch | null {
  const box = LEADING_BOX.exec(label);
  if (box) return { status: box[1] === " " ? "unchecked" : "pass", index: 0, length: 3 };
  const m = findStatus(label);
  return m?.mark && m.index === 0 ? m : null;
}

const LEADING_BOX = /^\[([ xX✓])\](?=\s)/u;

/** A passing mark that ends a line (`… retry with jitter ✓`, `… ✅ **`). */
const CLOSING_PASS = /(?:✓|✔️?|✅)(?:\s*(?:\*\*|__))?\s*$/u;
const PASS_MARKS = /[✓✔✅]/gu;

/**
 * The status a label asserts outside its questions: a word in a question is what it asks, not
 * its answer (`- [x] Tests are written, approved and confirmed to FAIL before any
 * implementation?` is a ticked box; `- [x] Contract tests first? FAIL` fails).
 */
function askedStatus(label: string): StatusMatch | null {
  const answer = withoutQuestions(label);
  return assertedOnly(findStatus(answer), answer);
}

/** The status when the text asserts it (see `assertedStatus`), or null. */
function assertedOnly(m: StatusMatch | null, text: string): StatusMatch | null {
  return m && assertedStatus(m, text, false) ? m : null;
}

/** A status token that a line asserts rather than mentions (see `lineGate`). */
function assertedStatus(m: StatusMatch, text: string, opens: boolean): boolean {
  if (m.mark) return true;
  const token = text.slice(m.index, m.index + m.length);
  if (/\p{Lu}{2}/u.test(token) && token === token.toUpperCase()) return true;
  if (opens && m.index <= 3) return true;
  return closes(m, text);
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
