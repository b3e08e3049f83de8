import { KNOWN_PLACEHOLDERS } from "./known-placeholders.js";
import { OR_BEFORE_MARKER } from "./lexicon/index.js";
import {
  CHECKBOX_ITEM,
  codeSpans as allCodeSpans,
  previousNonSpace,
  spanCursor,
} from "./markdown.js";
import { normalize } from "./text.js";

/**
 * What the repository's plan template tells about its placeholders; `Template` (template.ts)
 * has these, and this module asks for no more, so that it does not import the template model.
 */
export interface TemplatePlaceholders {
  /** Bracketed placeholder texts of the template, normalised (`e g python 3 11`). */
  readonly placeholders: ReadonlySet<string>;
  /** Angle placeholders of the template (`<service-name>`), as written. */
  readonly angles: ReadonlySet<string>;
}

export interface PlaceholderHit {
  readonly text: string;
  /** 0-based index in the line. */
  readonly index: number;
}

/**
 * Where a bracket stands: prose, a fenced code block, an inline code span, or a code span that
 * holds the bracket alone (`` `[###-feature-name]` ``): read as prose, except that a bare
 * capital word there (`` `[CLEANUP]` ``) is a tag the author quotes.
 */
export type Context = "prose" | "fence" | "span" | "quoted";

const BRACKET = /\[([^[\]\n]{1,300})\](?![(:[])/g;
/** `[None | List tasks marked with [P]]`: one level of nesting. */
const NESTED = /\[((?:[^[\]\n]|\[[^[\]\n]*\]){1,300})\](?![(:[])/g;
/** `<EPIC-ID>`, `<SERVICE_NAME>`: upper-case angle placeholders (never HTML). */
const ANGLE_CAPS = /<([A-Z][A-Z0-9]*(?:[_-][A-Z0-9]+)+)>/g;
const ANGLE_ANY = /<([A-Za-z][\w-]{0,40})>/g;
const SPECKIT_TOKEN = /__SPECKIT_[A-Z0-9_]+__|\$ARGUMENTS\b/g;
/** `$ARGUMENTS: <the input, written out>`: a label over the user's words (three or more). */
const ARGUMENTS_LABEL = /^\s*[:：]\s*\S+\s+\S+\s+\S/u;
/** A line about placeholders themselves: their convention, syntax or format. */
const PLACEHOLDER_TALK =
  /\b(?:placeholders?|tokens?|slots?)\b.{0,80}\b(?:conventions?|syntax|format|style|pattern|follow(?:s|ing)?|named|written as)\b|\b(?:conventions?|syntax|format|style|pattern)\b.{0,40}\b(?:placeholders?|tokens?|slots?)\b/i;
/** The word placeholder, in the languages plans use. */
const PLACEHOLDER_WORD = String.raw`(?:placeholders?|佔位符|占位符|佔位字|プレースホルダー?|플레이스홀더|platzhalter|marcador(?:es)? de posición|espaços? reservados?|espaces? réservés?|заполнител\p{L}*|плейсхолдер\p{L}*)`;
/**
 * The word placeholder right after a quoted bracket (`` `[PROJECT_NAME] Constitution` 佔位符 ``,
 * `` `[X]` placeholder ``) or right before it (`the placeholder `[X]``): the plan names it.
 */
const PLACEHOLDER_AFTER = new RegExp(String.raw`^[^\n]{0,16}?${PLACEHOLDER_WORD}`, "iu");
const PLACEHOLDER_BEFORE = new RegExp(
  String.raw`${PLACEHOLDER_WORD}(?:\s*[:：])?\s*[\u0060"'“‘「]?$`,
  "iu",
);
/** After a quoted bracket (and its closing backtick or quote): an arrow to its replacement. */
const REPLACED = /^[`"'”’]*\s*(?:→|->|=>|⇒|⟶)/u;

/** The longest quoted phrase read as a page's text: longer quotes are not a label or a title. */
const MAX_PHRASE = 200;

/**
 * The double-quoted phrases of a line (`"…"` paired from the line's start, `“…”`), each as the
 * indexes of its opening and closing quotes, in order; none longer than `MAX_PHRASE`. One pass.
 */
function quotedPhrases(line: string): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  let straight = -1;
  let curly = -1;
  for (let k = 0; k < line.length; k++) {
    const c = line[k];
    if (c === '"') {
      if (straight < 0) straight = k;
      else {
        if (k - straight <= MAX_PHRASE) out.push([straight, k]);
        straight = -1;
      }
    } else if (c === "“") curly = k;
    else if (c === "”" && curly >= 0) {
      if (k - curly <= MAX_PHRASE) out.push([curly, k]);
      curly = -1;
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/**
 * Asked for brackets from left to right: whether the one between `from` and `to` lies inside a
 * quoted phrase that holds a word besides it.
 */
function quotedPhraseCursor(line: string): (from: number, to: number) => boolean {
  if (!line.includes('"') && !line.includes("“")) return () => false;
  const phrases = quotedPhrases(line);
  let k = 0;
  return (from, to) => {
    while (k < phrases.length && (phrases[k]?.[1] ?? 0) < to) k++;
    // Phrases do not nest, but a curly one may hold straight quotes: look at the next few.
    for (let n = k; n < phrases.length && n < k + 3; n++) {
      const [start, end] = phrases[n] ?? [0, 0];
      if (start >= from || end < to) continue;
      const rest = line.slice(start + 1, from) + line.slice(to, end);
      if (/[\p{L}\p{N}]/u.test(rest)) return true;
    }
    return false;
  };
}

/** Whether a quoted bracket between `from` and `to` is named as a placeholder beside it. */
function namedPlaceholder(line: string, from: number, to: number): boolean {
  const after = line.slice(to, to + 60).replace(/^[^`"'”’」]*[`"'”’」]/u, "");
  return (
    PLACEHOLDER_AFTER.test(after) ||
    PLACEHOLDER_BEFORE.test(line.slice(Math.max(0, from - 24), from))
  );
}

/** Bracketed tags that real plans use on purpose. */
const ALLOWED_TAGS = new Set([
  "optional",
  "required",
  "mvp",
  "tdd",
  "new",
  "wip",
  "done",
  // a step's or a section's progress (`## Phase 1: Design & Contracts [COMPLETED]`, `1.
  // [COMPLETED] Docusaurus plugin best practices`)
  "completed",
  "complete",
  "in progress",
  "in-progress",
  "finished",
  "breaking",
  "deprecated",
  "note",
  "warning",
  "important",
  "tip",
  "caution",
  "p",
  "story",
  "parallel",
  "x",
  "api",
  "cli",
  "ui",
  "beta",
  "alpha",
  "draft",
  "updated",
  "changed",
  "removed",
  "added",
  "blocked",
  "info",
  "warn",
  "error",
  "debug",
  "trace",
  "fatal",
  "ok",
  "fail",
  "pass",
  "todo",
  "fixme",
  // change markers an author writes on files and steps (`**[MODIFY] [providers.tsx](…)**`)
  "modify",
  "modified",
  "create",
  "created",
  "delete",
  "deleted",
  "update",
  "edit",
  "rename",
  "renamed",
  "move",
  "moved",
  "keep",
  "unchanged",
  "existing",
  "add",
  "remove",
  "extend",
  "extended",
  "replace",
  "replaced",
  "reuse",
  "reused",
  "deprecated",
  "refactor",
  "fix",
  "fixed",
  "feat",
  "chore",
  "docs",
  "test",
  "tests",
  "perf",
  "must",
  "must not",
  "should",
  "should not",
  "shall",
  "may",
  "recommended",
  "critical",
  "high",
  "medium",
  "low",
]);

/** `[Extract from feature spec: …]`; not a noun phrase, `[list of tasks]`, `[record of changes]`. */
const INSTRUCTION =
  /^(?:extract|document|describe|summari[sz]e|add|list|link|explain|define|insert|replace|fill(?: in)?|specify|provide|enter|write|include|identify|state|outline|record|reference|mention|detail|choose|select|pick|remove|delete)\s+(?!of\b)\S+\s+\S+/i;
/**
 * `[e.g., …]`, also after a short qualifier: `[domain-specific, e.g., …]`, `[if applicable, e.g., …]`;
 * and as the template's translations write it: `[ex: 4º projeto]`, `[예: 4번째 프로젝트]`, `[z. B. …]`.
 */
const EXAMPLE =
  /^(?:[\p{L}\s-]{1,30}[,、，]\s*)?(?:e\.?\s?g\.?|eg\b|for example|例如|例[:：]|例え?ば|ex\s?[.:：]|ej\s?[.:：]|p\.\s?(?:ej|ex)\.|por ejemplo|por exemplo|par exemple|z\.\s?B\.|zum beispiel|например|напр\.|ví dụ|vd\s?[.:：]|예[:：]|예시[:：]|예를 들어)/iu;
/** Whether a bracket's inner text is an example (`e.g., …`, `例如：…`), not a slot to fill. */
export function isExample(inner: string): boolean {
  return EXAMPLE.test(inner.trim());
}
/** `… or NEEDS CLARIFICATION` ending a slot, `or` as translations of the template write it. */
const OR_MARKER = new RegExp(`${OR_BEFORE_MARKER}NEEDS[ _]CLARIFICATION\\s*$`, "iu");
const ALTERNATIVES = /\s[|/]\s|^[A-Za-z]+(?:\/[A-Za-z]+){2,}|^[A-Z][a-z]+\/[A-Z][a-z]+$/;
const ALL_CAPS = /^[A-Z#][A-Z0-9#_ -]*$/;
const REDACTION =
  /(?<![A-Z])(?:REDACTED|DO[ _]NOT[ _]COMMIT|NEVER[ _]COMMIT|NOT[ _]COMMITTED|OMITTED|MASKED|CENSORED|WITHHELD)(?![A-Z])/;
/**
 * `[Component Name]`, `[Feature Title]`, `[Your Name]`: a Title Case slot for a name, title or
 * date; `[Date]`, `[Description]`, `[Number] tasks`: the slot word alone; `[Risk 1]`, `[Research
 * Area 2]`, `[Key feature 1]`: a numbered slot of a list to fill.
 */
const SLOT =
  /^(?:(?:[A-Z][a-z]+ ){1,3}(?:Name|Title|Description|Date|Version|Owner|Author|URL|Link)|(?:Name|Title|Description|Date|Owner|Author|URL|Link|Number|Time|Purpose)|[A-Z][a-z]+(?: [A-Za-z][a-z]+){0,2} [1-9])$/;

/**
 * A bracket that only names a link (normalised): `link`, `url`, with at most words naming what
 * it would point at (`spec link`, `link to spec md`, `feature specification url`).
 */
const LINK_WORDS =
  "(?:the|to|a|this|for|spec|specification|feature|plan|md|doc|docs|document|here)";
const LINK_SLOT = new RegExp(`^(?:${LINK_WORDS} ){0,4}(?:link|url)(?: ${LINK_WORDS}){0,4}$`, "u");

function isPlaceholderText(
  inner: string,
  context: Context,
  template: TemplatePlaceholders | null,
): boolean {
  const t = inner.trim();
  if (t === "" || /^[ xX✓]$/.test(t) || t.startsWith("^") || t.startsWith("!")) return false;
  if (/^NEEDS[ _]CLARIFICATION|REMOVE IF UNUSED/i.test(t)) return false;
  // A template slot offering the marker as its answer: `[Python 3.11 or NEEDS CLARIFICATION]`.
  // (The marker's last word asked first: the full test tries its lookbehind at every character.)
  if (/clarification$/i.test(t.slice(-13)) && OR_MARKER.test(t)) return true;
  // A regular expression's character class in code: `/[A-Z]/`, `[a-z0-9_-]`, `[^A-Z]`.
  if (/^\^?(?:[\p{L}\p{N}]-[\p{L}\p{N}]|\\[dswDSW]|[_.$+-])+$/u.test(t) && /-|\\/.test(t))
    return false;
  if (t.startsWith("###")) return true;
  // The first template's number slot: `Projects: [#] (max 3 - e.g., api, cli, tests)`.
  if (t === "#" || t === "##") return context === "prose" || context === "quoted";
  const n = normalize(t);
  if (ALL_CAPS.test(t) && /[A-Z]/.test(t)) {
    if (ALLOWED_TAGS.has(n)) return false;
    // `[HIGH PRIORITY]`, `[CRITICAL PATH]`, `[LOW RISK]`: an allowed tag and what it rates.
    if (/^(?:high|medium|low|critical|top)(?: (?:priority|risk|impact|severity|path))$/.test(n))
      return false;
    if (/\d/.test(t)) return false; // [US1], [FR-001], [P1] are spec-kit ids
    // A Roman numeral (`- [XVII] Retention policies automated`) cites the principle it tags.
    if (/^X{0,3}(?:IX|IV|V?I{0,3})$/.test(t) && !template?.placeholders.has(n)) return false;
    // `[BUG-NNN]` in a code span: an id's format (`cross-references fix tasks by `[BUG-NNN]`
    // tag`), its digits masked, as `[FR-001]` is one id.
    if (context !== "prose" && context !== "fence" && /^[A-Z]{2,}[-_](?:N{2,}|X{2,})$/.test(t))
      return false;
    // Alone in a code span or in quotes, a hyphenated capital token the template never writes
    // is a literal the program prints or reads: `` On `[HEAL-RESTART]`, load the frontier ``.
    // (Slots join their words with underscores, `` `[PROJECT_NAME]` ``, or spaces.)
    if (context === "quoted" && literalToken(t, template)) return false;
    // So is a slot of the constitution's template, which no plan template writes, quoted to
    // say what the constitution still holds (`` the version reads `[CONSTITUTION_VERSION]` ``).
    if (context === "quoted" && CONSTITUTION_SLOT.test(t) && !template?.placeholders.has(n))
      return false;
    // A value withheld on purpose (`storePassword: "[SECURE - DO NOT COMMIT]"`, `[REDACTED]`):
    // the author's redaction of a secret, not a slot the template left.
    if (REDACTION.test(t)) return false;
    if (t.includes("_") || t.includes("-")) return true;
    // In code, `[INFO]` and `[WARN]` are log lines; in prose a bare capital word is a slot.
    return context === "prose" && t.replace(/[^A-Z]/g, "").length >= 4;
  }
  // In an inline code span (`src/[domain]/router.py`) lower-case brackets are naming conventions.
  if (context === "span") return false;
  if (template?.placeholders.has(n) && !ALLOWED_TAGS.has(n)) return true;
  if (KNOWN_PLACEHOLDERS.has(n)) return true;
  if (context === "fence") return false;
  // The template's `[link]` reworded and still pointing nowhere: `**Spec**: [spec link]`,
  // `[link to spec.md]`, `[feature spec URL]`. (A link written, `[spec link](spec.md)`, is no
  // bracket of this kind.)
  if (LINK_SLOT.test(n)) return true;
  return (
    EXAMPLE.test(t) ||
    INSTRUCTION.test(t) ||
    SLOT.test(t) ||
    // Alternatives quoted alone (`` `[Home | Bookings | Profile]` ``) are text the author shows
    // as it stands, a tab bar or a menu; left bare they are the template's choice to make.
    (context !== "quoted" && ALTERNATIVES.test(t) && t.length <= 80 && !/[.!?]\s/.test(t))
  );
}

const ROUTE_NAME = /^(?:\.\.\.)?[a-z][A-Za-z0-9_-]{0,40}$/;
const EXTENSION = /^\.[a-z][a-z0-9]{0,4}(?![\p{L}\p{N}])/u;
/** An extension after a qualifier too: `.module.css`, `.test.ts`. */
const QUALIFIED_EXTENSION = /^(?:\.[a-z][a-z0-9]{0,9})?\.[a-z][a-z0-9]{0,4}(?![\p{L}\p{N}])/u;

/**
 * Whether a bracket is a segment of a file-system route: a lower-case name (`[date]`, `[id]`,
 * `[...slug]`) right before a file extension, or between slashes (`app/[locale]/page.tsx`).
 */
function routeSegment(line: string, index: number, length: number, inner: string): boolean {
  const end = index + length;
  // A capitalised word before an extension names a file after its contents: `[Name].tsx`,
  // `[Component].module.css` in a tree (an ALL-CAPS slot, `[FEATURE].md`, is still one).
  if (FILE_NAME_PATTERN.test(inner) && QUALIFIED_EXTENSION.test(line.slice(end, end + 18)))
    return true;
  if (!ROUTE_NAME.test(inner)) return false;
  if (EXTENSION.test(line.slice(end, end + 7))) return true;
  if (line[index - 1] === "/" && line[end] === "/") return true;
  // A folder of a tree named by a camel-case parameter (`└── [productId]/`, `├── [...slugParts]/`):
  // a dynamic route, whatever a template copied from a plan writes; slots are never camel case.
  return line[end] === "/" && CAMEL_PARAMETER.test(inner) && TREE_BRANCH.test(line.slice(0, index));
}
const CAMEL_PARAMETER = /^(?:\.\.\.)?[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*$/;
/** What stands before an entry of a drawn tree: `│   └── `, `├── `, `|-- `. */
const TREE_BRANCH = /(?:──|--)\s?$/u;

/**
 * Whether the bracket at `index` is one capital word in bold (`**[PROPOSTA]**`) after words of
 * the line's own, not after a label's colon, and no slot a template writes.
 */
function inlineMarker(
  line: string,
  index: number,
  length: number,
  inner: string,
  template: TemplatePlaceholders | null,
): boolean {
  if (!CHANGE_MARKER.test(inner)) return false;
  if (
    line.slice(index - 2, index) !== "**" ||
    line.slice(index + length, index + length + 2) !== "**"
  )
    return false;
  // (The few characters before it only: a hostile line holds thousands of such brackets.)
  const before = line.slice(Math.max(0, index - 34), index - 2);
  if (!OWN_WORDS_BEFORE.test(before) || /[:：]\s*$/u.test(before)) return false;
  return notASlot(inner, template);
}
/** Words or code of the line's own before a marker: more than a list bullet or a heading's hashes. */
const OWN_WORDS_BEFORE = /[\p{L}\p{N}`)]\s*$/u;

/** Whether a bracket at `index` is a capital word after a slash of a URL (`…/dp/[ASIN]`). */
function urlVariable(line: string, index: number, inner: string): boolean {
  return (
    URL_JOINT.has(line[index - 1] ?? "") &&
    URL_VARIABLE.test(inner) &&
    URL_BEFORE.test(line.slice(Math.max(0, index - 200), index))
  );
}
/**
 * A capital word, or capital words joined by `-` or `_`, as one part of a URL: a path segment
 * (`/[ASIN]`), a host label (`db.[PROJECT-REF].supabase.co`) or a credential
 * (`postgres:[PASSWORD]@`), in a URL of any scheme.
 */
const URL_VARIABLE = /^[A-Z][A-Z0-9]{1,11}(?:[-_][A-Z0-9]{1,12}){0,2}$/;
const URL_JOINT = new Set(["/", ".", ":", "@"]);
/** The URL the bracket stands in: a scheme, then no blank up to the bracket. */
const URL_BEFORE = /[a-z][a-z0-9+.-]{1,15}:\/\/\S*$/u;

/** A line of a directory tree: box-drawing branches. */
const TREE = /[├└│]/u;

const FILE_NAME_PATTERN = /^[A-Z][a-z][A-Za-z0-9]{0,40}$/;

/** A single capital word (`MODIFICAR`, `NEU`, `NOUVEAU`) and the file it marks after it. */
const LEGEND_TAG = /^[A-Z][A-Z0-9]*$/;
const LEGEND_ITEM = /^\s*(?:[-*+]|\d{1,3}[.)])\s+$/;
const LEGEND_DEFINITION = /^\s?[=:]\s+\S/;
const CHANGE_MARKER = /^\p{Lu}{2,20}$/u;
const MARKED_FILE = /^ {1,3}(?:`[^`\s]+\.[A-Za-z]{1,6}`|\[[^\]]+\]\()/u;

const QUOTE_OPEN = new Set(['"', "“", "'", "‘"]);
const QUOTE_CLOSE = new Set(['"', "”", "'", "’"]);
/** The quotes that open a string in code. */
const STRING_QUOTE = new Set(['"', "'"]);

/**
 * The inline code spans of a line: those that hold more than a bracket (code), and those that
 * hold one bracket alone (`` `[link]` ``, quoted: still read as a placeholder, mostly).
 */
function codeSpans(line: string): {
  code: Array<readonly [number, number]>;
  lone: Array<readonly [number, number]>;
} {
  const code: Array<readonly [number, number]> = [];
  const lone: Array<readonly [number, number]> = [];
  for (const span of allCodeSpans(line)) {
    let open = span[0];
    while (line[open] === "`") open++;
    let close = span[1];
    while (close > open && line[close - 1] === "`") close--;
    (/^\s*\[[^\]]*\]\s*$/.test(line.slice(open, close)) ? lone : code).push(span);
  }
  return { code, lone };
}

/** A capital angle token naming an address: `<API_URL>`, `<BASE_URI>`, `<HOST>`, `<ORIGIN>`. */
const ADDRESS = /^<[A-Z0-9_]*(?:URL|URI|HOST|HOSTNAME|DOMAIN|ORIGIN|ENDPOINT)>$/;

/**
 * Whether the angle slot at `index` is a segment of a path: a slash right before or after it.
 * (Not an address a path goes on from, `<API_URL>/socket.io`: that names the value it starts with.)
 */
function pathSegment(line: string, index: number, length: number): boolean {
  if (line[index - 1] === "/") return true;
  return line[index + length] === "/" && !ADDRESS.test(line.slice(index, index + length));
}

/** What every kind of template text holds: a bracket, an angle, `$ARGUMENTS`, `__SPECKIT_…__`. */
const MAY_HOLD = /[[<$]|__/;

/**
 * Template text left in one line: bracketed placeholders, angle placeholders and spec-kit
 * command tokens. `inCode` is true inside fenced code.
 */
export function findPlaceholders(
  line: string,
  inCode: boolean,
  template: TemplatePlaceholders | null,
  /** Enough hits: a caller that lists at most so many stops looking there. */
  limit = Number.POSITIVE_INFINITY,
  /**
   * The repository's template for capital angle tokens, when `template` is withheld (a
   * phase's own sections are read without it): a token it does not write is the author's.
   */
  angleTemplate: TemplatePlaceholders | null = template,
): PlaceholderHit[] {
  // A bracket, an angle, `$ARGUMENTS` or a `__SPECKIT_…__` token: nothing else is looked for.
  if (!MAY_HOLD.test(line)) return [];
  // A task item's checkbox is the only bracket of most checklist lines.
  if (line.includes("]")) {
    const box = CHECKBOX_ITEM.exec(line);
    if (box && !MAY_HOLD.test(line.slice(box[0].length))) return [];
  }
  const hits: PlaceholderHit[] = [];
  // Whether the line talks about placeholders, asked once and only for a quoted bracket.
  let mentions: boolean | undefined;
  // Quoted phrases of the line, read once (and the line searched for a quote once), only for a
  // bracket in prose.
  let inQuoted: ((from: number, to: number) => boolean) | undefined;
  const { code: spans, lone } =
    inCode || !line.includes("`") ? { code: [], lone: [] } : codeSpans(line);
  // Matches come from left to right: a span cursor answers each in amortised constant time.
  const inSpan = spanCursor(spans);
  const inLone = spanCursor(lone);
  const contextAt = (index: number): Context =>
    inCode ? "fence" : inSpan(index) ? "span" : inLone(index) ? "quoted" : "prose";
  // An `exec` loop, not `matchAll`: a hostile line holds a quarter of a million brackets, and
  // the iterator's allocations were most of their cost. (Not re-entered: nothing below scans a
  // line with NESTED.)
  NESTED.lastIndex = 0;
  for (let m = NESTED.exec(line); m !== null && hits.length < limit; m = NESTED.exec(line)) {
    const inner = m[1] ?? "";
    // `items[MAX_SIZE]` indexes an array.
    if (m.index > 0 && /[\w)\]]/.test(line[m.index - 1] ?? "")) continue;
    // One capital word right before a file in a code span or a link is the author's change
    // marker, in any language: `#### [MODIFICAR] \`SecurityConfig.java\``, `[NEW] [x.ts](…)`.
    if (CHANGE_MARKER.test(inner) && MARKED_FILE.test(line.slice(m.index + m[0].length))) continue;
    // So is one in bold after the line's own words (`` `GET /api/v1/usage` **[PROPOSTA]**, `` , `O
    // contrato é **[PROPOSTA]**;`): it marks what it follows. A slot stands where its value goes,
    // first on its line or after a label (`**Date**: **[DATE]**`), and the template's own slots
    // (`[FEATURE]`) are still reported wherever they stand.
    if (inlineMarker(line, m.index, m[0].length, inner, template)) continue;
    // One capital word opening a list item and defined right after it is a tag the plan's legend
    // explains (`- [SECURITY] = Security validation`, `- [PERF]: performance-related`), not a
    // slot.
    if (
      LEGEND_TAG.test(inner) &&
      LEGEND_ITEM.test(line.slice(0, m.index)) &&
      LEGEND_DEFINITION.test(line.slice(m.index + m[0].length))
    )
      continue;
    // A dynamic route's file or folder (`app/day/[date].tsx`, `pages/[...slug]/`) is a real path.
    if (routeSegment(line, m.index, m[0].length, inner)) continue;
    // A capital word as a segment of a URL is the URL's variable, written as a pattern: the
    // `[ASIN]` of `https://[domain]/dp/[ASIN]`. (Not a slot the repository's template writes.)
    if (urlVariable(line, m.index, inner) && !template?.placeholders.has(normalize(inner)))
      continue;
    // In code, a bracket right after `#` is an attribute (Rust's `#[source]`, `#[derive(…)]`,
    // `#![allow(…)]`), not a slot.
    if (
      inCode &&
      (line[m.index - 1] === "#" || (line[m.index - 1] === "!" && line[m.index - 2] === "#"))
    )
      continue;
    // In a tree's comment, a lower-case word in brackets tags the entry (`├── domain/  #
    // [domain] pure business logic`, `# [infrastructure] CLI dispatch`): the template's slot is
    // the entry itself (`├── [domain]/`).
    if (
      inCode &&
      /^[a-z][a-z-]{1,30}$/.test(inner) &&
      /\s#\s+$/.test(line.slice(Math.max(0, m.index - 8), m.index)) &&
      TREE.test(line)
    )
      continue;
    // `[x]`/`[ ]` (a task item's checkbox, or a box in prose) is never a placeholder: see
    // `isPlaceholderText`.
    // `≥ [X]%`: a single-letter figure to fill in.
    const figure =
      /^[XYZN]$/.test(inner) && /[<>≥≤=~]/.test(line[previousNonSpace(line, m.index)] ?? "");
    // A bracket alone in quotes is a string the author quotes (`("[OVERDUE]", "[DUE TODAY]")`,
    // a label the program prints), as one alone in a code span is. So is one opening a string
    // in a code span (`` `print(f"[PGO-API] running on port {port}")` ``, a log line's prefix).
    const at = contextAt(m.index);
    const context =
      !inCode &&
      QUOTE_OPEN.has(line[m.index - 1] ?? "") &&
      (QUOTE_CLOSE.has(line[m.index + m[0].length] ?? "") ||
        (at === "span" && STRING_QUOTE.has(line[m.index - 1] ?? "")))
        ? "quoted"
        : at;
    // A quoted bracket with an arrow after it is what the author replaces (`` `[Wedding Date]`
    // → `Tuesday 12th January 2027` ``): the text of the page being edited, not the plan's.
    if (
      context === "quoted" &&
      REPLACED.test(line.slice(m.index + m[0].length, m.index + m[0].length + 8))
    )
      continue;
    // A quoted bracket on a line about placeholders is one being named (`All placeholders
    // follow \`[ALL_CAPS_IDENTIFIER]\` convention`), not one left in.
    if (context === "quoted" && (mentions ??= PLACEHOLDER_TALK.test(line))) continue;
    // So is one quoted beside the word placeholder (`` `[PROJECT_NAME] Constitution` 佔位符 ``).
    if (
      (context === "quoted" || context === "span") &&
      namedPlaceholder(line, m.index, m.index + m[0].length)
    )
      continue;
    // One inside a quoted phrase with other words is the text a page shows, its slot filled at
    // run time (`"Audit Session [Date]"`, `"About [Name]" section`), not the template's; in a
    // code block too (a demo script's `- "Hi, I'm [Name], presenting TaskFlow"`).
    if (
      (context === "prose" || context === "fence") &&
      (inQuoted ??= quotedPhraseCursor(line))(m.index, m.index + m[0].length)
    )
      continue;
    // In a code span with more in it, outside a path, capital words in a bracket (`` `❌
    // [POST-BUILD FAIL]` ``, `` `[DRY RUN] skipping upload` ``) are what the program prints, as
    // a hyphenated token alone in a span is; unless a template writes them as a slot. (One
    // token before a command's flags, `` `[PGO-API] --port 8080` ``, is still a slot.)
    if (
      context === "span" &&
      PRINTED.test(inner) &&
      line[m.index - 1] !== "/" &&
      line[m.index + m[0].length] !== "/" &&
      notASlot(inner, template)
    )
      continue;
    if (figure || isPlaceholderText(inner, context, template)) {
      hits.push({ text: m[0], index: m.index });
      continue;
    }
    // The outer bracket is not a placeholder: look inside it (`[see [FEATURE]]`).
    for (const inside of inner.matchAll(BRACKET)) {
      const index = m.index + 1 + inside.index;
      if (isPlaceholderText(inside[1] ?? "", contextAt(index), template)) {
        hits.push({ text: inside[0], index });
      }
    }
  }
  const taken = new Set<number>();
  // Both angle scans run left to right: a cursor each keeps the span answers in step.
  const inSpanCaps = spanCursor(spans);
  // Whether the line draws a tree, asked once (a hostile line holds thousands of slots).
  let tree: boolean | undefined;
  for (const m of line.matchAll(ANGLE_CAPS)) {
    if (hits.length >= limit) break;
    taken.add(m.index);
    // `<SESSION_COOKIE_NAME>` in a code span names a value; in prose, a tree or a path
    // (`plans/<EPIC-ID>/spec.md`) it is a slot.
    const inPath = pathSegment(line, m.index, m[0].length);
    if (!inCode && !inPath && inSpanCaps(m.index)) continue;
    // In a code block outside a tree or a path it is a value of a sample the reader sets
    // (`email: <OPERATOR_EMAIL>  # Replace before applying`), not template text.
    if (inCode && !inPath && !(tree ??= TREE.test(line))) continue;
    // No spec-kit template writes one: with the repository's template at hand and the token
    // not in it, it is the author's own (`.claude/sentinel/<TASK-ID>/`, one folder per task).
    if (angleTemplate && !angleTemplate.angles.has(m[0])) continue;
    hits.push({ text: m[0], index: m.index });
  }
  // A lower-case slot (`<game-version>`, `<your-app>`, `<git-sha>`) is the author's parameter
  // or a value the reader supplies: no spec-kit template writes one. It is template text only
  // when the repository's own template has it.
  // (In a code span outside a path it is a naming convention the template also writes,
  // `` `<entity>Id` foreign keys ``, as a capital one there names a value.)
  const inSpanAny = spanCursor(spans);
  for (const m of line.matchAll(ANGLE_ANY)) {
    if (taken.has(m.index)) continue;
    if (!template?.angles.has(m[0])) continue;
    if (!inCode && !pathSegment(line, m.index, m[0].length) && inSpanAny(m.index)) continue;
    hits.push({ text: m[0], index: m.index });
  }
  for (const m of line.matchAll(SPECKIT_TOKEN)) {
    // `$ARGUMENTS` in code is someone writing about the token (a plan for a slash-command
    // feature: `substitutes \`$ARGUMENTS\``); in prose it is the command's input left in,
    // unless it labels that input, written out after it (`$ARGUMENTS: The application will
    // use vite …`).
    if (m[0] === "$ARGUMENTS" && contextAt(m.index) !== "prose") continue;
    if (m[0] === "$ARGUMENTS" && ARGUMENTS_LABEL.test(line.slice(m.index + m[0].length))) continue;
    hits.push({ text: m[0], index: m.index });
  }
  return hits.sort((a, b) => a.index - b.index);
}

/** A slot of spec-kit's constitution template: `PRINCIPLE_1_NAME`, `CONSTITUTION_VERSION`. */
const CONSTITUTION_SLOT =
  /^(?:PRINCIPLE_(?:\d+|N)_(?:NAME|DESCRIPTION)|SECTION_(?:\d+|N)_(?:NAME|CONTENT)|CONSTITUTION_VERSION|RATIFICATION_DATE|LAST_AMENDED_DATE|GOVERNANCE_RULES)$/;

/**
 * Capital words a program prints, two or more apart (`POST-BUILD FAIL`, `DRY RUN`); not one
 * token (`PGO-API`, a command's slot), nor words joined with underscores (`PROJECT_NAME`).
 */
const PRINTED = /^[A-Z][A-Z0-9-]*(?: [A-Z][A-Z0-9-]*)+$/;

/** A capital token alone in a code span: `` `[HEAL-RESTART]` ``. */
const QUOTED_CAPS = /`\[([A-Z][A-Z0-9-]*)\]`/g;

/** Whether a token is neither a slot of the repository's template nor one spec-kit writes. */
function notASlot(inner: string, template: TemplatePlaceholders | null): boolean {
  const n = normalize(inner);
  return !(template?.placeholders.has(n) ?? false) && !KNOWN_PLACEHOLDERS.has(n);
}

/** A hyphenated capital token that neither the template nor spec-kit writes as a slot. */
function literalToken(inner: string, template: TemplatePlaceholders | null): boolean {
  if (!inner.includes("-") || inner.includes("_") || inner.includes(" ")) return false;
  return notASlot(inner, template);
}

/** `[CORE][P]`, `[P][CORE]`, `[US2][API]`: a capital tag written against a task's marker. */
const TAGGED =
  /\[([A-Z][A-Z0-9_-]{1,24})\]\[(?:P|US\d{1,3})\]|\[(?:P|US\d{1,3})\]\[([A-Z][A-Z0-9_-]{1,24})\]/g;
/** `- **[SECURITY]**: security tasks (keys, signatures)`: a tag the plan's legend defines. */
const LEGEND = /^\s*(?:[-*+]\s+)?\*\*\[([A-Z][A-Z0-9_-]{1,24})\]\*\*\s*[:：]\s*[^\s[]/u;

/**
 * The bracketed tokens a plan makes its own outside code blocks, other than the template's slots
 * and the known ones, in one pass over the lines:
 * - hyphenated capital tokens it quotes alone in a code span, literals the program prints or
 *   reads (`` On `[HEAL-RESTART]`, load the persisted frontier ``), which the plan then writes
 *   bare too (`# load persisted frontier on [HEAL-RESTART]` in its source tree);
 * - capital tags it gives its tasks, written against a task's `[P]` or story marker (`1.
 *   [CORE][P] Create the Device collection`), defined in a legend (`- **[SECURITY]**:
 *   security tasks`), or opening three list items or more (`- [TEST] Write contract tests`,
 *   `- [IMPL] Implement the OCR library`, …): its vocabulary wherever it writes them (`tasks
 *   [CORE], [SERVER], [UI]`).
 * Neither is a slot to fill.
 */
export function ownTokens(
  lines: readonly string[],
  code: (index: number) => boolean,
  template: TemplatePlaceholders | null,
): ReadonlySet<string> {
  const own = new Set<string>();
  // How many list items each capital tag opens (`- [TEST] Write contract tests …`).
  const opened = new Map<string, number>();
  lines.forEach((line, k) => {
    if (code(k) || !line.includes("[")) return;
    const item = ITEM_TAG.exec(line);
    if (item?.[1]) opened.set(item[1], (opened.get(item[1]) ?? 0) + 1);
    if (line.includes("`["))
      for (const m of line.matchAll(QUOTED_CAPS))
        if (literalToken(m[1] ?? "", template)) own.add(`[${m[1] ?? ""}]`);
    if (line.includes("][")) {
      for (const m of line.matchAll(TAGGED)) {
        const tag = m[1] ?? m[2] ?? "";
        if (notASlot(tag, template)) own.add(`[${tag}]`);
      }
    }
    const legend = line.includes("**[") ? LEGEND.exec(line) : null;
    if (legend && notASlot(legend[1] ?? "", template)) own.add(`[${legend[1] ?? ""}]`);
  });
  for (const [tag, count] of opened)
    if (count >= MIN_ITEM_TAGS && notASlot(tag, template)) own.add(`[${tag}]`);
  return own;
}

/** `- [IMPL] Implement the OCR library`: a capital tag opening a list item, before its text. */
const ITEM_TAG = /^\s*(?:[-*+]|\d{1,3}[.)])\s+\[([A-Z][A-Z0-9_-]{1,24})\]\s+[^\s[]/u;
/** Items a tag opens for it to be the plan's own label of its items, not a slot left in one. */
const MIN_ITEM_TAGS = 3;

/** The text with each placeholder found in it replaced by a space, in one pass. */
export function replacePlaceholders(
  text: string,
  template: TemplatePlaceholders | null = null,
): string {
  const hits = findPlaceholders(text, false, template);
  if (hits.length === 0) return text;
  let out = "";
  let from = 0;
  for (const hit of hits) {
    if (hit.index < from) continue;
    out += `${text.slice(from, hit.index)} `;
    from = hit.index + hit.text.length;
  }
  return out + text.slice(from);
}

/**
 * A bracketed placeholder that opens on this line and closes on a following one of the same
 * paragraph (`[Document the selected structure and reference the real\ndirectories …]`).
 */
export function findWrappedPlaceholder(
  lines: readonly string[],
  start: number,
  template: TemplatePlaceholders | null,
): (PlaceholderHit & { readonly endLine: number }) | null {
  const first = lines[start] ?? "";
  const open = first.lastIndexOf("[");
  if (open < 0 || first.indexOf("]", open) >= 0) return null;
  let joined = first.slice(open);
  for (let k = start + 1; k < Math.min(lines.length, start + 8); k++) {
    const next = lines[k] ?? "";
    if (next.trim() === "" || next.includes("[")) return null;
    const close = next.indexOf("]");
    if (close < 0) {
      joined += ` ${next.trim()}`;
      continue;
    }
    joined += ` ${next.slice(0, close + 1).trim()}`;
    if (/^[(:[]/.test(next.slice(close + 1))) return null;
    const hits = findPlaceholders(joined, false, template);
    // (`endLine`: the 0-based line the bracket closes on.)
    return hits.length > 0 ? { text: joined, index: open, endLine: k } : null;
  }
  return null;
}
