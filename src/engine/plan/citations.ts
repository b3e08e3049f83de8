/**
 * Constitution citations: the lines that name the constitution with a version
 * (`*Based on Constitution v2.1.1*`, `**Constitution Version**: 1.0.0`).
 */
import { VERSION_WORDS } from "../lexicon/index.js";
import { isProse, type Doc } from "../markdown.js";
import type { Citation } from "./model.js";

/** Words that name the constitution, in the languages plans cite it in. */
const CONSTITUTION_WORD =
  /constitution|constitución|constitucion|constituição|constituicao|costituzione|verfassung|宪法|憲法|章程|宪章|憲章|헌법|헌장/giu;
/** A version: `1.2`, `v1.2.0`. */
const VERSION_AT = /v?(\d{1,4}\.\d{1,4}(?:\.\d{1,4})?)(?![\d.]*\d)/uy;
/**
 * What may stand between the word and the version: `.md`, `Version**:`, `§VI`, `版本：`.
 * `.md` comes first: the one-character class would take its dot and stop at `md`.
 */
const BETWEEN = new RegExp(
  String.raw`\.md\b|[\s*_${"`"},:：.()（）§#]|${VERSION_WORDS.join("|")}|v(?=\d)|第|[IVXLC]{1,6}(?=\s)`,
  "iuy",
);
const ARROW_AFTER = /\s*(?:→|->|=>|⇒)\s*/uy;
const NAME_CHAR = /[\p{Script=Latin}\d]/u;
const LATIN_LETTER = /^[a-z]/iu;
/**
 * Whether the constitution word at `at` ends another document's name: a Latin letter or digit
 * right before it, or one before a `_` or `-` (`architecture_constitution`), not the `_` of
 * italics (`_Constitution v1.0_`, `_憲法 v2.1.1_`).
 */
function otherDocument(raw: string, at: number): boolean {
  const before = raw[at - 1] ?? "";
  if (LATIN_LETTER.test(raw[at] ?? "") && NAME_CHAR.test(before)) return true;
  return (before === "_" || before === "-") && NAME_CHAR.test(raw[at - 2] ?? "");
}
/** Every version has a digit, a dot and a digit: a line without one cites none. */
const DOTTED = /\d\.\d/;

/**
 * The constitution versions a line cites: a constitution word, then within a few characters
 * a version (`Based on Constitution v2.1.1`, `**Constitution Version**: 1.0.0`,
 * `Constitution §VI v1.8.0`, `憲章 v1.0.0 に基づく`). `v1.5.1 → v1.6.0` cites the later one.
 * Each word looks at most 40 characters ahead, so a line is read in linear time.
 */
function citationOf(raw: string): { version: string; index: number } | null {
  for (const word of raw.matchAll(CONSTITUTION_WORD)) {
    // The end of another document's name (`architecture_constitution.md v2.5.0`,
    // `security-constitution`): its version, not this constitution's.
    if (otherDocument(raw, word.index)) continue;
    let pos = word.index + word[0].length;
    const limit = pos + 40;
    while (pos < limit && pos < raw.length) {
      VERSION_AT.lastIndex = pos;
      const v = VERSION_AT.exec(raw);
      if (v?.[1]) {
        let version = v[1];
        let index = pos + v[0].length - v[1].length;
        ARROW_AFTER.lastIndex = pos + v[0].length;
        if (ARROW_AFTER.exec(raw)) {
          VERSION_AT.lastIndex = ARROW_AFTER.lastIndex;
          const next = VERSION_AT.exec(raw);
          if (next?.[1]) {
            version = next[1];
            index = ARROW_AFTER.lastIndex + next[0].length - next[1].length;
          }
        }
        return { version, index };
      }
      BETWEEN.lastIndex = pos;
      const skip = BETWEEN.exec(raw);
      if (!skip || skip[0].length === 0) break;
      pos += skip[0].length;
    }
  }
  return null;
}

/** A line that opens with a version (`v1.0.0:`): perhaps the end of a citation wrapped onto it. */
const OPENS_WITH_VERSION = /^\s*[*_`(]{0,3}v?\d{1,4}\.\d/u;
/** How much of the line before a wrapped citation is read with it: enough for its word and link. */
const WRAP_TAIL = 80;

/**
 * In the Constitution Check, the version it says it was checked against, the constitution's
 * name left to its heading: `Evaluada contra la versión **4.1.0**.`, `Contrôlé contre la version
 * 2.0.0`, `Checked against version 1.3.0`. (Elsewhere `against version 18.2` may be a library's.)
 */
const CHECKED_AGAINST_VERSION = new RegExp(
  String.raw`(?<!\p{L})(?:against|contra|contre|gegen)\s+(?:the\s+|la\s+|a\s+|die\s+|der\s+)?(?:current\s+|actual\s+|aktuelle\s+)?(?:${VERSION_WORDS.join("|")})\s*[*_${"`"}]{0,3}\s*v?(?=\d{1,4}\.\d)`,
  "iu",
);

/**
 * The constitution versions the plan cites, a line each. `inCheck` says whether a line (1-based)
 * is in the Constitution Check, where a version it was checked against needs no constitution word.
 */
export function extractCitations(doc: Doc, inCheck?: (line: number) => boolean): Citation[] {
  const out: Citation[] = [];
  doc.lines.forEach((raw, k) => {
    if (!isProse(doc.kinds[k]) || !DOTTED.test(raw)) return;
    const found =
      citationOf(raw) ??
      wrapped(doc, k, raw) ??
      headingVersion(raw, doc.kinds[k] === "heading") ??
      checkedAgainst(raw, k, inCheck);
    if (found) out.push({ version: found.version, line: k + 1, column: found.index + 1 });
  });
  return out;
}

/** A line in bold alone, standing as a heading: `**Constitution Check (v1.1.0)**:`. */
const BOLD_ALONE = /^\s{0,3}\*\*[^*]+\*\*[:：]?\s*$/u;
const TRAILING_VERSION =
  /(?:[(（]\s*v?(\d{1,4}\.\d{1,4}(?:\.\d{1,4})?)\s*[)）]|\s[—–-]\s*v?(\d{1,4}\.\d{1,4}(?:\.\d{1,4})?))[\s*_:：#]*$/u;

/**
 * The version a heading (`heading`) or a line in bold alone cites when it names the
 * constitution and ends with a version in brackets or after a dash: `### Constitution
 * Compliance Review (v1.1.0)`, `### 適用される憲法原則（v0.1.0）`, `## Constitution Check —
 * v1.3.0`. The words between name what is checked against that version. (`### Dependencies
 * (Node v18.2.0)` names no constitution.)
 */
function headingVersion(raw: string, heading: boolean): { version: string; index: number } | null {
  if (!heading && !BOLD_ALONE.test(raw)) return null;
  const m = TRAILING_VERSION.exec(raw);
  if (!m) return null;
  let named = false;
  for (const word of raw.slice(0, m.index).matchAll(CONSTITUTION_WORD))
    if (!otherDocument(raw, word.index)) named = true;
  if (!named) return null;
  const version = (m[1] ?? m[2]) as string;
  return { version, index: m.index + m[0].indexOf(version) };
}

function checkedAgainst(
  raw: string,
  k: number,
  inCheck: ((line: number) => boolean) | undefined,
): { version: string; index: number } | null {
  if (!inCheck?.(k + 1)) return null;
  const m = CHECKED_AGAINST_VERSION.exec(raw);
  if (!m) return null;
  VERSION_AT.lastIndex = m.index + m[0].length;
  const v = VERSION_AT.exec(raw);
  return v?.[1] ? { version: v[1], index: VERSION_AT.lastIndex - v[1].length } : null;
}

/**
 * A citation its paragraph wraps between the constitution's name and the version (`Principles
 * evaluated against [constitution.md](…)` over `v1.0.0:`): the end of the line before, read
 * with this one. The version found must stand on this line.
 */
function wrapped(doc: Doc, k: number, raw: string): { version: string; index: number } | null {
  const before = doc.lines[k - 1];
  if (before === undefined || !isProse(doc.kinds[k - 1]) || before.trim() === "") return null;
  if (!OPENS_WITH_VERSION.test(raw)) return null;
  const tail = before.slice(-WRAP_TAIL).trimEnd();
  const found = citationOf(`${tail} ${raw}`);
  if (!found || found.index <= tail.length) return null;
  return { version: found.version, index: found.index - tail.length - 1 };
}
