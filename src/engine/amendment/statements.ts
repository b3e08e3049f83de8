/**
 * The statements of a constitution's text (a principle's body, a section's body) and how two
 * versions of them differ: which rules were added, removed or changed, and which were only
 * reworded. This is what tells a PATCH amendment from a MINOR or a MAJOR one.
 */
import { isProse, plainText, type Doc } from "../markdown.js";
import { HAN_KANA, normalize } from "../text.js";

/** The obligation a statement carries, RFC 2119 style. */
export type Modal = "must" | "must-not" | "should" | "should-not" | "may";

export interface Statement {
  /** Plain text of the sentence. */
  readonly text: string;
  readonly line: number;
  readonly modal: Modal | null;
  /** Distinctive tokens, for similarity. */
  readonly tokens: ReadonlySet<string>;
}

/** How a body changed: spec-kit's PATCH (reworded), MINOR (expanded), MAJOR (redefined). */
export type BodyChange = "unchanged" | "reworded" | "expanded" | "redefined";

export interface StatementPair {
  readonly base: Statement;
  readonly head: Statement;
}

export interface BodyDiff {
  readonly change: BodyChange;
  /** Rules in the head with no counterpart in the base. */
  readonly added: readonly Statement[];
  /** Rules in the base with no counterpart in the head. */
  readonly removed: readonly Statement[];
  /** Rules present in both whose obligation changed, or whose content was replaced or cut. */
  readonly changed: readonly StatementPair[];
  /** Rules present in both, same obligation, that only gained content (`a CLI` → `a CLI and an API`). */
  readonly extended: readonly StatementPair[];
}

const MODALS: ReadonlyArray<readonly [Modal, RegExp]> = [
  [
    "must-not",
    /\b(?:must|shall)\s+not\b|\bmustn't\b|\bnever\b|\bforbidden\b|\bprohibited\b|\bnot\s+(?:allowed|permitted)\b|禁止|不得|严禁|嚴禁|不允许|してはならない|してはいけない|금지|해서는 안/iu,
  ],
  [
    "must",
    /\b(?:must|shall|required|mandatory|non-negotiable)\b|必须|必須|务必|務必|しなければならない|すること|해야\s*한다|해야 합니다|필수/iu,
  ],
  ["should-not", /\bshould\s+not\b|\bshouldn't\b|\bnot\s+recommended\b|不应|不應|べきではない/iu],
  ["should", /\bshould\b|\brecommended\b|应当|應當|应该|應該|べき|권장/iu],
  ["may", /\bMAY\b|\bOPTIONAL\b|\boptional(?:ly)?\b|可以|可選|可选/u],
];

/** The obligation of a statement: the strongest modal it uses, or null for plain prose. */
export function modalOf(text: string): Modal | null {
  for (const [modal, pattern] of MODALS) if (pattern.test(text)) return modal;
  return null;
}

const STOP = new Set([
  "a",
  "an",
  "the",
  "and",
  "or",
  "of",
  "for",
  "to",
  "in",
  "on",
  "by",
  "with",
  "as",
  "is",
  "are",
  "be",
  "it",
  "its",
  "this",
  "that",
  "at",
  "from",
]);

/** Words of a text, lower-cased and lightly stemmed; runs of Chinese or Japanese as bigrams. */
export function tokensOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of normalize(text).split(" ")) {
    if (word === "" || STOP.has(word)) continue;
    if (HAN_KANA.test(word) && word.length > 2) {
      for (let k = 0; k + 1 < word.length; k++) out.add(word.slice(k, k + 2));
      continue;
    }
    out.add(word.length > 4 ? word.replace(/(?:ing|ed|es|s)$/, "") : word);
  }
  return out;
}

/** Dice similarity of two token sets, 0..1; two empty sets are the same. */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const t of small) if (large.has(t)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** `**Rationale**:`, `Rationale -`, `理由：`: explanation, not a rule. */
const RATIONALE = /^(?:\*\*|__)?(?:rationale|why|reason|理由|根拠|根據|根据|이유)\b/iu;
/** A sentence ends at `.!?` before a capital, digit or quote; at `;`; at CJK full stops. */
const SENTENCE_END = /(?<=[.!?])\s+(?=[\p{Lu}\p{N}"'(*`])|(?<=;)\s+|(?<=[。！？；])/u;

/**
 * The statements of a stretch of lines: paragraphs, list items and table rows, split into
 * sentences. Code, comments, headings and rationale paragraphs are left out, as are lines
 * `skip` rejects (the version line, say). On `labelLine`, a leading bold label
 * (`**I. Name**: …`, a principle written as a label) is not part of the statement.
 */
export function statementsOf(
  doc: Doc,
  from: number,
  to: number,
  skip: (raw: string) => boolean = () => false,
  labelLine?: number,
): Statement[] {
  const blocks: { text: string; line: number }[] = [];
  let open: { text: string; line: number } | null = null;
  for (let line = from; line <= to; line++) {
    const kind = doc.kinds[line - 1];
    const raw = doc.lines[line - 1] ?? "";
    const prose =
      isProse(kind) && kind !== "heading" && kind !== "setext-underline" && kind !== "blank";
    if (!prose || kind === "thematic-break" || raw.trim() === "" || skip(raw)) {
      open = null;
      continue;
    }
    let body = raw.replace(/^\s*(?:>\s*)?(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?/, "");
    if (line === labelLine)
      body = body.replace(/^\s*(?:\*\*|__).+?(?:\*\*|__)\s*(?:[:：]\s*)?/u, "");
    // A paragraph's lines join only where a sentence wraps, so each rule keeps its own line.
    if (
      kind === "list-item" ||
      kind === "table" ||
      open === null ||
      /[.!?:;。！？；：]\s*$/u.test(open.text)
    ) {
      open = { text: body, line };
      blocks.push(open);
      if (kind === "table") open = null;
    } else open.text += ` ${body.trim()}`;
  }
  const out: Statement[] = [];
  for (const block of blocks) {
    const text = plainText(block.text.replace(/\|/g, " "));
    if (text === "" || RATIONALE.test(text) || /^:?-{3,}/.test(text)) continue;
    for (const sentence of text.split(SENTENCE_END)) {
      const s = sentence.trim();
      const tokens = tokensOf(s);
      if (tokens.size === 0) continue;
      out.push({ text: s, line: block.line, modal: modalOf(s), tokens });
    }
  }
  return out;
}

/** Words that change what a rule demands when they change: numbers and quantifiers. */
const QUANTITY =
  /^(?:\d+(?:\.\d+)?%?|zero|one|two|three|four|five|six|seven|eight|nine|ten|twice|once|single|double|all|any|each|every|no|none|some|only|least|most|maximum|minimum)$/u;
/** At or above (with no quantity changed): the same rule, reworded. */
const SAME = 0.8;
/** At or above (and below SAME): the same rule, changed. Below: unrelated rules. */
const RELATED = 0.45;
/** Above this many pairs, only identical statements are paired (keeps the diff bounded). */
const MAX_PAIRS = 40_000;

/**
 * How a body of statements changed. The rules are the statements with a modal (MUST, SHOULD…);
 * a body without any is judged on all its statements.
 */
export function diffStatements(base: readonly Statement[], head: readonly Statement[]): BodyDiff {
  const normative = base.some((s) => s.modal) || head.some((s) => s.modal);
  const rulesOf = (list: readonly Statement[]): Statement[] =>
    normative ? list.filter((s) => s.modal) : [...list];
  const b = rulesOf(base);
  const h = rulesOf(head);
  const key = (s: Statement): string => `${s.modal ?? ""}\u0000${[...s.tokens].sort().join(" ")}`;

  const pairedBase = new Set<Statement>();
  const pairedHead = new Set<Statement>();
  const byKey = new Map<string, Statement[]>();
  for (const s of h) byKey.set(key(s), [...(byKey.get(key(s)) ?? []), s]);
  for (const s of b) {
    const twin = byKey.get(key(s))?.find((t) => !pairedHead.has(t));
    if (!twin) continue;
    pairedBase.add(s);
    pairedHead.add(twin);
  }

  const changed: StatementPair[] = [];
  const extended: StatementPair[] = [];
  const restBase = b.filter((s) => !pairedBase.has(s));
  const restHead = h.filter((s) => !pairedHead.has(s));
  if (restBase.length * restHead.length <= MAX_PAIRS) {
    const candidates: { base: Statement; head: Statement; score: number }[] = [];
    for (const x of restBase) {
      for (const y of restHead) {
        const score = similarity(x.tokens, y.tokens);
        if (score >= RELATED) candidates.push({ base: x, head: y, score });
      }
    }
    candidates.sort((p, q) => q.score - p.score);
    for (const c of candidates) {
      if (pairedBase.has(c.base) || pairedHead.has(c.head)) continue;
      pairedBase.add(c.base);
      pairedHead.add(c.head);
      const pair = { base: c.base, head: c.head };
      const lost = [...c.base.tokens].filter((t) => !c.head.tokens.has(t));
      const gained = [...c.head.tokens].filter((t) => !c.base.tokens.has(t));
      if (c.base.modal !== c.head.modal) changed.push(pair);
      else if (lost.length === 0 && gained.length > 0) extended.push(pair);
      else if (c.score >= SAME && ![...lost, ...gained].some((t) => QUANTITY.test(t))) continue;
      else changed.push(pair);
    }
  }

  const added = h.filter((s) => !pairedHead.has(s));
  const removed = b.filter((s) => !pairedBase.has(s));
  const flat = (list: readonly Statement[]): string => list.map((s) => normalize(s.text)).join(" ");
  const change: BodyChange =
    removed.length > 0 || changed.length > 0
      ? "redefined"
      : added.length > 0 || extended.length > 0
        ? "expanded"
        : flat(base) !== flat(head)
          ? "reworded"
          : "unchanged";
  return { change, added, removed, changed, extended };
}
