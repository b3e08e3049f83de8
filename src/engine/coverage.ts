import type { Constitution, Principle } from "./constitution.js";
import { atxHeading, isDelimiterRow, isProse, plainText, splitRow } from "./markdown.js";
import { classify, splitLabel, type ComplexityRow, type Gate, type Plan } from "./plan/index.js";
import { INSTRUCTION_LABEL } from "./plan/labels.js";
import { findPlaceholders } from "./placeholders.js";
import {
  principleByContent,
  restatesRule,
  namedByOwnWords,
  principleByNameWords,
  principleIndex,
  relatesTo,
  textKeys,
  type PrincipleIndex,
} from "./similarity.js";
import {
  DENIED_JUSTIFICATION,
  DENIED_JUSTIFICATIONS,
  OTHER_PRINCIPLES_NOT_APPLICABLE,
  TEMPLATE_GATE_LABELS,
  TEMPLATE_GROUP_TITLES,
} from "./lexicon/index.js";
import { MAX_GATES } from "./limits.js";
import { memoizedPair, memoizedPairOrNone } from "./memo.js";
import { findStatus } from "./status.js";
import type { Template } from "./template.js";
import {
  CJK,
  hay,
  mentions,
  keyWords,
  mentionsLoosely,
  sharesOnlyWeakly,
  nameCore,
  nameInitials,
  joinedTopics,
  nameNeedle,
  NON_NEGOTIABLE,
  normalize,
  parseNumeral,
  scriptOf,
  splitNumbered,
  termMatcher,
  type Hay,
} from "./text.js";

/** `TDD`, also glued to CJK text (`TDD必須`): no Latin letter or digit on either side. */
const ACRONYM = /(?<![\p{Script=Latin}\p{N}])([A-Z]{2,5})(?![\p{Script=Latin}\p{N}])/gu;
const NO_ACRONYMS: ReadonlySet<string> = new Set();
/** What a text writes in acronyms: all of them, and the one a short label opens with. */
interface Acronyms {
  readonly all: ReadonlySet<string>;
  /** The capitals of a label's first word when the label is at most three words, else "". */
  readonly lead: string;
}
const NONE: Acronyms = { all: NO_ACRONYMS, lead: "" };
/** The last text read for acronyms: every principle's name is asked about the same text. */
let acronymText = "";
let acronymRead: Acronyms = NONE;

/** The acronyms a text writes (`TDD`, `CI`), read once per text. */
function acronymsIn(text: string): Acronyms {
  if (text !== acronymText) {
    acronymText = text;
    if (!/[A-Z]{2}/.test(text)) acronymRead = NONE;
    else {
      const words = text.trim().split(/\s+/u);
      acronymRead = {
        all: new Set([...text.matchAll(ACRONYM)].map((m) => m[1] ?? "")),
        lead: words.length <= 3 ? (words[0] ?? "").replace(/[^A-Z]/g, "") : "",
      };
    }
  }
  return acronymRead;
}

/**
 * `TDD` for `Test-Driven Development`: whether a text writes the acronym of one of the
 * principle's names, of at least `min` letters (an acronym is two to five capitals, `ACRONYM`:
 * a longer name has none).
 */
function byAcronym(text: string, p: Principle, min = 2): boolean {
  const { all: acronyms, lead } = acronymsIn(text);
  if (acronyms.size === 0) return false;
  return [p.name, ...p.aliases].some((n) => {
    const initials = nameInitials(n);
    if (initials.length >= min && initials.length <= 5 && acronyms.has(initials)) return true;
    // The acronym of the name's leading words (`TDD` for `Test-Driven Development Is
    // Mandatory`), or, as a short label's first word, one the name itself writes (`CI` of
    // `CI Quality Gates`, `MVP scope` for `MVP-First Feature Prioritization`; not `API` deep in
    // a gate's evidence, which names no principle).
    for (const a of acronyms) {
      if (a.length >= 3 && initials.length > a.length && initials.startsWith(a)) return true;
      if (a === lead && nameWrites(n, a)) return true;
    }
    return false;
  });
}

/**
 * Whether a principle's name itself writes an acronym (`CI` in `CI Quality Gates`). Not as a
 * record's code (`ADR` of `Observability Is Non-Negotiable (ADR-026)`, or of its alias
 * `ADR-026`): each principle of such a constitution cites its record, and a plan's
 * `**ADR-0101** — …` names none of them.
 */
function nameWrites(name: string, acronym: string): boolean {
  for (const m of name.replace(CODE, " ").matchAll(ACRONYM)) if (m[1] === acronym) return true;
  return false;
}

/** A record's code: `ADR-026`, `NFR-003`, `ISO27001`. */
const CODE = /(?<![\p{L}\p{N}])[A-Z]{2,5}-?\d[\p{L}\p{N}.-]*/gu;

function named(text: string | Hay, p: Principle, loose: boolean, raw?: string): boolean {
  const match = loose ? mentionsLoosely : mentions;
  if (match(text, p.name) || p.aliases.some((a) => match(text, a))) return true;
  if (p.translations?.some((a) => match(text, a))) return true;
  const original = raw ?? (typeof text === "string" ? text : "");
  return loose && original !== "" && byAcronym(original, p);
}

const BARE_NUMERAL = /^(?:[IVXLC]{1,7}|\d{1,3}|[一二三四五六七八九十]{1,3})[.)]?$/u;

const codePatterns = new Map<string, RegExp>();

function codePattern(code: string): RegExp {
  let re = codePatterns.get(code);
  if (!re) {
    // (`P-3` also as `P3`; `G-II` only with its hyphen: `GII` is a word.)
    const escaped = code.replace(/\./g, "\\.");
    const written = /^[A-Z]+-?\d+$/.test(code) ? escaped.replace(/-/g, "-?") : escaped;
    // An article's designation (`第2-1条`) is whole in itself: `第2条` is not in `第12条`, and
    // the name follows it unspaced (`第2条SDD流程`).
    re = code.startsWith("第")
      ? new RegExp(escaped.replace(/-/g, "\\s*[-－]\\s*"), "u")
      : new RegExp(`(?<![\\p{L}\\p{N}])${written}(?![\\p{L}\\p{N}])`, "u");
    codePatterns.set(code, re);
  }
  return re;
}

/**
 * The words of other languages than English that cite a principle: `Principio`, `Prinzip`,
 * `zasada` (Polish), `zásada` (Czech), `prinsip` (Indonesian), `ilke` (Turkish), `原则`.
 * Turkish capitals write the dotted `İ` (`İLKE I–VI`, `İlke III`), which no case-insensitive
 * match folds to `i`; lower-cased by JavaScript it is `i` and a combining dot.
 */
const FOREIGN_REFERENCE_WORDS = String.raw`princip(?:e|io|ios|ío|ía|es)|princípios?|prinzip(?:ien)?|zasad(?:a|y|ę|zie)|zásad(?:a|y|ě)|prinsip|(?:i\u0307?|İ)lke(?:si|ler(?:i)?)?|принцип(?:ы|ов)?|nguyên tắc|art[íi]culo|artigo|原则|原則|宪法|憲法|宪章|憲章|헌법|헌장|원칙`;
/**
 * A reference to a principle by its numeral: `Principle III`, `Artículo 4`, `原则三`, `§ II`, a
 * gate numbered as its principle (`### Gate III — UX Consistency`, `### Section VIII: AI-Native
 * Development`) and the constitution's own numeral (`(Constitution V/VI)`). The last two in
 * capital Roman only, before a dash, colon, comma, slash or bracket: not the `I` of `the gate I
 * checked`, nor `constitution 1.2.0`.
 * Not a part's item (`§2.I` of a constitution whose parts each number their principles from
 * I): the figure is the part, and the label's words name the principle. Nor a version
 * (`憲章 1.1.0`, `Constitution 2.0.1`).
 */
const REFERENCE = new RegExp(
  String.raw`(?:(?:principles?|${FOREIGN_REFERENCE_WORDS}|article|(?<![\p{L}\p{N}])art\.|§)\s*(?:[#№]\s*)?([IVXLC]{1,7}|\d{1,3}|[一二三四五六七八九十]{1,3})|(?<![\p{L}\p{N}])(?:gates?|constitution|sections?)\s+([IVXLC]{1,7})(?=\s*(?:[—–:：.,/(（)|-]|$)))(?![\p{L}\p{N}]|\.[IVXLC]{1,7}(?!\p{L})|\.\d{1,4}\.\d)`,
  "giu",
);
/** A `REFERENCE` match whose word is not English: `Principio IV`, `Prinzip 3`, `原则 II`. */
const FOREIGN_REFERENCE = new RegExp(`^(?:${FOREIGN_REFERENCE_WORDS})`, "iu");
/** The numeral a `REFERENCE` match cites (a gate's or the constitution's only in capitals). */
function referencedNumeral(m: RegExpMatchArray): number | null {
  const gate = m[2];
  if (gate !== undefined) return gate === gate.toUpperCase() ? parseNumeral(gate) : null;
  return parseNumeral(m[1] ?? "");
}

/** The name right after a reference: in brackets, or after a colon or dash. */
const GIVEN_NAME = /^\s*(?:[(（]([^()（）]{2,60})[)）]|[:：—–-]\s*([^()[\]|,;:.。，；：]{2,60}))/u;
/**
 * A Roman numeral, a dot and the words up to a bracket or a clause mark: `IV. 程式碼規範`; after
 * a slash, also without its dot (`II Simplicity / III Anti-Abstraction`).
 */
const NUMBERED_NAME =
  /(?<![\p{L}\p{N}.])([IVXLC]{1,7})(?:\.|(?<=[/／]\s{0,2}[IVXLC]{1,7}))\s+([^()[\]{}|,;:.。，；：、（）]{2,40})/gu;
/** A Roman numeral and a name in brackets right after it: `II ("Local-First")`. */
const BRACKET_NAMED = /(?<![\p{L}\p{N}.])([IVXLC]{1,7})\s{0,3}[(（]([^()（）]{2,60})[)）]/gu;
/** A principle's clause leading a label: `X.10`, `§ IV.3` (capital Roman, then the clause). */
const CLAUSE = /^\s*(?:§\s*)?([IVXLC]{1,7})\.\d{1,2}(?![\d.])/u;
/** A subsection's number leading a label: `4.1`, `§ 4.1` (then no further number). */
const SUBSECTION = /^\s*(?:§\s*)?(\d{1,2}\.\d{1,2})(?![\d.])/u;
/** A subsection a principle's text numbers: a heading or a bold label, `### 4.1 …`, `**4.1 …**`. */
const SUBSECTION_HEADING = /(?:#{2,6}\s+|\*\*)(?:§\s*)?(\d{1,2}\.\d{1,2})(?![\d.])/gu;
const subsectionsOf = new WeakMap<Principle, ReadonlySet<string>>();

/** The subsection numbers a principle's text holds, read once per principle. */
function subsections(p: Principle): ReadonlySet<string> {
  let found = subsectionsOf.get(p);
  if (!found) {
    found = new Set(
      p.body.includes(".") ? [...p.body.matchAll(SUBSECTION_HEADING)].map((m) => m[1] ?? "") : [],
    );
    subsectionsOf.set(p, found);
  }
  return found;
}
/** Those read per text at most: a hostile line repeats `I. x` for a megabyte. */
const MAX_NUMBERED_NAMES = 16;
/**
 * More numerals listed after a reference's first: `원칙 I·II`, `Principles IV, V and VII`,
 * `原则 III/IV`. Read from where the reference ends (sticky), one numeral at a time.
 */
const MORE_NUMERALS =
  /\s*(?:[·•,，、/&+]|\s(?:and|y|e|et|und|и|và|및|와|과)\s)\s*([IVXLC]{1,7}|\d{1,3})(?![\p{L}\p{N}])/uy;

/**
 * What joins a range's two ends: a dash or tilde, or `to`, `through`, `thru` between blanks
 * (`I–VI`, `P1-P5`, `I~VII`, `I to VII`, `S-I through S-VII`).
 */
/** The dashes and tildes that join a range's ends: `I–VI`, `P1-P5`, `I~VII`, `I〜VII`. */
const RANGE_DASH = "[–—~〜～-]";
const RANGE_JOIN = String.raw`(?:${RANGE_DASH}|\s(?:to|through|thru)\s)`;
/** A range's end not followed by more of a word or number: `VI` in `I–VI`, not in `I–VIa`. */
const RANGE_STOP = String.raw`(?![\p{N}\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}])`;

/** `–VI`, `-6`, ` to VI`, ` through 6`, `〜六`: the end of a range, read from where it starts (sticky). */
const RANGE_END = new RegExp(
  String.raw`\s*(?:${RANGE_JOIN}|\s(?:a|à|bis|до|đến)\s|至|到)\s*([IVXLC]{1,7}|\d{1,3}|[一二三四五六七八九十]{1,3})${RANGE_STOP}`,
  "uy",
);
/**
 * A range of capital Roman numerals: `I–VI`, `II-IV`, `I to VII`, `I~VII`; also run together
 * with CJK text, which has no spaces (`设计前后I–V均PASS`).
 */
const BARE_RANGE = new RegExp(
  String.raw`(?<![\p{N}.\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}])([IVXLC]{1,7})(?=\s*${RANGE_JOIN}\s*[IVXLC]{1,7}${RANGE_STOP})`,
  "gu",
);
/** Words before a range that make it something else's: `Phase I–II`, `Sprints II–IV`. */
const NOT_PRINCIPLES_BEFORE =
  /(?:phases?|stages?|sprints?|tiers?|levels?|parts?|steps?|sections?|chapters?|milestones?|versions?|waves?|releases?)\s*$/iu;
/**
 * A label that opens with a range of numerals: `I-V (Robotics Focus)`, `Principles II–IV`; or
 * of codes of one prefix: `S-I to S-VII (Part II)`, `P1–P5`.
 */
const LEADING_RANGE = new RegExp(
  String.raw`^[\s*_]*(?:(?:[Pp]rinciples?\s+)?[IVXLC]{1,7}\s*${RANGE_JOIN}\s*[IVXLC]{1,7}|([A-Z]{1,4})(-?)(?:[IVXLC]{1,7}|\d{1,3})\s*${RANGE_JOIN}\s*\1\2(?:[IVXLC]{1,7}|\d{1,3}))(?![\p{L}\p{N}])`,
  "u",
);
/**
 * Whether a label opens with a range of numerals: `I-V (Robotics Focus)`, `Principles II–IV`,
 * or after a word of another language for "principle" (`İLKE I–VI (BC izolasyon / … / TDD)`,
 * `Principios I–V`).
 */
function leadingRange(label: string): boolean {
  if (LEADING_RANGE.test(label)) return true;
  const rest = label.replace(/^[\s*_]+/u, "");
  const word = FOREIGN_REFERENCE.exec(rest);
  return word !== null && LEADING_RANGE.test(rest.slice(word[0].length).trimStart());
}
/** The most numerals a range expands to: more is not a range of principles. */
const MAX_RANGE = 40;
/**
 * Capital Roman numerals in brackets after a gate's words: `Simplicity (VII)`, `API First (I,
 * VIII)`, `UI & Styling (VI, X, XXIX–XXXIV)`. The gate names the principles it checks by the
 * constitution's numerals; a range there is a list written short.
 */
const BRACKETED_NUMERALS =
  /(?<=[\p{L}\p{N}*_`])\s{0,3}[(（]\s*([IVXLC]{1,7}(?:\s*(?:[,，、/&+·]|[–—~-]|\s(?:and|to)\s)\s*[IVXLC]{1,7}){0,40})\s*[)）]/gu;
/** One numeral of a bracketed list, and the range it opens: `XXIX–XXXIV`. */
const LISTED_NUMERAL = /([IVXLC]{1,7})(?:\s*(?:[–—~-]|\sto\s)\s*([IVXLC]{1,7}))?/gu;

/**
 * The numerals a text lists in brackets (see `BRACKETED_NUMERALS`), into `out`; those of a list
 * of two or more into `listed` as well: written one by one, each is meant.
 */
function bracketedNumerals(text: string, out: number[], listed: Set<number>): void {
  let asked = 0;
  for (const m of text.matchAll(BRACKETED_NUMERALS)) {
    if (++asked > MAX_NUMBERED_NAMES) break;
    if (NOT_PRINCIPLES_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    const found: number[] = [];
    for (const n of (m[1] ?? "").matchAll(LISTED_NUMERAL)) {
      const from = parseNumeral(n[1] ?? "");
      const to = n[2] !== undefined ? parseNumeral(n[2]) : from;
      if (from === null || to === null || to < from || to - from > MAX_RANGE) continue;
      for (let k = from; k <= to; k++) found.push(k);
    }
    for (const k of found) {
      if (!out.includes(k)) out.push(k);
      if (found.length > 1) listed.add(k);
    }
  }
}

/**
 * Adds the numerals from `from` to the end of a range that starts at `at` (`–VI` after `I`)
 * to `out`. Nothing when there is no range there, or it runs backwards or too far.
 */
function rangeTo(text: string, at: number, from: number, out: number[], ranged: Set<number>): void {
  RANGE_END.lastIndex = at;
  const m = RANGE_END.exec(text);
  if (!m) return;
  const to = parseNumeral(m[1] ?? "");
  if (to === null || to <= from || to - from > MAX_RANGE) return;
  for (let k = from; k <= to; k++) {
    if (!out.includes(k)) out.push(k);
    ranged.add(k);
  }
}

/**
 * A rule's id as a constitution numbers the rules under a principle, a letter code, the
 * principle's number and the rule's (`D8.1`, `R2.3`, `SEC-1.2`).
 */
const RULE_ID = /(?<![\p{L}\p{N}.-])([A-Z]{1,4})-?(\d{1,3})\.(\d{1,3})(?![\p{N}]|\.\d)/gu;
/** A label of rule ids alone: `D8.1`, `D2.1–D2.4`, `D1.3, D1.4`. */
const RULE_IDS_LABEL =
  /^[\s`*_]*[A-Z]{1,4}-?\d{1,3}\.\d{1,3}(?:[\s`*_]*(?:[–—~,/&+-]|\sto\s|\sand\s)[\s`*_]*[A-Z]{1,4}-?\d{1,3}\.\d{1,3})*[\s`*_]*$/u;
const ruleIdsOf = new WeakMap<readonly Principle[], ReadonlyMap<string, Principle>>();

/**
 * Each key one principle alone gives (`keysOf` read over every principle), with that
 * principle: a key two principles share names neither. Memoised per constitution in `memo`.
 */
function soleOwners(
  principles: readonly Principle[],
  memo: WeakMap<readonly Principle[], ReadonlyMap<string, Principle>>,
  keysOf: (p: Principle) => Iterable<string>,
): ReadonlyMap<string, Principle> {
  let found = memo.get(principles);
  if (!found) {
    const owner = new Map<string, Principle | null>();
    for (const p of principles)
      for (const key of keysOf(p)) {
        const before = owner.get(key);
        owner.set(key, before === undefined || before === p ? p : null);
      }
    const own = new Map<string, Principle>();
    for (const [key, p] of owner) if (p) own.set(key, p);
    found = own;
    memo.set(principles, found);
  }
  return found;
}

/** Each rule id one principle's text alone holds (its rules table), with that principle. */
function principleRuleIds(principles: readonly Principle[]): ReadonlyMap<string, Principle> {
  return soleOwners(principles, ruleIdsOf, (p) =>
    [...p.body.matchAll(RULE_ID)].map((m) => `${m[1]}${m[2]}.${m[3]}`),
  );
}

/**
 * The principles a label of rule ids alone names (`| D8.1 | [agent-checkable] | N/A |` for
 * `VIII. Shared Library Dependency Review`, whose rules table defines `D8.1`): each id's
 * principle, when one principle's text alone holds it.
 */
function principlesByRuleId(label: string, principles: readonly Principle[]): Principle[] {
  if (label.length > 80 || !RULE_IDS_LABEL.test(label)) return [];
  const own = principleRuleIds(principles);
  if (own.size === 0) return [];
  const out: Principle[] = [];
  for (const m of label.matchAll(RULE_ID)) {
    const p = own.get(`${m[1]}${m[2]}.${m[3]}`);
    if (p && !out.includes(p)) out.push(p);
  }
  return out;
}

/**
 * The principles whose coded id (`PP1`, `TP11`) a text cites, also within a range of codes
 * whose ends are both principles' (`S-I to S-VII`, `P1–P5`: every code between).
 */
function principlesByCode(
  text: string,
  principles: readonly Principle[],
  ranges = false,
): Principle[] {
  const cited = principles.filter((p) => p.code !== undefined && codePattern(p.code).test(text));
  if (!ranges || cited.length < 2) return cited;
  const ranged = codeRanges(text, principles);
  if (ranged.length === 0) return cited;
  const both = new Set([...cited, ...ranged]);
  return principles.filter((p) => both.has(p));
}

/** `S-I to S-VII`, `P1–P5`, `TP1-TP4`: two codes of one prefix, a range between them. */
const CODE_RANGE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])([A-Z]{1,4})(-?)([IVXLC]{1,7}|\d{1,3})\s*${RANGE_JOIN}\s*\1\2([IVXLC]{1,7}|\d{1,3})(?![\p{L}\p{N}])`,
  "gu",
);
/** A principle's code as its prefix, hyphen and numeral: `S-VII`, `P12`. */
const CODE_PARTS = /^([A-Z]{1,4})(-?)([IVXLC]{1,7}|\d{1,3})$/u;

/** The principles between the ends of each range of codes a text writes (see `CODE_RANGE`). */
function codeRanges(text: string, principles: readonly Principle[]): Principle[] {
  const out: Principle[] = [];
  const codes = new Set(principles.map((p) => p.code));
  let asked = 0;
  for (const m of text.matchAll(CODE_RANGE)) {
    if (++asked > MAX_NUMBERED_NAMES) break;
    const [, prefix, hyphen, start = "", end = ""] = m;
    const from = parseNumeral(start);
    const to = parseNumeral(end);
    // Both ends written alike (Roman or figures) and both a principle's code.
    if (from === null || to === null || to <= from || to - from > MAX_RANGE) continue;
    if (/^\d/u.test(start) !== /^\d/u.test(end)) continue;
    if (!codes.has(`${prefix}${hyphen}${start}`) || !codes.has(`${prefix}${hyphen}${end}`))
      continue;
    for (const p of principles) {
      const parts = p.code === undefined ? null : CODE_PARTS.exec(p.code);
      if (!parts || parts[1] !== prefix || parts[2] !== hyphen) continue;
      if (/^\d/u.test(parts[3] ?? "") !== /^\d/u.test(start)) continue;
      const n = parseNumeral(parts[3] ?? "");
      if (n !== null && n >= from && n <= to && !out.includes(p)) out.push(p);
    }
  }
  return out;
}

/**
 * A label's leading numeral and name (`§ III. Name` as `III. Name`). Numerals joined by
 * slashes (`IV/V/VI. Tokens/Dark/shadcn`) are read as a list, `IV / V / VI`, as one with blanks
 * around its slashes is.
 */
function numberedLabel(text: string): ReturnType<typeof splitNumbered> {
  return splitNumbered(
    text
      .replace(/^§\s*/u, "")
      .replace(SLASHED_NUMERALS, (numerals) => numerals.replace(/\//g, " / ")),
  );
}
const SLASHED_NUMERALS =
  /^\s*(?:(?:[IVXLC]{1,7}|\d{1,2})\/){1,11}(?:[IVXLC]{1,7}|\d{1,2})(?![\p{L}\p{N}/])/u;

/**
 * Reads the numerals listed from `from` on (`·II`, `, V and VII`, `/ IX`) into `out`, and
 * returns where the list ends (`from` when there is none).
 */
function listedNumerals(text: string, from: number, out: number[]): number {
  MORE_NUMERALS.lastIndex = from;
  let end = from;
  for (let more = MORE_NUMERALS.exec(text); more; more = MORE_NUMERALS.exec(text)) {
    const k = parseNumeral(more[1] ?? "");
    if (k !== null) out.push(k);
    end = MORE_NUMERALS.lastIndex;
  }
  return end;
}

/**
 * Whether a name written after a principle's numeral is another principle's, or an old name
 * the principle no longer has (`VI. Simplicity` when VI is now `DTO Standards`): then the
 * numeral is a mistake and does not count. A name in another script (a translation) or one
 * that shares words with the principle does not contradict it.
 */
function contradicts(
  name: string,
  p: Principle,
  principles: readonly Principle[],
  loose: boolean,
  index: PrincipleIndex,
): boolean {
  const nameHay = hay(name);
  if (named(nameHay, p, loose, name)) return false;
  // A word of the name that only this principle's name has (`CMS` in `II. CMS source unique`
  // for `II. CMS as Single Content Source`) keeps the numeral, whatever else the name shares
  // with another principle (`X. Design System : source unique…`).
  if (ownKeyWords(p, principles).some((k) => nameHay.words.has(k))) return false;
  if (principles.some((q) => q !== p && named(nameHay, q, loose, name))) return true;
  // A short label (`TDD`, `DX`, `Perf`) abbreviates; only a name of two words or more, or one
  // whole word written out (`VI. Modularity` for `VI. Deployment Readiness`), can contradict.
  const words = normalize(name)
    .split(" ")
    .filter((w) => w.length > 2);
  if (words.length < 2 && !(words.length === 1 && /^\p{Lu}?\p{Ll}{5,}$/u.test(name.trim())))
    return false;
  if (CJK.test(name) !== CJK.test(p.name)) return false;
  // (Nor one in Latin letters for a name in Cyrillic, Greek, Arabic, … : `I. Scientific honesty`
  // for `I. Научная честность`.)
  if (OTHER_SCRIPT.test(name) !== OTHER_SCRIPT.test(p.name)) return false;
  // (Nor a short name, a word the principle writes with a hyphen: `XVIII Tradeoffs` for
  // `XVIII. Engineering Decision Hierarchy`, whose rule speaks of `Trade-offs`. Not a row's
  // notes, whose every word could be one.)
  if (words.length <= 3) {
    const compounds = compoundKeys(p);
    if (compounds.size > 0 && [...textKeys(name)].some((k) => compounds.has(k))) return false;
  }
  return !relatesTo(index, name, p);
}

const compoundKeyCache = new WeakMap<Principle, ReadonlySet<string>>();

/** The keys of the words a principle's name and rule write with a hyphen, written whole. */
function compoundKeys(p: Principle): ReadonlySet<string> {
  let keys = compoundKeyCache.get(p);
  if (!keys) {
    // (Only a key neither part has: words are keyed by their first six letters, so
    // `Manual-First` written whole keys as `Manual`.)
    const found = new Set<string>();
    const text = `${p.name} ${p.body}`;
    if (text.includes("-"))
      for (const m of text.matchAll(HYPHENATED)) {
        const parts = textKeys(`${m[1]} ${m[2]}`);
        for (const key of textKeys(`${m[1]}${m[2]}`)) if (!parts.has(key)) found.add(key);
      }
    keys = found;
    compoundKeyCache.set(p, keys);
  }
  return keys;
}

/** Two Latin words joined by a hyphen: `trade-offs`, `front-end`, `real-time`. */
const HYPHENATED =
  /(?<![\p{L}\p{N}-])(\p{Script=Latin}{2,})-(\p{Script=Latin}{2,})(?![\p{L}\p{N}-])/gu;

/** A letter of an alphabet other than Latin and the CJK scripts. */
const OTHER_SCRIPT =
  /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Devanagari}\p{Script=Armenian}\p{Script=Georgian}]/u;

const ownKeys = new WeakMap<readonly Principle[], ReadonlyMap<Principle, readonly string[]>>();

/**
 * The key words of a principle's name that no other principle's name has, worked out once per
 * constitution (every numbered gate asks).
 */
function ownKeyWords(p: Principle, principles: readonly Principle[]): readonly string[] {
  let byPrinciple = ownKeys.get(principles);
  if (!byPrinciple) {
    const keys = principles.map((q) => keyWords(q.name));
    const count = new Map<string, number>();
    for (const ks of keys) for (const k of new Set(ks)) count.set(k, (count.get(k) ?? 0) + 1);
    byPrinciple = new Map(
      principles.map((q, i) => [
        q,
        (keys[i] ?? []).filter((k) => k.length > 2 && count.get(k) === 1),
      ]),
    );
    ownKeys.set(principles, byPrinciple);
  }
  return byPrinciple.get(p) ?? [];
}

/**
 * The principles a text addresses: by name, or by numeral (`III.`, `Principle 3`, `原则三`).
 * A numeral written with another principle's name (or an old name) does not count for it.
 */
/** Texts repeat (gate labels, result lines): one answer per text, per constitution. */
const answers = new WeakMap<readonly Principle[], Map<string, Principle[]>>();

export function principlesAddressed(
  text: string,
  principles: readonly Principle[],
  loose = false,
  /**
   * Whether a range (`I–VI`) cites every numeral in it, or only its ends. Only a plain line of
   * the check asks so (see `computeCoverage`): a gate or a result line that mentions a range
   * (`Feature directly addresses Principles XII-XVI`) speaks of it, it does not check it.
   */
  ranges = false,
): Principle[] {
  // Long texts are rarely repeated: they are not kept.
  if (text.length > 200) return addressed(text, principles, loose, ranges);
  let memo = answers.get(principles);
  if (!memo) {
    memo = new Map();
    answers.set(principles, memo);
  }
  const key = `${loose ? 1 : 0}${ranges ? 1 : 0}${text}`;
  let found = memo.get(key);
  if (!found) {
    if (memo.size >= 10_000) memo.clear();
    found = addressed(text, principles, loose, ranges);
    memo.set(key, found);
  }
  return found;
}

/** The last texts prepared for matching: a label is asked about strictly, then loosely. */
const prepared = new Map<string, { readonly plain: string; readonly hay: Hay }>();

function prepare(text: string): { readonly plain: string; readonly hay: Hay } {
  let found = prepared.get(text);
  if (!found) {
    if (prepared.size >= 64) prepared.delete(prepared.keys().next().value ?? "");
    const plain = plainText(text);
    found = { plain, hay: hay(plain) };
    prepared.set(text, found);
  }
  return found;
}

/**
 * Of the names a text holds, one that is only part of a longer one it also holds (`API
 * Standards` of `VIII. API Standards` in `Chat API Standards` of `XIV.`) is that one's, unless
 * the text also writes it on its own.
 */
function withoutShadowed(h: Hay, found: Principle[]): Principle[] {
  if (found.length < 2) return found;
  const needles = found.map((p) => nameNeedle(p.name));
  return found.filter((_, i) => {
    const inner = needles[i] ?? "";
    if (inner.trim() === "") return true;
    return !needles.some(
      (outer, j) =>
        j !== i &&
        outer.length > inner.length &&
        outer.includes(inner) &&
        count(h.spaced, inner) <= count(h.spaced, outer),
    );
  });
}

/** How many times a needle occurs in a text (not overlapping). */
function count(text: string, needle: string): number {
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) n++;
  return n;
}

function addressed(
  text: string,
  principles: readonly Principle[],
  loose: boolean,
  ranges: boolean,
): Principle[] {
  const { plain, hay: ready } = prepare(text);
  const prepared = ready;
  // Strict name matches win over loose ones: `Integration Testing` is not `Test-First`.
  const strict = withoutShadowed(
    prepared,
    principles.filter((p) => named(prepared, p, false)),
  );
  // A list that names principles in words may name others by their acronyms.
  const abbreviated =
    strict.length > 0 && /[A-Z]{3}/.test(plain)
      ? listedAcronyms(plain, principles).filter((p) => !strict.includes(p))
      : [];
  const byName =
    strict.length > 0 || !loose
      ? [...strict, ...abbreviated]
      : principles.filter((p) => named(prepared, p, true, plain));
  // Coded ids (`PP1`, `TP11`) are unambiguous: they decide when present.
  const byCode = principlesByCode(plain, principles, ranges);
  if (byCode.length > 0) return byCode;
  const split = numberedLabel(plain);
  const { numeral } = split;
  let { name } = split;
  const numerals: number[] = [];
  if (numeral !== null) {
    numerals.push(numeral);
    // A list that the leading numeral opens: `IV / IX (swagger/params)`, `II, III: …`.
    const end = listedNumerals(name, 0, numerals);
    if (end > 0) name = name.slice(end).replace(/^[\s.:：)\-–—]+/u, "");
  }
  // A Roman numeral written with its principle's name anywhere in the text (`… (符合 IV.
  // 程式碼規範)` for `IV. 程式碼規範與測試`): numeral and name agree, so it is that principle.
  // (Each numeral once, and at most `MAX_NUMBERED_NAMES` of them.)
  const agreed = new Set<number>();
  if (plain.includes(". ") || plain.includes("/")) {
    let asked = 0;
    NUMBERED_NAME.lastIndex = 0;
    for (let m = NUMBERED_NAME.exec(plain); m; m = NUMBERED_NAME.exec(plain)) {
      // The next one may start inside this name (`I. Code-First / III. Mutations / IV.
      // Resolver Tests`): look again right after this numeral.
      NUMBERED_NAME.lastIndex = m.index + (m[1] ?? "").length + 1;
      if (m.index === 0) continue; // a leading numeral is read above
      if (++asked > MAX_NUMBERED_NAMES) break;
      const n = parseNumeral(m[1] ?? "");
      if (n === null || numerals.includes(n)) continue;
      const p = principles.find((q) => q.numeral === n);
      if (p && named(m[2] ?? "", p, true)) {
        numerals.push(n);
        agreed.add(n);
      }
    }
  }
  // A Roman numeral with its principle's name in brackets after it (`principles I ("Angular
  // Platform") and II ("Local-First")`): numeral and name agree, as above.
  if (plain.includes("(") || plain.includes("（")) {
    let asked = 0;
    for (const m of plain.matchAll(BRACKET_NAMED)) {
      if (++asked > MAX_NUMBERED_NAMES) break;
      const n = parseNumeral(m[1] ?? "");
      if (n === null || agreed.has(n)) continue;
      const p = principles.find((q) => q.numeral === n);
      if (p && named(m[2] ?? "", p, true)) {
        if (!numerals.includes(n)) numerals.push(n);
        agreed.add(n);
      }
    }
  }
  // A clause of a principle cited by its number (`X.10 Determinism over inference`, `§IV.3`
  // for the rules a principle lists as `0.` to `10.`): that principle, whatever name the
  // clause carries (it may be another principle's, which it also names).
  const clause = numeral === null ? CLAUSE.exec(plain.slice(0, 16)) : null;
  if (clause) {
    const n = parseNumeral(clause[1] ?? "");
    if (n !== null && !numerals.includes(n)) {
      numerals.push(n);
      agreed.add(n);
    }
  }
  // A subsection cited by its number (`4.1 数据隔离` for the `### 4.1 身份认证与授权` under
  // `## 第四条：安全要求`): the one principle whose text numbers a subsection so. (Plans number
  // their own checklists `1.1`, `1.2` too: the constitution must hold that number.)
  const sub = numeral === null && clause === null ? SUBSECTION.exec(plain.slice(0, 16)) : null;
  const holders = sub ? principles.filter((p) => subsections(p).has(sub[1] ?? "")) : [];
  const bySubsection = holders.length === 1 ? holders[0] : undefined;
  // The name a reference gives its numeral (`Principle VI (Backend-First)`, a label's
  // `Principle VI: Backend-First`), checked below as a leading numeral's name is.
  let given: Map<number, string> | undefined;
  // The numerals cited by a word of another language than English (`Principio IV (móvil, poca
  // fricción)`): their given names may translate an English name.
  let translated: Set<number> | undefined;
  // The numerals a range spans (`I–VI`): each cited as plainly as its ends.
  const ranged = new Set<number>();
  for (const m of plain.matchAll(REFERENCE)) {
    const n = referencedNumeral(m);
    if (n !== null) {
      numerals.push(n);
      const name = GIVEN_NAME.exec(plain.slice(m.index + m[0].length, m.index + m[0].length + 80));
      // (After a colon, only when the reference opens the text, as a label: inside a text a
      // colon opens an explanation, `(Principle V: LM has no test runner …)`.)
      const written = name?.[1] ?? (m.index === 0 ? name?.[2] : undefined);
      if (written) (given ??= new Map()).set(n, written.trim());
      if (written && FOREIGN_REFERENCE.test(m[0])) (translated ??= new Set()).add(n);
    }
    const listedEnd = listedNumerals(plain, m.index + m[0].length, numerals);
    if (n !== null && ranges) rangeTo(plain, listedEnd, n, numerals, ranged);
  }
  if (plain.includes("(") || plain.includes("（")) bracketedNumerals(plain, numerals, agreed);
  // A range of capital Roman numerals on its own (`Passes I–VI (see spec)`), not a phase's.
  if (ranges && plain.includes("I")) {
    let asked = 0;
    for (const m of plain.matchAll(BARE_RANGE)) {
      if (++asked > MAX_NUMBERED_NAMES) break;
      if (NOT_PRINCIPLES_BEFORE.test(plain.slice(Math.max(0, m.index - 24), m.index))) continue;
      const from = parseNumeral(m[1] ?? "");
      if (from !== null) rangeTo(plain, m.index + (m[1] ?? "").length, from, numerals, ranged);
    }
  }
  // Whether the name written with a numeral is another principle's. (One given in another
  // language than the principle's, after `Principio IV`, contradicts it only by naming another
  // principle: `(móvil, poca fricción)` translates `IV. Mobile-first, low-friction UI`.)
  const disagrees = (written: string, p: Principle, foreign: boolean): boolean =>
    foreign && !NON_ASCII_LETTER.test(p.name)
      ? principles.some((q) => q !== p && named(hay(written), q, loose, written))
      : contradicts(written, p, principles, loose, principleIndex(principles));
  const out = new Set<Principle>();
  // Each numeral once, and the principles the text names worked out once: a hostile line
  // cites `Principle I` thirty thousand times, and each name is looked for in the whole text.
  const asked = new Set<number>();
  let namedHere: ReadonlySet<Principle> | undefined;
  for (const n of numerals) {
    if (asked.has(n)) continue;
    asked.add(n);
    const p = principles.find((q) => q.numeral === n);
    if (!p) continue;
    // Numeral and name agree: that is the one (unless the numeral opens a range, `I-V
    // (Robotics Focus)`, whose name is the range's).
    // (With others whose names agree too, `II. Simplicity / III. Anti-Abstraction`, it is one of
    // them.)
    if (n === numeral && byName.includes(p) && ranged.size === 0) {
      if (agreed.size === 0) return [p];
      out.add(p);
      continue;
    }
    if (n === numeral) {
      // The name right after the numeral (up to a colon or dash) is what it claims to be. (Not
      // after a range, `I–IV. 需求可测试、无歧义`: that name is the range's, not its first's.)
      const head = name.split(/\s[—–-]\s|[:：]|\s\|/u)[0] ?? name;
      // (A sentence in lower case after it explains the citation, it does not name a principle:
      // `Principle X — no generic staff model, only the three columns a request needs`.)
      const explained = /^[—–-]/u.test(afterNumeral(plain)) && /^\p{Ll}/u.test(head.trim());
      if (
        !ranged.has(n) &&
        !explained &&
        disagrees(head, p, FOREIGN_REFERENCE.test(plain.trimStart()))
      )
        continue;
    } else if (
      !ranged.has(n) &&
      !agreed.has(n) &&
      (namedHere ??= new Set(principles.filter((q) => named(prepared, q, loose, plain)))).size >
        0 &&
      !namedHere.has(p)
    ) {
      // Another principle named in words, and not this one: the numeral is a slip.
      continue;
    } else if (given?.has(n)) {
      if (disagrees(given.get(n) ?? "", p, translated?.has(n) ?? false)) continue;
    }
    out.add(p);
  }
  if (bySubsection) out.add(bySubsection);
  for (const p of byName) out.add(p);
  return [...out];
}

/** The terms of a list: between commas, semicolons, slashes, brackets, `and` and `or`. */
const LIST_SEPARATOR = /[,、，;；/()（）]|\s(?:and|or|&)\s/u;
const ACRONYM_TERM = /^[A-Z]{3,5}$/;

/**
 * The principles a list of terms names by acronym, each term that is the acronym of exactly one
 * principle's name (`DDD`, `TDD`, `BDD` in `The constitution's principles (Hexagonal
 * Architecture, DDD, SOLID, TDD, BDD, Code Quality) apply only to Java code` for `II.
 * Domain-Driven Design`, `IV. Test-Driven Development`, `V. Behavior-Driven Development`). Asked
 * only of a text that names a principle in words: the list is one of principles. An acronym
 * inside a phrase (`DDD layers`) is not a term.
 */
function listedAcronyms(plain: string, principles: readonly Principle[]): Principle[] {
  const terms = plain.split(LIST_SEPARATOR);
  if (terms.length < 3) return [];
  const out: Principle[] = [];
  for (const term of terms) {
    const t = term.trim();
    if (!ACRONYM_TERM.test(t)) continue;
    // (Or the capitals its name writes: `SOLID` for `III. SOLID Principles`.)
    const holders = principles.filter((p) =>
      [p.name, ...p.aliases].some((n) => nameInitials(n) === t || nameWrites(n, t)),
    );
    const only = holders.length === 1 ? holders[0] : undefined;
    if (only && !out.includes(only)) out.push(only);
  }
  return out;
}

/**
 * The principles of a label that is nothing but their numerals (`- **I**: …`, `- **III, IV**:
 * …`, `**V.**`): a label cannot be the pronoun `I`, and with no name beside it no name can
 * contradict the numeral.
 */
function numeralsOnly(label: string, principles: readonly Principle[]): Principle[] {
  const plain = label.length > 40 ? "" : plainText(label);
  if (!NUMERALS_ONLY.test(plain)) return [];
  const out: Principle[] = [];
  for (const m of plain.matchAll(NUMERAL_OF_LIST)) {
    const n = parseNumeral(m[0]);
    const p = principles.find((q) => q.numeral === n);
    if (p && !out.includes(p)) out.push(p);
  }
  return out;
}
const NUMERALS_ONLY =
  /^\s*(?:[IVXLC]{1,7}|\d{1,2})\.?(?:\s*(?:[,，、/&+·]|\s(?:and|y|e|et|und|и|và)\s)\s*(?:[IVXLC]{1,7}|\d{1,2})\.?){0,12}\s*$/u;
const NUMERAL_OF_LIST = /[IVXLC]{1,7}|\d{1,2}/gu;

/** An inserted principle's code at the head of a label: `VI.5.`, `I.5 `. */
const INSERTED_CODE = /^[IVXLC]{1,7}\.\d{1,2}(?=[.:：\s])/u;

/** Whether a label cites the numeral of one of the principles (`III.`, `Principle III`). */
export function citedNumeral(label: string, principles: readonly Principle[]): boolean {
  const plain = plainText(label);
  if (principlesByLeadingId(plain, principles).length > 0) return true;
  // An inserted principle's code (`VI.7.`) where the constitution numbers its inserted ones
  // so (`VI.5.`) and has no `VI.7`: another version's principle.
  const inserted = INSERTED_CODE.test(plain.replace(/^[^\p{L}\p{N}]+/u, ""));
  if (inserted && principles.some((p) => p.code !== undefined && INSERTED_CODE.test(`${p.code}.`)))
    return true;
  for (const m of plain.matchAll(REFERENCE)) {
    const n = referencedNumeral(m);
    if (n !== null && principles.some((p) => p.numeral === n)) return true;
  }
  // Numerals in brackets after the gate's words (`| Phase Gate (X) | PASS |`).
  if (plain.includes("(") || plain.includes("（")) {
    const listed: number[] = [];
    bracketedNumerals(plain, listed, new Set());
    if (listed.some((n) => principles.some((p) => p.numeral === n))) return true;
  }
  return false;
}

/**
 * The principles a label names. A numeral, a code or a whole name decides; a label that only
 * shares a word or two with names (`Firebase SDK` with `Firebase as the only backend` and
 * `Angular and the official Firebase SDK`) goes to the principle its words point at most
 * clearly, the gate's text included.
 */
export function labelPrinciples(
  label: string,
  text: string,
  principles: readonly Principle[],
  byContent = true,
  /** Whether the text is the gate's own line (a heading's is the section below it). */
  ownLine = true,
): Principle[] {
  const numerals = numeralsOnly(label, principles);
  if (numerals.length > 0) return numerals;
  const explicit = principlesAddressed(label, principles, false);
  if (explicit.length > 0) return explicit;
  const loose = principlesAddressed(label, principles, true);
  if (!byContent) return loose;
  // A label that cites a numeral under another name (`Principle VI (Backend-First)` for
  // `VI. Zero Manual Coding by User`) checks a principle this constitution does not have
  // (an older one, or another project's): its words are not matched to one that it has.
  if (loose.length === 0 && citedNumeral(label, principles)) return loose;
  // A label joining topics (`文档与注释`) whose each topic names one principle names them all.
  if (loose.length > 1) {
    const joined = joinedPrinciples(label, principles);
    if (joined.length > 1) return joined;
  }
  // A label sharing only a kind of rule with a name, beside a topic of its own (`Architecture
  // Simplicity` and `I. Privacy-First Architecture`, `Distributed Runtime Standard` and `AI
  // Integration Standard`), is the team's own check: its words would lead to that name again,
  // and the gate's text to whichever principle its words happen to touch.
  if (
    loose.length === 0 &&
    sharesOnlyWeakly(
      label,
      principles.map((p) => p.name),
    )
  )
    return loose;
  const index = principleIndex(principles);
  // One loose match stands unless the label's own words point elsewhere (not where they share
  // only a kind of rule with a name: `Configuration standards` is not `II. Testing Standards`);
  // several, or none, are settled by the words of the whole gate.
  // With no loose match, the label's words first (`Auth Guarding`), then the whole gate's.
  const strong = (p: Principle | null): Principle | null =>
    p !== null && sharesOnlyWeakly(label, [p.name]) ? null : p;
  const content =
    loose.length === 1
      ? strong(principleByContent(index, label))
      : loose.length === 0
        ? (namePrefix(label, principles) ??
          principleByContent(index, label) ??
          principleByNameWords(index, label))
        : principleByContent(index, text);
  if (content) return [content];
  if (loose.length > 0) return loose;
  // A label naming none over a line that names several in full (`**PASS — N/A**: … The
  // constitution's principles (Hexagonal Architecture, DDD, SOLID, TDD, BDD, Code Quality) apply
  // only to Java code`) answers for each of them, not for the one its words lean to.
  const inText = ownLine ? principlesAddressed(text, principles, false) : [];
  if (inText.length > 1) return inText;
  const byText = principleByContent(index, text, label);
  return byText ? [byText] : loose;
}

/** The principles of a joined label's topics, when each topic names exactly one. */
function joinedPrinciples(label: string, principles: readonly Principle[]): Principle[] {
  const out: Principle[] = [];
  for (const topic of joinedTopics(plainText(label).trim())) {
    const named = principlesAddressed(topic, principles, true);
    const one = named[0];
    if (named.length !== 1 || one === undefined || out.includes(one)) return [];
    out.push(one);
  }
  return out;
}

/**
 * The one principle whose name opens with the label's words (`API-First` for `I. API-First
 * Architecture`, whose `first` every name-word comparison drops): two words at least.
 */
function namePrefix(label: string, principles: readonly Principle[]): Principle | null {
  const words = normalize(plainText(label));
  if (!words.includes(" ") || words.length > 60) return null;
  return openedBy(words, principles);
}

/** The one principle whose name opens with these (normalised) words and goes on after them. */
function openedBy(words: string, principles: readonly Principle[]): Principle | null {
  let found: Principle | null = null;
  for (const p of principles) {
    const name = nameCore(p.name);
    if (name === words || !name.startsWith(`${words} `)) continue;
    if (found) return null;
    found = p;
  }
  return found;
}

/**
 * Gates past this many in a plan are matched to principles only by numeral, code or whole
 * name: real Constitution Checks have tens of gates, and the tolerant matching costs per gate.
 */
const TOLERANT_GATES = 500;

/**
 * Gates past this many are matched only by the numeral or code that leads their label: a plan
 * of thousands of gates is a generated or hostile one, and names cost per gate and principle.
 */
const NAMED_GATES = 2_000;

/**
 * Each rule asks for a gate's principles: they are worked out once per gate and constitution,
 * kept by the gate's place in the plan (keyed by constitution first: one array per
 * constitution, not one map entry per gate).
 */
const perPlan = memoizedPair(
  (plan: Plan, _principles: readonly Principle[]) =>
    new Array<Principle[] | undefined>(plan.gates.length),
);

const ordinals = new WeakMap<Plan, Map<Gate, number>>();

/** A gate's place in the plan's gates, or -1 when it is not one of them. */
function ordinal(plan: Plan, gate: Gate): number {
  let map = ordinals.get(plan);
  if (!map) {
    const built = new Map<Gate, number>();
    plan.gates.forEach((g, k) => built.set(g, k));
    ordinals.set(plan, built);
    map = built;
  }
  return map.get(gate) ?? -1;
}

/**
 * The principles a gate addresses: its label (leniently: labels abbreviate), or for a table row
 * its cells (a numeral often has a column of its own); failing that, the text beside it.
 * Callers that walk `plan.gates` pass the gate's place (`at`); others are looked up.
 */
export function gatePrinciples(
  gate: Gate,
  principles: readonly Principle[],
  plan?: Plan,
  at?: number,
): Principle[] {
  // No principles (no constitution, or one without a principles section): none to name.
  if (principles.length === 0) return [];
  if (plan === undefined) return principlesOfGate(gate, principles, true);
  const k = at !== undefined && plan.gates[at] === gate ? at : ordinal(plan, gate);
  if (k < 0) return principlesOfGate(gate, principles, true);
  const list = perPlan(plan, principles);
  let found = list[k];
  if (!found) {
    const read = countsOwnRows(plan, principles) ? unnumbered(gate) : gate;
    found =
      k >= NAMED_GATES
        ? principlesByLeadingId(read.label, principles)
        : principlesOfGate(read, principles, k < TOLERANT_GATES);
    list[k] = found;
  }
  return found;
}

/**
 * Whether the check's table numbers its rows past the constitution's last principle (`| 35 |
 * TLS in production | ✅ PASS |` against 21 principles): its bare numerals count a list of its
 * own (the constitution's numbered rules), not principles, and `| 1 |` is not principle I.
 */
const countsOwnRows = memoizedPair((plan: Plan, principles: readonly Principle[]): boolean => {
  let last = 0;
  for (const p of principles) if (p.numeral !== null && p.numeral > last) last = p.numeral;
  let past = 0;
  for (const g of plan.gates.slice(0, TOLERANT_GATES)) {
    if (g.form !== "table" || !BARE_NUMERAL.test(g.label.trim())) continue;
    const k = parseNumeral(g.label.trim().replace(/[.)]$/u, ""));
    if (k !== null && k > last) past++;
  }
  return last > 0 && past >= 2;
});

/** A table gate labelled by its row's number alone, read by the cell after it instead. */
function unnumbered(gate: Gate): Gate {
  if (gate.form !== "table" || !BARE_NUMERAL.test(gate.label.trim())) return gate;
  const cells = (gate.cells ?? []).filter((c) => !BARE_NUMERAL.test(c.trim()));
  const label = cells[0] ?? gate.label;
  return { ...gate, label, cells, text: gate.text.replace(gate.label, "").trim() };
}

/** The principle a label's leading numeral (`III.`) or code (`PP1`) names, if any. */
function principlesByLeadingId(label: string, principles: readonly Principle[]): Principle[] {
  const byCode = principlesByCode(label.slice(0, 64), principles);
  if (byCode.length > 0) return byCode;
  const { numeral } = numberedLabel(label);
  const p = numeral === null ? undefined : principles.find((q) => q.numeral === numeral);
  return p ? [p] : [];
}

function principlesOfGate(
  gate: Gate,
  principles: readonly Principle[],
  tolerant: boolean,
): Principle[] {
  if (!tolerant) return principlesAddressed(gate.label, principles);
  // A result line (`**Overall Gate Status**: ✅ PASS …`) sums the check up: it answers for the
  // principles it cites by numeral or name (`… mandate (Principle XVII)`), not by a word.
  if (gate.form === "result") return principlesAddressed(gate.text, principles);
  // A gate labelled by rule ids alone (`| D8.1 |`, `| D2.1–D2.4 |`) checks the principles
  // whose rules they are.
  const byRule = principlesByRuleId(gate.label, principles);
  if (byRule.length > 0) return byRule;
  // A gate labelled by a range of numerals (`| I-V (Robotics Focus) | N/A | … |`) checks every
  // principle in it, as a plain line of the check does.
  if (leadingRange(gate.label)) {
    const ranged = principlesAddressed(gate.label, principles, false, true);
    if (ranged.length > 1) return ranged;
  }
  const byLabel = labelPrinciples(
    gate.label,
    `${gate.label} ${gate.reason}`,
    principles,
    true,
    gate.form !== "heading",
  );
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
  if (gate.form === "heading") return [];
  const own = principlesAddressed(`${gate.label} ${gate.reason}`, principles);
  if (own.length > 0 || gate.form === "table") return own;
  // A gate under a sub-heading that names one principle (`### Principle V: Data Privacy` over
  // `- ⚠️ **CRITICAL**: Must implement rate limiting`) is that principle's, as coverage reads it.
  const bySection = subHeadingPrinciple(gate, principles);
  return bySection.length > 0 ? bySection : own;
}

/**
 * The principles a gate's sub-heading names, for the gate under it, and whether the sub-heading
 * cites them by numeral: for a box or item (`#### Integration-First Gate (Article VII)` over `-
 * [x] Auth tested with real session`; `### Gate · Calidad y verificación (Principios V, VI, VII,
 * XIII, XIV)` over `- [x] FRs en EARS; trazabilidad en la spec`), or a labelled line when the
 * sub-heading cites them by numeral (`### 原則 I: …` over `**事前評価**: …`; a title's words
 * alone, `### Alignment with the AI-Native Constitution`, do not make the labels below it one
 * principle's). Otherwise none.
 */
function subHeading(gate: Gate, principles: readonly Principle[]): SubHeading {
  const box = gate.form === "checkbox" || gate.form === "item";
  if (gate.sectionTitle === "" || (!box && gate.form !== "label")) return NOT_UNDER;
  const byNumeral = citedNumeral(gate.sectionTitle, principles);
  if (!box && !byNumeral) return NOT_UNDER;
  return { cited: principlesAddressed(gate.sectionTitle, principles, false), byNumeral };
}

interface SubHeading {
  readonly cited: Principle[];
  readonly byNumeral: boolean;
}
const NOT_UNDER: SubHeading = { cited: [], byNumeral: false };

/** The one principle a gate's sub-heading names (see `subHeading`), or none. */
function subHeadingPrinciple(gate: Gate, principles: readonly Principle[]): Principle[] {
  const { cited } = subHeading(gate, principles);
  return cited.length === 1 ? cited : [];
}

/**
 * Whether a box stands under a bold label (see `groupTitle`) that names, of all the principles,
 * one it checks.
 */
function underOwnGroup(
  plan: Plan,
  gate: Gate,
  principles: readonly Principle[],
  checked: readonly Principle[],
): boolean {
  if (gate.form !== "checkbox" && gate.form !== "item") return false;
  const group = groupTitle(plan, gate.line);
  if (group === null) return false;
  const named = principlesAddressed(group, principles, false);
  return named.length === 1 && checked.includes(named[0] as Principle);
}

/** A paragraph that is a bold label alone: `**Security**:`, `**Type Safety:**`. */
const GROUP_LABEL = /^(?:\*\*|__)([^*_:：\n]{1,60})(?:[:：]\s*)?(?:\*\*|__)\s*(?:[:：]\s*)?$/u;

const groupTitles = new WeakMap<Plan, ReadonlyMap<number, string>>();

/**
 * The bold label a list item of the Constitution Check stands under, by its line: the
 * nearest such label above it with only list items and blank lines between (a heading, a table
 * or other prose ends the group). Not the first template's own groups
 * (`**Simplicity**:` over `- Using framework directly?`): their boxes are read as that template
 * writes them. Worked out once per plan, in one pass over the check.
 */
function groupTitle(plan: Plan, line: number): string | null {
  let map = groupTitles.get(plan);
  if (!map) {
    const built = new Map<number, string>();
    const { lines, kinds } = plan.doc;
    for (const section of plan.sectionsOf("constitution-check")) {
      let current: string | null = null;
      for (let k = section.line; k <= section.endLine; k++) {
        const kind = kinds[k - 1];
        const raw = lines[k - 1] ?? "";
        if (kind === "blank") continue;
        if (kind === "list-item") {
          if (current !== null) built.set(k, current);
          continue;
        }
        // (An indented line goes on the item above it.)
        if (kind === "text" && /^\s/u.test(raw)) continue;
        const m = kind === "text" ? GROUP_LABEL.exec(raw) : null;
        const label = m ? plainText(m[1] ?? "").trim() : "";
        current = label !== "" && !TEMPLATE_GROUPS.has(normalize(label)) ? label : null;
      }
    }
    groupTitles.set(plan, built);
    map = built;
  }
  return map.get(line) ?? null;
}

export interface Coverage {
  /** Gates addressing each principle (empty when only prose mentions it). */
  readonly gates: ReadonlyMap<Principle, readonly Gate[]>;
  readonly covered: ReadonlySet<Principle>;
  /**
   * Gates (and labelled items) of the Constitution Check that address no principle at all:
   * principles under other names the engine could not match, or checks of the template's own.
   */
  readonly unmatched: number;
  /** All gates and labelled items of the Constitution Check. */
  readonly units: number;
}

/** An ordered list item's number, after its indentation. */
const ORDINAL_ITEM = /^( *)(\d{1,3}[.)])(?= )/u;

/**
 * A line of the check with its ordered list's number blanked (columns kept) where the number
 * counts items and cites no principle: in a list nested under an item (`- **Upgrade moments
 * natural**:` over `  1. After value delivery (free restore complete)`, `  2. During share
 * flow`), or below a gate heading, whose items are its evidence.
 */
function withoutOrdinal(raw: string, underGateHeading: boolean): string {
  const m = ORDINAL_ITEM.exec(raw);
  if (!m || ((m[1] ?? "").length < 2 && !underGateHeading)) return raw;
  return `${m[1] ?? ""}${" ".repeat((m[2] ?? "").length)}${raw.slice(m[0].length)}`;
}

/** Which principles the plan's Constitution Check addresses, through gates or prose. Memoised. */
export const coverage: (plan: Plan, constitution: Constitution) => Coverage =
  memoizedPair(computeCoverage);

/** The label of a prose line of the check: `- **Label**: …`, `- Label: …`, a table's first cell. */
function lineLabel(raw: string, table: boolean): string | null {
  if (table) return plainText(splitRow(raw)[0] ?? "") || null;
  const body = raw.replace(/^\s*(?:>\s*)?(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s*)?/, "");
  const split = splitLabel(body, true);
  return split && split.label.length <= 80 ? split.label : null;
}

const TEMPLATE_LABELS = new Set(TEMPLATE_GATE_LABELS.map(normalize));

/** A gate of spec-kit's first template (`**Simplicity**:`, `Using framework directly?`). */
const TEMPLATE_GROUPS: ReadonlySet<string> = new Set(TEMPLATE_GROUP_TITLES);

function templateGate(label: string): boolean {
  return TEMPLATE_LABELS.has(normalize(label.replace(NON_NEGOTIABLE, "")));
}

/**
 * Whether a gate names its principle by numeral, in its label or (a table's) a cell of its own
 * (`III, IV` naming two).
 */
function numbered(gate: Gate): boolean {
  return [gate.label, ...(gate.cells ?? [])].some(
    (c) =>
      BARE_NUMERAL.test(c.trim()) ||
      splitNumbered(c).numeral !== null ||
      (c.length <= 40 && NUMERALS_ONLY.test(c)),
  );
}

/** A label of one acronym: `ADR`, `DRY`, `SOLID`. */
const ACRONYM_LABEL = /^\s*[A-Z]{2,6}s?\s*$/u;

/**
 * The one principle whose name a label writes cut short, its leading words (`Type Safety` for
 * `IV. Type Safety & Validation`, `Simplicity` for `III. Simplicity Over Abstraction`): a
 * label of the check naming its principle as authors shorten it. One word is enough when it is
 * a long one and no other name opens with it.
 */
function shortenedName(label: string, principles: readonly Principle[]): Principle | null {
  const words = normalize(plainText(label).replace(/[:：]\s*$/u, ""));
  if (words.length > 60) return null;
  if (!words.includes(" ") && !/^\p{L}{6,}$/u.test(words)) return null;
  return openedBy(words, principles);
}

/**
 * The principles a label calls in their names' words: an abbreviated name (`Clean Code` for
 * `II. Clean Code Principles`), two of its words (`Agent Ownership` for `I. Agent
 * Specialization & Clear Ownership`), or the one word only its name has, in any cognate
 * (`Documentation` for `V. Dokumentacja`). Not one word shared with a longer label
 * (`Task Management Tools` does not call `Human as Tool Strategy`).
 */
function calledInWords(
  label: string,
  principles: readonly Principle[],
  index: PrincipleIndex,
): Principle[] {
  const loose = principlesAddressed(label, principles, true);
  if (loose.length > 0) return loose;
  const byWords = principleByNameWords(index, label);
  return byWords ? [byWords] : [];
}

/**
 * The principles a text cites by code (`P3`, `TP11`) or by a reference (`Principle III`,
 * `原则三`) other than `known`, a numeral under another principle's name excepted.
 */
function citedBeside(
  text: string,
  principles: readonly Principle[],
  known: readonly Principle[],
): Principle[] {
  const plain = plainText(text);
  const numerals = new Set<number>();
  for (const m of plain.matchAll(REFERENCE)) {
    const n = referencedNumeral(m);
    if (n !== null) numerals.add(n);
  }
  const byCode = principlesByCode(plain, principles);
  const parts = numeralParts(plain);
  const verdicts = verdictNumerals(plain);
  const byParts = principles.filter(
    (p) =>
      p.numeral !== null && (parts.has(p.numeral) || verdicts.has(p.numeral)) && !known.includes(p),
  );
  if (numerals.size === 0 && byCode.length === 0) return byParts;
  const cited = principlesAddressed(plain, principles, false).filter(
    (p) =>
      !known.includes(p) && (byCode.includes(p) || (p.numeral !== null && numerals.has(p.numeral))),
  );
  return [...cited, ...byParts.filter((p) => !cited.includes(p))];
}

/** A numeral opening a sentence after the first, with a verdict after its colon (`III: N/A`). */
const NUMERAL_VERDICT = /(?<=[.;]\s{1,3})([IVXLC]{1,7})\s?[:：]\s*/gu;

/**
 * The numerals a line gives their own verdicts after its first sentence: `**Secrets
 * constraint**: PASS — names only. **III**: N/A. **V**: PASS.` checks III and V too. (A numeral
 * with no status after it, `… see II: the schema`, is not a verdict.)
 */
function verdictNumerals(text: string): ReadonlySet<number> {
  if (!/[.;]\s{1,3}[IVXLC]{1,7}\s?[:：]/u.test(text)) return NO_NUMERALS;
  const found = new Set<number>();
  let asked = 0;
  for (const m of text.matchAll(NUMERAL_VERDICT)) {
    if (++asked > MAX_PARTS) break;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    const status = findStatus(after);
    const n = parseNumeral(m[1] ?? "");
    if (n !== null && status !== null && status.index === 0) found.add(n);
  }
  return found;
}

/** Where one line's parts end: ` / `, ` | `, `;`. */
const PART_END = /\s[/|｜](?=\s)|[;；]/u;
/**
 * A part that opens with capital Roman numerals before a space, colon or bracket: `IV`, a range,
 * `VI–VII`, or several joined by slashes, `IX/XIII`, `I–III/VIII`.
 */
const PART_NUMERAL = new RegExp(
  String.raw`^(?:[-*+]\s+)?(?:\*\*|__)?([IVXLC]{1,7}(?:(?:/|${RANGE_DASH})[IVXLC]{1,7}){0,11})(?:\*\*|__)?(?=[\s:：.)]|$)`,
  "u",
);
/** The lead-in of a line's first part, before its numerals: `Pre/post design: I–III …`. */
const PART_LEAD = /^[^:：]{1,40}[:：]\s+/u;
/** Parts read per line at most. */
const MAX_PARTS = 32;

/**
 * The numerals of a line that checks several principles in turn, each part opening with its
 * numeral: `I privacy: on-device ✅ / II 引き算: 簡素化 ✅ / III source: … ✅`, or with a group
 * of them, `I–III/VIII no network writes; IV …; IX/XIII no browser key` (the first part past
 * its lead-in, `Pre/post design:`). At least three numerals and at least half of all the parts
 * so numbered (not the `I` of `I think; so…`).
 */
function numeralParts(text: string): ReadonlySet<number> {
  if (!/[/|｜;；]/u.test(text)) return NO_NUMERALS;
  const parts = text.split(PART_END, MAX_PARTS);
  if (parts.length < 3) return NO_NUMERALS;
  const found = new Set<number>();
  let numbered = 0;
  for (const [i, part] of parts.entries()) {
    const trimmed = part.trim();
    const m =
      PART_NUMERAL.exec(trimmed) ??
      (i === 0 ? PART_NUMERAL.exec(trimmed.replace(PART_LEAD, "")) : null);
    const before = found.size;
    for (const n of groupNumerals(m?.[1] ?? "")) found.add(n);
    if (found.size > before) numbered++;
  }
  return found.size >= 3 && numbered * 2 >= parts.length ? found : NO_NUMERALS;
}

const RANGE_DASH_SPLIT = new RegExp(RANGE_DASH, "u");

/** The numbers a group of numerals names: `IX/XIII` as 9 and 13, `I–III/VIII` as 1, 2, 3 and 8. */
function groupNumerals(group: string): number[] {
  const out: number[] = [];
  for (const item of group.split("/")) {
    if (item === "") continue;
    const [start = "", end] = item.split(RANGE_DASH_SPLIT, 2);
    const from = parseNumeral(start);
    const to = end === undefined ? from : parseNumeral(end);
    if (from === null || to === null || to < from || to - from > MAX_RANGE) continue;
    for (let n = from; n <= to; n++) out.push(n);
  }
  return out;
}
const NO_NUMERALS: ReadonlySet<number> = new Set();

/** Status marks before a label's numeral: `✅ Principle I: …`. */
const LEAD_MARKS = /^[^\p{L}\p{N}]+/u;

const GATE = 1;
const ADDRESSING = 2;
const NAMED = 4;
const NUMBERED_HEADING = 8;

function computeCoverage(plan: Plan, constitution: Constitution): Coverage {
  const { principles } = constitution;
  const index = principleIndex(principles);
  const ownSection = (label: string): boolean => namesSection(label, constitution);
  const gates = new Map<Principle, Gate[]>();
  const covered = new Set<Principle>();
  // What each line of the plan is, one byte per line (a plan can hold 100,000 gates): a gate
  // (GATE), one that addresses a principle (ADDRESSING), a gate heading that names its
  // principle by numeral or whole name (NAMED), a gate heading numbered as a principle, whatever
  // its name (NUMBERED_HEADING).
  const lineFlags = new Uint8Array(plan.doc.lines.length + 2);
  const flag = (line: number, f: number): void => {
    lineFlags[line] = (lineFlags[line] ?? 0) | f;
  };
  const flagged = (line: number, f: number): boolean => ((lineFlags[line] ?? 0) & f) !== 0;
  let units = 0;
  let unmatched = 0;
  // The principles the check calls by numeral, code or whole name (`strict`), and the labels
  // and sub-headings that may call others in their names' words (asked only if it matters, at
  // the end); the principles no check calls are credited only by the words of checks written
  // about something else.
  const strict = new Set<Principle>();
  const callers: string[] = [];
  const call = (list: readonly Principle[]): void => {
    for (const p of list) strict.add(p);
  };
  const ask = (text: string): void => {
    if (callers.length < TOLERANT_GATES) callers.push(text);
  };
  // The check's own gates in order, with the principles their labels name: a check that lists
  // one gate per principle in the constitution's order names the others by position.
  const listed: Array<{ readonly gate: Gate; readonly named: readonly Principle[] }> = [];
  for (let at = 0; at < plan.gates.length; at++) {
    const gate = plan.gates[at] as Gate;
    flag(gate.line, GATE);
    let all = gatePrinciples(gate, principles, plan, at);
    if (
      gate.form !== "result" &&
      gate.phase === "initial" &&
      listed.length <= principles.length &&
      !templateGate(gate.label)
    )
      listed.push({ gate, named: all });
    // A principle its line cites by code or reference besides its label's (`- **P1/P2**
    // deterministic; **P3** pure core`, `… also Principle III`): a citation, not a shared word.
    if (gate.form !== "result" && units < TOLERANT_GATES) {
      const cited = citedBeside(gate.text, principles, all);
      if (cited.length > 0) {
        call(cited);
        all = [...all, ...cited];
      }
    }
    // The principles its label names strictly (asked once: both uses below are before
    // `TOLERANT_GATES`, past which every match is strict already).
    const byLabel =
      gate.form !== "result" && units < TOLERANT_GATES
        ? principlesAddressed(gate.label, principles, false, leadingRange(gate.label))
        : [];
    // (A label of rule ids, `| D8.1 |`, calls their principles as a numeral would.)
    if (
      gate.form === "result" ||
      units >= TOLERANT_GATES ||
      numbered(gate) ||
      principlesByRuleId(gate.label, principles).length > 0
    )
      call(all);
    else {
      // By its label, or in full in its text (`- Principle: Thin Git Surface — N/A`).
      call(
        byLabel.length > 0 || all.length === 0
          ? byLabel
          : principlesAddressed(`${gate.label} ${gate.reason}`, principles, false),
      );
      const shortened = shortenedName(gate.label, principles);
      if (shortened && all.includes(shortened)) call([shortened]);
      ask(gate.label);
      // A label that is an acronym alone (`**ADR**: Significant decisions recorded`) says what
      // it checks in its text: the principle that text gives is called.
      const plainLabel = plainText(gate.label);
      if (ACRONYM_LABEL.test(plainLabel) && findStatus(plainLabel) === null) call(all);
    }
    if (gate.form !== "result" && units < TOLERANT_GATES) {
      const text = `${gate.label} ${gate.reason}`;
      // A gate named by numeral is about that principle, whatever else its evidence mentions;
      // one named in words may name several (`no Rust/Actix/Tauri surface`).
      if (all.length === 0) {
        // (Not a gate citing a numeral under another name: see `labelPrinciples`.)
        const byContent = citedNumeral(gate.label, principles)
          ? null
          : principleByContent(index, text);
        if (byContent) all = [byContent];
        if (byContent && restatesRule(text, byContent)) call([byContent]);
      } else if (!numbered(gate)) {
        // A principle's own heading (`### ✅ Code Quality`) holds its evidence below it:
        // only the heading's words name other principles (`Consistent Style` there is not
        // `User Experience Consistency`).
        // So does a gate whose label names its principle (`✅ **User Experience Excellence**:
        // … error handling, loading states`): its text is evidence, and `error handling` there
        // is not `X. Error Handling and Resilience`.
        // So, too, is a box under a bold label naming the principle it checks (`**Security**:`
        // over `- [x] Better-Auth authorization applied in Server Components`, checking
        // `V. Security-First Design`): `Server Components` there is not `VI. React Component
        // Design Patterns`.
        const own = gate.form === "heading" || byLabel.length > 0 ? gate.label : text;
        if (!underOwnGroup(plan, gate, principles, all))
          all = [...all, ...namedByOwnWords(index, own, all)];
      }
    }
    // A box or item under a sub-heading that names one principle, by numeral or whole name
    // (`#### Integration-First Gate (Article VII)` over `- [x] Auth tested with real session`,
    // the first template's form; `### 测试真实性` over its boxes), is that principle's evidence:
    // its words (`tested`) do not check another one (`III. Test-First`). So is a labelled line
    // that names no principle itself (see `subHeading`).
    const under =
      units < TOLERANT_GATES && !numbered(gate) ? subHeading(gate, principles) : NOT_UNDER;
    if (byLabel.length === 0 && under.cited.length === 1) all = under.cited;
    // Under a sub-heading citing several principles by numeral, a box is their evidence: its
    // words (`trazabilidad en la spec`) do not check a principle outside them (`I. Spec-Driven,
    // spec-first`), only a numeral beside it or the principle's whole name does.
    const group =
      under.byNumeral && under.cited.length > 1 && gate.form !== "label" ? under.cited : [];
    if (group.length > 0 && all.length === 0) all = group;
    else if (group.length > 0 && all.some((p) => !group.includes(p))) {
      const h = hay(plainText(gate.text));
      const cited = citedBeside(gate.text, principles, []);
      const kept = all.filter(
        (p) => group.includes(p) || cited.includes(p) || h.spaced.includes(nameNeedle(p.name)),
      );
      all = kept.length > 0 ? kept : group;
    }
    if (gate.form !== "result" && !templateGate(gate.label)) {
      units++;
      if (all.length === 0 && !ownSection(gate.label)) unmatched++;
    }
    if (all.length > 0) flag(gate.line, ADDRESSING);
    if (gate.form === "heading" && numbered({ ...gate, label: gate.label.replace(LEAD_MARKS, "") }))
      flag(gate.line, NUMBERED_HEADING);
    // (Past TOLERANT_GATES every match is strict already; before, the label was just asked
    // strictly by `gatePrinciples`, so this answer is memoised.)
    if (
      gate.form === "heading" &&
      all.length > 0 &&
      (at >= TOLERANT_GATES || principlesAddressed(gate.label, principles).length > 0)
    )
      flag(gate.line, NAMED);
    for (const p of all) {
      const list = gates.get(p);
      if (list) list.push(gate);
      else gates.set(p, [gate]);
      covered.add(p);
    }
  }
  // A check that numbers one gate per principle, in order, most of them under their own
  // principle's name (`| V. Database | N/A |` for `V. Convenções de Banco de Dados` among `| I.
  // Architecture skills |` … for `I. Skills de Arquitetura Obrigatórias` …): a numeral whose
  // words name no principle is its principle's, in other words (another language, a short
  // name), not an older version's.
  // A gate given its principle by place: it addresses that one now. (It was counted as naming
  // no principle when it named none.)
  const place = (gate: Gate, principle: Principle): void => {
    const list = gates.get(principle);
    if (list) list.push(gate);
    else gates.set(principle, [gate]);
    if (!flagged(gate.line, ADDRESSING)) unmatched--;
    covered.add(principle);
    flag(gate.line, ADDRESSING);
  };
  for (const { gate, principle } of numberedInPlace(listed, principles)) {
    place(gate, principle);
    call([principle]);
  }
  // (Not a call by numeral or name, but kept as one below: a gate in its principle's place
  // checks it, whatever words it uses.)
  const { moved, inPlace } = byPosition(listed, principles, index, ownSection);
  for (const { gate, principle, instead } of moved) {
    // The principles its words matched have gates of their own: it is not theirs.
    for (const p of instead) {
      const own = gates.get(p);
      if (own)
        gates.set(
          p,
          own.filter((g) => g !== gate),
        );
    }
    place(gate, principle);
  }
  const { doc } = plan;
  // Lines of the check read besides its gates: as many as gates are read, at most (past that
  // the plan is generated, as for gates).
  let read = 0;
  const numberedGates = plan.gates.some((g) => g.form !== "result" && numbered(g));
  // (Or by their codes, `| **P2** — no PII in logs |`: then `(P1–P13)` in the check's title
  // says what the table covers, and the table decides. The first gates tell.)
  const codedGates =
    principles.some((p) => p.code !== undefined) &&
    plan.gates
      .slice(0, TOLERANT_GATES)
      .some((g) => g.form !== "result" && principlesByCode(g.label, principles).length > 0);
  for (const section of plan.sectionsOf("constitution-check")) {
    // Below a gate heading that names its principle (`### I. 中文文档规范 ✅`), the items are
    // its evidence; below a generic one (`### 编码规范 ✅`) they may each answer a principle.
    let underGateHeading = false;
    let underPrincipleHeading = false;
    // Plain items matched by their words so far (past `TOLERANT_GATES`, no more are).
    let restated = 0;
    for (let line = section.line; line <= section.endLine && read < MAX_GATES; line++) {
      if (doc.kinds[line - 1] === "heading") {
        // (So is one numbered as a principle under a name of the team's own, `### Principle 1:
        // Feature Quality ✅ PASS` for `I. Source Accuracy & Verifiability`: its items are the
        // evidence for that name, not each a principle's restatement.)
        underGateHeading = flagged(line, ADDRESSING) || flagged(line, NUMBERED_HEADING);
        underPrincipleHeading = flagged(line, NAMED);
        // A sub-heading may call a principle in its name's words (`### Agent Ownership` over
        // the items that answer `I. Agent Specialization & Clear Ownership`).
        if (line !== section.line && callers.length < TOLERANT_GATES)
          ask(plainText(atxHeading(doc.lines[line - 1] ?? "")?.raw ?? ""));
      }
      if (flagged(line, GATE) || !isProse(doc.kinds[line - 1])) continue;
      read++;
      const raw = doc.lines[line - 1] ?? "";
      const kind = doc.kinds[line - 1];
      // A range (`Passes I–VI`) is the check when the check is that line; beside gates that
      // each name their principle (`Princípios I–XII` over a table of I to XII), it says what
      // the table covers, and the table decides.
      const found = new Set(
        principlesAddressed(
          withoutOrdinal(raw, underGateHeading),
          principles,
          false,
          // (Not the check's own title: `## Constitution gate check (P1–P13)` says what it
          // covers, its lines check it; a sub-heading's range, `### Testing (Principles
          // IX-X)`, heads the items that check those.)
          !numberedGates && !codedGates && line !== section.line,
        ),
      );
      // (`I privacy ✅ / II 引き算 ✅ / III source ✅` as a line of prose: each part's numeral.)
      const parts =
        kind !== "table" && /[/|｜;；]/u.test(raw) ? numeralParts(plainText(raw)) : NO_NUMERALS;
      for (const p of principles) if (p.numeral !== null && parts.has(p.numeral)) found.add(p);
      call([...found]);
      // A labelled item or a table's first cell names a principle as a gate label does.
      // (A sub-heading groups gates, `### Engineering Practice Checks`: it names a principle
      // only in full, which the strict match above finds.)
      // (A table's header and delimiter rows label its columns, not a gate.)
      const label =
        kind === "heading" ||
        (kind === "table" && (isDelimiterRow(raw) || isDelimiterRow(doc.lines[line] ?? "")))
          ? null
          : kind === "list-item" || kind === "table"
            ? lineLabel(raw, kind === "table")
            : /^\s*(?:\*\*|__)/.test(raw)
              ? lineLabel(raw, false)
              : null;
      // (A line saying what comes next, `**Ready for**: /speckit.tasks`, labels no check.)
      if (label && units < TOLERANT_GATES && !INSTRUCTION_LABEL.test(label)) {
        const shortened = shortenedName(label, principles);
        if (shortened) {
          call([shortened]);
          found.add(shortened);
        }
        // The first template's own questions (`Projects: 1`, `Using framework directly?`)
        // name a principle only in full (the strict match above), not by a shared word.
        const own = !templateGate(label);
        // Below a gate heading that names its principle (by numeral or whole name: not a
        // group's title such as `### Frontend Standards ✅`), a labelled item is that gate's
        // evidence (`- **Local Testing**: …` under `### Principle XVIII`): it names another
        // principle only by numeral or whole name, not by a shared word.
        if (own && underPrincipleHeading)
          for (const p of principlesAddressed(raw, principles, false)) found.add(p);
        else if (own) {
          for (const p of labelPrinciples(label, plainText(raw), principles)) found.add(p);
          ask(label);
        }
        if (own && !underPrincipleHeading && found.size === 0 && line !== section.line) {
          const plain = plainText(raw);
          const byContent = principleByContent(index, plain);
          if (byContent) found.add(byContent);
          if (byContent && restatesRule(plain, byContent)) call([byContent]);
        } else if (
          kind === "list-item" &&
          TEMPLATE_GROUPS.has(normalize(label)) &&
          !underPrincipleHeading &&
          found.size === 0 &&
          line !== section.line
        ) {
          // A title of the first template's question groups opening a sentence of the plan's
          // own, not the group's questions (`- Architecture: the design preserves Queue ->
          // Assembly Station -> …`): the sentence is matched by its words, the title is not.
          const plain = plainText(raw);
          const at = plain.indexOf(label);
          const rest = at < 0 ? "" : plain.slice(at + label.length).replace(/^[\s:：*_]+/u, "");
          if (!rest.includes("?") && rest.split(/\s+/u).length >= 8) {
            const byContent = principleByContent(index, rest);
            if (byContent) found.add(byContent);
          }
        }
        if (line !== section.line && !templateGate(label) && !underPrincipleHeading) {
          units++;
          if (found.size === 0) unmatched++;
        }
      } else if (kind === "text" && !underGateHeading && restated < TOLERANT_GATES) {
        // A sentence that lists what the plan meets after a colon (`以下を満たす必要がある:
        // クリーンコード、シンプルなUX、技術は要件に合わせて選定されること`): each term names the
        // one principle whose name has its words.
        restated++;
        const plain = plainText(raw);
        for (const p of enumerated(index, plain, true)) found.add(p);
        for (const p of titledNames(index, plain, principles)) found.add(p);
      } else if (
        kind === "list-item" &&
        !underGateHeading &&
        found.size === 0 &&
        units < TOLERANT_GATES &&
        restated < TOLERANT_GATES &&
        /^ ?(?:[-*+]|\d+[.)])\s/.test(raw)
      ) {
        restated++;
        // A check restating a principle as a plain rule (`- Tests must be written first
        // (pytest, FactoryBoy)` for `VI. Test-First Development`): matched by its words. Only a
        // top-level item: nested ones are a gate's evidence, which mentions other principles.
        const plain = plainText(raw);
        const byContent = principleByContent(index, plain);
        if (byContent) found.add(byContent);
        // (One that copies the principle's rule calls it, as its name would.)
        if (byContent && restatesRule(plain, byContent)) call([byContent]);
        // One that lists what it checks (`- Clean code, SOLID, …, performance, monitoring,
        // documentation`): each term names the one principle whose name has its words.
        for (const p of enumerated(index, plain)) found.add(p);
      }
      for (const p of found) covered.add(p);
      // A principle's acronym of three letters or more in the check's prose (`… TDD for
      // conflict resolution logic` for `I. Test-Driven Development`; not the `CI` of `CI/CD`)
      // addresses it, as a shared word does.
      if (kind === "text" && found.size === 0 && units < TOLERANT_GATES && /[A-Z]{3}/.test(raw))
        for (const p of principles) if (byAcronym(raw, p, 3)) covered.add(p);
    }
  }
  // A check that calls (nearly) every principle by numeral or name has not checked the ones it
  // skips: the words of its other checks (`Contract tests for MCP tool schemas` for a skipped
  // `V. Reusability and Intelligence`) are evidence for the principles they stand under.
  if (strict.size >= 3 && strict.size * 3 >= principles.length * 2) {
    const skipped = new Set([...covered].filter((p) => !strict.has(p) && !inPlace.has(p)));
    for (const text of callers) {
      if (skipped.size === 0) break;
      for (const p of calledInWords(text, principles, index)) skipped.delete(p);
    }
    for (const p of skipped) {
      covered.delete(p);
      gates.delete(p);
    }
  }
  // A line saying no other principle applies (`No other principle is implicated: no new data
  // entity, no new API surface`) answers for the ones the check does not name.
  if (covered.size < principles.length && othersNotApplicable(plan)) {
    for (const p of principles) covered.add(p);
  }
  // A check line quoting in code an identifier that one principle's rules alone quote
  // (`@hl8/config`, `libs/infra/cache` for `V. 配置模块使用规范`, `VIII. 缓存模块使用规范`)
  // addresses that principle: the module, package or path it mandates.
  if (covered.size < principles.length)
    for (const p of quotedIdentifiers(plan, principles)) covered.add(p);
  return { gates, covered, unmatched, units };
}

/**
 * An identifier a principle's rules quote: a package, module path or dotted name with a `/`,
 * `@` or inner `.` (`@hl8/config`, `libs/infra/cache`, `app.config.ts`), not a version.
 */
const IDENTIFIER = /(?<![\w@./-])@?[A-Za-z_][\w-]*(?:[/@.][\w-]+)+\/?(?![\w@/-])/gu;
/** A line opening with a principle's numeral: `| IV. Simplicity |`, `- [x] **II.** …`, `- ✅ V. …`. */
const NUMBERED_LINE = /^[^\p{L}\p{N}]{0,12}(?:[IVXLC]{1,7}|\d{1,2})[.):：]/u;
/** How many lines of the check are read for quoted identifiers. */
const MAX_QUOTING_LINES = 400;
const identifiersOf = new WeakMap<readonly Principle[], ReadonlyMap<string, Principle>>();

/** Each identifier one principle's text alone quotes, with that principle. */
function principleIdentifiers(principles: readonly Principle[]): ReadonlyMap<string, Principle> {
  return soleOwners(principles, identifiersOf, (p) =>
    [...`${p.name} ${p.body}`.matchAll(IDENTIFIER)]
      .map((m) => m[0].replace(/\/$/u, "").toLowerCase())
      .filter((id) => id.length >= 6),
  );
}

/** The principles whose own identifiers a line of the check quotes in a code span. */
function quotedIdentifiers(plan: Plan, principles: readonly Principle[]): Set<Principle> {
  const out = new Set<Principle>();
  const own = principleIdentifiers(principles);
  if (own.size === 0) return out;
  const { doc } = plan;
  let read = 0;
  for (const section of plan.sectionsOf("constitution-check"))
    for (let line = section.line; line <= section.endLine; line++) {
      const raw = doc.lines[line - 1] ?? "";
      if (!raw.includes("`") || !isProse(doc.kinds[line - 1])) continue;
      // (A line opening with a numeral is numbered for its own principle, and quotes what that
      // one uses: ``| IV. Simplicity | adds `spatie/laravel-permission` |``, the package
      // another principle mandates, is about IV.)
      if (NUMBERED_LINE.test(raw)) continue;
      if (++read > MAX_QUOTING_LINES) return out;
      for (const span of raw.matchAll(/`([^`]{6,120})`/gu))
        for (const m of (span[1] ?? "").matchAll(IDENTIFIER)) {
          const p = own.get(m[0].replace(/\/$/u, "").toLowerCase());
          if (p) out.add(p);
        }
    }
  return out;
}

/** Whether a line of the Constitution Check says no other principle applies. */
function othersNotApplicable(plan: Plan): boolean {
  const { doc } = plan;
  for (const section of plan.sectionsOf("constitution-check"))
    for (let line = section.line; line <= section.endLine; line++) {
      const raw = doc.lines[line - 1] ?? "";
      if (isProse(doc.kinds[line - 1]) && OTHER_PRINCIPLES_NOT_APPLICABLE.test(raw)) return true;
    }
  return false;
}

/**
 * A check of one gate per principle, in the constitution's order (`- [x] **Flutter
 * multi-platform**` … `- [x] **JWT-авторизация**` for principles I to IX), most of them naming
 * their principle: a gate that names none is the principle in its place, written in other
 * words or another language (`**Русский UI**` for `II. Русскоязычный интерфейс`), not yet named
 * by any gate. Only when the gates give no numerals (a numeral decides), are exactly as many
 * as the principles, and at least two in three name the one in their place.
 */
/** A Latin letter outside ASCII (`ç`, `ã`, `ü`), or a letter of another script. */
const NON_ASCII_LETTER = /(?![a-zA-Z])\p{L}/u;

/**
 * The gates of a check numbered I to N for the N principles, in order, two in three of them
 * naming their own principle: the ones whose words name none, each with its principle.
 */
function numberedInPlace(
  all: ReadonlyArray<{ readonly gate: Gate; readonly named: readonly Principle[] }>,
  principles: readonly Principle[],
): Array<{ readonly gate: Gate; readonly principle: Principle }> {
  // (Its numbered gates: a result line after them, `**Gate vor Recherche:** bestanden`, is
  // none of them.)
  const listed =
    all.length === principles.length
      ? all
      : all.filter(({ gate }) => numberedLabel(plainText(gate.label)).numeral !== null);
  if (listed.length < 3 || listed.length !== principles.length) return [];
  let agree = 0;
  for (let k = 0; k < listed.length; k++) {
    const { gate, named } = listed[k] as (typeof listed)[number];
    const p = principles[k] as Principle;
    if (p.numeral === null || numberedLabel(plainText(gate.label)).numeral !== p.numeral) return [];
    if (named.includes(p)) agree++;
  }
  if (agree * 3 < listed.length * 2) return [];
  // Only when the check is written in another language than the names: a word there is a
  // translation (`Database`), where in the names' own language it is another version's topic
  // (`II. Modularity` for `II. Deployment Readiness`).
  const accented = (text: string): boolean => NON_ASCII_LETTER.test(text);
  const namesAccented = principles.filter((p) => accented(p.name)).length * 2 >= principles.length;
  const labelsAccented =
    listed.filter(({ gate }) => accented(gate.label)).length * 2 >= listed.length;
  const translated = namesAccented !== labelsAccented;
  // (In the names' own language, a compound that holds a word of its principle's name is that
  // name, shortened: `XI – Bestandsprojekt` for `XI. Änderungen an bestehenden Projekten`.)
  return listed.flatMap(({ gate, named }, k) => {
    const p = principles[k] as Principle;
    return named.length === 0 && (translated || compoundOf(plainText(gate.label), p.name))
      ? [{ gate, principle: p }]
      : [];
  });
}

/** Letters only, lower-cased: the words of a name or a label. */
const LETTER_WORDS = /\p{L}+/gu;

/**
 * Whether a word of `label` is a compound holding a word of `name` (its first letters, six at
 * least, as an inflection leaves them): `Bestandsprojekt` holds `Projekten`'s `projek`,
 * `Datenbankzugriff` holds `Zugriffe`'s `zugrif`. German, Dutch and the Nordic languages join
 * their words so.
 */
function compoundOf(label: string, name: string): boolean {
  const stems = (name.toLowerCase().match(LETTER_WORDS) ?? [])
    .filter((w) => w.length >= 7)
    .map((w) => w.slice(0, Math.max(6, w.length - 3)));
  if (stems.length === 0) return false;
  return (label.toLowerCase().match(LETTER_WORDS) ?? []).some(
    (w) => w.length >= 10 && stems.some((stem) => w.length >= stem.length + 4 && w.includes(stem)),
  );
}

/**
 * Whether a word of a label and one of a name open alike, five letters and most of the shorter
 * word (`Русский` and `Русскоязычный`): one stem, inflected or compounded.
 */
function sharesStem(label: string, name: string): boolean {
  const words = (text: string): string[] =>
    (text.toLowerCase().match(LETTER_WORDS) ?? []).filter((w) => w.length >= 5);
  const theirs = words(name);
  return words(label).some((a) =>
    theirs.some((b) => {
      let n = 0;
      while (n < a.length && n < b.length && a[n] === b[n]) n++;
      return n >= 5 && n * 10 >= Math.min(a.length, b.length) * 7;
    }),
  );
}

/** Whether two scripts write one language: Japanese writes kanji (`依存固定`) and kana alike. */
function sameWriting(a: string, b: string): boolean {
  const japanese = (x: string): boolean => x === "han" || x === "kana";
  return a === b || (japanese(a) && japanese(b));
}

function byPosition(
  listed: ReadonlyArray<{ readonly gate: Gate; readonly named: readonly Principle[] }>,
  principles: readonly Principle[],
  index: PrincipleIndex,
  ownSection: (label: string) => boolean,
): {
  readonly moved: Array<{
    readonly gate: Gate;
    readonly principle: Principle;
    readonly instead: readonly Principle[];
  }>;
  /** The principles whose gate stands in their place (by its words, or by position). */
  readonly inPlace: ReadonlySet<Principle>;
} {
  const none = { moved: [], inPlace: new Set<Principle>() };
  // The gates of one form, when they alone are one per principle (`- [x] **Jupyter
  // Notebook-First**` … five boxes for five principles, then five `✅` design notes).
  let list = listed;
  let extra = false;
  if (list.length !== principles.length) {
    const ofForm = new Map<Gate["form"], typeof listed>();
    for (const l of listed) ofForm.set(l.gate.form, [...(ofForm.get(l.gate.form) ?? []), l]);
    const fitting = [...ofForm.values()].filter((g) => g.length === principles.length);
    if (fitting.length === 1) list = fitting[0] as typeof listed;
    // The principles' gates in order, then one or two of the team's own after them (`-
    // **Métricas Operacionais e Disciplina SLO**: [PASS]` from another section of the
    // constitution, after five gates for five principles): the first ones are read by place.
    // (Only when all of them but one name their principle in their place: see below.)
    else if (listed.length > principles.length && listed.length - principles.length <= 2) {
      list = listed.slice(0, principles.length);
      extra = true;
    } else return none;
  }
  if (list.length < 3) return none;
  // A check that numbers its gates numbers each principle's: one without a numeral among them
  // (`| Performance Budget | ✅ |` after `| IV. … |`) is a check of the team's own.
  if (list.some(({ gate }) => numbered(gate) || citedNumeral(gate.label, principles))) return none;
  // Gates written in another script than every principle's name (`**Educational Clarity**`
  // for `II. 교육적 명확성`) cannot name them in words: their place names them.
  const script = scriptOf(principles.map((p) => p.name).join(""));
  const crossScript = list.every(({ gate }) => scriptOf(gate.label) !== script);
  // The principles whose gate names them in their place, and the forms of those gates.
  const inPlace = new Set<Principle>();
  const forms = new Map<Gate["form"], number>();
  list.forEach(({ gate, named }, k) => {
    const p = principles[k] as Principle;
    if (!named.includes(p)) return;
    inPlace.add(p);
    forms.set(gate.form, (forms.get(gate.form) ?? 0) + 1);
  });
  // A constitution whose names are in two scripts (`Clean Architecture`, `TDD`, then `18+ и
  // никаких продаж`, `Приватность данных`): a gate in another script than its place's name
  // (`**18+ / no sales**`) cannot name it in words, so only the others are asked to; each such
  // gate must name no principle but ones already in their places.
  const foreign = list.map(({ gate, named }, k) => {
    const p = principles[k] as Principle;
    return (
      !inPlace.has(p) &&
      named.every((q) => inPlace.has(q)) &&
      !sameWriting(scriptOf(gate.label), scriptOf(p.name))
    );
  });
  const askable = crossScript ? list.length : foreign.filter((f) => !f).length;
  if (!crossScript && (askable < 3 || inPlace.size * 3 < askable * 2)) return none;
  // With gates of the team's own after them, the one gate not named in its place must stand
  // between two that are: the one after the last placed may be the first of the team's own.
  // (A last place in another script counts as named when every other place is.)
  const last = list.length - 1;
  if (
    extra &&
    (inPlace.size < askable - 1 ||
      !(inPlace.has(principles[last] as Principle) || (foreign[last] && inPlace.size === askable)))
  )
    return none;
  // In the form of the gates that are in their place (a closing `No violations` line under a
  // table of principles is not the last principle's row).
  const form = [...forms].sort((a, b) => b[1] - a[1])[0]?.[0] ?? list[0]?.gate.form;
  const namedAnywhere = new Set(list.flatMap((l) => l.named));
  const placed = new Set(inPlace);
  const out: Array<{ gate: Gate; principle: Principle; instead: readonly Principle[] }> = [];
  // (A gate whose words matched a principle that has its own gate in its own place is read
  // by position too: `**Русский UI**` shares words with IV's evidence, and IV is gate 4.)
  list.forEach(({ gate, named: own }, k) => {
    const principle = principles[k] as Principle;
    // (In the names' own writing, a gate whose words share nothing with the principle's name
    // or text is a check of the team's own, `**Tests First**` in the place of `V. Embedded
    // Business Logic`.)
    // (Nor is a gate titled as another section of the constitution, `✅ **Security & Azure
    // Best Practices**:` for `## Security & Azure Best Practices`, the principle in its place;
    // nor one titled as the plan's own Complexity Tracking, `- [x] **Complexity
    // Justification**: No violations` after three gates for I–III, principle IV's place.)
    // (Not a gate that writes the words of such a principle's name: `- [x] Cohere embeddings`
    // before `- [x] Qdrant vector store`, a name of two parts checked in two gates, is that
    // principle's, not the one in its place.)
    if (
      gate.form === form &&
      own.every((p) => placed.has(p)) &&
      !own.some((p) => partOfName(gate.label, p)) &&
      !namedAnywhere.has(principle) &&
      !ownSection(gate.label) &&
      !classify(plainText(gate.label)).has("complexity-tracking") &&
      (crossScript ||
        foreign[k] ||
        relatesTo(
          index,
          gate.status === "not-applicable" ? gate.label : `${gate.label} ${gate.reason}`,
          principle,
        ) ||
        sharesStem(gate.label, principle.name))
    )
      out.push({ gate, principle, instead: own });
  });
  for (const { principle } of out) inPlace.add(principle);
  return { moved: out, inPlace };
}

/**
 * Whether every key word of a label is a word of the principle's name (or of one of its other
 * names), two or more of them: a part of that name (`Cohere embeddings` of `V. Cohere Embeddings
 * and Qdrant Vector Store`), not a label that only shares a word with it (`Automated Testing`
 * with `I. Test-First Development`, `Commit Approval` with `V. Human Approval Gates`).
 */
function partOfName(label: string, p: Principle): boolean {
  const words = keyWords(label);
  if (words.length < 2) return false;
  return [p.name, ...p.aliases, ...(p.translations ?? [])].some((name) => {
    const own = new Set(keyWords(name));
    return words.every((w) => own.has(w));
  });
}

/** A phrase of two to five capitalised words (`Responsible Intelligence`, `Tooling Reuse`). */
const TITLED_PHRASE =
  /(?<![\p{L}\p{N}-])\p{Lu}[\p{L}\p{N}]*(?:(?:\s+(?:&|and)\s+|[\s-]+)\p{Lu}[\p{L}\p{N}]*){1,4}/gu;

/** The capitalised phrases of one line of the check read at most. */
const MAX_TITLED_PHRASES = 40;

/**
 * The principles a sentence of the check names in capitalised words, cut short (`Live
 * Documentation … operating under Responsible Intelligence` for `III. Responsible Intelligence
 * & Consent`) or by two words of the name (`Tooling Reuse` for `II. Tooling Leverage & Reuse`):
 * names as a sentence writes them, where a plain shared word is no name.
 */
function titledNames(
  index: PrincipleIndex,
  text: string,
  principles: readonly Principle[],
): Principle[] {
  const found: Principle[] = [];
  let read = 0;
  for (const m of text.matchAll(TITLED_PHRASE)) {
    // (A sentence names a few; a line of thousands of capitalised words is no sentence.)
    if (++read > MAX_TITLED_PHRASES) break;
    // (Two names joined, `Documentation-Implementation Unity and Tooling Reuse`: each.)
    const words = m[0].replace(/\s+/gu, " ");
    for (const phrase of [words, ...words.split(/ (?:&|and) /u)]) {
      if (!/\s|-/u.test(phrase.trim())) continue;
      const p = openedBy(normalize(phrase), principles) ?? principleByNameWords(index, phrase);
      if (p && !found.includes(p)) found.push(p);
    }
  }
  return found;
}

/**
 * Whether a label is the title of a section of the constitution other than a principle's
 * (`Security & Azure Best Practices` beside principles I to V).
 */
function namesSection(label: string, constitution: Constitution): boolean {
  const titles = constitution.sectionTitles;
  if (!titles) return false;
  const title = normalize(splitNumbered(plainText(label).replace(/[:：]\s*$/u, "")).name);
  return (
    title.length >= 4 &&
    titles.has(title) &&
    !constitution.principles.some((p) => normalize(p.name) === title)
  );
}

/** Terms of an enumeration: four or more, comma-separated, each of one to four words. */
const ENUMERATION = /^[^,、，.。;:：]{1,40}(?:[,、，][^,、，.。;:：]{1,40}){3,}$/u;
/** After a colon that introduces them, three are a list. */
const INTRODUCED = /^[^,、，.。;:：]{1,40}(?:[,、，][^,、，.。;:：]{1,40}){2,}$/u;

/**
 * The principles an enumeration of checked terms names, each term by the words of one
 * principle's name (`performance` for `IV. Performance Requirements`). A term shared by
 * several names, or by none, names nothing.
 */
function enumerated(index: PrincipleIndex, text: string, introduced = false): Principle[] {
  if (!introduced) return enumeration(index, text.trim().replace(/[.。]$/u, ""));
  // Each sentence with its own colon (`Pre-research: behavior specified, compatibility
  // explicit, typed catches. Post-design: same gates pass.`), at most a few.
  const out: Principle[] = [];
  for (const sentence of text.trim().split(SENTENCE_BREAK, MAX_SENTENCES)) {
    const t = sentence.trim().replace(/[.。]$/u, "");
    const colon = Math.max(t.lastIndexOf(":"), t.lastIndexOf("："));
    if (colon < 0) continue;
    for (const p of enumeration(index, t.slice(colon + 1).trim(), true))
      if (!out.includes(p)) out.push(p);
  }
  return out;
}
/** Where a sentence ends inside a line: after `.` and a space, or after `。`. */
const SENTENCE_BREAK = /(?<=\.)\s+(?=\p{Lu})|(?<=。)/u;
/** Sentences of one line read as lists at most. */
const MAX_SENTENCES = 8;

function enumeration(index: PrincipleIndex, t: string, introduced = false): Principle[] {
  if (t.length > 400 || !(introduced ? INTRODUCED : ENUMERATION).test(t)) return [];
  const terms = t.split(/[,、，]/u).map((x) => x.trim());
  if (terms.some((x) => x.split(/\s+/).length > 4)) return [];
  const out: Principle[] = [];
  for (const term of terms) {
    const p = principleByNameWords(index, term);
    if (p && !out.includes(p)) out.push(p);
  }
  return out;
}

const FILLER = new Set(
  ["", "none", "n a", "na", "no", "nothing", "无", "無", "なし", "該当なし", "不适用", "没有"].map(
    normalize,
  ),
);

/** A Complexity Tracking row copied from the template (`| [e.g., 4th project] | … |`). */
export const isTemplateRow: (row: ComplexityRow, template: Template | null) => boolean =
  // (Memoised per row and template: three rules ask each row.)
  memoizedPairOrNone((row: ComplexityRow, template: Template | null) =>
    row.cells.some((cell) => findPlaceholders(cell, false, template).length > 0),
  );

/** A row that only says there is nothing to track (`| None | N/A | N/A |`). */
export function isFillerRow(row: ComplexityRow): boolean {
  return row.cells.every((c) => FILLER.has(normalize(c)) || /^[-—–\s]*$/.test(c));
}

/** The real Complexity Tracking rows: neither template examples nor fillers. */
export function realComplexityRows(plan: Plan, template: Template | null): ComplexityRow[] {
  return plan.complexityRows.filter((r) => !isTemplateRow(r, template) && !isFillerRow(r));
}

/** Whether one of the Complexity Tracking rows names the gate (its label, or a principle it addresses). */
export function justifiedByComplexity(
  gate: Gate,
  rows: readonly ComplexityRow[],
  principles: readonly Principle[],
  plan?: Plan,
  at?: number,
): boolean {
  return rowNaming(gate, rows, principles, plan, at) !== undefined;
}

const denial = termMatcher(DENIED_JUSTIFICATIONS);

/**
 * Whether a Complexity Tracking row records a violation and says it is not justified
 * (`accepted historical debt, not a justified design choice`, `정당화되지 않는다`): the plan
 * itself calls the violation unjustified, whatever is written beside its gate.
 */
export function deniesJustification(row: ComplexityRow): boolean {
  const text = row.cells.join(" ");
  return DENIED_JUSTIFICATION.test(text) || denial(normalize(text));
}

/** The first of the rows that names the gate (its label, or a principle it addresses), if any. */
export function rowNaming(
  gate: Gate,
  rows: readonly ComplexityRow[],
  principles: readonly Principle[],
  plan?: Plan,
  at?: number,
): ComplexityRow | undefined {
  if (rows.length === 0) return undefined;
  const own = gatePrinciples(gate, principles, plan, at);
  const label = splitNumbered(gate.label).name;
  return rows.find((row) => {
    const text = row.cells.join(" ");
    if (label.length > 1 && mentions(text, label)) return true;
    return principlesAddressed(text, principles).some((p) => own.includes(p));
  });
}

/** What follows a label's leading numeral (`Principle X`, `X.`), its blanks trimmed. */
function afterNumeral(plain: string): string {
  const m = /^\s*(?:[\p{L}]+\s+)?[IVXLC]{1,7}\b|^\s*(?:[\p{L}]+\s+)?\d{1,3}\b/u.exec(plain);
  return m ? plain.slice(m[0].length).trimStart() : "";
}
