import { buildSections, parentSections, titleBlock } from "./plan/index.js";
import { inlineLinks } from "./links.js";
import {
  isProse,
  leadingBold,
  plainText,
  scan,
  splitLines,
  splitRow,
  withoutListMarker,
  type Doc,
} from "./markdown.js";
import { resolveLink } from "./locate.js";
import { memoized } from "./memo.js";
import {
  ARTICLE_WORDS,
  ARTICLE_WORDS_AR,
  CORE_VALUES,
  FOR_REFERENCE_QUALIFIERS,
  NOT_PRINCIPLES,
  PRINCIPLES_SECTION,
  PRINCIPLE_TOPICS,
  SLOT_WORDS,
  VERSION_WORDS,
} from "./lexicon/index.js";
import {
  CJK,
  HAN_KANA,
  isNumberedScope,
  keyWords,
  LEADING_PICTOGRAPHS,
  nameInitials,
  NON_NEGOTIABLE,
  normalize,
  parseNumeral,
  QUALIFIER,
  scriptOf,
  splitNumbered,
  termMatcher,
} from "./text.js";

export interface Principle {
  /** How plans refer to it: the numeral as written (`III`, `3`, `三`), or the name when unnumbered. */
  readonly id: string;
  readonly numeral: number | null;
  readonly name: string;
  readonly nonNegotiable: boolean;
  readonly line: number;
  /** The principle's first statement, for quoting in findings. */
  readonly statement: string;
  /** The principle's text below its name (plain, capped), for matching plans that paraphrase it. */
  readonly body: string;
  /** A coded id such as `PP1` or `TP11`, which plans cite instead of a numeral. */
  readonly code?: string;
  /** Other names the constitution gives it (renames recorded in its Sync Impact Report). */
  readonly aliases: readonly string[];
  /**
   * Its name in other languages, when it is one of spec-kit's example topics (`Code Quality`:
   * `代码质量`, `コード品質`…): a gate's label may name it so. (Not its words: those are matched
   * against the plan's evidence, which a translation's words would credit.)
   */
  readonly translations?: readonly string[];
}

export interface Constitution {
  readonly path: string;
  readonly title: string;
  readonly principles: readonly Principle[];
  /** The current version (`1.2.0`), or null when the constitution states none. */
  readonly version: string | null;
  /** True while the constitution is still spec-kit's unfilled template. */
  readonly unfilled: boolean;
  /**
   * Principles past `MAX_PRINCIPLES`, not read (a constitution of thousands of headings is
   * generated or hostile, and every gate is compared with every principle).
   */
  readonly unread?: number;
  /**
   * The numbers its headings give their sections in figures and a dot (`5.4` of `### 5.4 No
   * Bloat`), which a plan cites as it cites a version (`Constitution 5.4 forbids …`).
   */
  readonly sectionNumbers?: ReadonlySet<string>;
  /**
   * The titles of its sections, without their numbers and normalized (`security azure best
   * practices` of `## Security & Azure Best Practices`): a gate so labelled checks that
   * section, not a principle under another name.
   */
  readonly sectionTitles?: ReadonlySet<string>;
}

/**
 * The principles read from one constitution at most. Real constitutions hold a few dozen (28
 * at most in the 620 of the audit corpus).
 */
export const MAX_PRINCIPLES = 100;
/** The most principles sections read (a real constitution has one to a handful). */
const MAX_PRINCIPLE_GROUPS = 32;
/** The most other names one principle keeps (its translations, its restatements). */
const MAX_ALIASES = 16;

/** A section holding principles: `Core Principles`, `Principios Técnicos`, `核心原则`, `基本原則`… */
const principlesSection = termMatcher(PRINCIPLES_SECTION);
/** Sections that are never principles, when a constitution has no principles section. */
const notPrinciples = termMatcher(NOT_PRINCIPLES);
const isPrinciplesTitle = (title: string): boolean =>
  principlesSection(normalize(title)) &&
  !DENIES_PRINCIPLES.test(title) &&
  (!notPrinciples(normalize(title)) || (TITLE_JOIN.test(title) && joinsPrinciples(title)));
/**
 * A title that says its section is not principles (`## Restrições Fixadas (não são princípios,
 * são escolhas travadas)`, `## Defaults (not principles)`): locked choices or guidance, whatever
 * word it uses.
 */
const DENIES_PRINCIPLES =
  /(?<![\p{L}])(?:not|n[ãa]o|no|non|nicht|keine|pas|не)\s+(?:(?:são|son|sont|sind|are|es|é|est|sono)\s+)?(?:des\s+|de\s+)?(?:principles?|princípios?|principios?|principes?|prinzipien|principi|принцип(?:ы|ами)?)(?![\p{L}])|(?:不是|并非|並非|非)(?:原则|原則)|原則ではない|원칙이\s*아닌/iu;
/** `&`, `and` and their kin joining two topics of one title: `Mission & Safety Principles`. */
const TITLE_JOIN = /\s(?:&|and|y|e|et|und)\s/u;
/**
 * Whether a title joins a topic that is never principles to one that is (`## Mission & Safety
 * Principles`: the safety principles are, whatever the mission is).
 */
function joinsPrinciples(title: string): boolean {
  return title
    .split(TITLE_JOIN)
    .some((part) => part.trim() !== "" && !notPrinciples(normalize(part)));
}
/**
 * A section its title marks as given for reference only (`## 6. 공모전 운영 상수 (참고)`,
 * `(Informative)`, `（参考）`): facts to know, not a rule a plan is checked against.
 */
const FOR_REFERENCE = new RegExp(
  String.raw`[(（]\s*(?:${FOR_REFERENCE_QUALIFIERS.join("|")})\s*[)）]\s*$`,
  "iu",
);
const isNotPrinciple = (title: string): boolean =>
  notPrinciples(normalize(title)) || FOR_REFERENCE.test(title);
/** An inserted principle's id, its numeral and a figure or a letter: `I.5`, `III-A`, `IV-b`. */
const INSERTED_SUFFIX = String.raw`(?:\.\d{1,2}|-[A-Z]|-?[a-h])`;
const INSERTED_ID = String.raw`[IVXLC]{1,7}${INSERTED_SUFFIX}`;
/**
 * `PP1 · Name`, `TP11: Name`, `P-3 - Name`, `G-II. Name`: a coded principle id. A Roman numeral
 * after letters needs its hyphen (`CI. Name` is not one): a constitution in parts numbers each
 * part's principles again (`G-I`, `L-I`, `T-I`). A principle inserted after another keeps its
 * numeral and a figure or a letter (`### I.5. Reduce Overwhelm`, between `I.` and `II.`;
 * `### III-A. Dumb Controller`, after `### III.`; `### IV-a.` and `### IV-b.` sharing IV).
 */
const CODED = new RegExp(
  String.raw`^\s*([A-Z]{1,4}-?\d{1,3}|[A-Z]{1,4}-[IVXLC]{1,7}|${INSERTED_ID})\s*[·•:：.\-–—|]\s*(\S.*)$`,
  "u",
);
const NOT_PRINCIPLE_NAMES = new Set(NOT_PRINCIPLES.map(normalize));
/**
 * A designation the name restates after the heading's own (`Article IV: Core Principle IV -
 * Performance Requirements`, `I. Principle: Simplicity`): not part of the name, which a gate
 * writes without it (`### Performance Requirements Gate`). (`Principle of Least Privilege` is
 * a name.)
 */
const RESTATED_DESIGNATION =
  /^(?:core\s+)?principle(?:\s{1,3}(?:[IVXLC]{1,7}|\d{1,3})\b\s{0,3}[:：.\-–—]?|\s{0,3}[:：.\-–—])\s*/iu;
/** A heading that is nothing but a section every document has: `IV. Governance`, `G-IV. Gouvernance`. */
const onlyNotPrinciple = (label: string): boolean => {
  const coded = CODED.exec(label);
  const name = coded?.[2] ?? splitNumbered(label).name;
  return NOT_PRINCIPLE_NAMES.has(normalize(name));
};
// (Not another thing's version, a word before it: `**Kubernetes Version**: 1.28+`, `Python
// Version: 3.12`. The constitution's own may say whose: `Constitution Version`, `Document
// Version`, `Current version`.)
const VERSION = new RegExp(
  String.raw`(?<![A-Za-z][ \t])(?:\*\*|__)?(?:(?:constitution|document|current)\s+)?(?:${VERSION_WORDS.join("|")}|版)(?:\*\*|__)?\s*[:：]\s*(?:(?:\*\*|__)\s*)?v?(\d+(?:\.\d+){1,2})`,
  "iu",
);
/** A line opening with the version, three-part, then a separator or its end: `Version 4.0.0 - …`. */
const VERSION_OPENING = new RegExp(
  String.raw`^\s*(?:[-*+]\s+)?(?:\*\*|__)?(?:constitution\s+)?(?:${VERSION_WORDS.join("|")})\s+v?(\d+\.\d+\.\d+)(?=\s*(?:\*\*|__)?\s*(?:[-—–|·,(]|$))`,
  "iu",
);
/** The version the first prose line matching `re` gives (its first group), or null. */
function firstVersion(doc: Doc, re: RegExp): string | null {
  for (let k = 0; k < doc.lines.length; k++) {
    if (!isProse(doc.kinds[k])) continue;
    const m = re.exec(doc.lines[k] ?? "");
    if (m?.[1]) return m[1];
  }
  return null;
}
/** The template's numbered slot left as a filled-in principle's number: `PRINCIPLE_1: Name`. */
const FILLED_SLOT = /^\s*PRINCIPLE_(\d{1,2})\s*[:：.]\s*(?=\S)/u;
/** A principle's own slot of the template: `[PRINCIPLE_1_NAME]`, `[PRINCIPLE_2_DESCRIPTION]`. */
const PRINCIPLE_TOKEN = /\[PRINCIPLE_\d+_(?:NAME|DESCRIPTION)\]/;
/** Filled-in principles that make a constitution the project's, with its header still slots. */
const MIN_FILLED = 3;
const TEMPLATE_TOKENS =
  /\[(?:PROJECT_NAME|PRINCIPLE_\d+_NAME|PRINCIPLE_\d+_DESCRIPTION|CONSTITUTION_VERSION|RATIFICATION_DATE|LAST_AMENDED_DATE|SECTION_\d+_NAME|GOVERNANCE_RULES)\]/g;

/**
 * A principle name that is only a bracketed slot naming what goes there, in any language:
 * `[原則一名稱]`, `[Nombre del principio 1]`. A real name kept in brackets (`[Home First]`) is
 * a name.
 */
const SLOT_NAME = new RegExp(
  String.raw`^\[[^\]]*(?:${SLOT_WORDS.join("|")}|\bnom\b)[^\]]*\]$`,
  "iu",
);

/**
 * A principle name that is a template slot: `[PRINCIPLE_1_NAME]`, `[原則一名稱]`, or one the
 * constitution command deferred, `TODO(PRINCIPLE_1): Define Principle 1` (its form for a value
 * it could not fill in).
 */
function isSlot(name: string): boolean {
  return (
    /\[[A-Z][A-Z0-9_]*\]/.test(name) || SLOT_NAME.test(name.trim()) || DEFERRED_SLOT.test(name)
  );
}

/** `TODO(PRINCIPLE_1): …`, `TODO(PRINCIPLE_2_NAME)`: a slot the command left for later. */
const DEFERRED_SLOT = /^\s*TODO\([A-Z][A-Z0-9_]*\)/;

/**
 * A constitution committed with an unresolved merge conflict holds two versions. Each conflict
 * is read on the side that was checked out (`<<<<<<< HEAD` up to `=======`), unless that side
 * is the unfilled template (`### [PRINCIPLE_1_NAME]`, `[CONSTITUTION_VERSION]`) and the other
 * side is not: a merge of the stock template with the project's constitution keeps the
 * project's. The other side and the markers become blank lines, so line numbers stay those of
 * the file.
 */
function oursOfConflicts(text: string): string {
  if (!text.includes("\n=======") || !CONFLICT_OPEN_ANYWHERE.test(text)) return text;
  const lines = text.split("\n");
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) lines[k] = "";
  };
  const templated = (from: number, to: number) =>
    lines.slice(from, to).some((line) => TEMPLATE_TOKEN.test(line));
  let open = -1;
  let split = -1;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] ?? "";
    if (open < 0 && CONFLICT_OPEN.test(line)) {
      open = k;
      split = -1;
    } else if (open >= 0 && split < 0 && CONFLICT_SPLIT.test(line)) split = k;
    else if (split >= 0 && CONFLICT_CLOSE.test(line)) {
      const theirs = templated(open + 1, split) && !templated(split + 1, k);
      blank(open, open + 1);
      if (theirs) blank(open + 1, split + 1);
      else blank(split, k);
      blank(k, k + 1);
      open = -1;
      split = -1;
    }
  }
  // A conflict never closed: its other side runs to the end.
  if (open >= 0) blank(open, open + 1);
  if (split >= 0) blank(split, lines.length);
  return lines.join("\n");
}

/** Git's conflict markers: `<<<<<<< HEAD`, `=======`, `>>>>>>> 2114bcd`. */
const CONFLICT_OPEN = /^<{7}(?: |$)/;
const CONFLICT_OPEN_ANYWHERE = new RegExp(CONFLICT_OPEN.source, "m");
const CONFLICT_SPLIT = /^={7}\s*$/;
const CONFLICT_CLOSE = /^>{7}(?: |$)/;
/** One of the stock template's tokens (see `TEMPLATE_TOKENS`). */
const TEMPLATE_TOKEN = new RegExp(TEMPLATE_TOKENS.source);

/**
 * YAML front matter atop the constitution (`---`, `sidebar_position: 1`, `---`, as a docs
 * site publishes it): Markdown reads it as a heading over the closing `---`, which put the first
 * principle out of its section. Its lines become blank, so line numbers stay those of the file.
 */
function withoutFrontMatter(text: string): string {
  if (!/^---[ \t]*\r?\n/.test(text)) return text;
  const head = text.slice(0, 4096).split("\n");
  for (let k = 1; k < Math.min(head.length - 1, 60); k++) {
    const line = (head[k] ?? "").replace(/\r$/, "");
    if (/^(?:---|\.\.\.)[ \t]*$/.test(line)) {
      if (k === 1) return text;
      const end = head.slice(0, k + 1).join("\n").length;
      return "\n".repeat(k) + text.slice(end);
    }
    // Keys, list items, indented values and blanks: YAML; anything else (a `# Title`) is not.
    if (!/^(?:[\w"'-][^:]*:(?:\s|$)|\s|-\s|$)/u.test(line)) return text;
  }
  return text;
}

/** A fence opening a whole document as Markdown: ```` ```markdown ````, ```` ```md ````, ```` ``` ````. */
const MARKDOWN_FENCE = /^(`{3,}|~{3,})(?:[ \t]*(?:markdown|md))?[ \t]*\r?$/iu;

/**
 * A constitution written whole inside one Markdown fence (an assistant's answer pasted as it
 * came: ```` ```markdown ````, the constitution, ```` ``` ````) is read as its content: the two
 * fence lines become blank, so lines keep their numbers.
 */
function withoutWrappingFence(text: string): string {
  const open = /^\s*/u.exec(text)?.[0].length ?? 0;
  const firstEnd = text.indexOf("\n", open);
  if (firstEnd < 0) return text;
  const fence = MARKDOWN_FENCE.exec(text.slice(open, firstEnd));
  if (!fence?.[1]) return text;
  const trimmed = text.trimEnd();
  const lastStart = trimmed.lastIndexOf("\n") + 1;
  const last = trimmed.slice(lastStart).trim();
  if (lastStart <= firstEnd || !last.startsWith(fence[1]) || !/^(`+|~+)$/u.test(last)) return text;
  return `${text.slice(0, open)}${text.slice(firstEnd, lastStart)}${text.slice(trimmed.length)}`;
}

export function parseConstitution(path: string, text: string): Constitution {
  const read = parseMarkdown(path, text);
  if (read.principles.length > 0 || read.unfilled) return read;
  // Nothing read from a constitution pasted as plain text (`一、核心设计原则` over `1. 配置驱动原则`,
  // `I. CORE PRINCIPLES` between rules of `═`): its title lines read as the headings they were.
  const headed = withPlainTitles(text);
  if (headed === null) return read;
  const again = parseMarkdown(path, headed);
  return again.principles.length > 0 ? again : read;
}

/**
 * A chapter's title on a line of its own in plain text: `一、核心设计原则`, `II. ERROR HANDLING &
 * DEBUGGING`. Short, and no sentence (no closing stop or colon).
 */
const PLAIN_CHAPTER = /^(?:[一二三四五六七八九十]{1,3}、\s*|[IVXLC]{1,7}\.\s+)[^\s#].{0,58}$/u;
/** A numbered name on a line of its own, under such a chapter: `1. 配置驱动原则`, `3. Layering`. */
const PLAIN_NAME = /^\d{1,2}[.、]\s*[^\s#].{0,38}$/u;
/** What a title does not end with: a sentence's stop, a colon, a comma. */
const SENTENCE_END = /[.。!！?？;；:：,，、]$/u;
/** A line of rule characters between plain-text chapters: `════`, `----`, `****`. */
const PLAIN_RULE = /^[═=─━\-*_~#]{3,}$/u;
/** A short line of its own that reads as a title: `Core Principles`, `通用项目宪法（融合版）`. */
function titleLine(line: string): boolean {
  const t = line.trim();
  return t !== "" && t.length <= 60 && !SENTENCE_END.test(t) && !/^[-*+|>#<]/u.test(t);
}
/** The most lines made headings (a real constitution has a few dozen titles). */
const MAX_PLAIN_TITLES = 256;
/** The fewest chapter lines that make a plain text's structure. */
const MIN_PLAIN_CHAPTERS = 2;

/**
 * The text with its plain title lines made headings (`## ` before a chapter, `### ` before a
 * numbered name under one), line for line; null when it has fewer than two chapters' titles.
 */
function withPlainTitles(text: string): string | null {
  const lines = text.split("\n");
  const blank = (k: number): boolean => {
    const t = (lines[k] ?? "").trim();
    return k < 0 || k >= lines.length || t === "" || PLAIN_RULE.test(t);
  };
  let chapters = 0;
  let made = 0;
  let inChapter = false;
  let fence = false;
  const out = lines.map((line, k) => {
    const t = line.trim();
    if (/^(?:```|~~~)/u.test(t)) fence = !fence;
    if (fence || made >= MAX_PLAIN_TITLES) return line;
    // (Its rules of `═` are decoration: no principle's statement.)
    if (PLAIN_RULE.test(t)) return "";
    if (t !== line.trimEnd() || SENTENCE_END.test(t)) return line;
    // (A blank or rule line after it; before it, another, a title of its own (`Core
    // Principles`), or nothing when it is numbered `一、`, which only a title is.)
    if (
      PLAIN_CHAPTER.test(t) &&
      blank(k + 1) &&
      (blank(k - 1) || titleLine(lines[k - 1] ?? "") || /^[一二三四五六七八九十]/u.test(t))
    ) {
      chapters++;
      made++;
      inChapter = true;
      return `## ${t}`;
    }
    if (inChapter && PLAIN_NAME.test(t) && blank(k + 1) && !/[:：]/u.test(t)) {
      made++;
      return `### ${t}`;
    }
    return line;
  });
  if (chapters < MIN_PLAIN_CHAPTERS) return null;
  // Its first line the document's title (`通用项目宪法（融合版）`), when no heading comes before
  // the first chapter: the chapters are its sections, not its title block.
  const first = out.findIndex((l) => l.startsWith("## "));
  let comment = false;
  for (let k = 0; k < first; k++) {
    const t = (out[k] ?? "").trim();
    if (t.startsWith("#")) break;
    if (t.startsWith("<!--")) comment = !t.includes("-->");
    else if (comment) comment = !t.includes("-->");
    else if (t !== "") {
      if (titleLine(t)) out[k] = `# ${t}`;
      break;
    }
  }
  return out.join("\n");
}

function parseMarkdown(path: string, text: string): Constitution {
  const doc = scan(oursOfConflicts(withoutFrontMatter(withoutWrappingFence(text))));
  const sections = buildSections(doc).map(withoutLeadingPictographs);
  const title = plainText(doc.headings[0]?.raw ?? "");
  // Count template tokens outside comments: Sync Impact Reports quote `[PRINCIPLE_1_NAME] → …`.
  // (Line by line, up to the second: a constitution can be a megabyte of headings.)
  // Whether a principle's own slot is left (`[PRINCIPLE_1_NAME]`), looked for to the end.
  let tokens = 0;
  let principleSlot = false;
  for (let k = 0; k < doc.lines.length && (tokens < 2 || !principleSlot); k++) {
    const line = doc.lines[k] ?? "";
    if (!line.includes("[") || !isProse(doc.kinds[k])) continue;
    if (tokens < 2) tokens += (line.match(TEMPLATE_TOKENS) ?? []).length;
    if (!principleSlot && line.includes("[PRINCIPLE_")) principleSlot = PRINCIPLE_TOKEN.test(line);
  }
  const unfilled = tokens >= 2;

  // The first `Version:` field; without one, a line that opens with the version (`Version 4.0.0
  // - derniere modification: …`, `**Version 1.0.0 - 2025-12-28 (Initial Ratification)**`,
  // `Version 1.0.0 | Ratified …`): the footer written as a sentence.
  const version = firstVersion(doc, VERSION) ?? firstVersion(doc, VERSION_OPENING);

  const principles: Principle[] = [];
  const statementOf = (from: number, to: number): string => {
    for (let l = from; l <= to; l++) {
      const kind = doc.kinds[l - 1];
      if (kind === "text" || kind === "list-item") {
        const t = plainText((doc.lines[l - 1] ?? "").replace(/^\s*[-*+]\s+/, ""));
        if (t) return t.length > 220 ? `${t.slice(0, 217)}…` : t;
      }
    }
    return "";
  };
  const bodyOf = (from: number, to: number): string => {
    const parts: string[] = [];
    let size = 0;
    for (let l = from; l <= to && size < BODY_LIMIT; l++) {
      if (!isProse(doc.kinds[l - 1])) continue;
      const t = plainText(doc.lines[l - 1] ?? "");
      parts.push(t);
      size += t.length;
    }
    return parts.join(" ").slice(0, BODY_LIMIT);
  };
  // A principle written again under the same numeral and name is dropped below: it is known
  // before its body is read (a hostile constitution repeats one heading a hundred thousand
  // times).
  const keys = new Set<string>();
  const firstTime = (id: string, name: string): boolean => {
    const key = `${id}\u0000${normalize(name)}`;
    if (keys.has(key)) return false;
    keys.add(key);
    return true;
  };
  const add = (heading: string, line: number, bodyEnd: number, rest = ""): void => {
    // The template's slot kept as the number, its name filled in (`### PRINCIPLE_1: 模組化設計`):
    // principle 1, as the heading that translates it right after (`### 原則1：Modular Design`).
    const slot = FILLED_SLOT.exec(heading);
    const label = slot ? `${slot[1]}. ${heading.slice(slot[0].length)}` : heading;
    const nonNegotiable = NON_NEGOTIABLE.test(label);
    // An article (`第16-1条 工程结构合规`): its designation is its code.
    const article = CJK_ARTICLE.exec(label.replace(NON_NEGOTIABLE, ""));
    if (article?.[1] && article[2]) {
      const code = article[1].replace(/\s+/gu, "");
      const name = article[2].trim();
      if (!firstTime(code, name)) return;
      principles.push({
        id: code,
        numeral: null,
        code,
        name,
        nonNegotiable,
        line,
        statement: rest || statementOf(line + 1, bodyEnd),
        body: rest ? `${rest} ${bodyOf(line + 1, bodyEnd)}`.trim() : bodyOf(line + 1, bodyEnd),
        aliases: parenthetical(name),
      });
      return;
    }
    const coded = CODED.exec(label.replace(NON_NEGOTIABLE, "").trim());
    if (coded?.[1] && coded[2] && !firstTime(coded[1], coded[2].trim())) return;
    const split =
      coded?.[1] && coded[2] ? null : splitNumbered(label.replace(NON_NEGOTIABLE, "").trim());
    const cleanName = split
      ? split.name.replace(RESTATED_DESIGNATION, "").trim() ||
        split.name.replace(/^principle\b\s*[:：-]?\s*/i, "").trim()
      : "";
    if (split && (cleanName === "" || !firstTime(split.written ?? cleanName, cleanName))) return;
    const body = rest ? `${rest} ${bodyOf(line + 1, bodyEnd)}`.trim() : bodyOf(line + 1, bodyEnd);
    if (coded?.[1] && coded[2]) {
      principles.push({
        id: coded[1],
        numeral: null,
        code: coded[1],
        name: coded[2].trim(),
        nonNegotiable,
        line,
        statement: statementOf(line + 1, bodyEnd),
        body,
        aliases: parenthetical(coded[2]),
      });
      return;
    }
    if (!split) return;
    const { numeral } = split;
    // (Quoted as the constitution writes it: `PRINCIPLE_1`.)
    const written = slot ? `PRINCIPLE_${slot[1]}` : split.written;
    principles.push({
      // The numeral as written (`III` of `Principio III.`, `2` of `원칙 2.`), else the name.
      id: written ?? cleanName,
      numeral,
      name: cleanName,
      nonNegotiable,
      line,
      statement: rest || statementOf(line + 1, bodyEnd),
      body,
      aliases: parenthetical(cleanName),
    });
  };

  for (const { label, line, endLine, rest } of principleItems(doc, sections))
    for (const one of joinedPrinciples(label)) add(one, line, endLine, rest);
  // A principle written twice (an amendment pasted below the old text) is one principle; so is
  // one named in two languages, heading after heading (`### I. Complete Code First` then
  // `### I. 완전한 코드 우선`): the second name is another name of the first.
  // So is one written in two sections, one per language (`## 핵심 원칙` with `### I. FSD 아키텍처`,
  // then `## Core Principles` with `### I. FSD Architecture`): same numeral, another script.
  const seen = new Set<string>();
  const unique: Principle[] = [];
  const byNumeral = new Map<number, number>();
  for (const p of principles) {
    const key = `${p.id}\u0000${normalize(p.name)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const prev = unique[unique.length - 1];
    const adjacent = prev && p.numeral !== null && prev.numeral === p.numeral && prev.body === "";
    const at = p.numeral !== null ? byNumeral.get(p.numeral) : undefined;
    const twin = at !== undefined ? unique[at] : undefined;
    const translated = twin !== undefined && scriptOf(twin.name) !== scriptOf(p.name);
    if (adjacent || translated) {
      const k = adjacent ? unique.length - 1 : (at ?? 0);
      const first = unique[k] as Principle;
      unique[k] = {
        ...first,
        nonNegotiable: first.nonNegotiable || p.nonNegotiable,
        statement: first.statement || p.statement,
        body: `${first.body} ${p.body}`.trim().slice(0, BODY_LIMIT),
        // (A few: a hostile constitution writes one numeral's heading thirty thousand times.)
        aliases:
          first.aliases.length >= MAX_ALIASES
            ? first.aliases
            : [...first.aliases, p.name, ...p.aliases].slice(0, MAX_ALIASES),
      };
      continue;
    }
    if (p.numeral !== null && !byNumeral.has(p.numeral)) byNumeral.set(p.numeral, unique.length);
    unique.push(p);
  }
  // Half filled in (`### I. Python Package Management`, then `### [PRINCIPLE_2_NAME]`…) with a
  // real version, or with two principles written in full at least (`### I. Bun-First Technology
  // Stack` and `### III. Test-First` with their rules, among the slots, the version still
  // `[CONSTITUTION_VERSION]`): ratified, with the principles it has; the template's slots are
  // none. (Not while a principle written has its description still a slot.) A
  // translated template names its slots in its own words (`### [原則一名稱]`,
  // `### [Nombre del principio 1]`): a name that is nothing but a bracketed slot is one too.
  const real = unique.filter((p) => !isSlot(p.name));
  const slots = unique.length - real.length;
  // Its principles all filled in (`### I. Hardware Abstraction Layer` … `### VIII. …`, no
  // `[PRINCIPLE_1_NAME]` left), only the title, version, dates or governance still slots: the
  // project's principles, ratified whatever its header says.
  const ratified =
    !(unfilled || slots >= 2) ||
    (real.length > 0 && version !== null) ||
    (real.length >= 2 && real.every((p) => !PRINCIPLE_TOKEN.test(p.body))) ||
    (slots === 0 && !principleSlot && real.length >= MIN_FILLED);
  const unread = ratified ? Math.max(0, real.length - MAX_PRINCIPLES) : 0;
  return {
    path,
    title,
    principles: ratified
      ? withTopics(withAliases(real.slice(0, MAX_PRINCIPLES), doc.comments))
      : [],
    version,
    unfilled: !ratified,
    ...(unread > 0 && { unread }),
    ...sectionsOf(doc),
  };
}

/** The sections' titles read at most (a constitution of thousands of headings is generated). */
const MAX_SECTION_TITLES = 300;

/** `5.4` of `### 5.4 No Bloat`, `## 2.1. Scope`: a heading's dotted number in figures. */
const SECTION_NUMBER = /^\s*(?:§\s*)?(\d{1,2}\.\d{1,2})(?:\.?\s|\.?$)/u;

/** The sections' dotted numbers and their titles, in one pass over the headings. */
function sectionsOf(doc: Doc): {
  sectionNumbers?: ReadonlySet<string>;
  sectionTitles?: ReadonlySet<string>;
} {
  const numbers = new Set<string>();
  const titles = new Set<string>();
  doc.headings.forEach((h, k) => {
    const plain = plainText(h.raw);
    const m = SECTION_NUMBER.exec(plain);
    if (m?.[1]) numbers.add(m[1]);
    if (k >= MAX_SECTION_TITLES || h.depth < 2) return;
    const title = normalize(splitNumbered(plain).name);
    if (title.length >= 4) titles.add(title);
  });
  return {
    ...(numbers.size > 0 && { sectionNumbers: numbers }),
    ...(titles.size > 0 && { sectionTitles: titles }),
  };
}

/** How much of a principle's text is kept for matching paraphrases. */
const BODY_LIMIT = 4000;

/** A group title: `Core Principles`, not `General Principle` (which names one). */
const groupTitle = termMatcher([
  "principles",
  "principios",
  "princípios",
  "principes",
  "prinzipien",
  "grundprinzipien",
  "grundsätze",
  "принципы",
  "principi",
  "nguyên tắc",
  "原则",
  "准则",
  "原則",
  "信条",
  "规范",
  "원칙",
  "articles",
  "artículos",
  "artigos",
  // `## Non-Negotiables`: the rules no plan may break, each a principle.
  "non-negotiables",
  // `## 1. Core Values` over `1. **Simplicity**: …`, `## 核心價值觀`, `## Phase 3 Core Rules`.
  ...CORE_VALUES,
]);

/** A group that names itself the core one: `Core Principles`, `核心原則`, `基本原則`, `핵심 원칙`. */
const coreTitle = termMatcher([
  "core",
  // (`## II. AUTHORITATIVE PRINCIPLES` over `### 1. 100% Spec-Driven Development` …)
  "authoritative",
  "guiding",
  "foundational",
  "governing",
  "key",
  "fundamental",
  "fundamentales",
  "fundamentais",
  "fondamentaux",
  "kern",
  "основные",
  "核心",
  "基本",
  "根本",
  // (Japanese also writes it in katakana, `## コア原則`, or as `中核`.)
  "コア",
  "中核",
  "핵심",
  "기본",
]);

/** A heading that calls itself a principle, by the word and a number: `Principle 3: …`. */
const NAMED_PRINCIPLE =
  /^\s*(?:principles?|principios?|princípios?|principes?|prinzip(?:ien)?|принцип|原则|原則|원칙)\s*(?:[IVXLC]{1,7}|\d{1,3})\b/iu;
/** `I.`, `Principle 3`, `Article II`, `Artículo 4`, `原则三`, `第三条`: a principle's own number. */
const PRINCIPLE_NUMBER = new RegExp(
  String.raw`^\s*(?:(?:${ARTICLE_WORDS}|${ARTICLE_WORDS_AR}|art\.|§)\s*\d{1,3}\b|(?:(?:${ARTICLE_WORDS})\s+|art\.\s*)[IVXLC]{1,7}\b|[IVXLC]{1,7}\s*[.:：、)\-–—]|(?:原则|原則|准则|第)\s*[一二三四五六七八九十\d]{1,3})`,
  "iu",
);

/** A heading numbered in figures: `## 3. 專案結構原則`. */
const FIGURE_SECTION = /^\s*\d{1,2}[.)]\s+\S/u;

/** A bold label numbered in figures: `**1. Type Safety First**`. */
const BOLD_NUMBER = /^\s*\d{1,2}[.)]\s+\S/u;

/** A label's own principle number (`III.`, `Article 2`), when it is numbered as a principle. */
function principleNumeral(label: string): number | null {
  return PRINCIPLE_NUMBER.test(label) ? splitNumbered(label).numeral : null;
}

interface Item {
  readonly label: string;
  readonly line: number;
  readonly endLine: number;
  /** The item's own text after its name, on its line (`1. Name: text`). */
  readonly rest?: string;
}

type Sections = ReturnType<typeof buildSections>;
type Section = Sections[number];

/** The principles of a group section: its sub-headings one level down, or its bold items. */
function groupItems(doc: Doc, sections: Sections, group: Section): Item[] {
  // The sections below the group's heading, up to its end (sections come in document order).
  const children: Section[] = [];
  for (let k = group.heading.index + 1; k < sections.length; k++) {
    const s = sections[k];
    if (!s || s.line > group.endLine) break;
    children.push(s);
  }
  if (children.length > 0) {
    let depth = 6;
    for (const s of children) depth = Math.min(depth, s.heading.depth);
    // (Not one that is only the document's governance or the like, `### G-IV. Gouvernance`
    // among the principles: a principle of its own name is, `### VIII. MCP Server Governance`.)
    const tops = children.filter((s) => s.heading.depth === depth);
    // A part that joins the principles to its vision (`## 1. Project Vision & Core Principles`
    // over `### 1.1 Vision Statement` and `### 1.2 Core Values`, its bold values): the one
    // sub-section that holds principles holds them, when the others never do.
    const inner = tops.filter((s) => isPrinciplesTitle(s.title) && groupTitle(normalize(s.title)));
    const only = inner[0];
    // (Not a principle named for its kind, `### I. UI development principles`, nor one left
    // alone under the part.)
    if (
      inner.length === 1 &&
      only &&
      tops.length >= 2 &&
      !PRINCIPLE_NUMBER.test(only.plain) &&
      tops.every((s) => s === only || isNotPrinciple(s.title))
    ) {
      const held = groupItems(doc, sections, only);
      if (held.length >= 3) return held;
    }
    const items = tops.filter((s) => !onlyNotPrinciple(s.plain)).map(itemOf);
    // Numbered principles with unnumbered sections after them at their depth (`### VI.
    // Automated Deployment`, then `### Technical Constraints` and `### Design Constraints`):
    // those sections are the constitution's other rules, not principles.
    const numbered = items.filter(
      (i) =>
        PRINCIPLE_NUMBER.test(i.label) ||
        /^\s*\d{1,4}[.)]\s/u.test(i.label) ||
        // (`### 一、尊重棕地專案`: a Chinese numeral and its enumeration comma.)
        /^\s*[一二三四五六七八九十]{1,3}\s*[、．]/u.test(i.label) ||
        CODED.test(i.label) ||
        INSERTED.test(i.label),
    );
    // Unnumbered groups, each holding principles numbered on across them (`### 基礎原則
    // （Fundamental）` over `#### I. Spec-Driven` to `#### III.`, `### 品質基準` over `#### VI.`
    // to `#### IX.`): the numbered headings below are the principles, the groups their parts.
    if (numbered.length === 0 && items.length >= 2) {
      const nested = children.filter(
        (s) => s.heading.depth === depth + 1 && PRINCIPLE_NUMBER.test(s.plain),
      );
      const counted = nested.every((s, k) => splitNumbered(s.plain).numeral === k + 1);
      if (nested.length >= 3 && counted) return nested.map(itemOf);
    }
    const last = numbered[numbered.length - 1];
    const trailing = last ? items.slice(items.indexOf(last) + 1) : [];
    if (
      numbered.length >= 3 &&
      trailing.length > 0 &&
      numbered.length + trailing.length === items.length
    )
      return numbered;
    return items;
  }
  // Principles written as bold labels or list items under the heading. A bold item nested
  // in another (`    *   **ERROR**: …` under `2. **Level Discipline**:`) is a part of it.
  let outer = Number.POSITIVE_INFINITY;
  for (let l = group.line + 1; l <= group.endLine; l++)
    if (doc.kinds[l - 1] === "list-item" && leadingBold(withoutListMarker(doc.lines[l - 1] ?? "")))
      outer = Math.min(outer, doc.indents[l - 1] ?? 0);
  const items: Item[] = [];
  for (let l = group.line + 1; l <= group.endLine; l++) {
    const kind = doc.kinds[l - 1];
    if (kind !== "text" && kind !== "list-item") continue;
    const raw = doc.lines[l - 1] ?? "";
    if (kind === "list-item" && (doc.indents[l - 1] ?? 0) > outer) continue;
    const text = kind === "list-item" ? withoutListMarker(raw) : raw;
    const bold = leadingBold(text);
    if (bold === null) continue;
    // `**Privacy First:** No audio data may leave the machine.`: the rule is on its line.
    const after = text.slice(text.indexOf(bold) + bold.length + 2);
    const rest = plainText(after.replace(/^\s*[:：—–-]?\s*/u, "")).trim();
    const previous = items[items.length - 1];
    if (previous && previous.endLine >= l)
      items[items.length - 1] = { ...previous, endLine: l - 1 };
    items.push({
      label: bold.replace(/[:：]\s*$/, ""),
      line: l,
      endLine: Math.min(l + 3, group.endLine),
      ...(rest !== "" && { rest }),
    });
  }
  dropMetadata(doc, items);
  // `**I. Name**` lines with bold sub-labels in their text (`1. **Review Agent**: …`): the
  // numbered ones are the principles (`**1. Type Safety First**` over `- **Rule:** …` too).
  const numbered = items.filter((i) => PRINCIPLE_NUMBER.test(i.label) || BOLD_NUMBER.test(i.label));
  if (numbered.length >= 2 && numbered.length < items.length) return numbered;
  // A bold label written under several principles (`**Rule:**`, `**Rationale:**`) is their
  // sub-label, not a principle.
  const once = writtenOnce(items, (i) => normalize(i.label));
  if (once.length >= 2 && once.length < items.length) return once;
  if (items.length > 0) return items;
  const rows = tableItems(doc, group);
  if (rows.length > 0) return rows;
  const listed = listItems(doc, group);
  return listed.length > 0 ? listed : ruleList(doc, group);
}

/**
 * The document's particulars written as bold labels under a subtitle that names the principles
 * (`## Архитектурные принципы и правила разработки` over `**Версия**: 1.0.0`, `**Дата
 * создания**: …`, `**Источник**: …` in one paragraph): the paragraph that gives the version is
 * the document's metadata, not principles. Drops its items in place. (A principle about
 * versions, `**Version Alignment**: every package pins …`, gives no bare version.)
 */
function dropMetadata(doc: Doc, items: Item[]): void {
  const stamp = items.find((i) => i.rest !== undefined && BARE_VERSION.test(i.rest));
  if (!stamp) return;
  // The paragraph around the version line: text lines with no blank line between.
  let from = stamp.line;
  while (from > 1 && doc.kinds[from - 2] === "text") from--;
  let to = stamp.line;
  while (to < doc.lines.length && doc.kinds[to] === "text") to++;
  let kept = 0;
  for (const item of items) if (item.line < from || item.line > to) items[kept++] = item;
  items.length = kept;
}

/** A value that is nothing but a version: `1.0.0`, `v2.1`. */
const BARE_VERSION = /^v?\d+\.\d+(?:\.\d+)?$/u;

/**
 * Principles written as a bulleted list of short phrases under the principles heading, with no
 * names or rules (`- Engineering accuracy, academic clarity` … `- Safety-first development for
 * humanoid robots`): each phrase is a principle. Only a list of three or more, each of at most
 * twelve words and without a colon, that is all the section's top-level items, in a section with
 * no sub-headings; read only when no principle is written any other way.
 */
function phraseList(doc: Doc, group: Section): Item[] {
  const items: Item[] = [];
  for (const { line: l, raw } of topLevelItems(doc, group)) {
    const m = /^\s*[-*+]\s+(\S.*)$/u.exec(raw);
    if (!m) return [];
    const phrase = plainText(m[1] ?? "").trim();
    // (Not a label over its own items, `- UI & Styling:`, nor a keyword and its rule, `-
    // MUST：…`: those are rules, not a principle's name.)
    if (phrase.length > 90 || phrase.split(/\s+/u).length > 12 || /[:：]/u.test(phrase)) return [];
    items.push({ label: phrase.replace(/[.;。]$/u, ""), line: l, endLine: l });
  }
  return items.length >= 3 && items.length <= 20 ? items : [];
}

/**
 * The items whose key no other item shares: a label several items repeat (`**Rule:**` under
 * each principle, `- MUST：…`) is their keyword or sub-label, not a name.
 */
function writtenOnce(items: readonly Item[], key: (i: Item) => string): Item[] {
  const keys = items.map(key);
  const seen = new Map<string, number>();
  for (const k of keys) seen.set(k, (seen.get(k) ?? 0) + 1);
  return items.filter((_, n) => seen.get(keys[n] ?? "") === 1);
}

/** `1. Source-code alignment: every rule …`, `- Simplicity — …`: a name, then its rule. */
const NAMED_ITEM = /^(?:(\d{1,2})[.)]|[-*+]) +(\S[^:：—–]{1,59}?)(?:[:：]| [—–-] )\s*(\S.*)$/u;

/**
 * Principles written as plain list items under the principles heading, each a short name and
 * its rule (`1. Accessibility first: all outputs …`). Only top-level items, and only when two
 * or more, and two thirds of them, are written so; a numbered one keeps its number.
 */
function listItems(doc: Doc, group: Section): Item[] {
  const items: Item[] = [];
  let topLevel = 0;
  for (let l = group.line + 1; l <= group.endLine; l++) {
    if (doc.kinds[l - 1] !== "list-item") continue;
    const raw = doc.lines[l - 1] ?? "";
    if (!/^(?:\d{1,2}[.)]|[-*+])\s/.test(raw)) continue;
    topLevel++;
    const m = NAMED_ITEM.exec(raw);
    if (!m) continue;
    const name = plainText(m[2] ?? "").trim();
    if (name === "" || name.split(/\s+/).length > 8) continue;
    items.push({
      label: m[1] ? `${m[1]}. ${name}` : name,
      line: l,
      endLine: l,
      rest: plainText(m[3] ?? "").trim(),
    });
  }
  // `- MUST：…`, `- SHOULD：…`: a word several items open with is their keyword (RFC 2119's),
  // not a name; those items name no principle.
  const named = writtenOnce(items, (i) => i.label.replace(/^\d{1,2}\. /, "").toLowerCase());
  // A list of rules some of which happen to hold a colon is not a list of named principles.
  return named.length >= 2 && named.length * 3 >= topLevel * 2 ? named : [];
}

/**
 * The top-level list items of a section with no sub-headings (none when it has one: a list
 * under a sub-heading is the sub-section's), each with its line.
 */
function topLevelItems(doc: Doc, group: Section): Array<{ line: number; raw: string }> {
  const items: Array<{ line: number; raw: string }> = [];
  let base: number | undefined;
  for (let l = group.line + 1; l <= group.endLine; l++) {
    if (doc.kinds[l - 1] === "heading") return [];
    if (doc.kinds[l - 1] !== "list-item") continue;
    const indent = doc.indents[l - 1] ?? 0;
    base ??= indent;
    if (indent <= base) items.push({ line: l, raw: doc.lines[l - 1] ?? "" });
  }
  return items;
}

/**
 * Principles written as a numbered list of rules under the principles heading, with no names
 * (`1. Answers are source-grounded; unsupported claims fail closed.` … `8. Tests are delivered
 * with each phase; …`): each rule is a principle, named by its number and its first clause.
 * Only a list of three or more, numbered from 1 in order, that is all the section's top-level
 * items, in a section with no sub-headings.
 */
function ruleList(doc: Doc, group: Section): Item[] {
  const items: Item[] = [];
  for (const { line: l, raw } of topLevelItems(doc, group)) {
    const m = /^\s*(\d{1,2})[.)]\s+(\S.*)$/u.exec(raw);
    if (!m || Number(m[1]) !== items.length + 1) return [];
    const rule = plainText(m[2] ?? "").trim();
    const clause = (rule.split(/[;；。]|\.(?:\s|$)/u)[0] ?? rule).trim();
    items.push({ label: `${m[1]}. ${clause.slice(0, 80)}`, line: l, endLine: l, rest: rule });
  }
  return items.length >= 3 ? items : [];
}

/** `| ID | Principle | Description |` or `| # | 原則 | 說明 |`: a column naming an id. */
const ID_COLUMN = /^(?:#|no\.?|id|code|编号|編號|番号|번호|n[º°]|núm\.?)$/iu;

/**
 * Principles written as a table under the principles heading, one per row: `| C1 | 安全優先 | … |`
 * reads as `C1 · 安全優先`, `| I. Test-First | … |` as its first cell.
 */
function tableItems(doc: Doc, group: Section): Item[] {
  const items: Item[] = [];
  let header: string[] | null = null;
  for (let l = group.line + 1; l <= group.endLine; l++) {
    if (doc.kinds[l - 1] !== "table") {
      if (items.length > 0) break;
      header = null;
      continue;
    }
    const cells = splitRow(doc.lines[l - 1] ?? "").map((c) => plainText(c).trim());
    if (header === null) {
      header = cells;
      continue;
    }
    if (cells.every((c) => /^:?-+:?$/.test(c))) continue;
    const first = cells[0] ?? "";
    const second = cells[1] ?? "";
    const label =
      ID_COLUMN.test(header[0] ?? "") && second !== "" && first !== ""
        ? `${first} · ${second}`
        : first;
    if (label !== "") items.push({ label, line: l, endLine: l });
  }
  return items.length >= 2 ? items : [];
}

/**
 * Where the principles are. The items of the principles section(s): `## Core Principles` with
 * `### I. Name` below it, or bold items under it; several such sections at one level
 * (`## Product Principles`, `## Technical Principles`). Not every section whose title says
 * "principle" (`### Documentation principles` deep in another part), and not bold sub-labels.
 * Without a principles section, headings numbered as principles (`## I.`, `## Article 2`).
 */
function principleItems(doc: Doc, sections: Sections): Item[] {
  const items = withoutContainers(structuredItems(doc, sections));
  if (items.length > 0) return items;
  // Nothing else read: the core principles as a bulleted list of phrases, under a heading that
  // is only the principles' name (`## 2. Core Principles`; not `## Core Guidance Principles`
  // among sibling sections of bullets, which are each a principle of their own).
  const titles = Math.max(1, titleBlock(doc.headings));
  for (const [k, s] of sections.entries()) {
    if (k < titles || s.heading.depth > 2 || !PHRASE_LIST_TITLE.test(normalize(s.title))) continue;
    const phrases = phraseList(doc, s);
    if (phrases.length > 0) return phrases;
  }
  return [];
}

/**
 * The items without those that hold others (`## Article I — Product Integrity` over `### Principle
 * 1: The Poker Rules Are Authoritative` and `### Principle 2: Virtual Chips Only`): the items
 * inside are the principles, the part only groups them. (Only while the parts are the fewer: a
 * principle's own numbered rules read as items would be the many.)
 */
function withoutContainers(items: Item[]): Item[] {
  const sorted = [...items].sort((a, b) => a.line - b.line);
  // (Not numbered on, one after another: `## III. 设计事实来源` written a level up among `### I.`
  // to `### VI.` is a sibling whose heading holds the next ones.)
  if (consecutiveFrom(sorted, 0) !== null) return items;
  const parts = new Set<Item>();
  for (let k = 0; k + 1 < sorted.length; k++) {
    const item = sorted[k] as Item;
    const next = sorted[k + 1] as Item;
    if (next.line > item.line && next.line <= item.endLine) parts.add(item);
  }
  if (parts.size === 0 || parts.size * 2 >= items.length) return items;
  return items.filter((i) => !parts.has(i));
}

/** `Core Principles`, `Principles`, `核心原则`, `Princípios`: the principles' name alone. */
const PHRASE_LIST_TITLE =
  /^(?:(?:core|guiding|key|fundamental|foundational|project) )?principles$|^(?:核心|基本)?原[则則]$|^(?:핵심 )?원칙$|^(?:principios|princípios|principes|prinzipien|принципы)(?: (?:fundamentales|fundamentais|fondamentaux|básicos|основные))?$/u;

function structuredItems(doc: Doc, sections: Sections): Item[] {
  // A constitution written as articles, the legal form of Chinese and Japanese rules (`### 第8条
  // 环境定义` in `## 第四章 环境管理规范`): its articles are the principles, its chapters the parts.
  const articles = cjkArticles(sections);
  if (articles.length >= MIN_ARTICLES) return articles.map(itemOf);
  // Each section's parent's depth (a top section's is the title's, 1).
  const parentDepth = parentSections(sections).map((p) => p?.heading.depth ?? 1);
  // A group is a top part of the document: `## Core Principles`, or `### Principles` right
  // under the title; `### 3.3 Architecture Principles` inside a chapter is part of that chapter.
  // (Not the document's title block: `# Virtual Coach App Constitution` then `# 虛擬健身教練應用
  // 程式開發準則`, its translation, is the title, however its words read.)
  const titles = Math.max(1, titleBlock(doc.headings));
  const groups = sections.filter(
    (s, k) =>
      k >= titles &&
      (s.heading.depth <= 2 || (s.heading.depth === 3 && (parentDepth[k] ?? 1) <= 1)) &&
      isPrinciplesTitle(s.title) &&
      groupTitle(normalize(s.title)),
  );
  // Groups come in document order and nest: one is outer unless the last outer one holds it.
  const outer: Section[] = [];
  for (const g of groups) {
    const last = outer[outer.length - 1];
    if (!last || g.line > last.endLine) outer.push(g);
    // (A few: a hostile constitution repeats `## Core Principles` twenty thousand times.)
    if (outer.length >= MAX_PRINCIPLE_GROUPS) break;
  }
  let candidates = outer
    .map((group) => {
      const next = sections[group.heading.index + 1];
      const hasHeadings = next !== undefined && next.line <= group.endLine;
      return {
        group,
        hasHeadings,
        items: resumed(sections, group, groupItems(doc, sections, group)),
      };
    })
    .filter((c) => c.items.length > 0);
  // A constitution with spec-kit's unfilled template pasted below it (`## Principles` with
  // `### 1. Simplicity First`…, then `# [PROJECT_NAME] Constitution` with `## Core Principles`
  // and `### [PRINCIPLE_1_NAME]`…): the filled-in principles are the project's, the slots none.
  const filled = candidates.filter((c) => !c.items.every((i) => isSlot(i.label)));
  if (filled.length > 0 && filled.length < candidates.length) candidates = filled;
  // `## Core Principles` among `## Product Logic Principles`, `## Security Principles`…: the
  // core ones are the principles a plan answers to; the others are guidance.
  // (A group its title marks binding, `## Infrastructure Principles (NON-NEGOTIABLE)` beside
  // `## Core Principles (Inherited from Phase II/III/IV)`, is the plan's to answer as well.)
  const core = candidates.filter(
    (c) => coreTitle(normalize(c.group.title)) || NON_NEGOTIABLE.test(c.group.plain),
  );
  const pool = core.length > 0 && core.length < candidates.length ? core : candidates;
  const withHeadings = pool.filter((c) => c.hasHeadings);
  const kept = withHeadings.length > 0 ? withHeadings : pool;
  if (kept.length > 0) {
    let depth = 6;
    for (const c of kept) depth = Math.min(depth, c.group.heading.depth);
    const top = kept.filter((c) => c.group.heading.depth === depth);
    // `## Principle 6: API Design Principles` and `## Principle 7: Database Principles` among
    // `## Principle 1: Architecture Values` … `## Principle 12: …`: each is one of the
    // principles its siblings name as such, its bold sub-labels (`**Rules:**`) none.
    const head = top[0]?.group;
    if (head && top.every((c) => NAMED_PRINCIPLE.test(c.group.plain))) {
      const named = sections.filter(
        (s) =>
          s.heading.depth === head.heading.depth &&
          NAMED_PRINCIPLE.test(s.plain) &&
          !isNotPrinciple(s.title),
      );
      if (named.length >= 3 && named.length > top.length) return named.map(itemOf);
    }
    // `## I. Code Quality Principles` … `## IX. Error Handling Principles`, each holding its
    // clauses (`### 1.1 Type Safety`): the numbered groups are the principles, their clauses
    // the rules each one sets.
    if (top.length >= 3 && top.every((c) => PRINCIPLE_NUMBER.test(c.group.plain)))
      return top.map((c) => itemOf(c.group));
    // `## II. Architectural Principles` among `## I.` … `## V.`: the numbered sections are the
    // principles, and this one is one of them.
    // (Not when its own items are numbered principles: `## Article II — Core Principles`
    // holding `### P1. …` to `### P8. …` is their container.)
    // (Nor when it is the core principles numbered `1.` to `5.`: `## I. Core Principles` over
    // `### 1. Spec-Driven Development Only` … among `## II. Domain Model Governance` … `## XIII.
    // Final Authority`, the document's parts.)
    const first = top[0]?.group;
    const core = first !== undefined && coreTitle(normalize(first.title));
    const numberedItems = (top[0]?.items ?? []).filter(
      (i) =>
        PRINCIPLE_NUMBER.test(i.label) ||
        CODED.test(i.label) ||
        (core && /^\s*\d{1,2}[.)]\s/u.test(i.label)),
    );
    // (Nor when it is the core principles as bold items: `## I. core-principles` over `-
    // **security-first**` … `- **consistency**` among `## II. architecture-and-project-structure`
    // … `## XXII. open-or-deferred-decisions`, the document's rules.)
    const coreItems = core && (top[0]?.items.length ?? 0) >= 3;
    if (
      top.length === 1 &&
      first &&
      PRINCIPLE_NUMBER.test(first.plain) &&
      numberedItems.length < 2 &&
      !coreItems
    ) {
      const siblings = sections.filter(
        (s) =>
          s.heading.depth === first.heading.depth &&
          PRINCIPLE_NUMBER.test(s.plain) &&
          !isNotPrinciple(s.title),
      );
      if (siblings.length >= 3) {
        // (Unless principles are named as such inside them: `## Article III: Development
        // Methodology Principles` over `### Principle 1: Specification-Driven Development` to
        // `### Principle 7: …`, among `## Article I: Project Identity` … `## Article VI: …`.
        // The articles are the document's parts; the principles are the ones it calls so.)
        const named = sections.filter(
          (s) =>
            s.heading.depth > first.heading.depth &&
            NAMED_PRINCIPLE.test(s.plain) &&
            !isNotPrinciple(s.title),
        );
        if (named.length >= 3) return withoutClauses(named).map(itemOf);
        return siblings.map(itemOf);
      }
    }
    // `## 1. 技術棧原則` (the tech-stack principles) among `## 2. 程式碼品質標準`, `## 3.
    // 專案結構原則` … `## 8. 安全性`, sections numbered in figures of which two or more say
    // principles of a topic: the one holding sub-headings is one of those sections, its
    // sub-headings (`### 後端`, `### 前端`) what it covers. (Not the principles named alone,
    // `## 2. Core Principles` over `### Simplicity`, which hold them; nor one principles
    // section among numbered parts, `## 2. Non-Negotiable Principles`.)
    if (
      top.length === 1 &&
      first &&
      outer.filter((g) => g.heading.depth === first.heading.depth && FIGURE_SECTION.test(g.plain))
        .length >= 2 &&
      FIGURE_SECTION.test(first.plain) &&
      !core &&
      !PHRASE_LIST_TITLE.test(normalize(splitNumbered(first.plain).name)) &&
      (top[0]?.items ?? []).every((i) => !/^\s*[\p{N}\p{Lu}]{1,7}[.)、:]/u.test(i.label))
    ) {
      const siblings = sections.filter(
        (s) =>
          s.heading.depth === first.heading.depth &&
          FIGURE_SECTION.test(s.plain) &&
          !isNotPrinciple(s.title),
      );
      if (siblings.length >= 4) return siblings.map(itemOf);
    }
    const items = filedElsewhere(
      sections,
      laterParts(
        doc,
        sections,
        titles,
        continued(
          sections,
          withArticles(
            sections,
            top.flatMap((c) => c.items),
          ),
        ),
      ),
    );
    // One unnumbered heading among numbered principles (`### I.` … `### VIII.`, then `###
    // このアプリケーションの本質`, the app's essence, then `### IX.`) is context, not a principle.
    // (`0. Meta-Governance` before `I.` is numbered too.)
    const isNumbered = (i: Item): boolean =>
      PRINCIPLE_NUMBER.test(i.label) || CODED.test(i.label) || /^\s*0[.)]\s/u.test(i.label);
    const numberedCount = items.filter(isNumbered).length;
    if (
      numberedCount >= 3 &&
      numberedCount < items.length &&
      (items.length - numberedCount) * 4 <= numberedCount
    )
      return items.filter(isNumbered);
    // A principles section of one or two items beside a long run of numbered principles
    // under other titles (`## Fundamental Principles` holds `F-1`; `## Architectural Laws`
    // holds `I.` to `XIX.`): those are principles too.
    if (items.length < 3) {
      const chain = numberedChain(sections).filter((c) => !items.some((i) => i.line === c.line));
      if (chain.length >= 5) return [...items, ...chain].sort((a, b) => a.line - b.line);
    }
    // Principles numbered `### I.` to `### IV.` where the template has them, under a title of
    // the team's own (`## Core Requirements`), and an unnumbered principles section after them
    // (`## Guiding Principles` over `### Back to Basics`, `### Enterprise-Level Quality`): the
    // numbered run is the constitution's principles, the later section its aspirations.
    if (
      numberedCount === 0 &&
      items.length > 0 &&
      !items.some((i) => FIGURE_NUMBER.test(i.label))
    ) {
      const firstItem = items.reduce((min, i) => Math.min(min, i.line), Infinity);
      const chain = numberedChain(sections, 3);
      if (chain.length >= 3 && chain.every((c) => c.line < firstItem)) return chain;
    }
    return items;
  }
  // A principles section that holds only its preamble, the principles after it as its siblings
  // numbered in figures (`## Core Principles`, a paragraph, then `## 1. Test-Driven Development`
  // … `## 7. Maintainability`, each over `### Principle`, `### Standards`): the heading names
  // the run that follows it.
  for (const group of outer) {
    const run = figuresAfter(sections, group);
    if (run.length >= 3) return run.map(itemOf);
  }
  // No principles section: headings numbered as principles, except the ones every document
  // has (mission, scope, governance, …).
  // (`# I. Spec-Driven Design` at the top level below the title counts too: past the title
  // block a `#` heading is a part of the document, not its name.)
  const anyNumbered = sections.filter((s, k) => {
    if ((s.heading.depth < 2 && k < titles) || isNotPrinciple(s.title)) return false;
    const label = s.plain;
    return PRINCIPLE_NUMBER.test(label) || CODED.test(label);
  });
  // A lone `C.` or `L.` numbering more than there are numbered headings is a letter (`### A.
  // Reusable Intelligence`, `### B. …`, `### C. Content Personalization` under `## VI. Bonus
  // Features`), not principle 100 or 50.
  const numbered = withoutClauses(
    anyNumbered.filter(
      (s) => !LONE_LETTER.test(s.plain) || (principleNumeral(s.plain) ?? 0) <= anyNumbered.length,
    ),
  );
  // A principles section inside a chapter (`## Article I: Purpose` over `### Section 1.2: Core
  // Principles` over `#### Principle I` to `#### Principle V`) holds the principles; the other
  // numbered chapters (`## Article II: Entities`, `## Article IV: Quality Standards`) are the
  // document's parts.
  // (The sections under a principles section, in one pass with a stack of open sections:
  // a constitution can hold tens of thousands of numbered headings.)
  const underGroup = new Set<number>();
  const open: Array<{ readonly depth: number; readonly group: boolean }> = [];
  let openGroups = 0;
  for (const s of sections) {
    while (open.length > 0 && (open[open.length - 1]?.depth ?? 0) >= s.heading.depth)
      if (open.pop()?.group) openGroups--;
    if (openGroups > 0) underGroup.add(s.line);
    const group = isPrinciplesTitle(s.title) && groupTitle(normalize(s.title));
    open.push({ depth: s.heading.depth, group });
    if (group) openGroups++;
  }
  const inPrinciples = numbered.filter((s) => underGroup.has(s.line));
  if (inPrinciples.length >= 2) return inPrinciples.map(itemOf);
  if (numbered.length > 0) return numbered.map(itemOf);
  const bare = bareNumerals(sections, titles);
  if (bare.length > 0) return bare.map(itemOf);
  const unspaced = unspacedItems(doc);
  if (unspaced.length > 0) return unspaced;
  const rules = ruleSections(sections);
  return rules.length > 0 ? rules : titleList(doc, sections);
}

/**
 * The sections right after `group`, at its depth, numbered in figures one after another from
 * `1.` (their sub-headings skipped), up to the first that is not the next one or is a section
 * every document has (`## 8. Governance`).
 */
function figuresAfter(sections: Sections, group: Section): Section[] {
  const run: Section[] = [];
  const depth = group.heading.depth;
  for (let k = group.heading.index + 1; k < sections.length; k++) {
    const s = sections[k] as Section;
    if (s.heading.depth > depth) {
      if (run.length === 0) return [];
      continue;
    }
    const next = s.heading.depth === depth && FIGURE_NUMBER.test(s.plain);
    if (!next || Number.parseInt(s.plain, 10) !== run.length + 1 || isNotPrinciple(s.title)) break;
    run.push(s);
  }
  return run;
}

/**
 * Headings numbered by a Roman numeral with no stop after it (`## I Especificação antes do
 * código`, `## II TDD obrigatório`): the principles when three or more of them count up from
 * `I` in order, as no run of headings that merely open with the word `I` does.
 */
function bareNumerals(sections: Sections, titles: number): Sections {
  const found: Section[] = [];
  sections.forEach((s, k) => {
    if (k < titles || isNotPrinciple(s.title)) return;
    const m = BARE_NUMERAL.exec(s.plain);
    if (m && parseNumeral(m[1] ?? "") === found.length + 1) found.push(s);
  });
  return found.length >= 3 ? found : [];
}
/** `I Especificação`, `II 测试优先`: a numeral, a blank, then a capital or a letter with no case. */
const BARE_NUMERAL = /^\s*([IVXLC]{1,7})\s+(?=\p{Lu}|\p{Lo})/u;

/**
 * A constitution of nothing but its title and a list (`# TaskY — Constitution` over `1.
 * **Tenant isolation is deny-by-default.** Every query …` to `8. **Every behavior change ships
 * with its proof.** …`): the list's bold items, three or more, are its principles.
 */
function titleList(doc: Doc, sections: Sections): Item[] {
  const title = sections[0];
  if (sections.length !== 1 || !title || title.heading.depth !== 1) return [];
  const items = groupItems(doc, sections, title)
    .filter((i) => doc.kinds[i.line - 1] === "list-item")
    .map((i) => ({ ...i, label: i.label.replace(/[.。]\s*$/u, "") }));
  return items.length >= 3 ? items : [];
}

/** `## 3. Deployment`, `## 2) Storage`: a section numbered in plain figures. */
const FIGURE_NUMBER = /^\s*\d{1,2}[.)]\s+\S/u;
/** `### 3.1 Purpose`, `## 2.4.`: a sub-section number, the mark of a chaptered document. */
const SUB_NUMBER = /^\s*\d{1,2}\.\d{1,2}\b/u;

/**
 * A constitution that is nothing but its rules, each a section numbered in figures
 * (`## 1. Padrão Arquitetural: MVC`, `## 2. Estratégia de Armazenamento`): those sections are
 * its principles. Not a chaptered document (`## 1. Project Overview` holding `### 1.1 Purpose`),
 * whose numbers are a table of contents, and not the sections every document has.
 */
function ruleSections(sections: Sections): Item[] {
  let depth = 6;
  for (const s of sections) if (s.heading.depth >= 2) depth = Math.min(depth, s.heading.depth);
  const top = sections.filter((s) => s.heading.depth === depth);
  const figured = top.filter((s) => FIGURE_NUMBER.test(s.plain));
  if (sections.some((s) => SUB_NUMBER.test(s.plain))) return oneChapter(sections, figured);
  // Most of the top sections are numbered, and two or more of them are rules: not the
  // sections every document has, and not a principles section whose items could not be read
  // (`## 2. Non-negotiable principles` over a plain list), which holds principles, not one.
  if (figured.length * 3 < top.length * 2) return [];
  const rules = figured.filter((s) => !isNotPrinciple(s.title) && !isPrinciplesTitle(s.title));
  // Chapters hold sections of their own (`## 3. Global Development Rules` over `### Agent
  // Usage`, `### Testing`…): a document of them is chaptered, however its chapters are titled.
  const chapters = rules.filter((s) =>
    sections.some(
      (t) => t.line > s.line && t.line <= s.endLine && t.heading.depth > s.heading.depth,
    ),
  );
  if (chapters.length * 2 > rules.length) return [];
  return rules.length >= 2 ? rules.map(itemOf) : [];
}

/**
 * A chaptered constitution of one chapter (`## 1. Strict Technical Rules` over `### 1.1.
 * Architecture` … `### 1.5. File Structure`): its numbered sections are its rules. A document
 * of several chapters is a table of contents, and none of them is read.
 */
function oneChapter(sections: Sections, figured: Sections): Item[] {
  const chapters = figured.filter((s) => !isNotPrinciple(s.title));
  const chapter = chapters[0];
  if (chapters.length !== 1 || !chapter) return [];
  const inner = sections.filter(
    (s) =>
      s.line > chapter.line &&
      s.line <= chapter.endLine &&
      s.heading.depth === chapter.heading.depth + 1,
  );
  const numbered = inner.filter((s) => SUB_NUMBER.test(s.plain) && !isNotPrinciple(s.title));
  return numbered.length >= 3 && numbered.length * 3 >= inner.length * 2
    ? numbered.map(itemOf)
    : [];
}

/** `#Principle 1 - Dry-Run`: a heading without the space Markdown needs after its `#`. */
const UNSPACED_HEADING = /^#{1,6}(?=[^\s#])/u;

/**
 * Principles written as headings without their space (`#Principle 1 - Dry-Run before
 * execution`): Markdown reads a paragraph, the author and every reader a heading. Only lines
 * that then number a principle, and only two or more; each runs to the next.
 */
function unspacedItems(doc: Doc): Item[] {
  const starts: { label: string; line: number }[] = [];
  for (let k = 0; k < doc.lines.length; k++) {
    if (doc.kinds[k] !== "text") continue;
    const raw = doc.lines[k] ?? "";
    const m = UNSPACED_HEADING.exec(raw);
    if (!m) continue;
    const label = plainText(raw.slice(m[0].length)).trim();
    if (PRINCIPLE_NUMBER.test(label) || CODED.test(label)) starts.push({ label, line: k + 1 });
  }
  if (starts.length < 2) return [];
  return starts.map((s, k) => ({
    label: s.label,
    line: s.line,
    endLine: (starts[k + 1]?.line ?? doc.lines.length + 1) - 1,
  }));
}

/** `Artigo VI`, `Article 7`, `原则三`: a principle numbered under a word of its own. */
const ARTICLE = new RegExp(
  String.raw`^\s*(${ARTICLE_WORDS}|${ARTICLE_WORDS_AR}|art\.|原则|原則)\s*(?:[IVXLC]{1,7}|\d{1,3}|[一二三四五六七八九十]{1,3})\b`,
  "iu",
);

/**
 * Principles numbered as articles go on in the sections after the principles section
 * (`## Seção I: Princípios` holds Artigos I-V, `## Seção II: Qualidade` Artigos VI-X): every
 * heading at their depth with the same word and a numeral is one of them.
 */
function withArticles(sections: Sections, items: Item[]): Item[] {
  // So do coded ones in parts (`## Partie I — Principes globaux` holds `G-I` to `G-IV`,
  // `## Partie II — Lib` holds `L-I` to `L-VII`): a coded heading at their depth is one.
  const word = (label: string): string | undefined =>
    ARTICLE.exec(label)?.[1]?.toLowerCase() ?? (CODED.test(label) ? "\u0000code" : undefined);
  const first = items[0] ? word(items[0].label) : undefined;
  if (!first || items.length < 2 || !items.every((i) => word(i.label) === first)) return items;
  const lines = new Set(items.map((i) => i.line));
  const depth = sections.find((s) => s.line === items[0]?.line)?.heading.depth;
  const more = sections.filter(
    (s) =>
      s.heading.depth === depth &&
      !lines.has(s.line) &&
      word(s.plain) === first &&
      !isNotPrinciple(s.title),
  );
  if (more.length === 0) return items;
  return [...items, ...more.map(itemOf)].sort((a, b) => a.line - b.line);
}

/** The mark between two principles in one heading: ` · `, ` • `, ` | `, ` / `. */
const JOINER = /\s[·•|/]\s/u;

/**
 * A heading that holds two principles, the second numbered after the first (`V. PostgreSQL
 * Persistence Standards · VI. Observability and Reliability`, sharing one body): each is a
 * principle, and a plan addresses each.
 */
function joinedPrinciples(label: string): string[] {
  const m = JOINER.exec(label);
  if (!m) return [label];
  const head = label.slice(0, m.index).trim();
  const tail = label.slice(m.index + m[0].length).trim();
  const first = splitNumbered(head).numeral;
  const second = principleNumeral(tail);
  return first !== null && second === first + 1 ? [head, tail] : [label];
}

/**
 * A principle added after the principles section at that section's level (`### VI. AI
 * Interaction Protocols` closes `## Core Principles`, then `## VII. Regression Prevention
 * (New)` follows it): the headings right after the last principle that go on with its
 * numbering are principles too.
 */
function continued(sections: Sections, items: Item[]): Item[] {
  const last = items[items.length - 1];
  if (!last || items.length < 2) return items;
  // Only principles numbered one after another (`I.` to `VI.`), not clauses of one (`II.A` to
  // `II.I` under `## Article II`, whose sibling `## Article III` is another part).
  let numeral: number | null = 0;
  for (const item of items) {
    const n = principleNumeral(item.label);
    if (n === null || numeral === null || n <= numeral) return items;
    numeral = n;
  }
  const at = sections.findIndex((s) => s.line === last.line);
  if (at < 0) return items;
  const depth = sections[at]?.heading.depth ?? 6;
  const more: Item[] = [];
  // Unnumbered sections above the principles' level that hold the next ones (`## Quality
  // Standards` over `### VIII.` to `### XI.`), taken only when a principle follows in them.
  let containers = 0;
  let previous = last;
  for (let k = at + 1; k < sections.length; k++) {
    const s = sections[k] as Section;
    // Sub-headings of the last principle, or of one taken here, belong to it.
    if (s.heading.depth > depth) continue;
    const next = principleNumeral(s.plain);
    // (`## Agent Governance` over `### IV.` to `### VI.` holds principles; `## Governance`
    // alone is the document's own section.)
    if (next === null && s.heading.depth < depth && !onlyNotPrinciple(s.plain)) {
      containers++;
      continue;
    }
    // The next numeral, or the same one again under another name (`### XI. Dependency
    // Policy`, then `### XI. Code Style and Structure`: the author numbered two alike).
    const again =
      next === numeral && more.length > 0 && normalize(s.plain) !== normalize(previous.label);
    if (next === null || (next !== numeral + 1 && !again)) break;
    if (isNotPrinciple(s.title)) break;
    if (s.heading.depth !== depth && containers > 0) break;
    more.push(itemOf(s));
    previous = itemOf(s);
    numeral = next;
  }
  return more.length > 0 ? [...items, ...more] : items;
}

/** A heading numbered as a principle in capital Roman numerals: `### X. Language Policy`. */
const ROMAN_HEADING = /^\s*[IVXLC]{1,7}\.\s/u;

/**
 * A principle filed under another part at the principles' level (`### I.` to `### IX.` under `##
 * Core Principles`, then `### X. Language Policy` under `## Technology Stack Requirements`; `###
 * VI.` to `### XXVIII.` spread over `## Architecture & Design Standards`, `## Security & Data
 * Protection` …): when the principles are numbered I to N in Roman numerals, each once, in any
 * order, the first later heading at their level numbered N + 1 is the next principle, and so on
 * (under a part that is neither a principles group nor one numbering its own list).
 */
function filedElsewhere(sections: Sections, items: Item[]): Item[] {
  const lastItem = items[items.length - 1];
  if (!lastItem || items.length < 3) return items;
  const numerals = new Set<number>();
  let end = 0;
  for (const item of items) {
    const n = ROMAN_HEADING.test(item.label) ? principleNumeral(item.label) : null;
    if (n === null || n > items.length || numerals.has(n)) return items;
    numerals.add(n);
    end = Math.max(end, item.endLine);
  }
  const depth = sections.find((s) => s.line === lastItem.line)?.heading.depth;
  let numeral = items.length;
  const more: Item[] = [];
  const parents = parentSections(sections);
  // The later headings at the principles' level numbered in Roman numerals, each read once.
  const numbered: { parent: Section | undefined; section: Section; numeral: number }[] = [];
  for (const [k, s] of sections.entries()) {
    if (s.line <= end || s.heading.depth !== depth || !ROMAN_HEADING.test(s.plain)) continue;
    const n = principleNumeral(s.plain);
    if (n !== null) numbered.push({ parent: parents[k], section: s, numeral: n });
  }
  // Parts numbering their own list (`## Key Standards` over `### I.` to `### VIII.`): a heading
  // there that reuses a principle's numeral says its `### VI.` is the list's, not principle VI.
  const ownLists = new Set<Section>();
  for (const { parent, numeral: n } of numbered)
    if (parent && n <= items.length) ownLists.add(parent);
  for (const { parent, section: s, numeral: n } of numbered) {
    if (n !== numeral + 1) continue;
    // (Not under a principles group of its own, `## Advanced Principles`: the groups were
    // weighed as groups.)
    if (
      isNotPrinciple(s.title) ||
      (parent && (isPrinciplesTitle(parent.title) || ownLists.has(parent)))
    )
      continue;
    more.push(itemOf(s));
    numeral++;
  }
  return more.length > 0 ? [...items, ...more] : items;
}

/** At most this many later principles groups are asked (a hostile constitution can repeat the heading). */
const MAX_LATER_PARTS = 32;

/**
 * The numeral of the last of `items` when their numerals run on one after another from the one
 * after `start` (`VII.`, `VIII.` after `VI.`), or null when one is missing, repeated or skipped.
 */
function consecutiveFrom(items: readonly Item[], start: number): number | null {
  let numeral = start;
  for (const item of items) {
    if (principleNumeral(item.label) !== numeral + 1) return null;
    numeral++;
  }
  return numeral;
}

/**
 * Principles a later part of the constitution adds under its own principles heading, numbered on
 * from the last (`## Core Principles` with `### I.` to `### VI.`, then `## Phase 3 Update` over
 * `### Core Principles` with `#### VII.` to `#### X.`, then `## Phase 4 Update` with `#### XI.`
 * …): an amendment by phase, whose principles bind like the first ones. Only a group titled as
 * the principles alone (`Core Principles`; not `Step 2 Principles` nor `Advanced Principles`,
 * a part's own or optional rules), whose principles all go on with the numbering, one after
 * another, from the next numeral: a later `### Principles` numbered from I again is that
 * part's own list.
 */
function laterParts(doc: Doc, sections: Sections, titles: number, items: Item[]): Item[] {
  const last = items[items.length - 1];
  const first = consecutiveFrom(items, 0);
  if (!last || items.length < 2 || first === null) return items;
  let numeral = first;
  const more: Item[] = [];
  let after = last.endLine;
  let asked = 0;
  for (const [k, s] of sections.entries()) {
    if (k < titles || s.line <= after) continue;
    if (!PHRASE_LIST_TITLE.test(normalize(s.title))) continue;
    if (++asked > MAX_LATER_PARTS) break;
    const part = groupItems(doc, sections, s);
    const next = part.length > 0 ? consecutiveFrom(part, numeral) : null;
    if (next === null) continue;
    more.push(...part);
    numeral = next;
    after = s.endLine;
  }
  return more.length > 0 ? [...items, ...more] : items;
}

/**
 * Principles a stray heading cut off from their group: `## Core Principles` over `### Scope
 * Discipline` … `### Deterministic Variation`, then `# Path Standardization Decision` (a note
 * pasted in as a top heading), then `### Domain Integrity` … `### Explicit Contracts`, up to
 * `## TaskFlow`. Headings at the principles' depth right under a heading above the group's skip
 * a level: they are the group's, resumed. Unnumbered ones only (numbered principles run on by
 * their numerals, `continued`); not under a section that never holds principles (`# Governance`
 * over `### Amendments`), nor when one of them is such a section or a level sits between.
 */
function resumed(sections: Sections, group: Section, items: Item[]): Item[] {
  const last = items[items.length - 1];
  if (!last || items.some((i) => principleNumeral(i.label) !== null || CODED.test(i.label)))
    return items;
  const depth = sections.find((s) => s.line === last.line)?.heading.depth;
  const stray = sections.find((s) => s.line > group.endLine);
  if (
    depth === undefined ||
    !stray ||
    stray.heading.depth >= group.heading.depth ||
    isNotPrinciple(stray.title) ||
    onlyNotPrinciple(stray.plain) ||
    isPrinciplesTitle(stray.title)
  )
    return items;
  const more: Item[] = [];
  for (let k = stray.heading.index + 1; k < sections.length; k++) {
    const s = sections[k] as Section;
    if (s.heading.depth <= group.heading.depth) break;
    if (s.heading.depth > depth) continue;
    if (
      s.heading.depth < depth ||
      principleNumeral(s.plain) !== null ||
      isNotPrinciple(s.title) ||
      onlyNotPrinciple(s.plain)
    )
      return items;
    more.push(itemOf(s));
  }
  return more.length > 0 ? [...items, ...more] : items;
}

/** A code that is an inserted principle's id, whole. */
const INSERTED_CODE = new RegExp(`^${INSERTED_ID}$`, "u");
/** A principle inserted after a numbered one, and its numeral: `III-A.`, `I.5.`. */
const INSERTED = new RegExp(String.raw`^\s*([IVXLC]{1,7})${INSERTED_SUFFIX}\s*[·•:：.\-–—|]`, "u");

/**
 * Principles numbered I, II, III… under headings that do not say "principles"
 * (`## Architectural Laws` over `### Part A: …`, `### I.` … `### XIX.`, then `## Implementation
 * Rules` over `### XX.` …): the run from the first `I.`, at one depth, each the next numeral
 * or a principle inserted after the last (`III-A.`), past unnumbered headings, up to a section
 * that never holds principles or a numeral out of turn. Five at least, or `least`.
 */
function numberedChain(sections: Sections, least = 5): Item[] {
  const start = sections.findIndex(
    (s) => s.heading.depth >= 2 && principleNumeral(s.plain) === 1 && !isNotPrinciple(s.title),
  );
  const first = sections[start];
  if (!first) return [];
  const depth = first.heading.depth;
  const out = [itemOf(first)];
  let numeral = 1;
  for (let k = start + 1; k < sections.length; k++) {
    const s = sections[k] as Section;
    if (s.heading.depth > depth) continue;
    if (isNotPrinciple(s.title)) break;
    const inserted = INSERTED.exec(s.plain);
    if (inserted) {
      if (parseNumeral(inserted[1] ?? "") !== numeral) break;
      out.push(itemOf(s));
      continue;
    }
    const next = principleNumeral(s.plain);
    if (next === null) continue;
    if (s.heading.depth !== depth || next !== numeral + 1) break;
    out.push(itemOf(s));
    numeral = next;
  }
  return numeral >= least ? out : [];
}

/** `第8条`, `第 16-1 條`: an article's own designation, leading its heading. */
const CJK_ARTICLE =
  /^\s*(第\s*[0-9０-９一二三四五六七八九十百]{1,4}(?:\s*[-－]\s*\d{1,2})?\s*[条條])(?:\s*[:：.、·\-–—])?\s*(\S.*)$/u;
/** `第十章 `: a chapter's designation, before its title. */
const CJK_CHAPTER = /^\s*第\s*[0-9０-９一二三四五六七八九十百]{1,4}\s*[章篇部节節]\s*/u;
/** Articles enough to be the constitution's form rather than a stray heading. */
const MIN_ARTICLES = 5;

/**
 * The article headings (see `CJK_ARTICLE`), except those the document's own parts say are no
 * principles: `第23条 宪法修订` (amendment), and every article of a chapter such as `## 第十章
 * 附则` (supplementary provisions) or governance.
 */
function cjkArticles(sections: Sections): Section[] {
  const out: Section[] = [];
  // The headings the one being read stands under, and whether one of them is no principle's.
  const open: Array<{ readonly depth: number; readonly excluded: boolean }> = [];
  for (const s of sections) {
    while (open.length > 0 && (open[open.length - 1]?.depth ?? 0) >= s.heading.depth) open.pop();
    const under = open.some((o) => o.excluded);
    if (!CJK_ARTICLE.test(s.plain)) {
      open.push({
        depth: s.heading.depth,
        excluded: isNotPrinciple(s.title.replace(CJK_CHAPTER, "")),
      });
      continue;
    }
    open.push({ depth: s.heading.depth, excluded: false });
    if (under || isNotPrinciple(withoutGloss(CJK_ARTICLE.exec(s.plain)?.[2] ?? ""))) continue;
    out.push(s);
  }
  return out;
}

/**
 * An article's name without the gloss in brackets after it (`功能边界（Scope Guardrails）` is
 * `功能边界`): the gloss translates the name, and its words (`scope`) are not the article's
 * subject. A name that is nothing but brackets is kept.
 */
function withoutGloss(name: string): string {
  const t = name.trimEnd();
  if (!t.endsWith(")") && !t.endsWith("）")) return name;
  const open = Math.max(t.lastIndexOf("("), t.lastIndexOf("（"));
  const bare = open < 0 ? "" : t.slice(0, open).trim();
  return bare === "" ? name : bare;
}

/**
 * A section whose heading opens with pictographs (`## 📋 Article 0: Multi-Agent Collaboration
 * Standards`, `### ✨ I. Simplicity`) read by its words: the decoration numbers nothing and names
 * nothing.
 */
function withoutLeadingPictographs(s: Section): Section {
  const plain = s.plain.replace(LEADING_PICTOGRAPHS, "");
  return plain === s.plain || plain === "" ? s : { ...s, plain };
}

function itemOf(s: Section): Item {
  return { label: s.plain, line: s.line, endLine: s.endLine };
}

/**
 * The numbered sections without the clauses of one (`## Article I — Spec-Driven Development`
 * over `### I.1 — Specs Before Code`, `### I.2 — Spec Format`): a sub-section numbered after
 * the section it stands in is that principle's rule, not a principle inserted after it (which
 * stands beside it, `### I.5.` between `### I.` and `### II.`). In one pass, with a stack of
 * the open sections.
 */
function withoutClauses(numbered: Sections): Sections {
  const open: Section[] = [];
  return numbered.filter((s) => {
    while (open.length > 0) {
      const top = open[open.length - 1] as Section;
      if (top.endLine >= s.line && top.heading.depth < s.heading.depth) break;
      open.pop();
    }
    const clause = INSERTED.exec(s.plain) ?? FIGURE_CLAUSE.exec(s.plain);
    const of = clause ? parseNumeral(clause[1] ?? "") : null;
    if (of !== null && open.some((o) => principleNumeral(o.plain) === of)) return false;
    open.push(s);
    return true;
  });
}

/**
 * A clause numbered in figures after its article's number (`### §1.2 SOLID & DRY` under `##
 * Article I — Code Quality`, `### 3.1 Type Hints` under `## Article III`).
 */
const FIGURE_CLAUSE = /^\s*(?:§\s*)?(\d{1,3})\.\d{1,2}(?![\d.])/u;

/** A heading numbered by one letter that is also a Roman numeral: `C.`, `L)`. */
const LONE_LETTER = /^\s*[CLcl]\s*[.:：、)\-–—]/u;

/** `parseConstitution`, once per text. */
export const constitutionOf = memoized(parseConstitution);

/** How a finding names a principle: `III. Test-First`, `PP1 · Name`. */
export function principleLabel(p: Principle): string {
  if (p.numeral !== null) return `${p.id}${p.id.startsWith("PRINCIPLE_") ? ":" : "."} ${p.name}`;
  if (p.code === undefined) return p.name;
  // (An inserted principle's code reads as its numeral does: `II.5. User Team Ownership`,
  // `III-B. Database Error Encapsulation`.)
  if (INSERTED_CODE.test(p.code)) return `${p.code}. ${p.name}`;
  // (An article's name in brackets follows its designation unspaced, as the constitution writes
  // it: `第一条（テストファースト命令）`.)
  return p.code.startsWith("第") && /^[（(]/u.test(p.name)
    ? `${p.code}${p.name}`
    : `${p.code} · ${p.name}`;
}

/**
 * The template's stand-in for a principle's name, which a Sync Impact Report records as what the
 * principle was before its first ratification (`Template Principle 1 -> I. Production-Grade
 * Flutter Only`, `PRINCIPLE_2_NAME → …`): no name a plan would use, and its word `template`
 * would take a plan's remark that a file is a template for a check of the principle.
 */
const TEMPLATE_PRINCIPLE =
  /^(?:(?:template|placeholder|generic|example|unnamed)[\s_-]+)?principle[\s_#-]*(?:\d{1,2}|[IVX]{1,4})(?:[\s_-]+(?:name|title))?\s*(?:\((?:template|placeholder)\))?$/iu;

/**
 * Reads `Old Name → New Name` lines of the Sync Impact Report: plans written before a rename
 * (or in another language) still name the principle the old way.
 */
function withAliases(principles: Principle[], comments: readonly { text: string }[]): Principle[] {
  const aliases = new Map<Principle, string[]>();
  const byName = new Map(principles.map((p) => [normalize(p.name), p]));
  // Each numeral's principle, when only one has it.
  const byNumeral = new Map<number, Principle>();
  const taken = new Set<number>();
  for (const p of principles) {
    if (p.numeral === null) continue;
    if (byNumeral.has(p.numeral)) taken.add(p.numeral);
    byNumeral.set(p.numeral, p);
  }
  for (const n of taken) byNumeral.delete(n);
  const renamedFrom = new Map<string, Set<Principle>>();
  const add = (target: Principle, name: string): void => {
    const list = aliases.get(target);
    if (list) list.push(name);
    else aliases.set(target, [name]);
  };
  for (const comment of comments) {
    for (const line of comment.text.split("\n")) {
      // `1. Скорость и Простота (Speed and Simplicity)` in a list of the principles: the
      // parenthesis is the principle's name in another language.
      const listed = splitNumbered(plainText(line.replace(/^\s*[-*+]\s+/, "")).trim());
      const own = withoutTrailingParenthetical(listed.name).trim();
      // (Not a description in lower case beside a name in the same script: `Principle 4:
      // Graceful Degradation and Diagnostics (code quality)` in an Added Sections list says
      // what kind of principle it is, and two principles can share it.)
      const target = own !== listed.name.trim() ? byName.get(normalize(own)) : undefined;
      if (target)
        for (const other of parenthetical(listed.name))
          if (scriptOf(other) !== scriptOf(own) || !/^\p{Ll}/u.test(other)) add(target, other);
      const m = rename(line);
      // `- VI. Traceable Custody, Movement, and Location` (or `… -> I. Artifact-Centered Digital
      // Identity`) in the report of a constitution whose `### VI.` is written in another script
      // (`### VI. تتبع الحركة والعهدة والموقع`): the same principle, named in the report's
      // language. (Names sharing a script may be an older numbering's: only a name in a script
      // the principle's name has no letter of is its translation.)
      const current = m ? splitNumbered(plainText(m.to)) : listed;
      const numbered = current.numeral !== null ? byNumeral.get(current.numeral) : undefined;
      if (numbered) {
        const name = withoutTrailingParenthetical(current.name.replace(NON_NEGOTIABLE, "")).trim();
        if (name.length <= 80 && /\p{L}{3}/u.test(name) && !sharesScript(name, numbered.name))
          add(numbered, name);
      }
      if (!m || /\[[A-Z_0-9]+\]/.test(m.from) || TEMPLATE_PRINCIPLE.test(plainText(m.from).trim()))
        continue;
      const from = withoutTrailingParenthetical(
        splitNumbered(plainText(m.from).replace(NON_NEGOTIABLE, "")).name,
      ).trim();
      const to = withoutTrailingParenthetical(
        splitNumbered(plainText(m.to).replace(NON_NEGOTIABLE, "")).name,
      ).trim();
      if (from === "" || to === "" || normalize(from) === normalize(to) || from.length > 80)
        continue;
      const renamed = byName.get(normalize(to));
      // A principle replaced by another, not renamed: `IV. User-Scoped Data Isolation → IV.
      // Stateless Architecture with Database Persistence` in a rewrite shares no word of its
      // name. A plan that checks the old one checks a principle the constitution no longer has.
      // (Names in other scripts are translations; an acronym may stand for the other name.)
      if (renamed && replaced(from, to)) continue;
      if (renamed) {
        add(renamed, from);
        const targets = renamedFrom.get(normalize(from)) ?? new Set<Principle>();
        targets.add(renamed);
        renamedFrom.set(normalize(from), targets);
      }
    }
  }
  // A name several principles were renamed from (`Placeholder principles → I. …`, `→ II. …`)
  // was no one principle's: the plan's `placeholder` does not check them all.
  for (const [from, targets] of renamedFrom)
    if (targets.size > 1)
      for (const p of targets)
        aliases.set(
          p,
          (aliases.get(p) ?? []).filter((a) => normalize(a) !== from),
        );
  const all = principles.map((p) =>
    aliases.has(p) ? { ...p, aliases: [...p.aliases, ...(aliases.get(p) ?? [])] } : p,
  );
  // A numbered parenthesis that several principles carry (`(Phase III/V)`, `(Phase V Only)`)
  // is their scope, not another name of any one of them (a shared `(i18n)` still names a family).
  const owners = new Map<string, number>();
  for (const p of all)
    for (const a of new Set(p.aliases.map(normalize))) owners.set(a, (owners.get(a) ?? 0) + 1);
  // So is one that another principle's name says in its own words (`X. Mandatory Technology
  // Stack (Phase III)` beside `XI. Phase III Code Immutability`).
  const names = all.map((p) => ` ${normalize(p.name)} `);
  const named = (a: string): number => {
    const n = ` ${normalize(a)} `;
    return names.filter((name) => name.includes(n)).length;
  };
  const scope = (a: string): boolean =>
    isNumberedScope(a) && ((owners.get(normalize(a)) ?? 0) > 1 || named(a) > 1);
  return all.map((p) =>
    p.aliases.some(scope) ? { ...p, aliases: p.aliases.filter((a) => !scope(a)) } : p,
  );
}

/** Each topic of `PRINCIPLE_TOPICS` by each of its names, normalised. */
const TOPIC_OF = new Map(
  PRINCIPLE_TOPICS.flatMap((names) => names.map((n) => [normalize(n), names] as const)),
);

/** The topic families whose names stand as whole words in a normalised principle name. */
function topicsWithin(own: string): Array<readonly string[]> {
  const found = new Set<readonly string[]>();
  const padded = ` ${own} `;
  // Han and kana write no spaces: a topic's name of four characters or more stands anywhere in
  // the principle's (`程式碼品質為預設要求`, "code quality as the default requirement").
  const cjk = cjkName(own);
  for (const [name, names] of TOPIC_OF)
    if (
      (name.includes(" ") && padded.includes(` ${name} `)) ||
      (cjk && name.length >= 4 && cjkName(name) && own.includes(name))
    )
      found.add(names);
  return [...found];
}

/** A name in Han or kana, with no Latin letter: `程式碼品質為預設要求`, `テスト基準`. */
function cjkName(name: string): boolean {
  return !/[A-Za-z]/.test(name) && HAN_KANA.test(name);
}

/**
 * A principle named by one of spec-kit's example topics (`Code Quality`, `性能要求`) is also
 * known by that topic's names in the other languages; so is one whose longer name holds the
 * topic's name (`Code Quality & Cleanliness`, `Rigorous Testing Standards`), when no other
 * principle's name holds it too: the gate `Calidad de Código y Limpieza` checks it. (Only the
 * topic's names beyond ASCII: see below.)
 */
function withTopics(principles: Principle[]): Principle[] {
  const owns = principles.map((p) => normalize(withoutTrailingParenthetical(p.name)));
  const within = owns.map((own) => (TOPIC_OF.has(own) ? [] : topicsWithin(own)));
  // How many principles hold each topic, by their whole name or within it.
  const holders = new Map<readonly string[], number>();
  owns.forEach((own, k) => {
    const exact = TOPIC_OF.get(own);
    for (const names of exact ? [exact] : (within[k] ?? []))
      holders.set(names, (holders.get(names) ?? 0) + 1);
  });
  return principles.map((p, k) => {
    const own = owns[k] ?? "";
    const inside = (within[k] ?? []).filter((names) => holders.get(names) === 1);
    const names = TOPIC_OF.get(own) ?? (inside.length === 1 ? inside[0] : undefined);
    if (!names) return p;
    const known = new Set([own, ...p.aliases.map(normalize)]);
    // A topic within a longer name lends only its names in other scripts and accented
    // languages: its English names (`code quality standards`) would match any `… Standards`.
    // (A name in Han or kana holds no English words: it lends them all, for the English gate
    // `Code Quality Gate` over `I. 程式碼品質為預設要求`.)
    const lent =
      TOPIC_OF.has(own) || cjkName(own) ? names : names.filter((n) => /[^\p{ASCII}]/u.test(n));
    const more = lent.filter((n) => !known.has(normalize(n)));
    return more.length > 0 ? { ...p, translations: more } : p;
  });
}

const ARROW = /→|->|=>|⇒/g;

/**
 * `- Old Name → New Name` (also `->`, `=>`, `⇒`): the text before the first arrow and after
 * it, trimmed; read by hand (a lazy regex around the arrow backtracked over long lines).
 */
function rename(line: string): { from: string; to: string } | null {
  let start = 0;
  while (start < line.length && /\s/.test(line[start] ?? "")) start++;
  if (line[start] === "-" || line[start] === "*") start++;
  while (start < line.length && /\s/.test(line[start] ?? "")) start++;
  ARROW.lastIndex = start + 1;
  const arrow = ARROW.exec(line);
  if (!arrow) return null;
  const from = line.slice(start, arrow.index).trim();
  const to = line.slice(arrow.index + arrow[0].length).trim();
  return from === "" || to === "" ? null : { from, to };
}

/** The writing systems of a text's letters (`latin`, `han`, … and `other` for the rest). */
function scriptsIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const ch of text) if (/\p{L}/u.test(ch)) out.add(scriptOf(ch));
  return out;
}

/**
 * Whether a Sync Impact Report's `from → to` puts a new principle in an old one's place rather
 * than renaming it: two names in one script sharing no key word (stemmed, generic words
 * aside), neither the other's acronym.
 */
function replaced(from: string, to: string): boolean {
  if (!sharesScript(from, to) || CJK.test(from) || CJK.test(to)) return false;
  const a = keyWords(from);
  const b = new Set(keyWords(to));
  if (a.some((w) => b.has(w))) return false;
  const acronym = (name: string, other: string): boolean =>
    /^[A-Z]{2,6}$/u.test(name.trim()) && nameInitials(other) === name.trim();
  return !acronym(from, to) && !acronym(to, from);
}

/** Whether two names have letters of one writing system: not each other's translation. */
function sharesScript(a: string, b: string): boolean {
  const inB = scriptsIn(b);
  for (const s of scriptsIn(a)) if (inB.has(s)) return true;
  return false;
}

/** `Name (note)` → `Name `: from the first `(` when the text ends with `)`. */
function withoutTrailingParenthetical(text: string): string {
  const t = text.trimEnd();
  if (!t.endsWith(")")) return text;
  const open = t.indexOf("(");
  return open >= 0 && open < t.length - 1 ? text.slice(0, open) : text;
}

/**
 * Where a constitution that only points elsewhere (no principles of its own, a link to another
 * `*constitution*.md`) sends its readers, as a repository path; null when it is a real one.
 * With `through`, a short stub that links to no constitution but to another document
 * (`See [README.md](../../README.md)`) points at that document: the caller looks there for the
 * link to the constitution (see `constitutionLink`).
 */
export function constitutionPointer(
  path: string,
  text: string,
  options: { readonly through?: boolean } = {},
): string | null {
  const parsed = constitutionOf(path, text);
  if (parsed.unfilled || parsed.principles.length > 0) return null;
  const direct = constitutionLink(path, text);
  if (direct || !options.through || text.length > STUB_BYTES) return direct;
  for (const href of pointerCandidates(text)) {
    if (!/\.md$/i.test(href.split("#")[0] ?? "")) continue;
    const target = resolveLink(path, href);
    if (target && target !== path) return target;
  }
  return null;
}

/** How long a constitution that only points elsewhere can be. */
const STUB_BYTES = 2000;

/** Whether a path names a constitution (`constitution.md`, `docs/constitution-v2.md`). */
export function isConstitutionPath(path: string): boolean {
  return /constitution[^/]*\.md$/i.test(path);
}

/** The first link of a document to a `*constitution*.md` other than itself, as a repository path. */
export function constitutionLink(path: string, text: string): string | null {
  for (const href of pointerCandidates(text)) {
    if (!isConstitutionPath(href.split("#")[0] ?? "")) continue;
    const target = resolveLink(path, href);
    if (target && target !== path) return target;
  }
  return null;
}

/** Link targets and backticked `*.md` paths of a text, in the order they are written. */
function pointerCandidates(text: string): string[] {
  const out: string[] = [];
  for (const line of splitLines(text)) {
    const found = [
      ...inlineLinks(line),
      ...[...line.matchAll(/`([^`\s]+\.md)`/g)].map((m) => ({ href: m[1] ?? "", index: m.index })),
    ];
    for (const f of found.sort((a, b) => a.index - b.index)) out.push(f.href);
  }
  return out;
}

/** `(Section I)`, `(Article 3)`: where the principle stands, not another name of it. */
const REFERENCE =
  /^(?:section|principle|article|part|chapter|sección|seção|secção|artículo|artigo|principio|princípio|§)\s*[IVXLC\d]+(?:\.\d+)*$/iu;

/**
 * What a Sync Impact Report says happened to a principle, in brackets after its name: `(new
 * principle)`, `(added)`, `(renamed from …)`, `(v1.2.0)`, `(新增)`, `(nuevo)`. Not another name of
 * it: `(new principle)` would credit a plan's `no new constitutional considerations`.
 */
const CHANGE_NOTE =
  /^(?:(?:new|added|renamed|expanded|modified|updated|clarified|unchanged|removed|moved|renumbered|amended|strengthened|tightened|relaxed|merged|split|reworded|revised|redefined|nuevo|nueva|añadido|añadida|novo|nova|adicionado|adicionada|nouveau|nouvelle|ajouté|ajoutée|neu|hinzugefügt|новый|новая|добавлен|добавлена)(?![\p{L}\p{N}])|新增|新規|追加|신규|추가|v?\d+\.\d+(?:\.\d+)?$)/iu;

/**
 * `模块化与 SOLID 原则 (Modularity & SOLID)`, `正確性（Accuracy） — 最優先`: a name in
 * parentheses is another name of the principle.
 */
const QUALIFIED_SCOPE =
  /^(?:non[- ]?negotiable|mandatory|required|must|critical|core)\s*[-–—:,;/]\s*\S/iu;

function parenthetical(name: string): string[] {
  const out: string[] = [];
  for (const m of name.matchAll(/[(（]([^()（）]{3,80})[)）]/gu)) {
    const inner = (m[1] ?? "").trim();
    if (
      NON_NEGOTIABLE.test(`(${inner})`) ||
      // `(NON-NEGOTIABLE - Gold Tier)`: the qualifier and the scope it holds in, which several
      // principles share; not another name of this one.
      QUALIFIED_SCOPE.test(inner) ||
      QUALIFIER.test(inner) ||
      REFERENCE.test(inner) ||
      CHANGE_NOTE.test(inner)
    )
      continue;
    out.push(inner);
  }
  return out;
}
