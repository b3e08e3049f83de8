/**
 * Labelled lines: `**Label**: value`, `**Label:** value` and `Label: value` split by hand, and
 * the label words that make a line a verdict, a reason or an instruction rather than a gate.
 */
import { isWhiteCode, plainText } from "../markdown.js";

const isWhite = (c: string | undefined): boolean => c !== undefined && isWhiteCode(c.charCodeAt(0));
const isColon = (c: string | undefined): boolean => c === ":" || c === "：";
const isDash = (c: string | undefined): boolean => c === "-" || c === "–" || c === "—";

/** Index past the white space starting at `i`. */
export function skipWhite(text: string, i: number): number {
  while (i < text.length && isWhite(text[i])) i++;
  return i;
}

/** `**`/`__` at `i`. */
function boldMark(text: string, i: number): boolean {
  const c = text[i];
  return (c === "*" || c === "_") && text[i + 1] === c;
}

/** The most bold labels read as one (`**A**, **B** and **C**: …`). */
const MAX_JOINED = 6;

/** Where the bold label joined to the one closed before `i` opens (`, **`, ` & **`), or -1. */
function joinedBold(text: string, i: number): number {
  let at = skipWhite(text, i);
  const c = text[at];
  if (c === "," || c === "，" || c === "、" || c === "&") at += 1;
  else if (text.startsWith("and", at) && isWhite(text[at + 3])) at += 3;
  else return -1;
  at = skipWhite(text, at);
  return boldMark(text, at) ? at : -1;
}

/** The first closing `**`/`__` after `from`, or -1. */
function closingBold(text: string, from: number): number {
  for (let k = from + 1; k < text.length - 1; k++) if (boldMark(text, k)) return k;
  return -1;
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
    let close = closingBold(text, from);
    // Labels joined into one (`**I. Shared-First**, **V. Accessibility** — N/A`): one label
    // over them all, its value after the last (a value there is a colon's or a dash's; a list
    // of names, `**React 19**, **TypeScript**`, has none).
    let last = close;
    for (let joined = 0; joined < MAX_JOINED; joined++) {
      const next = joinedBold(text, last + 2);
      const end = next < 0 ? -1 : closingBold(text, next + 2);
      if (end < 0) break;
      last = end;
    }
    if (last > close) {
      const at = skipWhite(text, last + 2);
      if (isColon(text[at]) || (isDash(text[at]) && isWhite(text[at + 1]))) close = last;
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
/**
 * Labels that give a verdict for the whole check rather than one gate: `Gate status`, `Final
 * result`, `結論`, also a phase's gate as a whole (`Phase 0 (pre-research) gate`, `Phase 0
 * (調査前) ゲート`).
 */
export const RESULT_LABEL =
  /^(?:phase|フェーズ|阶段|階段|단계)\s*-?\d+\s*(?:[(（][^()（）]{1,40}[)）]\s*)?(?:gates?|ゲート|门禁|閘門|게이트)$|^(?:(?:overall|initial|final|post[- ]design|gate|check|constitution(?: check)?)\s*)*(?:result|status|verdict|outcome|evaluation|assessment)s?(?:\s*[(（][^()（）]{1,40}[)）])?$|^(?:post[- ]design|post[- ]phase\s*\d)(?:\s+(?:constitution\s+)?re-?check)?$|^(?:gate|verdict|结果|检查结果|结论|判定|結果|結論|総合判定|评估结果|初步评估|最终评估|resultado|résultat|ergebnis|risultato|результат|결과)(?:\s*[(（][^()（）]{1,40}[)）])?$|(?:结论|結論|结果|結果|결과)(?:\s*[(（][^()（）]{1,40}[)）])?$/iu;
/** Labels that carry explanation, not a gate. */
export const REASON_LABEL =
  /^(?:notes?|justification|rationale|reason|evidence|comment|details?|explanation|action|mitigation|why|how|violations?|constitution(?: file| version| link)?|reference|source|link|version|complexity tracking|constituci[óo]n|constitui[çc][ãa]o|verfassung|конституция|конституція|宪法|憲法|헌법|说明|备注|理由|根拠|備考|説明|対応)$|^(?:[\p{L}\p{N}-]+\s+){1,4}notes?\.?$/iu;

export const QUESTION = /[?？]\s*$/u;
/** Bold lines of the template that instruct rather than gate. */
export const INSTRUCTION_LABEL =
  /^(?:fill only|gate\s*[:：]|gate$|note\b|important\b|if any gate|example|ready for\b|next (?:steps?|command|phase)\b)/iu;
