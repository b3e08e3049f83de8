import { buildSections } from "./plan.js";
import {
  leadingBold,
  isProse,
  plainText,
  scan,
  splitLines,
  withoutListMarker,
} from "./markdown.js";
import { inlineLinks } from "./links.js";
import { resolveLink } from "./locate.js";
import { memoized } from "./memo.js";
import { NON_NEGOTIABLE, normalize, splitNumbered } from "./text.js";

export interface Principle {
  /** How plans refer to it: the numeral as written (`III`, `3`, `三`), or the name when unnumbered. */
  readonly id: string;
  readonly numeral: number | null;
  readonly name: string;
  readonly nonNegotiable: boolean;
  readonly line: number;
  /** The principle's first statement, for quoting in findings. */
  readonly statement: string;
  /** A coded id such as `PP1` or `TP11`, which plans cite instead of a numeral. */
  readonly code?: string;
  /** Other names the constitution gives it (renames recorded in its Sync Impact Report). */
  readonly aliases: readonly string[];
}

export interface Constitution {
  readonly path: string;
  readonly title: string;
  readonly principles: readonly Principle[];
  /** The current version (`1.2.0`), or null when the constitution states none. */
  readonly version: string | null;
  /** True while the constitution is still spec-kit's unfilled template. */
  readonly unfilled: boolean;
}

/** A section holding principles: `Core Principles`, `Principios Técnicos`, `核心原则`, `基本原則`… */
const PRINCIPLES_SECTION =
  /\b(?:principles?|principios?|principes?|prinzipien|princípios?|principi)\b|原则|原則|准则|準則|信条/iu;
/** Sections that are never principles, when a constitution has no principles section. */
const NOT_A_PRINCIPLE =
  /mission|misi[oó]n|purpose|vision|scope|governance|gobernanza|amendment|enmienda|version|overview|introduction|definitions?|glossary|references?|治理|ガバナンス|使命|目的|概要|修订|改正/iu;
/** `PP1 · Name`, `TP11: Name`, `P-3 - Name`: a coded principle id. */
const CODED = /^\s*([A-Z]{1,4}-?\d{1,3})\s*[·•:：.\-–—|]\s*(\S.*)$/u;
const VERSION =
  /(?:\*\*|__)?(?:constitution\s+)?(?:version|版本|バージョン|版)(?:\*\*|__)?\s*[:：]\s*(?:(?:\*\*|__)\s*)?v?(\d+(?:\.\d+){1,2})/iu;
const TEMPLATE_TOKENS =
  /\[(?:PROJECT_NAME|PRINCIPLE_\d+_NAME|PRINCIPLE_\d+_DESCRIPTION|CONSTITUTION_VERSION|RATIFICATION_DATE|LAST_AMENDED_DATE|SECTION_\d+_NAME|GOVERNANCE_RULES)\]/g;

export function parseConstitution(path: string, text: string): Constitution {
  const doc = scan(text);
  const sections = buildSections(doc);
  const title = plainText(doc.headings[0]?.raw ?? "");
  // Count template tokens outside comments: Sync Impact Reports quote `[PRINCIPLE_1_NAME] → …`.
  const prose = doc.lines.filter((_, k) => isProse(doc.kinds[k])).join("\n");
  const unfilled = (prose.match(TEMPLATE_TOKENS) ?? []).length >= 2;

  let version: string | null = null;
  for (let k = 0; k < doc.lines.length && version === null; k++) {
    if (!isProse(doc.kinds[k])) continue;
    const m = VERSION.exec(doc.lines[k] ?? "");
    if (m?.[1]) version = m[1];
  }

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
  const add = (label: string, line: number, bodyEnd: number): void => {
    const nonNegotiable = NON_NEGOTIABLE.test(label);
    const coded = CODED.exec(label.replace(NON_NEGOTIABLE, "").trim());
    if (coded?.[1] && coded[2]) {
      principles.push({
        id: coded[1],
        numeral: null,
        code: coded[1],
        name: coded[2].trim(),
        nonNegotiable,
        line,
        statement: statementOf(line + 1, bodyEnd),
        aliases: parenthetical(coded[2]),
      });
      return;
    }
    const { numeral, name } = splitNumbered(label.replace(NON_NEGOTIABLE, "").trim());
    const cleanName = name.replace(/^principle\s*[:：-]?\s*/i, "").trim();
    if (cleanName === "") return;
    const idMatch =
      /^\s*(?:(?:(?:principle|article)(?=\s)|原则|原則|第)\s*)?([IVXLC]{1,7}|\d{1,3}|[一二三四五六七八九十]{1,3})/iu.exec(
        label,
      );
    principles.push({
      id: numeral !== null && idMatch?.[1] ? idMatch[1] : cleanName,
      numeral,
      name: cleanName,
      nonNegotiable,
      line,
      statement: statementOf(line + 1, bodyEnd),
      aliases: parenthetical(cleanName),
    });
  };

  // Every section naming principles (`## 2. Principios de Producto`, `## 3. Principios Técnicos`),
  // not nested in another one; its sub-headings one level down are the principles.
  const groups = sections.filter(
    (s) =>
      s.heading.depth <= 3 && PRINCIPLES_SECTION.test(s.title) && !NOT_A_PRINCIPLE.test(s.title),
  );
  // Groups come in document order and nest: one is outer unless the last outer one holds it.
  const outer: typeof groups = [];
  for (const g of groups) {
    const last = outer[outer.length - 1];
    if (!last || g.line > last.endLine) outer.push(g);
  }
  for (const group of outer) {
    // The sections below the group's heading, up to its end (sections come in document order).
    const children: typeof sections = [];
    for (let k = group.heading.index + 1; k < sections.length; k++) {
      const s = sections[k];
      if (!s || s.line > group.endLine) break;
      children.push(s);
    }
    if (children.length > 0) {
      let depth = 6;
      for (const s of children) depth = Math.min(depth, s.heading.depth);
      for (const s of children)
        if (s.heading.depth === depth) add(plainText(s.heading.raw), s.line, s.endLine);
      continue;
    }
    // Principles written as bold labels or list items under the heading.
    for (let l = group.line + 1; l <= group.endLine; l++) {
      const kind = doc.kinds[l - 1];
      if (kind !== "text" && kind !== "list-item") continue;
      const raw = doc.lines[l - 1] ?? "";
      const bold = leadingBold(kind === "list-item" ? withoutListMarker(raw) : raw);
      if (bold !== null) add(bold.replace(/[:：]\s*$/, ""), l, l + 3);
    }
  }
  if (outer.length === 0) {
    // No principles section: numbered headings below the title are the principles, except
    // the ones every document has (mission, scope, governance, …).
    for (const s of sections) {
      if (s.heading.depth < 2 || NOT_A_PRINCIPLE.test(s.title)) continue;
      const label = plainText(s.heading.raw);
      if (splitNumbered(label).numeral !== null || CODED.test(label)) add(label, s.line, s.endLine);
    }
  }
  // A principle written twice (an amendment pasted below the old text) is one principle.
  const seen = new Set<string>();
  const unique = principles.filter((p) => {
    const key = `${p.id}\u0000${normalize(p.name)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  principles.length = 0;
  for (const p of unique) principles.push(p);
  return {
    path,
    title,
    principles: unfilled ? [] : withAliases(principles, doc.comments),
    version,
    unfilled,
  };
}

/** `parseConstitution`, once per text. */
export const constitutionOf = memoized(parseConstitution);

/** How a finding names a principle: `III. Test-First`. */
export function principleLabel(p: Principle): string {
  return p.numeral !== null ? `${p.id}. ${p.name}` : p.name;
}

/**
 * Reads `Old Name → New Name` lines of the Sync Impact Report: plans written before a rename
 * (or in another language) still name the principle the old way.
 */
function withAliases(principles: Principle[], comments: readonly { text: string }[]): Principle[] {
  const aliases = new Map<Principle, string[]>();
  for (const comment of comments) {
    for (const line of comment.text.split("\n")) {
      const m = rename(line);
      if (!m || /\[[A-Z_0-9]+\]/.test(m.from)) continue;
      const from = withoutTrailingParenthetical(
        splitNumbered(plainText(m.from).replace(NON_NEGOTIABLE, "")).name,
      ).trim();
      const to = withoutTrailingParenthetical(
        splitNumbered(plainText(m.to).replace(NON_NEGOTIABLE, "")).name,
      ).trim();
      if (from === "" || to === "" || normalize(from) === normalize(to) || from.length > 80)
        continue;
      const target = principles.find((p) => normalize(p.name) === normalize(to));
      if (!target) continue;
      const list = aliases.get(target);
      if (list) list.push(from);
      else aliases.set(target, [from]);
    }
  }
  return principles.map((p) =>
    aliases.has(p) ? { ...p, aliases: [...p.aliases, ...(aliases.get(p) ?? [])] } : p,
  );
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
 */
export function constitutionPointer(path: string, text: string): string | null {
  const parsed = constitutionOf(path, text);
  if (parsed.unfilled || parsed.principles.length > 0) return null;
  for (const href of pointerCandidates(text)) {
    if (!/constitution[^/]*\.md$/i.test(href.split("#")[0] ?? "")) continue;
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

/** `模块化与 SOLID 原则 (Modularity & SOLID)`: the name in parentheses is another name for it. */
function parenthetical(name: string): string[] {
  const m = /[(（]([^()（）]{3,80})[)）]\s*$/u.exec(name);
  if (!m?.[1] || NON_NEGOTIABLE.test(`(${m[1]})`)) return [];
  return [m[1].trim()];
}
