import type { Principle } from "./constitution.js";
import { ABBREVIATIONS, CJK_LABEL_TRANSLATIONS, CJK_WORD_TRANSLATIONS } from "./lexicon/index.js";
import { CJK, englishWord, normalize, withoutQualifier } from "./text.js";

/**
 * Tolerant comparison of a gate's words with each principle's name and text, for Constitution
 * Checks that paraphrase, shorten or translate the principles (`Critical-path tests planned`
 * for `III. Reliability for Critical Paths`, `Simplicidade Anti-Entropia` for
 * `IV. Anti-Entropy Simplicity`). Words are reduced to keys that cognates share across
 * English, German and the Romance languages (stems cut to six letters); CJK and Hangul text gives
 * character bigrams. Each key is weighted by how few principles use it, so a word every
 * principle has says nothing, and a gate is given to a principle only when its best score
 * clearly beats the next one: one gate never covers every principle.
 */

/** Function words and words every principle uses, in the languages plans are written in. */
const STOP = new Set(
  (
    "the and for with from that this these those are was were will shall must should may can " +
    "not all any each every per via our your its their into onto over under than then also " +
    "use used using uses have has had been being more most less least only such other when " +
    "where which what who how why plan plans principle principles project feature features " +
    "code first based driven approach design development required requirement requirements " +
    "yes pass passed compliant complies comply compliance gate gates check checks status " +
    "without within about after before between while through across against during upon " +
    "los las del por para con una uno unos unas que como sin sobre entre este esta estos " +
    "dos das dos nos nas pelo pela com uma sem sobre entre este esta estes isso " +
    "les des une sur pour avec dans sans est sont aux par " +
    "gli della delle dei degli per con una che sono " +
    "der die das und mit für von den dem des ein eine auf ist sind nicht alle " +
    // German participles a checklist item ends with (`Teststrategie definiert`): a status, not a topic.
    "definiert geplant bestätigt erfüllt geprüft umgesetzt vorhanden erstellt aktualisiert " +
    "abgeschlossen eingehalten " +
    // Vietnamese writes a word in syllables; its function syllables (`và`, `cho`, `không`,
    // `người dùng`) are in every sentence, not a topic.
    "và của cho các những được trong không với người dùng này một có là để từ tại theo khi " +
    "sau trước phải cần đã đang sẽ nhưng hoặc mọi mỗi như thì bằng hay nào"
  ).split(" "),
);

const SUFFIXES = [
  "ierung",
  "ational",
  "ations",
  "ation",
  "izacao",
  "izacion",
  "icoes",
  "acoes",
  "acao",
  "aciones",
  "acion",
  "mente",
  "ments",
  "ment",
  "ness",
  "ities",
  "ity",
  "idade",
  "idad",
  "ita",
  "itat",
  "ungen",
  "ung",
  "ings",
  "ing",
  "ies",
  "es",
  "ed",
  "s",
];

const LATIN_WORD = /^[\p{Script=Latin}\p{N}]+$/u;
/** The words of `CJK_WORD_TRANSLATIONS`, longest first. */
const CJK_TERM = new RegExp(
  [...CJK_WORD_TRANSLATIONS.keys()].sort((a, b) => b.length - a.length).join("|"),
  "gu",
);

function latinKey(word: string): string | null {
  if (word.length < 3 || STOP.has(word)) return null;
  // German and Dutch write `k` where English and the Romance languages write `c`
  // (`Kommunikation`, `Dokumentation`, `Komponente`): folded, they share a key.
  let w = word.normalize("NFD").replace(/\p{M}/gu, "").replace(/k/g, "c");
  for (const suffix of SUFFIXES) {
    if (w.length - suffix.length >= 4 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  // Italian (and Spanish, Portuguese) spell the Latin clusters as they sound: `osservabilità`
  // and `observability`, `espliciti` and `explicit`, `filosofia` and `philosophy`. Folded
  // alike (`bs`, `ct`, `pt` as a doubled letter, `x` as `s`, `ph` as `f`, a doubled letter as
  // one), and an Italian plural's `-i` dropped, they share a key.
  // (Words of five letters or more: `TDD`, `CSS` and `SSO` keep their letters.)
  if (w.length >= 5)
    w = w
      .replace(/ph/g, "f")
      .replace(/x/g, "s")
      .replace(/bs|ct|pt/g, (m) => (m[1] ?? "").repeat(2))
      .replace(/([b-df-hj-np-tv-z])\1/g, "$1");
  if (w.length >= 5 && /[aeoi]$/.test(w)) w = w.slice(0, -1);
  if (w.length < 3 || /^\d+$/.test(w)) return null;
  return w.slice(0, 6);
}

/**
 * A standard's name written as an acronym and a number (`UTF-8`, `SHA-256`, `ISO-8601`): one
 * word, `utf8`, not the acronym alone, whose three letters are too short to be a key. (Not
 * spec-kit's own ids, `NFR-001`, `CHK-002`, `REQ-3`.)
 */
const STANDARD = /\b(?!(?:NFR|CHK|REQ)-)([A-Z]{3,5})-(\d{1,4})\b/g;

/** The words of `CJK_LABEL_TRANSLATIONS`, longest first (read only in short labels). */
const CJK_LABEL_TERM = new RegExp(
  [...CJK_LABEL_TRANSLATIONS.keys()].sort((a, b) => b.length - a.length).join("|"),
  "gu",
);

/** The keys of a text: Latin word keys, and bigrams of its CJK and Hangul runs. */
export function textKeys(text: string): Set<string> {
  const keys = new Set<string>();
  for (const word of normalize(text.replace(STANDARD, "$1$2")).split(" ")) {
    if (word === "") continue;
    if (LATIN_WORD.test(word)) {
      const expanded = ABBREVIATIONS.get(word) ?? englishWord(word);
      if (expanded !== undefined) {
        for (const w of expanded.split(" ")) {
          const key = latinKey(w);
          if (key) keys.add(key);
        }
        continue;
      }
      const key = latinKey(word);
      if (key) keys.add(key);
      continue;
    }
    // A run of CJK or Hangul characters (possibly mixed with Latin letters: `cli中心设计`).
    let run = "";
    const flush = (): void => {
      const chars = [...run];
      if (chars.length === 1) keys.add(run);
      for (let k = 0; k + 1 < chars.length; k++) keys.add(`${chars[k]}${chars[k + 1]}`);
      // Its words that English principle names write (`隐私` for `privacy`), as their keys.
      if (chars.length > 1)
        for (const m of run.matchAll(CJK_TERM)) {
          const key = latinKey(CJK_WORD_TRANSLATIONS.get(m[0]) ?? "");
          if (key) keys.add(key);
        }
      run = "";
    };
    let latin = "";
    for (const ch of word) {
      if (CJK.test(ch)) {
        if (latin) {
          const key = latinKey(latin);
          if (key) keys.add(key);
          latin = "";
        }
        run += ch;
      } else {
        if (run) flush();
        latin += ch;
      }
    }
    if (run) flush();
    if (latin) {
      const key = latinKey(latin);
      if (key) keys.add(key);
    }
  }
  return keys;
}

interface Entry {
  readonly principle: Principle;
  readonly name: ReadonlySet<string>;
  readonly body: ReadonlySet<string>;
  /** Words of its name that no other principle uses, name or text (`Tauri`, `SQLite`). */
  readonly own: ReadonlySet<string>;
}

export interface PrincipleIndex {
  readonly entries: readonly Entry[];
  readonly weight: ReadonlyMap<string, number>;
  /**
   * Whether the principles are written without CJK or Hangul (an English constitution): their
   * names, and two in three of their words at least.
   */
  readonly latin: boolean;
}

const indexes = new WeakMap<readonly Principle[], PrincipleIndex>();

/** The principles' keys and their weights, once per constitution. */
export function principleIndex(principles: readonly Principle[]): PrincipleIndex {
  let index = indexes.get(principles);
  if (!index) {
    const keyed = principles.map((p) => ({
      principle: p,
      name: textKeys([withoutQualifier(p.name), ...p.aliases].join(" ")),
      body: textKeys(p.body),
    }));
    const df = new Map<string, number>();
    for (const e of keyed)
      for (const k of new Set([...e.name, ...e.body])) df.set(k, (df.get(k) ?? 0) + 1);
    const named = new Map<string, number>();
    for (const e of keyed) for (const k of e.name) named.set(k, (named.get(k) ?? 0) + 1);
    const entries = keyed.map((e) => ({
      ...e,
      own: new Set([...e.name].filter((k) => named.get(k) === 1 && /^[a-z][a-z0-9]{3,}$/.test(k))),
    }));
    const n = entries.length;
    const weight = new Map<string, number>();
    for (const [k, d] of df) weight.set(k, Math.log((n + 1) / (d + 0.5)));
    // (An English constitution may quote a term in another script, `Traditional Chinese
    // (繁體中文)`: its names have none, and its text few, where a bilingual one's has most.)
    const cjk = [...df.keys()].filter((k) => CJK.test(k)).length;
    const latin = ![...named.keys()].some((k) => CJK.test(k)) && cjk * 3 <= df.size;
    index = { entries, weight, latin };
    indexes.set(principles, index);
  }
  return index;
}

/** How strongly a text's keys point at one principle: name keys count double. */
function score(index: PrincipleIndex, keys: ReadonlySet<string>, entry: Entry): number {
  let total = 0;
  for (const k of keys) {
    const w = index.weight.get(k) ?? 0;
    if (w <= 0) {
      // A word no principle has may shorten a word of this one's name: `Auth` for
      // `Authenticated`, `Config` for `Configuration`.
      if (w === 0 && k.length >= 4 && /^[a-z]/.test(k) && !index.weight.has(k)) {
        for (const n of entry.name) {
          if (n.length > k.length && n.startsWith(k)) {
            total += 2 * Math.max(0, index.weight.get(n) ?? 0);
            break;
          }
        }
      }
      continue;
    }
    // A CJK bigram is weaker evidence than a whole word.
    const scale = /^[\p{L}\p{N}]{2}$/u.test(k) && CJK.test(k) ? 0.6 : 1;
    if (entry.name.has(k) || stemOfName(entry, k)) total += 2 * w * scale;
    else if (entry.body.has(k)) total += w * scale;
  }
  return total;
}

/**
 * Whether a Latin key is a shorter form of a word of the principle's name (`bound` of
 * `Boundary`, `observ` of `Observability` written `observe`): keys are cut at six letters, so
 * one of five letters that starts a name key is the same word, otherwise inflected.
 */
function stemOfName(entry: Entry, k: string): boolean {
  if (k.length !== 5 || !/^[a-z]+$/.test(k)) return false;
  for (const n of entry.name) if (n.length === 6 && n.startsWith(k)) return true;
  return false;
}

/** The score a text needs for a principle, and how far it must lead the next one. */
const THRESHOLD = 2.5;
const LEAD = 1.5;

/**
 * The one principle a text is about, by its words, or null when none stands out. For a gate
 * whose label names no principle by numeral or name. Given the gate's `label`, a close second
 * yields when the label shares a word with the leader's name and no other name (`几何行为：继续
 * 使用现有组件，不重新实现缩放、旋转…` for `三、保证裁剪几何与交互正确`, whose words another
 * principle's text quotes).
 */
export function principleByContent(
  index: PrincipleIndex,
  text: string,
  label?: string,
): Principle | null {
  if (index.entries.length === 0) return null;
  const keys = textKeys(text);
  if (keys.size === 0) return null;
  let best: Entry | null = null;
  let first = 0;
  let second = 0;
  for (const entry of index.entries) {
    const s = score(index, keys, entry);
    if (s > first) {
      second = first;
      first = s;
      best = entry;
    } else if (s > second) second = s;
  }
  if (!best || first < THRESHOLD) return null;
  if (first >= LEAD * second) return best.principle;
  return label !== undefined && labelNamesOnly(index, label, best) ? best.principle : null;
}

/**
 * Whether the one principle whose name shares a word with a label is `entry`'s: by a whole word
 * (`Offline-first and Room persistence constraints respected` for `VII. Offline-First Data
 * Reliability`), or by character pairs making a third of a Chinese, Japanese or Korean label
 * (`几何行为`), not one pair of a longer question (`BUILD をインクリメント？` is not about
 * `CLIインターフェース`).
 */
function labelNamesOnly(index: PrincipleIndex, label: string, entry: Entry): boolean {
  const keys = [...labelKeys(index, label)].filter((k) => (index.weight.get(k) ?? 0) > 0);
  if (keys.length === 0) return false;
  let owner: Entry | null = null;
  let shared: string[] = [];
  for (const e of index.entries) {
    const named = keys.filter((k) => e.name.has(k) || stemOfName(e, k));
    if (named.length === 0) continue;
    if (owner) return false;
    owner = e;
    shared = named;
  }
  if (owner !== entry) return false;
  return shared.some((k) => !CJK.test(k)) || shared.length * 3 >= keys.length;
}

/**
 * The principle whose name holds the most of a short label's words, when that is two or more
 * and no other name holds as many (or, for a one-word label, the one name that has it):
 * `真实 CP-ABE 实现` for `II. CP-ABE 必须使用真实 Go 库`, where each word alone is shared with
 * other principles' names or texts.
 */
export function principleByNameWords(index: PrincipleIndex, label: string): Principle | null {
  const keys = labelKeys(index, label);
  if (keys.size === 1) {
    // One word: the principle whose name alone has it, in any of its cognates
    // (`Documentation` for `V. Dokumentacja`, whose text other principles may share).
    const [k = ""] = keys;
    const owners = index.entries.filter((e) => e.own.has(k));
    return owners.length === 1 ? (owners[0]?.principle ?? null) : null;
  }
  if (keys.size === 0) return null;
  let best: Principle | null = null;
  let first = 0;
  let tie = false;
  for (const entry of index.entries) {
    let n = 0;
    for (const k of keys) if (entry.name.has(k) || stemOfName(entry, k)) n++;
    if (n > first) {
      first = n;
      best = entry.principle;
      tie = false;
    } else if (n === first) tie = true;
  }
  if (first >= 2 && !tie) return best;
  // A name word that holds a digit (`UTF-8`, `OAuth2`, `IPv6`) names one standard: a label
  // with it calls the one principle whose name alone has it (`UTF-8 hygiene` for `II. UTF-8
  // First, Always`), where a plain shared word would not (`Task Management Tools`).
  const standards = [...keys].filter((k) => /\d/.test(k));
  if (standards.length === 0) return null;
  const owners = index.entries.filter((e) => standards.some((k) => e.own.has(k)));
  return owners.length === 1 ? (owners[0]?.principle ?? null) : null;
}

/**
 * The keys of a short label. Against principles written without CJK or Hangul, a label in
 * Chinese, Japanese or Korean shares only the words it translates (`架構邊界` for `IV. Layered
 * Service Architecture`, `測試完整性` for `III. Test-First Delivery`): its character bigrams,
 * which no name has, are dropped, and the words it translates count.
 */
function labelKeys(index: PrincipleIndex, label: string): Set<string> {
  const keys = textKeys(label);
  if (!index.latin || !CJK.test(label)) return keys;
  for (const m of label.matchAll(CJK_LABEL_TERM)) {
    const key = latinKey(CJK_LABEL_TRANSLATIONS.get(m[0]) ?? "");
    if (key) keys.add(key);
  }
  for (const k of keys) if (CJK.test(k)) keys.delete(k);
  return keys;
}

/**
 * The principles, other than `known`, whose name a text cites by a word no other principle
 * uses, name or text: `Android adds no Rust/Actix/Tauri surface` names both
 * `I. Rust Backend — Actix Web` and `II. Tauri IPC + React Frontend`.
 */
export function namedByOwnWords(
  index: PrincipleIndex,
  text: string,
  known: readonly Principle[],
): Principle[] {
  if (index.entries.length === 0) return [];
  // A file's path names folders, not principles: `docs/architecture/frontend.md` does not
  // cite `Modern Fullstack Architecture` (a list such as `Rust/Actix/Tauri` has no extension).
  // Nor does a route or an address: `PATCH /api/{user_id}/tasks/{id}/complete` does not cite
  // `III. Full-Stack Feature Completeness`.
  return ownWordsIn(index, textKeys(withoutPaths(text)), known);
}

/** A word ending in a file extension (`frontend.md`, `lib.rs)`): with a `/`, a repository path. */
const EXTENSION_END = /\.[A-Za-z]\w{0,5}[`'")\]}.,;:]*$/;
/** A word that opens with `/` (`/api/tasks`), an address (`https://…`) or a route's parameter. */
const ROUTE = /^[`'"([]*\/[^\s/]|:\/\/|\/\{[^}/]*\}/;

function withoutPaths(text: string): string {
  return text
    .split(/\s/)
    .filter((word) => !(word.includes("/") && (EXTENSION_END.test(word) || ROUTE.test(word))))
    .join(" ");
}

function ownWordsIn(
  index: PrincipleIndex,
  keys: ReadonlySet<string>,
  known: readonly Principle[],
): Principle[] {
  const found: Principle[] = [];
  for (const entry of index.entries) {
    if (known.includes(entry.principle)) continue;
    for (const k of entry.own) {
      if (keys.has(k)) {
        found.push(entry.principle);
        break;
      }
    }
  }
  return found;
}

/** Whether a text shares any distinctive key with a principle's name or text. */
export function relatesTo(index: PrincipleIndex, text: string, principle: Principle): boolean {
  const entry = index.entries.find((e) => e.principle === principle);
  return entry !== undefined && score(index, textKeys(text), entry) > 0;
}

const statementKeys = new WeakMap<Principle, ReadonlySet<string>>();

/**
 * Whether a line restates a principle's rule: it holds nearly every word of the principle's
 * first statement (`- All factual claims must be verified through primary and authoritative
 * sources (✓)` for `I. Technical Accuracy`, whose rule is `All factual claims MUST be verified
 * through primary and authoritative sources.`). A check that copies the rules so calls each
 * principle as surely as by its name; sharing some words with the rule is not enough.
 */
export function restatesRule(text: string, principle: Principle): boolean {
  let rule = statementKeys.get(principle);
  if (!rule) {
    rule = textKeys(principle.statement);
    statementKeys.set(principle, rule);
  }
  if (rule.size < 4) return false;
  let shared = 0;
  for (const k of textKeys(text)) if (rule.has(k)) shared++;
  return shared >= 4 && shared * 10 >= rule.size * 7;
}
