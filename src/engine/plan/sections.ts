/**
 * Sections: reads each heading's title (numbering and decoration stripped) into the canonical
 * section kinds it names, in any language, and gives every heading its line span.
 */
import { plainText, type Doc, type Heading } from "../markdown.js";
import {
  BARE_STRUCTURE_TITLES,
  CHECK,
  PART_OVERVIEW,
  PHASE_WORDS,
  POST_DESIGN,
  SECTION_PATTERNS,
} from "../lexicon/index.js";
import { LEADING_PICTOGRAPHS, normalize, termIndex, termMatcher } from "../text.js";
import type { Section, SectionKind } from "./model.js";

const KINDS = Object.keys(SECTION_PATTERNS) as SectionKind[];

/**
 * Every term group of every section pattern, and the post-design terms, in one index: a title
 * is read once. A pattern is a list of group ids, all of which must be hit.
 */
const GROUPS: Array<readonly string[]> = [];
const PATTERNS: ReadonlyArray<readonly [SectionKind, ReadonlyArray<readonly number[]>]> = KINDS.map(
  (kind) => [
    kind,
    SECTION_PATTERNS[kind].map((pattern) =>
      pattern.map((group) => {
        GROUPS.push(group);
        return GROUPS.length - 1;
      }),
    ),
  ],
);
const POST_DESIGN_GROUP = GROUPS.push(POST_DESIGN) - 1;
const TITLE_INDEX = termIndex(GROUPS);
/** The words for a summary, normalised, for titles that open with one. */
const SUMMARY_WORDS: readonly string[] = SECTION_PATTERNS.summary.flatMap((p) =>
  p.flatMap((group) => group.map(normalize)),
);
/** The lexicon's bare structure titles, normalised as titles are. */
const BARE_STRUCTURE: ReadonlySet<string> = new Set([...BARE_STRUCTURE_TITLES].map(normalize));

/** Strips numbering (`1.`, `2.3`, `IV.`, `Phase 0:`, `第1章`) and decoration from a heading. */
export function headingTitle(raw: string): string {
  return titleOf(plainText(raw));
}

function titleOf(plain: string): string {
  return plain.replace(LEADING_PICTOGRAPHS, "").replace(LEADING_NUMBER, "").trim();
}

const LEADING_NUMBER = /^(?:\d+(?:\.\d+)*\.?|[IVX]+\.|第\s*\S+?\s*[章节節部])\s*/u;

/** The canonical sections a heading's title names, in any language and numbering. */
export function classify(title: string): ReadonlySet<SectionKind> {
  return readTitle(normalize(title), title).kinds;
}

/** What most titles are: no section of the model (one shared answer, never changed). */
const NO_KIND: { kinds: ReadonlySet<SectionKind>; postDesign: boolean } = Object.freeze({
  kinds: new Set<SectionKind>(),
  postDesign: false,
});

function readTitle(
  normalized: string,
  title?: string,
): { kinds: ReadonlySet<SectionKind>; postDesign: boolean } {
  const hits = TITLE_INDEX(normalized);
  const bare = BARE_STRUCTURE.has(normalized);
  if (hits.size === 0 && !bare) return NO_KIND;
  const kinds = new Set<SectionKind>();
  if (bare) kinds.add("project-structure");
  if (hits.size === 0) return { kinds, postDesign: false };
  for (const [kind, patterns] of PATTERNS)
    if (patterns.some((groups) => groups.every((id) => hits.has(id)))) kinds.add(kind);
  if (kinds.has("summary") && PART_OVERVIEW.test(normalized) && !normalized.includes("summary"))
    kinds.delete("summary");
  // `## Constitution Compliance Summary`, `## 宪法合规总结`, `## Technology Stack Summary`: the
  // summary of another section, not the plan's (`## Summary & Technical Context` is both).
  if (
    kinds.has("summary") &&
    kinds.size > 1 &&
    !SUMMARY_WORDS.some((w) => normalized === w || normalized.startsWith(`${w} `))
  )
    kinds.delete("summary");
  // `## 5. Tests (Constitution X)`, `## Files to MODIFY (… — Constitution P6)`: a section on
  // something else that cites a principle, not the Constitution Check.
  // So is one that cites it by section sign or as a principle (`#### Constitutional Link:
  // Statelessness Mandate (§XII)` over a migration step's to-do boxes).
  if (
    kinds.has("constitution-check") &&
    (CITED_PRINCIPLE.test(normalized) || (title !== undefined && SECTION_CITED.test(title))) &&
    !checkWord(normalized)
  )
    kinds.delete("constitution-check");
  // `### Constitutional Compliance Tests`, `### 宪法合规测试`: the tests that check the code
  // against the constitution, one part of the testing strategy, not the plan's check.
  else if (kinds.has("constitution-check") && COMPLIANCE_TESTS.test(normalized))
    kinds.delete("constitution-check");
  // `### Screenshot Documentation (Constitutional Requirement)`, `## Tools & Libraries
  // (Confirmed from Constitution)`: a section on its subject that says, in parentheses, where
  // it comes from; not a check unless its title says it checks.
  else if (kinds.has("constitution-check") && !checkWord(normalized) && title !== undefined) {
    const head = withoutClosingParenthesis(title);
    if (head !== title.trim() && TITLE_INDEX(normalize(head)).size === 0)
      kinds.delete("constitution-check");
  }
  return { kinds, postDesign: hits.has(POST_DESIGN_GROUP) };
}

/**
 * A title without the parenthesis that closes it (`Tools & Libraries (Confirmed from
 * Constitution)`, `Gates (MUST PASS before proceeding)`), trimmed; the title as it is (trimmed)
 * when no parenthesis closes it or the title is nothing else.
 */
export function withoutClosingParenthesis(title: string): string {
  const t = title.trim();
  const open = Math.max(t.lastIndexOf("("), t.lastIndexOf("（"));
  return open > 0 && /[)）]$/u.test(t) ? t.slice(0, open).trim() : t;
}

/** Tests named after what they check: `constitutional compliance tests`, `宪法合规测试`. Normalised. */
export const COMPLIANCE_TESTS =
  /(?:^| )(?:constitution(?:al)?|compliance|conformance|principles?) (?:compliance )?tests?(?: (?:suite|cases|plan))?$|(?:宪法|憲法|章程|合规|合規)(?:合规|合規)?性?(?:测试|測試|テスト)$|(?:헌법|준수) ?테스트$/u;

/** A constitution word after other words, followed by a principle's numeral or code. */
const CITED_PRINCIPLE = /\S \s*constitution (?!v\d)(?:[ivxlc]{1,7}|[a-z]{1,3}\d{1,3})(?: |$)/u;
/** `§XII`, `§ 4`, `Principle IX`, `Principles II/V` in a title. */
const SECTION_CITED =
  /§\s*(?:[IVXLC]{1,7}|\d{1,3})(?![\p{L}\p{N}])|\bprinciples?\s+(?:[IVXLC]{1,7}|\d{1,3})(?![\p{L}\p{N}])/iu;
/** A title that says it checks something: `check`, `compliance`, `チェック`, `检查`… */
export const checkWord = termMatcher(CHECK);

export function isPostDesign(title: string): boolean {
  return readTitle(normalize(title)).postDesign;
}

/**
 * How many headings open the document as its title block: the `#` headings before the first
 * deeper one (none when every heading is a `#`).
 */
export function titleBlock(
  headings: ReadonlyArray<{ readonly depth: number; readonly line: number }>,
  /** Whether text stands between two lines; when given, a `#` heading after text ends the block. */
  textBetween?: (from: number, to: number) => boolean,
): number {
  let leading = 0;
  while (leading < headings.length && headings[leading]?.depth === 1) leading++;
  // A plan written with `#` headings only keeps them as its sections.
  if (leading === headings.length) return 0;
  let titles = 0;
  while (titles < leading) {
    // A `#` heading after the title's own text (`# 实施计划：…`, its metadata, then `# 摘要`,
    // `# 技术上下文`): the plan's sections are written one level up, not a longer title.
    const previous = headings[titles - 1];
    const heading = headings[titles];
    if (titles > 0 && previous && heading && textBetween?.(previous.line, heading.line)) break;
    titles++;
  }
  return titles;
}

/**
 * A section's kinds, as a part of the plan: a structure four levels down, inside another part
 * (`#### Connection Module Structure` under `### Backend Architecture`), is a module's, not the
 * plan's Project Structure. (An overview inside another part stays the Summary: read the same
 * way, it reported five missing Summaries the corpus's reviewers did not, and found two.)
 */
function partOf(
  name: Pick<Section, "kinds">,
  depth: number,
  parent: number,
  titles: number,
): ReadonlySet<SectionKind> {
  if (!name.kinds.has("project-structure") || depth < 4 || parent < titles) return name.kinds;
  const kinds = new Set(name.kinds);
  kinds.delete("project-structure");
  return kinds;
}

/**
 * YAML front matter (`---`, then `project: crypto-riddle`, `gate: "…"` … `---`) that Markdown
 * reads as a setext heading over its closing `---`: the file's metadata, not a section of the
 * plan, whatever its words.
 */
function frontMatter(doc: Doc, heading: Heading): boolean {
  return (
    heading.line === 2 &&
    heading.depth === 2 &&
    (doc.lines[0] ?? "").trim() === "---" &&
    /^[\w-]+\s*:/u.test(doc.lines[1] ?? "")
  );
}

/** Each section's parent (the nearest shallower section before it), in one pass. */
export function parentSections(sections: readonly Section[]): Array<Section | undefined> {
  const open: Section[] = [];
  return sections.map((s) => {
    while (open.length > 0 && (open[open.length - 1]?.heading.depth ?? 0) >= s.heading.depth)
      open.pop();
    const parent = open[open.length - 1];
    open.push(s);
    return parent;
  });
}

/** The line of the `---` that closes the front matter under its (setext) heading. */
function frontMatterEnd(doc: Doc, heading: Heading | undefined): number {
  const from = heading?.line ?? 0;
  for (let l = from; l <= doc.lines.length; l++)
    if (/^-{3,}\s*$/.test(doc.lines[l - 1] ?? "")) return l;
  return from;
}

export function buildSections(doc: Doc): Section[] {
  const { headings } = doc;
  // The document's title block: the `#` headings before the first deeper one
  // (`# Implementation Plan: Full-Stack Todo Web Application`, `# Hierarchy: Constitution >
  // Specify > Plan`). They name the feature, not a section of the plan, however their words
  // read, and span the whole document.
  // (After the front matter, which is no section: see `frontMatter`.)
  const skip = headings[0] && frontMatter(doc, headings[0]) ? 1 : 0;
  const textBetween = (from: number, to: number): boolean => {
    for (let l = from + 1; l < to; l++) if ((doc.lines[l - 1] ?? "").trim() !== "") return true;
    return false;
  };
  // A plan with no title of its own (its header's metadata, then `# 方案摘要`, `# 技术上下文`, …)
  // writes its sections one level up: a first `#` heading after text that reads as a section
  // is one, not the title.
  const first = headings[skip];
  const untitled =
    first !== undefined &&
    first.depth === 1 &&
    textBetween(skip > 0 ? frontMatterEnd(doc, headings[0]) : 0, first.line) &&
    classify(titleOf(plainText(first.raw))).size > 0;
  const titles =
    skip + (untitled ? 0 : titleBlock(skip > 0 ? headings.slice(skip) : headings, textBetween));
  // Headings repeat (`### Tasks`, `#### Notes`): read each distinct one once.
  const named = new Map<string, Pick<Section, "kinds" | "plain" | "title" | "postDesign">>();
  // The heading each one sits under (the nearest shallower one before it), in one pass.
  const parents: number[] = [];
  const open: number[] = [];
  headings.forEach((heading, k) => {
    while (
      open.length > 0 &&
      (headings[open[open.length - 1] as number]?.depth ?? 0) >= heading.depth
    )
      open.pop();
    parents.push(open[open.length - 1] ?? -1);
    open.push(k);
  });
  const sections = headings.map((heading, k) => {
    let end = doc.lines.length;
    for (let n = k + 1; n < headings.length; n++) {
      const next = headings[n];
      if (next && next.depth <= heading.depth) {
        end = next.line - 1;
        break;
      }
    }
    let name = named.get(heading.raw);
    if (!name) {
      const plain = plainText(heading.raw);
      const title = titleOf(plain);
      const read = readTitle(normalize(title), title);
      name = { kinds: read.kinds, plain, title, postDesign: read.postDesign };
      // Repeats come early and often (`### Tasks`); past a thousand distinct titles a plan is
      // generated, and keeping every one would only feed the garbage collector.
      if (named.size < 1024) named.set(heading.raw, name);
    }
    return {
      kinds: k < titles ? NO_KIND.kinds : partOf(name, heading.depth, parents[k] ?? -1, titles),
      heading,
      plain: name.plain,
      title: name.title,
      line: heading.line,
      endLine: end,
      postDesign: name.postDesign,
    };
  });
  return skip > 0 ? sections.slice(skip) : sections;
}

/**
 * An item that names a phase of the plan's workflow (`- [ ] **Phase 0**: Research complete,
 * unknowns resolved.`, `- [ ] Fase 1: diseño completo`, `- [x] 阶段 2：任务已生成`), or reports
 * one done by its name (`- [ ] **Testing Phase Complete**: All validation criteria met`):
 * progress, as the old template's Progress Tracking lists it, not a gate of the constitution.
 */
const PHASE_ITEM = new RegExp(
  String.raw`^\s*(?:[-*+]|\d{1,2}[.)])\s+(?:\[[ xX✓]?\]\s+)?(?:\*\*|__)?` +
    String.raw`(?:(?:${PHASE_WORDS})\s*\d|(?:[\p{L}&/-]+\s+){1,3}(?:${PHASE_WORDS})\s+(?:complete|completed|done|finished)\b)`,
  "iu",
);

/**
 * Whether every item of a section (and at least one) names a phase of the workflow: a `## Gates`
 * section after the check, or a sub-section of a check (`### Implementation Gates`), that tracks
 * the plan's progress.
 */
export function phasesOnly(doc: Doc, s: Section): boolean {
  let items = 0;
  for (let l = s.line + 1; l <= s.endLine && l <= s.line + 40; l++) {
    if (doc.kinds[l - 1] !== "list-item") continue;
    if (!PHASE_ITEM.test(doc.lines[l - 1] ?? "")) return false;
    items++;
  }
  return items > 0;
}
