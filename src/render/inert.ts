/**
 * Repository text (plan paths, gate labels, principle names, branch names, finding messages
 * that quote a plan) rendered so that GitHub shows it and nothing else: no markup, no HTML,
 * no mention that notifies, no issue reference, no autolink, and code spans that stay
 * closed whatever they hold. Every renderer that writes to GitHub goes through here; the
 * engine's own cleaning (`plainText`) is never relied on for safety.
 *
 * Linear by construction: each step is one pass of a regular expression made of single
 * character classes and fixed lookarounds.
 */

/** U+2060 WORD JOINER: invisible, and it breaks `@user`, `#123`, `GH-1`, `https://` and `www.`. */
const JOINER = "\u2060";

/** A character class range of code points, as `\uXXXX-\uXXXX`. */
function range(from: number, to: number): string {
  const hex = (n: number): string => `\\u${n.toString(16).padStart(4, "0")}`;
  return from === to ? hex(from) : `${hex(from)}-${hex(to)}`;
}

/**
 * Characters that never reach GitHub: C0/C1 controls (whitespace aside), and the
 * bidirectional controls that can make text read differently from what it is. (Built from
 * code points: matching control characters is the point here.)
 */
const DROPPED = new RegExp(
  `[${[
    [0x00, 0x08],
    [0x0e, 0x1f],
    [0x7f, 0x9f],
    [0x061c, 0x061c],
    [0x200e, 0x200f],
    [0x202a, 0x202e],
    [0x2066, 0x2069],
  ]
    .map(([from, to]) => range(from!, to!))
    .join("")}]`,
  "g",
);
const SPACES = /[ \t\n\v\f\r]+/g;

/** Whitespace runs (newlines included) become one space, controls are dropped; the ends are kept. */
function collapse(text: string): string {
  return text.replace(DROPPED, "").replace(SPACES, " ");
}

/** One line: whitespace runs (newlines included) become one space, controls are dropped, the ends trimmed. */
export function oneLine(text: string): string {
  return collapse(text).trim();
}

/**
 * What GitHub would turn into a link: `@name` (mentions, team mentions, e-mail autolinks),
 * `#12` and `GH-12` (issue references), `scheme://` and `www.` (autolinks). A joiner goes
 * right after each match.
 */
const LINKABLE = /[@#](?=[\p{L}\p{N}_])|:(?=\/\/)|(?<=gh)-(?=\d)|www(?=\.)/giu;

function unlinked(text: string): string {
  return text.replace(LINKABLE, (m) => m + JOINER);
}

/**
 * The characters that mean something inside a line of GitHub Markdown: code, emphasis,
 * strikethrough, links and images, math, the backslash itself, and HTML (`<`, `>`, `&`, as
 * entities so that no tag and no entity such as `&#64;` gets through) and table pipes.
 */
const INLINE_MARKUP = /[\\`*_[\]!~$<>&|]/g;
const ENTITY: Readonly<Record<string, string>> = {
  "<": "&lt;",
  ">": "&gt;",
  "&": "&amp;",
  "|": "&#124;",
};

/** A start that would open a block (heading, list, quote, setext underline, numbered item). */
const LEADING_MARKER = /^(?:[#+=-]|\d{1,9}(?=[.)]))/;

/**
 * Repository text as inline Markdown that renders as exactly that text: on one line, the
 * inline markup characters backslash-escaped (and a leading block marker), `<`, `>` and `&`
 * as entities (so neither HTML nor an entity such as `&#64;` gets through), `|` as an entity
 * (safe in table cells), and a word joiner after `@`, `#`, `GH-`, `://` and `www` so that
 * nothing mentions, references or links. Safe in a paragraph, a list item, a heading, a
 * table cell, link text and `<sub>`.
 */
export function inertText(text: string): string {
  return escapeInline(oneLine(text));
}

/** `inertText` on text already on one line, its ends kept (a piece between code spans). */
function escapeInline(text: string): string {
  const out = unlinked(collapse(text)).replace(INLINE_MARKUP, (c) => ENTITY[c] ?? `\\${c}`);
  const lead = LEADING_MARKER.exec(out);
  if (!lead) return out;
  // `1.` is escaped at its dot; `#`, `-`, `+`, `=` themselves.
  const at = /^\d/.test(lead[0]) ? lead[0].length : 0;
  return `${out.slice(0, at)}\\${out.slice(at)}`;
}

function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const m of text.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  return longest;
}

/**
 * Repository text as a code span that stays closed whatever it holds: on one line, fenced by
 * one backtick more than the longest backtick run inside, padded with a space where the
 * content starts or ends with a backtick or a space. In a table cell (`table: true`) pipes
 * are escaped as GFM requires inside cells. GitHub neither links mentions nor renders HTML
 * inside code, so the content is otherwise kept as it is.
 */
export function inertCode(text: string, options: { readonly table?: boolean } = {}): string {
  let content = oneLine(text);
  if (content === "") return "` `";
  // GFM splits cells before it parses code spans, so a pipe is escaped there (`\|`). A
  // backslash right before it is doubled: some GFM parsers pair backslashes when they split
  // a row (the cell then shows one backslash more, but stays one cell).
  if (options.table) {
    content = escapePipes(content);
  }
  const fence = "`".repeat(longestBacktickRun(content) + 1);
  const pad = /^[` ]|[` ]$/.test(content) ? " " : "";
  return `${fence}${pad}${content}${pad}${fence}`;
}

/**
 * A fenced code block for multi-line text (an error report): the fence is longer than any
 * backtick run inside, so the text cannot close it. Controls other than newlines are dropped.
 */
export function inertBlock(text: string, info = "text"): string {
  const content = text.replace(/\r\n?/g, "\n").replace(DROPPED, "");
  const fence = "`".repeat(Math.max(3, longestBacktickRun(content) + 1));
  return `${fence}${info}\n${content}\n${fence}`;
}

/**
 * A finding message (or any text of ours that quotes repository text in backticks) as inline
 * Markdown: its code spans (paired as CommonMark pairs them: a run of N backticks closes at
 * the next run of exactly N) become `inertCode`, everything else `inertText`. Whatever the
 * quoted text did to the pairing, every part comes out inert.
 */
export function inertMessage(message: string, options: { readonly table?: boolean } = {}): string {
  const text = oneLine(message);
  const runs: { readonly start: number; readonly length: number }[] = [];
  for (let i = 0; i < text.length;) {
    if (text[i] !== "`") {
      i++;
      continue;
    }
    let j = i;
    while (text[j] === "`") j++;
    runs.push({ start: i, length: j - i });
    i = j;
  }
  // The next run of the same length after each run: where a span opened there closes.
  const next: (number | undefined)[] = [];
  const seen = new Map<number, number>();
  for (let r = runs.length - 1; r >= 0; r--) {
    next[r] = seen.get(runs[r]!.length);
    seen.set(runs[r]!.length, r);
  }
  let out = "";
  let from = 0;
  for (let r = 0; r < runs.length; r++) {
    const close = next[r];
    if (close === undefined) continue; // literal backticks: `inertText` escapes them
    const open = runs[r]!;
    const last = runs[close]!;
    out += escapeInline(text.slice(from, open.start));
    let code = text.slice(open.start + open.length, last.start);
    // CommonMark strips one space from both sides of a padded span.
    if (code.length > 2 && code.startsWith(" ") && code.endsWith(" ") && code.trim() !== "") {
      code = code.slice(1, -1);
    }
    out += inertCode(code, options);
    from = last.start + last.length;
    r = close;
  }
  return out + escapeInline(text.slice(from));
}

/** An upper bound on an annotation's message: GitHub allows 64 KB; a finding needs far less. */
export const ANNOTATION_MESSAGE_LIMIT = 4000;

/**
 * Text for a check-run annotation, which GitHub shows as plain text: lines kept, controls and
 * bidirectional overrides dropped, mentions and references broken as in `inertText` (in case
 * the text is ever rendered), and the length capped.
 */
export function inertPlain(text: string, limit = ANNOTATION_MESSAGE_LIMIT): string {
  const out = unlinked(
    text
      .replace(/\r\n?/g, "\n")
      .replace(DROPPED, "")
      .replace(/[\t\v\f]/g, " "),
  );
  return out.length > limit ? `${out.slice(0, limit - 1)}…` : out;
}

/**
 * A URL path for a repository file: every segment percent-encoded, parentheses and the other
 * characters `encodeURIComponent` leaves alone included, so the URL cannot end a Markdown link
 * early or carry markup.
 */
export function encodePath(path: string): string {
  return path
    .split("/")
    .map((segment) =>
      encodeURIComponent(segment).replace(
        /[!'()*]/g,
        (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
      ),
    )
    .join("/");
}

/**
 * A list of repository texts as code spans, at most `max` of them, then "and N more".
 * For notes that list paths: their size stays bounded however many paths there are.
 */
export function inertList(items: readonly string[], max = 10): string {
  const shown = items.slice(0, max).map((item) => inertCode(item));
  const rest = items.length - shown.length;
  return rest > 0
    ? `${shown.join(", ")} and ${rest.toLocaleString("en-US")} more`
    : shown.join(", ");
}

/**
 * `\|` for every `|`, with the backslashes before it doubled so that none of them escapes the
 * pipe: one pass (a regex over runs of backslashes would rescan them).
 */
function escapePipes(text: string): string {
  let out = "";
  let run = 0;
  for (const ch of text) {
    if (ch === "\\") {
      run++;
      continue;
    }
    out += ch === "|" ? `${"\\".repeat(2 * run)}\\|` : `${"\\".repeat(run)}${ch}`;
    run = 0;
  }
  return out + "\\".repeat(run);
}
