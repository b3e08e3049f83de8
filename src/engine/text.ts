import { HANT_FOLD_PAIRS } from "./lexicon/hant-fold.js";
import { ARTICLE_WORDS, ARTICLE_WORDS_AR, WORD_TRANSLATIONS } from "./lexicon/index.js";

/** Text helpers shared by the models: normalisation, numerals, status words. */

/** `(NON-NEGOTIABLE)` after a principle's name, in the languages constitutions are written in. */
export const NON_NEGOTIABLE =
  /[(（](?:non[- ]?negotiable|no negociable|inegoci[áa]vel|não negociável|타협 불가|협상 불가|不可协商|不可協商|必须|必須|譲れない|交渉不可|妥協不可|妥协不可|妥協なし|비타협|타협불가|innegociable|non négociable|nicht verhandelbar|non negoziabile)[)）]/iu;

let hantFold: Map<string, string> | null = null;

/** Folds Traditional Chinese characters to their Simplified forms (`憲法檢查` → `宪法检查`). */
export function foldHan(text: string): string {
  if (!/[\u3400-\u9fff]/u.test(text)) return text;
  if (!hantFold) {
    hantFold = new Map();
    for (let k = 0; k + 1 < HANT_FOLD_PAIRS.length; k += 2)
      hantFold.set(HANT_FOLD_PAIRS[k] ?? "", HANT_FOLD_PAIRS[k + 1] ?? "");
  }
  const fold = hantFold;
  return text.replace(/[\u3400-\u9fff]/gu, (c) => fold.get(c) ?? c);
}

/** A regular expression written for text as read, made to match text as `normalize` leaves it. */
export function foldedRegExp(re: RegExp): RegExp {
  // (NFKC as `normalize` writes the text: Thai `ำ` is two code points there.)
  return new RegExp(foldHan(re.source.normalize("NFKC")), re.flags);
}

/**
 * Lower-cases, folds full-width forms and Traditional Chinese, and turns punctuation into
 * single spaces. CJK is kept.
 */
export function normalize(text: string): string {
  // NFKC, folding and Unicode classes only matter beyond ASCII (full-width forms), and they cost.
  if (!NON_ASCII.test(text))
    return text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  // (Combining marks stay: Thai and Devanagari write vowels as marks, `ไลบรารี`, inside words.)
  return (
    foldHan(text.normalize("NFKC"))
      .toLowerCase()
      // (Not the dot `İ` keeps when lower-cased, `i̇zolasyonu`: Turkish writes `izolasyonu`.)
      .replace(/\u0307/g, "")
      .replace(/[^\p{L}\p{M}\p{N}]+/gu, " ")
      .trim()
  );
}

/** A character beyond ASCII: the cheap test before any lexicon of other languages is read. */
export const NON_ASCII = /[\u0080-\uffff]/;

/**
 * Pictographs, their variation selectors and joiners, and spaces opening a heading (`## 📋 Article
 * 0`, `### ✨ I. Simplicity`, `## 👩‍💻 Developer Experience`): decoration that numbers and names nothing.
 */
export const LEADING_PICTOGRAPHS = /^[\p{Extended_Pictographic}\uFE0F\u200D\s]+/u;
/** Chinese characters and Japanese kana: text written without spaces between words. */
export const HAN_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Chinese, Japanese and Korean characters: the scripts a term is matched in anywhere, not by word. */
export const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Thai letters: like CJK, Thai writes no spaces between words, so its terms match inside text. */
const THAI = /\p{Script=Thai}/u;

/** `text` without the trailing characters `strip` accepts (a backward walk, not a `…+$` regex). */
export function trimEndWith(text: string, strip: (c: string) => boolean): string {
  let end = text.length;
  while (end > 0 && strip(text[end - 1] ?? "")) end--;
  return text.slice(0, end);
}

const ROMAN: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
const CJK_DIGITS: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

/** Parses a Roman (`IV`), Arabic (`4`) or CJK (`四`, `十二`) numeral; null when it is none. */
export function parseNumeral(token: string): number | null {
  const t = token.normalize("NFKC").trim();
  if (/^\d{1,3}$/.test(t)) return Number(t);
  if (/^[ivxlc]+$/i.test(t)) {
    let total = 0;
    const s = t.toLowerCase();
    for (let k = 0; k < s.length; k++) {
      const v = ROMAN[s[k] ?? ""] ?? 0;
      const next = ROMAN[s[k + 1] ?? ""] ?? 0;
      total += v < next ? -v : v;
    }
    return total > 0 && total < 200 ? total : null;
  }
  if (/^[一二三四五六七八九十]+$/.test(t)) {
    if (t.length === 1) return CJK_DIGITS[t] ?? null;
    if (t.startsWith("十")) return 10 + (CJK_DIGITS[t[1] ?? ""] ?? 0);
    if (t[1] === "十") return (CJK_DIGITS[t[0] ?? ""] ?? 0) * 10 + (CJK_DIGITS[t[2] ?? ""] ?? 0);
  }
  return null;
}

const NUMERAL = String.raw`(?:[IVXLC]{1,7}|\d{1,3}|[一二三四五六七八九十]{1,3})`;

/**
 * A leading numbered label: `I.`, `III:`, `2)`, `Principle IV -`, `原则三：`, `第三条`, `Article 2.`
 * Group 1 is the numeral, the rest of the string follows the match. Not a clause (`2.3`) nor a
 * part's item (`§2.I`, `1.II`): those name no principle by their numbers. Nor a figure joined
 * to a word by a hyphen (`4-layer architecture`, `3-tier`).
 */
export const LEADING_NUMERAL = new RegExp(
  String.raw`^\s*(?:(?:✅|✔️|✔|☑️|☑|✓|❌|✖️|✗|⚠️|⚠|⏳|🟢|🟡|🟠|🔴)\s*)?(?:(?:${ARTICLE_WORDS}|${ARTICLE_WORDS_AR}|principe|prinzip|принцип|nguyên tắc|art\.|§|原则|原則|원칙|第)\s*)?(${NUMERAL})(?![.．](?:\d|[IVXLC]{1,7}(?![\p{L}])))(?:\s*(?:条|項|章))?\s*(?:[.:：、)–—]|(?<![0-9])-|-(?!\p{L})|\s(?=\S))\s*`,
  "iu",
);

/**
 * Splits `I. Library-First (NON-NEGOTIABLE)` (also `✅ I. Library-First`, `Principio III.
 * Requisitos`) into its numeral, the numeral as written (`III`), and the name.
 */
export function splitNumbered(label: string): {
  numeral: number | null;
  written: string | null;
  name: string;
} {
  // A numeral leads a label: looking at its head keeps long labels linear.
  const m = LEADING_NUMERAL.exec(label.slice(0, 64));
  if (m?.[1]) {
    const numeral = parseNumeral(m[1]);
    const rest = label.slice(m[0].length).trim();
    // "I" alone is a pronoun in English prose; require some text after a bare numeral.
    if (numeral !== null && rest !== "") return { numeral, written: m[1], name: rest };
  }
  return { numeral: null, written: null, name: label.trim() };
}

/** Words that say nothing distinctive about a principle's name. */
const GENERIC = new Set([
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
  "principle",
  "principles",
  "first",
  "driven",
  "based",
  "design",
  "development",
  "approach",
  "non",
  "negotiable",
  "must",
  "should",
  "all",
  "every",
  "over",
  "via",
  "per",
  "our",
]);

/** The distinctive words of a name, for fuzzy matching (`Test-First (NON-NEGOTIABLE)` → `test`). */
export function keyWords(name: string): string[] {
  return keyWordsOf(normalize(name.replace(NON_NEGOTIABLE, "")).split(" "));
}

function keyWordsOf(words: readonly string[]): string[] {
  const out = words
    .filter((w) => w.length > 1 && !GENERIC.has(w))
    .map((w) => stem(englishWord(w) ?? w));
  // CJK names have no spaces: keep the whole name as one key.
  return out.length > 0 ? out : words.filter(Boolean);
}

/**
 * A word of a principle's name that is no cognate, as English writes it (`seguridad`:
 * `security`); undefined for any other word. Shared by name matching and the similarity keys.
 */
export function englishWord(word: string): string | undefined {
  if (word.length < 5) return undefined;
  const bare = /[^\p{ASCII}]/u.test(word) ? word.normalize("NFD").replace(/\p{M}/gu, "") : word;
  return WORD_TRANSLATIONS.get(bare);
}

function stem(word: string): string {
  return word.length > 5 ? word.replace(/(ing|ed|es|s)$/, "") : word;
}

/** A text prepared once for matching many names against it. */
export interface Hay {
  readonly spaced: string;
  readonly words: ReadonlySet<string>;
  readonly keys: ReadonlySet<string>;
  /** Whether the text joins topics: `Quality and documentation`, `Architecture/iSAQB`. */
  readonly joined: boolean;
}

/** What joins two topics in a label: `and`, `&`, `/`, `,`, `+`, in several languages. */
const TOPIC_JOINER = /[/&+,、，]|\s(?:and|or|y|e|et|und|и)\s/iu;

export function hay(text: string): Hay {
  const n = normalize(text);
  const words = n.split(" ");
  // `(NON-NEGOTIABLE)` is no key: normalised, it is the words `non negotiable`.
  const bare = NON_NEGOTIABLE.test(text)
    ? normalize(text.replace(NON_NEGOTIABLE, "")).split(" ")
    : words;
  return {
    spaced: ` ${n} `,
    words: new Set(words.map(stem)),
    keys: new Set(keyWordsOf(bare)),
    joined: TOPIC_JOINER.test(text),
  };
}

interface NameKey {
  readonly core: string;
  readonly cjk: boolean;
  /**
   * What a text's spaced form holds when it writes the name whole: the core between spaces,
   * or, in Chinese or Japanese (no spaces between words), the core alone.
   */
  readonly needle: string;
  readonly keys: readonly string[];
  /** The capitals of its significant words (`TDD` for `Test-Driven Development`). */
  readonly initials: string;
}

/** A parenthesis of a name, and the numbered ones: `(Phase III/V)`, `(Phase 2+)`, `(v2)`. */
const SCOPE = /[(（]([^()（）]*)[)）]/gu;
const NUMBERED_SCOPE = /(?:^|[\s/v])(?:\d+|[IVX]{1,4})(?=$|[\s/+,.])/u;

/**
 * Whether the text inside a name's parenthesis is a numbered scope (`Phase III/V`, `Phase 2+`,
 * `v2`) rather than another name: several principles may carry the same one.
 */
export function isNumberedScope(inner: string): boolean {
  return NUMBERED_SCOPE.test(inner);
}

/** Parenthesised words that qualify a principle rather than name it: `(Mandatory)`, `(必須)`. */
export const QUALIFIER =
  /^(?:must|should|may|required|optional|mandatory|recommended|core|必须|必須|推奨|推荐|필수|권장|obligatorio|obrigatório|obligatoire|pflicht)$/iu;

/** Whether a name's parenthesis (`(Mandatory)`, `(NON-NEGOTIABLE)`) qualifies it. */
function qualifies(all: string, inner: string): boolean {
  return QUALIFIER.test(inner.trim()) || NON_NEGOTIABLE.test(all);
}

/**
 * A name without the parentheses that qualify it (`Spec-Driven Development (Mandatory)`): a gate
 * label's `Mandatory` does not name the principle.
 */
export function withoutQualifier(name: string): string {
  return name.includes("(") || name.includes("（")
    ? name.replace(SCOPE, (all, inner: string) => (qualifies(all, inner) ? " " : all))
    : name;
}

/**
 * A name without the numbered scope in parentheses that several principles may carry
 * (`MCP Server Architecture (Phase III/V)`): its words name the phase, not the principle. Nor
 * with a qualifier (`(Mandatory)`, `(NON-NEGOTIABLE)`).
 */
function withoutScope(name: string): string {
  return name.includes("(") || name.includes("（")
    ? name.replace(SCOPE, (all, inner: string) =>
        isNumberedScope(inner) || qualifies(all, inner) ? " " : all,
      )
    : name;
}

/** Principle names recur for every gate: prepare each once (bounded, names are few). */
const names = new Map<string, NameKey>();

function nameKey(name: string): NameKey {
  let key = names.get(name);
  if (!key) {
    if (names.size > 5000) names.clear();
    const core = normalize(name.replace(/[(（][^()（）]*[)）]/gu, ""));
    const cjk = HAN_KANA.test(core);
    key = {
      core,
      cjk,
      needle: cjk && core.length > 1 ? core : ` ${core} `,
      keys: keyWords(withoutScope(name)),
      initials: initialsOf(name),
    };
    names.set(name, key);
  }
  return key;
}

const MINOR_WORDS = new Set(["and", "of", "the", "for", "to", "in", "on", "with", "a", "an", "&"]);

function initialsOf(name: string): string {
  return name
    .replace(/[(（][^()（）]*[)）]/gu, " ")
    .split(/[\s\-–—/]+/u)
    .filter((w) => /^\p{L}/u.test(w) && !MINOR_WORDS.has(w.toLowerCase()))
    .map((w) => w[0]?.toUpperCase() ?? "")
    .join("");
}

/** A name's acronym (see `NameKey.initials`), worked out once per name. */
export function nameInitials(name: string): string {
  return nameKey(name).initials;
}

/** A name normalised, without its parentheses, worked out once per name. */
export function nameCore(name: string): string {
  return nameKey(name).core;
}

/** How a text holds a name written whole (see `NameKey.needle`). */
export function nameNeedle(name: string): string {
  return nameKey(name).needle;
}

/** Whether a text mentions a name: the whole name, or all its distinctive words. */
export function mentions(text: string | Hay, name: string): boolean {
  const h = typeof text === "string" ? hay(text) : text;
  const { core, needle, keys } = nameKey(name);
  if (core.length > 0 && h.spaced.includes(needle)) return true;
  return keys.length > 0 && keys.every((k) => h.words.has(k));
}

/**
 * A looser match for short gate labels, which abbreviate or rename principles
 * (`Boundary Integrity` for `Interface Boundary Discipline`): they share a distinctive word,
 * covering half of either side's distinctive words.
 */
export function mentionsLoosely(label: string | Hay, name: string): boolean {
  const h = typeof label === "string" ? hay(label) : label;
  if (mentions(h, name)) return true;
  if (nameKey(name).cjk && cjkOverlap(h.spaced, nameKey(name).core.replace(/ /g, ""))) return true;
  const b = new Set(nameKey(name).keys);
  // Latin words of three letters or fewer say little; Korean words are short and still say much.
  const shared = [...h.keys].filter((w) => b.has(w) && (w.length >= 4 || /[^\p{ASCII}]/u.test(w)));
  if (shared.length === 0) return false;
  if (weaklyShared(h, b, shared)) return false;
  return shared.length * 2 >= h.keys.size || shared.length * 2 >= b.size;
}

/**
 * Whether a label shares with a name only words naming a kind of rule, beside a word of its
 * own (`Architecture Simplicity` and `Privacy-First Architecture`): the label's topic is its
 * other word, not the name's. (Not a label joining topics, `Quality and documentation`, whose
 * first is `Quality and Maintainability`'s.)
 */
function weaklyShared(h: Hay, name: ReadonlySet<string>, shared: readonly string[]): boolean {
  return (
    !h.joined &&
    shared.every((w) => weakKeys().has(w)) &&
    [...h.keys].some(
      (w) => !name.has(w) && w.length >= 4 && !REFERENCE_WORDS.has(w) && !weakKeys().has(w),
    )
  );
}

/**
 * Words of a label that point at the constitution rather than say a topic (`Architecture
 * Principles (Constitution Section 1-5)`).
 */
const REFERENCE_WORDS = new Set([
  "constitution",
  "section",
  "check",
  "gate",
  "gates",
  "compliance",
  "article",
]);

/**
 * Whether a label shares words with one of the names, and only weakly so (see
 * `weaklyShared`). The label is read once.
 */
export function sharesOnlyWeakly(label: string, names: readonly string[]): boolean {
  const h = hay(label);
  if (h.joined || ![...h.keys].some((w) => weakKeys().has(w))) return false;
  return names.some((name) => {
    const b = new Set(nameKey(name).keys);
    const shared = [...h.keys].filter((w) => b.has(w));
    return shared.length > 0 && weaklyShared(h, b, shared);
  });
}

/**
 * Words that say what kind of rule a name states, not what about (`Architecture`, `Quality`,
 * `Standards`), as name keys (stemmed). Worked out once.
 */
let weak: ReadonlySet<string> | undefined;
const weakKeys = (): ReadonlySet<string> =>
  (weak ??= new Set(
    keyWords(
      "architecture quality standards requirements constraints practices guidelines policy policies rules process management discipline",
    ),
  ));

const CJK_SUFFIX = foldedRegExp(
  /(?:优先|优先级|规范|机制|原则|原則|准则|の徹底|と検証|の検証|設計|设计|第一|ファースト)$/u,
);

/**
 * CJK names have no word boundaries: a label names a principle when one contains the other
 * (`代码质量` in `代码质量优先`) or they share a leading run of three characters
 * (`模块化设计` and `模块化与 SOLID 原则`), once common suffixes are set aside.
 */
function cjkOverlap(spaced: string, name: string): boolean {
  const label = spaced.replace(/ /g, "");
  if (overlaps(label, name)) return true;
  // A label that joins two topics (`文档与注释` for `文档语言` and `代码注释`) names each.
  return joinedTopics(spaced.trim()).some((part) => overlaps(part, name));
}

/**
 * The topics a short CJK label joins (`文档与注释`: `文档`, `注释`), or none when it joins none.
 */
export function joinedTopics(label: string): string[] {
  if (label.length > 24 || !CJK_JOINER.test(label)) return [];
  const parts = label.split(CJK_JOINER).map((part) => part.trim());
  return parts.length <= 3 && parts.every((part) => TOPIC.test(part) && !GENERIC_TOPIC.test(part))
    ? parts
    : [];
}

/** A topic: a few Han characters, nothing else. */
const TOPIC = /^\p{Script=Han}{2,8}$/u;

/** Words too general to name a principle on their own (`要求`: requirements). */
const GENERIC_TOPIC = /^(?:要求|标准|標準|规范|規範|原则|原則|准则|準則|管理|策略|设计|設計)$/u;

/**
 * The joiners of two CJK topics in a label: `与`, `與`, `及`, `和`, `、`, or the space that
 * normalising leaves of punctuation between them.
 */
const CJK_JOINER = /(?<=\p{Script=Han}{2})(?:\s*[与與及和、]\s*|\s+)(?=\p{Script=Han}{2})/u;

function overlaps(label: string, name: string): boolean {
  const a = label.replace(CJK_SUFFIX, "");
  const b = name.replace(CJK_SUFFIX, "");
  if (a.length < 2 || b.length < 2) return false;
  if (a.includes(b) || b.includes(a)) return true;
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k >= 3;
}

/**
 * An index of several term lists over normalised text: Latin terms match whole words,
 * Cyrillic terms word beginnings (they inflect), CJK and Hangul terms anywhere. Terms are
 * indexed by their first word or character, so one pass over a text finds every list it
 * holds a term of: linear in the text, whatever the number of terms.
 */
export function termIndex(
  lists: ReadonlyArray<readonly string[]>,
): (normalized: string) => ReadonlySet<number> {
  const byWord = new Map<string, Array<readonly [string, number]>>();
  const byChar = new Map<string, Array<readonly [string, number]>>();
  const prefixes: Array<readonly [string, number]> = [];
  const add = (
    map: Map<string, Array<readonly [string, number]>>,
    key: string,
    entry: readonly [string, number],
  ): void => {
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  };
  lists.forEach((terms, id) => {
    for (const term of terms) {
      const n = normalize(term);
      if (n === "") continue;
      if (CJK.test(n) || THAI.test(n)) add(byChar, n[0] ?? "", [n, id]);
      else if (/\p{Script=Cyrillic}/u.test(n)) prefixes.push([` ${n}`, id]);
      else add(byWord, n.split(" ")[0] ?? "", [` ${n} `, id]);
    }
  });
  // Most texts hold no term: they share one empty answer, and allocate nothing else.
  return (normalized) => {
    let hits: Set<number> | null = null;
    // A Latin word written into CJK text (`重新检查constitution符合性`) is a word of its own.
    const wide = NON_ASCII.test(normalized);
    const words = wide ? normalized.replace(SCRIPT_BOUNDARY, " ") : normalized;
    const spaced = ` ${words} `;
    for (const word of words.split(" ")) {
      const entries = byWord.get(word);
      if (entries)
        for (const [term, id] of entries) if (spaced.includes(term)) (hits ??= new Set()).add(id);
    }
    if (wide) {
      for (const [term, id] of prefixes) if (spaced.includes(term)) (hits ??= new Set()).add(id);
      for (let k = 0; k < normalized.length; k++) {
        const entries = byChar.get(normalized[k] ?? "");
        if (entries)
          for (const [term, id] of entries)
            if (normalized.startsWith(term, k)) (hits ??= new Set()).add(id);
      }
    }
    return hits ?? NO_HITS;
  };
}

const NO_HITS: ReadonlySet<number> = new Set();

/** Where CJK or Hangul text (`CJK`) meets a Latin word or a figure, either way round. */
const SCRIPT_BOUNDARY = new RegExp(
  `(?<=${CJK.source})(?=[\\p{Script=Latin}\\d])|(?<=[\\p{Script=Latin}\\d])(?=${CJK.source})`,
  "gu",
);

/** A matcher for one term list (see `termIndex`). */
export function termMatcher(terms: readonly string[]): (normalized: string) => boolean {
  const index = termIndex([terms]);
  return (normalized) => index(normalized).size > 0;
}

/** `5000` as `5,000`, whatever the machine's locale. */
export function thousands(n: number): string {
  const digits = String(Math.trunc(n));
  let out = "";
  for (let k = 0; k < digits.length; k++) {
    if (k > 0 && (digits.length - k) % 3 === 0 && digits[k - 1] !== "-") out += ",";
    out += digits[k];
  }
  return out;
}

/** The writing system a name is mostly in: `latin`, `han`, `hangul`, `kana`, `cyrillic`, `other`. */
export function scriptOf(name: string): string {
  const counts = new Map<string, number>();
  for (const ch of name) {
    const script = /\p{Script=Latin}/u.test(ch)
      ? "latin"
      : /\p{Script=Hangul}/u.test(ch)
        ? "hangul"
        : /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(ch)
          ? "kana"
          : /\p{Script=Han}/u.test(ch)
            ? "han"
            : /\p{Script=Cyrillic}/u.test(ch)
              ? "cyrillic"
              : null;
    if (script) counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  let best = "other";
  let most = 0;
  for (const [script, n] of counts) {
    if (n > most) {
      best = script;
      most = n;
    }
  }
  return best === "han" && counts.has("kana") ? "kana" : best;
}
