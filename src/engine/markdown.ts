/**
 * A fast, position-keeping block scanner for the markdown that plans are written in.
 *
 * Why not a full remark parse: a remark-parse + remark-gfm parse of a 10 KB plan costs about
 * as much as running markdownlint over it (measured: 23 ms vs 31 ms), and the rules need only
 * the block structure: headings, fenced code, HTML comments, list items and GFM tables. This
 * scanner classifies each line once (O(n), no backtracking), and a differential test keeps it
 * in agreement with remark-parse + remark-gfm on every fixture.
 */

/** The start of an HTML block of a block-level tag (CommonMark's sixth kind). */
const HTML_BLOCK =
  /^ {0,3}<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \t]|\/?>|$)/iu;

export type LineKind =
  | "blank"
  | "text"
  | "heading"
  | "fence" // an opening or closing code fence line
  | "code" // inside fenced code
  | "comment" // inside (or opening/closing) a block HTML comment
  | "table" // a GFM table row (header, delimiter or body)
  | "list-item"
  | "thematic-break"
  | "setext-underline";

export interface Heading {
  /** 1-based line of the heading text. */
  readonly line: number;
  readonly depth: number;
  /** The heading's raw inline content, without `#` markers. */
  readonly raw: string;
  /** Index of the heading in `Doc.headings`. */
  readonly index: number;
}

export interface ListItem {
  readonly line: number;
  /** Column (1-based) of the list marker. */
  readonly column: number;
  /** `true`/`false` for a task item (`[x]`/`[ ]`), `null` otherwise. */
  readonly checked: boolean | null;
  /** The item's first-line content after the marker (and checkbox). */
  readonly content: string;
  /** 1-based column where `content` starts. */
  readonly contentColumn: number;
}

export interface TableRow {
  readonly line: number;
  readonly cells: readonly string[];
}

export interface Table {
  readonly line: number;
  readonly endLine: number;
  readonly header: readonly string[];
  readonly rows: readonly TableRow[];
}

export interface CodeBlock {
  readonly line: number;
  readonly endLine: number;
  readonly info: string;
}

export interface Comment {
  readonly line: number;
  readonly endLine: number;
  readonly text: string;
}

export interface Doc {
  /** The lines, without their line endings. `lines[0]` is line 1. */
  readonly lines: readonly string[];
  /** The kind of each line, parallel to `lines`. */
  readonly kinds: readonly LineKind[];
  /** Index of each line's first non-space character (its indent), -1 on a blank line. */
  readonly indents: readonly number[];
  readonly headings: readonly Heading[];
  readonly tables: readonly Table[];
  readonly codeBlocks: readonly CodeBlock[];
  readonly comments: readonly Comment[];
}

const THEMATIC = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/;
const DELIMITER = /^[ \t]*(?:\|[ \t]*)?:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*(?:\|[ \t]*)?$/;
const QUOTE = /^ {0,3}>[ \t]?/;

// The line classifiers below are written out by hand rather than as regexes: each reads the
// line once from the left, so no input can make them backtrack (issue 8).

const isBlank = (c: string | undefined): boolean => c === " " || c === "\t";
const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** An ATX heading (`## Title ##`): its depth and raw content, or null. */
export function atxHeading(line: string): { readonly depth: number; readonly raw: string } | null {
  let i = 0;
  while (i < 3 && line[i] === " ") i++;
  let j = i;
  while (j < line.length && line[j] === "#") j++;
  const depth = j - i;
  if (depth < 1 || depth > 6) return null;
  if (j === line.length) return { depth, raw: "" };
  if (!isBlank(line[j])) return null;
  while (j < line.length && isBlank(line[j])) j++;
  let end = line.length;
  while (end > j && isBlank(line[end - 1])) end--;
  // A closing run of `#` goes when blanks stand before it.
  let hashes = end;
  while (hashes > j && line[hashes - 1] === "#") hashes--;
  if (hashes < end && hashes > j && isBlank(line[hashes - 1])) {
    end = hashes;
    while (end > j && isBlank(line[end - 1])) end--;
  }
  return { depth, raw: line.slice(j, end).trim() };
}

/** The columns a line's leading blanks take, a tab reaching the next multiple of four. */
function indentColumns(line: string): number {
  let col = 0;
  for (const c of line) {
    if (c === " ") col++;
    else if (c === "\t") col += 4 - (col % 4);
    else break;
  }
  return col;
}

/** The column a line's character `index` stands at (a tab runs to the next multiple of four). */
function columnAt(line: string, index: number): number {
  let col = 0;
  for (let k = 0; k < index && k < line.length; k++)
    col = line[k] === "\t" ? col + 4 - (col % 4) : col + 1;
  return col;
}

/**
 * The content column of the list item that holds a line starting at `col`: the last item's when
 * the line reaches it, else the list's outermost item's.
 */
function holdingColumn(col: number, listColumn: number, lastItem: number): number {
  return lastItem >= 0 && col >= lastItem ? lastItem : listColumn;
}

/**
 * An ATX heading indented four columns or more inside a list item, at most three past the
 * content column of the item that holds it (`holdingColumn`).
 */
function itemHeading(
  line: string,
  blanks: number,
  col: number,
  listColumn: number,
  lastItem: number,
): ReturnType<typeof atxHeading> {
  if (listColumn < 0 || col < 4 || line[blanks] !== "#") return null;
  return col - holdingColumn(col, listColumn, lastItem) <= 3
    ? atxHeading(line.slice(blanks))
    : null;
}

/** The line that closes a fence opened with `marker`: as many of its character or more, alone. */
function closingFence(marker: string): RegExp {
  return new RegExp(`^[ \\t]*${marker[0] === "`" ? "`" : "~"}{${marker.length},}[ \\t]*$`);
}

/**
 * An opening code fence: its marker (three or more backticks or tildes) and info string.
 * `from`: where to start looking, when the caller has walked the line's leading blanks.
 */
export function fenceOpen(
  line: string,
  from = 0,
): { readonly marker: string; readonly info: string } | null {
  let i = from;
  while (i < line.length && isBlank(line[i])) i++;
  const c = line[i];
  if (c !== "`" && c !== "~") return null;
  let j = i;
  while (line[j] === c) j++;
  if (j - i < 3) return null;
  return { marker: line.slice(i, j), info: line.slice(j) };
}

interface ListMatch {
  readonly indent: number;
  /** Where the text after the marker and its blanks starts (before a checkbox). */
  readonly markerEnd: number;
  /** The checkbox character (` `, `x` or `X`) of a task item, else undefined. */
  readonly checkbox: string | undefined;
  readonly content: string;
}

/**
 * Where a list marker at `at` ends (`-`, `*`, `+`, or one to nine digits and `.` or `)`,
 * followed by a blank or the line's end), or -1 when there is none.
 */
function markerAfter(line: string, at: number): number {
  let j = at;
  const c = line[j];
  if (c === "-" || c === "*" || c === "+") j++;
  else {
    while (j < line.length && j - at <= 9 && isDigit(line.charCodeAt(j))) j++;
    if (j === at || j - at > 9 || (line[j] !== "." && line[j] !== ")")) return -1;
    j++;
  }
  return j < line.length && !isBlank(line[j]) ? -1 : j;
}

/**
 * A list item line (`- x`, `1. x`, `* [ ] x`): its indent, checkbox and content, or null.
 * `from`: where to start looking, when the caller has walked the line's leading blanks.
 */
export function listItem(line: string, from = 0): ListMatch | null {
  let i = from;
  while (i < line.length && isBlank(line[i])) i++;
  let j = markerAfter(line, i);
  if (j < 0) return null;
  while (j < line.length && isBlank(line[j])) j++;
  // An item that opens another on its line (`- - [ ] x`, `1. - x`) holds a nested list: the
  // innermost item's checkbox and content are the line's, as CommonMark reads it.
  for (
    let next = markerAfter(line, j);
    next > j && next < line.length;
    next = markerAfter(line, j)
  ) {
    j = next;
    while (j < line.length && isBlank(line[j])) j++;
  }
  const markerEnd = j;
  let checkbox: string | undefined;
  const box = line[j + 1];
  if (
    line[j] === "[" &&
    line[j + 2] === "]" &&
    (box === " " || box === "x" || box === "X") &&
    (j + 3 === line.length || isBlank(line[j + 3]))
  ) {
    checkbox = box;
    j += 3;
    while (j < line.length && isBlank(line[j])) j++;
  }
  return { indent: i, markerEnd, checkbox, content: line.slice(j) };
}

/**
 * Inline code spans of one line, as `[start, end)` ranges from left to right: a run of
 * backticks opens a span that the next run of exactly as many closes (CommonMark). Linear:
 * each run is paired through a table of the next run of each length.
 */
export function codeSpans(line: string): Array<readonly [number, number]> {
  if (!line.includes("`")) return [];
  const starts: number[] = [];
  const lengths: number[] = [];
  for (let i = 0; i < line.length;) {
    if (line[i] !== "`") {
      i++;
      continue;
    }
    let j = i;
    while (line[j] === "`") j++;
    starts.push(i);
    lengths.push(j - i);
    i = j;
  }
  const next = new Array<number>(starts.length).fill(-1);
  const seen = new Map<number, number>();
  for (let r = starts.length - 1; r >= 0; r--) {
    const n = lengths[r] ?? 0;
    next[r] = seen.get(n) ?? -1;
    seen.set(n, r);
  }
  const out: Array<readonly [number, number]> = [];
  for (let r = 0; r < starts.length;) {
    const close = next[r] ?? -1;
    if (close < 0) {
      r++;
      continue;
    }
    out.push([starts[r] ?? 0, (starts[close] ?? 0) + (lengths[close] ?? 0)]);
    r = close + 1;
  }
  return out;
}

/**
 * Index of the last character before `index` that is not white space (as `\s` means it), or
 * -1. It walks back over the blanks only, so calls for successive matches of a line, each
 * walking back to the previous non-blank character, stay linear together.
 */
export function previousNonSpace(line: string, index: number): number {
  let k = index - 1;
  while (k >= 0 && isWhiteCode(line.charCodeAt(k))) k--;
  return k;
}

/** Index of the first character at or after `index` that is not white space, or the line's length. */
export function nextNonSpace(line: string, index: number): number {
  let k = index;
  while (k < line.length && isWhiteCode(line.charCodeAt(k))) k++;
  return k;
}

/** Whether a character code is white space: what `\s` matches, without a regular expression. */
export function isWhiteCode(c: number): boolean {
  return c <= 32
    ? c === 32 || (c >= 9 && c <= 13)
    : c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff;
}

/** The text without a leading list marker (`- `, `* `, `+ `, `1. `, `1) `) and the blanks around it. */
export function withoutListMarker(text: string): string {
  const start = nextNonSpace(text, 0);
  let i = start;
  const c = text[i];
  if (c === "-" || c === "*" || c === "+") i++;
  else {
    while (i < text.length && isDigit(text.charCodeAt(i))) i++;
    if (i === start || (text[i] !== "." && text[i] !== ")")) return text.slice(start);
    i++;
  }
  const after = nextNonSpace(text, i);
  return after > i ? text.slice(after) : text.slice(start);
}

/**
 * The text of a leading bold span (`**Name**` or `__Name__`, after blanks), up to the first
 * closing `**`/`__`; null when the text does not open with one.
 */
export function leadingBold(text: string): string | null {
  const i = nextNonSpace(text, 0);
  const mark = text[i];
  if ((mark !== "*" && mark !== "_") || text[i + 1] !== mark) return null;
  for (let k = i + 3; k < text.length - 1; k++) {
    const c = text[k];
    if ((c === "*" || c === "_") && text[k + 1] === c) return text.slice(i + 2, k);
  }
  return null;
}

/**
 * Answers "is this index inside one of these spans?" for indexes asked in increasing order,
 * in amortised constant time (spans as `codeSpans` returns them).
 */
export function spanCursor(
  spans: ReadonlyArray<readonly [number, number]>,
): (index: number) => boolean {
  let k = 0;
  return (index) => {
    while (k < spans.length && (spans[k]?.[1] ?? 0) <= index) k++;
    const span = spans[k];
    return span !== undefined && index > span[0] && index < span[1];
  };
}

/** A list item's marker and the blanks after it: where its content starts. */
export const LIST_MARKER = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/;
/** A list item that opens with a checkbox: `- [ ] …`, `1. [x] …`. */
export const CHECKBOX_ITEM = new RegExp(`${LIST_MARKER.source}\\[[ xX]\\]`);

function leadingSpaces(line: string): number {
  let n = 0;
  while (n < line.length && (line[n] === " " || line[n] === "\t")) n++;
  return n;
}

/** Splits a GFM table row into trimmed cells, honouring `\|` escapes. */
export function splitRow(line: string): string[] {
  let s = unquoted(line).trim();
  if (s.startsWith("|")) s = s.slice(1);
  if (s.endsWith("|") && !escapedAt(s, s.length - 1)) s = s.slice(0, -1);
  // GFM splits at every pipe not escaped as `\|`, inside code spans too. A pipe after an
  // escaped backslash (`\\|`, as in `` `grep "a\\|b"` ``) splits.
  const cells: string[] = [];
  let from = 0;
  for (let k = s.indexOf("|"); k >= 0; k = s.indexOf("|", k + 1)) {
    if (escapedAt(s, k)) continue;
    cells.push(s.slice(from, k));
    from = k + 1;
  }
  cells.push(s.slice(from));
  // Every pipe left in a cell is escaped: the backslash right before it goes.
  return cells.map((cell) => cell.replaceAll("\\|", "|").trim());
}

/** Whether the character at `index` is escaped: an odd run of backslashes stands before it. */
function escapedAt(s: string, index: number): boolean {
  let n = 0;
  for (let k = index - 1; k >= 0 && s[k] === "\\"; k--) n++;
  return n % 2 === 1;
}

/** Splits text into lines on `\n`, `\r\n` or `\r`. */
export function splitLines(text: string): string[] {
  // Most files end their lines with `\n` alone: a plain split is several times faster.
  return text.includes("\r") ? text.split(/\r\n|\r|\n/) : text.split("\n");
}

/**
 * The list item on a line of a scanned document (1-based), or undefined when the line is not
 * one. Read from the line when asked: a plan of 300,000 one-word items would otherwise keep an
 * object per item that only the Constitution Check's few ever need.
 */
export function listItemAt(doc: Doc, lineNo: number): ListItem | undefined {
  if (doc.kinds[lineNo - 1] !== "list-item") return undefined;
  const raw = doc.lines[lineNo - 1] ?? "";
  const line = unquoted(raw);
  const item = listItem(line);
  if (!item) return undefined;
  return {
    line: lineNo,
    column: raw.length - line.length + item.indent + 1,
    checked: item.checkbox === undefined ? null : item.checkbox !== " ",
    content: item.content,
    contentColumn: raw.length - item.content.length + 1,
  };
}

/**
 * A line without its block-quote marker (`QUOTE`), the line itself when it has none. Most lines
 * open with neither a blank nor `>`: no regex for them.
 */
function unquoted(raw: string): string {
  const c = raw.charCodeAt(0);
  return c === 62 || c === 32 ? raw.replace(QUOTE, "") : raw;
}

/** Scans a markdown document into line kinds and blocks. Never throws; linear in the input. */
export function scan(text: string): Doc {
  // A byte-order mark is not content (remark drops it too).
  const lines = splitLines(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const kinds: LineKind[] = new Array<LineKind>(lines.length).fill("text");
  const headings: Heading[] = [];
  const tables: Table[] = [];
  const codeBlocks: CodeBlock[] = [];
  const comments: Comment[] = [];
  // Each line's first non-space index (-1 for a blank line), set as the loop walks a line that
  // is not quoted; the lines it leaves unset are measured at the end.
  const indents = new Array<number>(lines.length).fill(-2);

  let i = 0;
  // Whether the previous line can continue a paragraph (for setext headings and tables).
  let paragraphOpen = false;
  // First line of the open paragraph, and whether it is block-quoted (a setext underline must
  // stand in the same container as its paragraph).
  let paragraphStart = 0;
  let paragraphQuoted = false;
  // Where the content starts of the list item whose first line opened the paragraph, or -1.
  // A setext underline turns that paragraph into a heading only from inside the item.
  let paragraphItem = -1;
  // Where the content of the list item whose paragraph is open starts, or -1. A line indented
  // less continues that paragraph lazily, and a table never starts on a lazy line
  // (micromark's GFM table; `2. Typography Tokens` then `Role | Token` and `---|---`).
  let itemContent = -1;
  // The content column of the outermost list open at this line, or -1 outside lists: a line
  // indented four columns past the margin is an indented code block only outside them.
  let listColumn = -1;
  // The content column of the last list item read while a list is open, or -1.
  let lastItem = -1;
  while (i < lines.length) {
    const raw = lines[i] ?? "";
    // Block quotes are transparent for our purposes: plans quote template notes.
    const line = unquoted(raw);
    const quoted = line.length !== raw.length;
    const lineNo = i + 1;
    const openItem = itemContent;
    itemContent = -1;
    // The leading blanks are walked once, here: the fence and list tests start past them (a
    // deeply indented line is not walked again by each).
    let blanks = 0;
    while (blanks < line.length && isBlank(line[blanks])) blanks++;
    const first = nextNonSpace(line, blanks);
    const lead = line[first];
    if (!quoted) indents[i] = first === line.length ? -1 : first;

    if (first === line.length) {
      kinds[i] = "blank";
      paragraphOpen = false;
      i++;
      continue;
    }

    const col = blanks === 0 ? 0 : columnAt(line, blanks);
    // A line less indented than the open list's content, not continuing a paragraph and not
    // an item of its own, ends the list.
    if (listColumn >= 0 && col < listColumn && !paragraphOpen && listItem(line, blanks) === null) {
      listColumn = -1;
      lastItem = -1;
    }
    // An indented code block (CommonMark): four columns in, outside a list and a block quote,
    // not continuing a paragraph. It runs over blank lines and lines indented as far, and
    // nothing in it is a heading, a fence, a table or an item (a plan pasted six spaces in).
    if (col >= 4 && !quoted && listColumn < 0 && !paragraphOpen) {
      let last = i;
      for (let j = i; j < lines.length; j++) {
        const l = lines[j] ?? "";
        const n = nextNonSpace(l, 0);
        if (n === l.length) continue;
        if (columnAt(l, n) < 4) break;
        kinds[j] = "code";
        last = j;
      }
      for (let k = i + 1; k < last; k++) if (kinds[k] !== "code") kinds[k] = "blank";
      i = last + 1;
      continue;
    }

    const fence = fenceOpen(line, blanks);
    if (fence && !(fence.marker.startsWith("`") && fence.info.includes("`"))) {
      const close = closingFence(fence.marker);
      // A closing fence stands at most three columns further in than the opening one (its
      // container's offset plus three): a ```` ``` ```` indented four spaces inside a
      // ```` ```markdown ```` sample at the margin is the sample's own code, not its end.
      const deepest = indentColumns(line) + 3;
      const closes = (l: string): boolean => close.test(l) && indentColumns(l) <= deepest;
      // A fence inside a list item (`4. Query pipeline` over `   ```python`) ends with the
      // item: at the first line indented less than the item's content (a fence's code is never
      // a lazy continuation), as it does when it opens on the item's line (below).
      const container =
        quoted || listColumn < 0 || col < listColumn
          ? -1
          : holdingColumn(col, listColumn, lastItem);
      kinds[i] = "fence";
      let j = i + 1;
      let endLine = -1;
      for (; j < lines.length; j++) {
        const rawJ = lines[j] ?? "";
        const l = unquoted(rawJ);
        if (
          container > 0 &&
          nextNonSpace(rawJ, 0) < rawJ.length &&
          indentColumns(rawJ) < container
        ) {
          endLine = listItem(rawJ) !== null ? j + 1 : j;
          break;
        }
        if (closes(l)) break;
        kinds[j] = "code";
      }
      if (endLine >= 0) {
        codeBlocks.push({ line: lineNo, endLine, info: fence.info.trim() });
        i = j;
      } else {
        if (j < lines.length) kinds[j] = "fence";
        codeBlocks.push({
          line: lineNo,
          endLine: Math.min(j, lines.length - 1) + 1,
          info: fence.info.trim(),
        });
        i = j + 1;
      }
      paragraphOpen = false;
      continue;
    }

    if (lead === "<" && /^ {0,3}<!--/.test(line)) {
      let j = i;
      let body = "";
      for (; j < lines.length; j++) {
        const l = lines[j] ?? "";
        kinds[j] = "comment";
        body += (j === i ? l.replace(/^\s*<!--/, "") : l) + "\n";
        if ((j === i ? l.replace(/^\s*<!--/, "") : l).includes("-->")) break;
      }
      comments.push({
        line: lineNo,
        endLine: Math.min(j, lines.length - 1) + 1,
        text: body.replace(/-->[\s\S]*$/, "").trim(),
      });
      i = j + 1;
      paragraphOpen = false;
      continue;
    }

    if (
      lead === "<" &&
      (HTML_BLOCK.test(line) || (!paragraphOpen && first <= 3 && wholeTag(line, first)))
    ) {
      // CommonMark's HTML block of a block-level tag (`</details>`, `<div align="center">`), or
      // of any other tag alone on its line outside a paragraph (`</TabItem>`, `<Tabs>`, the
      // seventh kind): it runs to the next blank line, and no line of it opens a fence, a
      // heading, a list or a table (` ``` ` right below `</details>` is the block's text, not a
      // code fence).
      let j = i;
      while (j < lines.length) {
        const l = unquoted(lines[j] ?? "");
        if (nextNonSpace(l, 0) === l.length) break;
        kinds[j] = "text";
        j++;
      }
      i = j;
      paragraphOpen = false;
      continue;
    }

    // (Inside a list item its indent counts from the item's content: `  2. Write the file:`
    // over `     ## Overview` is a heading, as CommonMark reads it.)
    const atx = atxHeading(line) ?? itemHeading(line, blanks, col, listColumn, lastItem);
    if (atx) {
      kinds[i] = "heading";
      headings.push({ line: lineNo, depth: atx.depth, raw: atx.raw, index: headings.length });
      paragraphOpen = false;
      i++;
      continue;
    }

    if (
      paragraphOpen &&
      (lead === "=" || lead === "-") &&
      SETEXT.test(line) &&
      quoted === paragraphQuoted &&
      (paragraphItem < 0 || leadingSpaces(line) >= paragraphItem)
    ) {
      kinds[i] = "setext-underline";
      const text: string[] = [];
      for (let k = paragraphStart; k < i; k++) {
        kinds[k] = "heading";
        const l = unquoted(lines[k] ?? "");
        text.push(
          (k === paragraphStart && paragraphItem >= 0 ? l.replace(LIST_MARKER, "") : l).trim(),
        );
      }
      headings.push({
        line: paragraphStart + 1,
        depth: line.trim().startsWith("=") ? 1 : 2,
        raw: text.join(" "),
        index: headings.length,
      });
      paragraphOpen = false;
      i++;
      continue;
    }

    if ((lead === "-" || lead === "*" || lead === "_") && THEMATIC.test(line)) {
      kinds[i] = "thematic-break";
      paragraphOpen = false;
      i++;
      continue;
    }

    if (
      line.includes("|") &&
      !(openItem >= 0 && leadingSpaces(line) < openItem) &&
      DELIMITER.test(unquoted(lines[i + 1] ?? "")) &&
      (lines[i + 1] ?? "").includes("-")
    ) {
      const header = splitRow(line);
      const delimiterCells = splitRow(lines[i + 1] ?? "");
      if (header.length === delimiterCells.length) {
        kinds[i] = "table";
        kinds[i + 1] = "table";
        const rows: TableRow[] = [];
        let j = i + 2;
        const quoted = QUOTE.test(raw);
        const base = leadingSpaces(line);
        for (; j < lines.length; j++) {
          const l = unquoted(lines[j] ?? "");
          // GFM ends a table at a blank line or at the start of another block, and at a line
          // indented four spaces or more past the table's own (micromark reads no row there).
          if (
            l.trim() === "" ||
            leadingSpaces(l) >= base + 4 ||
            QUOTE.test(lines[j] ?? "") !== quoted ||
            atxHeading(l) !== null ||
            fenceOpen(l) !== null ||
            listItem(l) !== null ||
            /^ {0,3}</.test(l) ||
            (!l.includes("|") && THEMATIC.test(l))
          )
            break;
          kinds[j] = "table";
          rows.push({ line: j + 1, cells: splitRow(l) });
        }
        tables.push({ line: lineNo, endLine: j, header, rows });
        i = j;
        paragraphOpen = false;
        continue;
      }
    }

    const item = listItem(line, blanks);
    // A fence that opens as a list item's content (`- ```json`, `+  ```json`): its code runs
    // while lines stand at the item's content column (or are blank), to its closing fence or
    // to the first line that leaves the item. (Not after a checkbox: `* [ ] ```x` is a task's
    // text.)
    const inner = item && item.checkbox === undefined ? fenceOpen(line, item.markerEnd) : null;
    if (item) {
      // (Each column once: a line of a list nested 5,000 deep is 10,000 blanks.)
      lastItem = columnAt(line, item.markerEnd);
      const column = Math.min(lastItem, columnAt(line, item.indent) + 2);
      if (listColumn < 0 || column < listColumn) listColumn = column;
    }
    if (item && inner && !(inner.marker.startsWith("`") && inner.info.includes("`"))) {
      const column = lastItem;
      const close = closingFence(inner.marker);
      kinds[i] = "fence";
      let j = i + 1;
      let endLine = lines.length;
      for (; j < lines.length; j++) {
        const l = unquoted(lines[j] ?? "");
        if (nextNonSpace(l, 0) === l.length) {
          kinds[j] = "code";
          continue;
        }
        const indent = indentColumns(l);
        if (indent < column) {
          // Left the item: micromark ends the code on the line before, or, when a list item
          // ends it, on that item's line.
          endLine = listItem(l) !== null ? j + 1 : j;
          break;
        }
        if (close.test(l) && indent - column <= 3) {
          kinds[j] = "fence";
          endLine = j + 1;
          j++;
          break;
        }
        kinds[j] = "code";
      }
      codeBlocks.push({ line: lineNo, endLine, info: inner.info.trim() });
      i = j;
      paragraphOpen = false;
      continue;
    }
    if (item) {
      const { markerEnd, content } = item;
      kinds[i] = "list-item";
      // The item's text opens a paragraph inside it: an underline indented to its content
      // makes it a heading (a `---` right below at the margin is a thematic break).
      paragraphOpen = content.trim() !== "";
      if (paragraphOpen) {
        itemContent = markerEnd;
        paragraphStart = i;
        paragraphQuoted = quoted;
        paragraphItem = itemContent;
      }
      i++;
      continue;
    }

    kinds[i] = "text";
    itemContent = openItem;
    if (!paragraphOpen) {
      paragraphStart = i;
      paragraphQuoted = quoted;
      paragraphItem = -1;
    }
    paragraphOpen = true;
    i++;
  }
  for (let k = 0; k < lines.length; k++) {
    if (indents[k] !== -2) continue;
    const l = lines[k] ?? "";
    const n = nextNonSpace(l, 0);
    indents[k] = n === l.length ? -1 : n;
  }
  return { lines, kinds, indents, headings, tables, codeBlocks, comments };
}

/** A table's delimiter row: `|---|:---:|`. */
export function isDelimiterRow(line: string): boolean {
  return DELIMITER.test(line);
}

/** True when the line is prose a rule may read: not code, not a comment. */
export function isProse(kind: LineKind | undefined): boolean {
  return kind !== undefined && kind !== "code" && kind !== "fence" && kind !== "comment";
}

/** Tags that open HTML blocks of their own kinds, or none: not the seventh kind's. */
const RAW_TAGS = new Set(["pre", "script", "style", "textarea"]);

/**
 * Whether a line holds one complete open or closing tag and nothing else, from `at` (its `<`):
 * `</TabItem>`, `<Tabs groupId="os">`, `<br/>` (CommonMark's seventh kind of HTML block, which
 * cannot interrupt a paragraph). Read by hand, once along the line: attributes and their
 * values (`name`, `name=value`, `name='…'`, `name="…"`) each after blanks.
 */
function wholeTag(line: string, at: number): boolean {
  let k = at + 1;
  const closing = line[k] === "/";
  if (closing) k++;
  const nameStart = k;
  if (!/[A-Za-z]/.test(line[k] ?? "")) return false;
  while (k < line.length && /[A-Za-z0-9-]/.test(line[k] ?? "")) k++;
  if (RAW_TAGS.has(line.slice(nameStart, k).toLowerCase())) return false;
  const blanks = (): number => {
    const from = k;
    while (line[k] === " " || line[k] === "\t") k++;
    return k - from;
  };
  if (closing) {
    blanks();
    if (line[k] !== ">") return false;
    k++;
  } else {
    for (;;) {
      const gap = blanks();
      if (line[k] === ">") {
        k++;
        break;
      }
      if (line[k] === "/" && line[k + 1] === ">") {
        k += 2;
        break;
      }
      if (gap === 0 || !/[A-Za-z_:]/.test(line[k] ?? "")) return false;
      while (k < line.length && /[A-Za-z0-9_.:-]/.test(line[k] ?? "")) k++;
      const afterName = k;
      blanks();
      if (line[k] !== "=") {
        k = afterName;
        continue;
      }
      k++;
      blanks();
      const quote = line[k];
      if (quote === '"' || quote === "'") {
        const close = line.indexOf(quote, k + 1);
        if (close < 0) return false;
        k = close + 1;
      } else {
        const from = k;
        while (k < line.length && !/[\s"'=<>`]/.test(line[k] ?? "")) k++;
        if (k === from) return false;
      }
    }
  }
  return nextNonSpace(line, k) === line.length;
}

/** Strips inline markdown (emphasis, code ticks, links, images, HTML tags) to plain text. */
export function plainText(inline: string): string {
  if (!/[[\]<*_`\\!]/.test(inline)) return inline.replace(/\s+/g, " ").trim();
  // Each pass runs only where its markup is present (a plan of many short marked-up lines
  // calls this for every line).
  let s = inline;
  if (s.includes("](")) {
    if (s.includes("![")) s = s.replace(/!\[([^[\]]*)\]\([^()]*\)/g, "$1");
    s = s.replace(/\[([^[\]]*)\]\([^()]*\)/g, "$1");
  }
  if (s.includes("<")) s = s.replace(/<\/?[a-zA-Z][^<>]*>/g, "");
  if (s.includes("**") || s.includes("__")) s = s.replace(/(\*\*|__)(.*?)\1/g, "$2");
  if (s.includes("*") || s.includes("_"))
    s = s.replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?=[^\w*]|$)/g, "$1$2");
  if (s.includes("`")) s = s.replace(/`([^`]*)`/g, "$1");
  if (s.includes("\\")) s = s.replace(/\\([\\`*_{}[\]()#+\-.!|])/g, "$1");
  return s.replace(/\s+/g, " ").trim();
}
