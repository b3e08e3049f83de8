/**
 * The amendment model: what changed between two versions of a constitution. Pure: two texts
 * in, a diff out. Principles are paired by name, then (for renames) by the Sync Impact Report's
 * `Old → New` lines, by the similarity of their text, and by numeral; each pair's body is
 * compared rule by rule (see `statements.ts`) to tell wording (PATCH) from expanded
 * (MINOR) and redefined (MAJOR) rules, spec-kit's versioning rule for `/speckit.constitution`.
 */
import { changeNotes, type ChangeNote, type PrincipleDiff, type SectionDiff } from "./changes.js";
import { pair } from "./pairing.js";
import { readSide, stampLine, type Found, type Side, type TopSection } from "./read.js";
import { diffStatements } from "./statements.js";
import { sameReport, type SyncReport } from "./sync-report.js";
import type { BumpLevel } from "./versions.js";
import type { Principle, Constitution } from "../constitution.js";
import { normalizePath } from "../locate.js";
import { isProse, plainText, splitLines } from "../markdown.js";
import { NON_NEGOTIABLE, normalize } from "../text.js";
import type { SourceFile } from "../types.js";

export type { ChangeNote, PrincipleDiff, SectionDiff } from "./changes.js";

/** A value read from a labelled line (`**Last Amended**: 2025-03-02`), with its place in the head. */
export interface Stamp {
  readonly before: string | null;
  readonly after: string | null;
  /** Line and column of the value in the head version; null when the head has none. */
  readonly line: number | null;
  readonly column: number | null;
}

export interface Amendment {
  /** Path of the head (amended) constitution, and of the base one. */
  readonly path: string;
  readonly basePath: string | null;
  readonly base: Constitution | null;
  readonly head: Constitution;
  /** No base, or the base is still spec-kit's unfilled template: a ratification, not an amendment. */
  readonly initial: boolean;
  /** The texts differ beyond line endings and trailing spaces. */
  readonly changed: boolean;
  /** Something besides the version line, the dates and the Sync Impact Report changed. */
  readonly material: boolean;
  /** Every principle of both versions, in head order, removed ones where they stood. */
  readonly principles: readonly PrincipleDiff[];
  readonly added: readonly PrincipleDiff[];
  readonly removed: readonly PrincipleDiff[];
  readonly renamed: readonly PrincipleDiff[];
  /** Kept principles whose rules were redefined or expanded (or made (non-)negotiable). */
  readonly redefined: readonly PrincipleDiff[];
  /** Kept principles only reworded (PATCH). */
  readonly reworded: readonly PrincipleDiff[];
  readonly unchanged: readonly PrincipleDiff[];
  /** The other top-level sections (Governance, Development Workflow…). */
  readonly sections: readonly SectionDiff[];
  readonly governance: SectionDiff | null;
  readonly version: Stamp;
  readonly lastAmended: Stamp;
  readonly ratified: Stamp;
  /** Every change with the bump it calls for, most severe first. */
  readonly changes: readonly ChangeNote[];
  /** The bump the amendment calls for; null when nothing material changed. */
  readonly required: BumpLevel | null;
  /** The head's Sync Impact Report, and whether it is the base's, unchanged. */
  readonly syncReport: SyncReport | null;
  readonly syncReportUnchanged: boolean;
}

const GOVERNANCE = /governance|gobernanza|governan[çc]a|gouvernance|治理|ガバナンス|거버넌스/iu;

/** What changed from `base` to `head`. `base` is null for a constitution that did not exist. */
export function amendmentOf(base: SourceFile | null, head: SourceFile): Amendment {
  const h = readSide(head);
  const b = base ? readSide(base) : null;
  const initial = !b || b.constitution.unfilled;
  const principles = b && !initial ? diffPrinciples(b, h) : h.constitution.principles.map(added(h));
  const sections = b && !initial ? diffSections(b, h) : [];
  const stamp = (pick: (s: Side) => Found | null): Stamp => {
    const after = pick(h);
    return {
      before: b ? (pick(b)?.value ?? null) : null,
      after: after?.value ?? null,
      line: after?.line ?? null,
      column: after?.column ?? null,
    };
  };
  const version = stamp((s) => s.version);
  const prose = (s: Side): string =>
    s.doc.lines
      .filter((l, k) => isProse(s.doc.kinds[k]) && !stampLine(l))
      .map((l) => normalize(l))
      .filter(Boolean)
      .join("\n");
  const material = !b || prose(b) !== prose(h);
  const changes: ChangeNote[] = initial ? [] : changeNotes(principles, sections, version.line ?? 1);
  // Wording outside principles and sections (the title, an introduction) is still an amendment.
  if (!initial && material && changes.length === 0)
    changes.push({ level: "patch", text: "the wording changed", line: 1 });
  const required = changes[0]?.level ?? null;
  return {
    path: normalizePath(head.path),
    basePath: base ? normalizePath(base.path) : null,
    base: b?.constitution ?? null,
    head: h.constitution,
    initial,
    changed: !b || normalizeText(b.file.text) !== normalizeText(h.file.text),
    material,
    principles,
    added: principles.filter((d) => d.status === "added"),
    removed: principles.filter((d) => d.status === "removed"),
    renamed: principles.filter((d) => d.renamed),
    redefined: principles.filter(
      (d) =>
        d.status === "kept" &&
        (d.nonNegotiableChanged || d.body.change === "redefined" || d.body.change === "expanded"),
    ),
    reworded: principles.filter(
      (d) => d.status === "kept" && !d.nonNegotiableChanged && d.body.change === "reworded",
    ),
    unchanged: principles.filter((d) => d.status === "kept" && !touched(d)),
    sections,
    governance: sections.find((s) => GOVERNANCE.test(s.head ?? s.base ?? "")) ?? null,
    version,
    lastAmended: stamp((s) => s.lastAmended),
    ratified: stamp((s) => s.ratified),
    changes,
    required,
    syncReport: h.syncReport,
    syncReportUnchanged: b !== null && sameReport(b.syncReport, h.syncReport),
  };
}

/** A kept principle that changed at all: renamed, renumbered, reworded or redefined. */
export function touched(d: PrincipleDiff): boolean {
  return (
    d.status !== "kept" ||
    d.renamed ||
    d.renumbered ||
    d.nonNegotiableChanged ||
    d.body.change !== "unchanged"
  );
}

/** Line endings and trailing spaces aside (per line: `/[ \t]+$/gm` is quadratic on long runs). */
function normalizeText(text: string): string {
  return splitLines(text.replace(/^\uFEFF/, ""))
    .map((l) => l.trimEnd())
    .join("\n")
    .trim();
}

function nameKey(p: Principle): string {
  return normalize(p.name.replace(NON_NEGOTIABLE, ""));
}

function added(h: Side): (p: Principle) => PrincipleDiff {
  return (p) => ({
    base: null,
    head: p,
    status: "added",
    renamed: false,
    renumbered: false,
    nonNegotiableChanged: false,
    body: diffStatements([], h.bodies.get(p) ?? []),
  });
}

function diffPrinciples(b: Side, h: Side): PrincipleDiff[] {
  const tokensOfBody = (s: Side) => (p: Principle) =>
    new Set((s.bodies.get(p) ?? []).flatMap((st) => [...st.tokens]));
  const baseTokens = new Map(b.constitution.principles.map((p) => [p, tokensOfBody(b)(p)]));
  const headTokens = new Map(h.constitution.principles.map((p) => [p, tokensOfBody(h)(p)]));
  const hints = (h.syncReport?.items ?? []).flatMap((item) =>
    item.rename?.to ? [[nameKeyOf(item.rename.from), nameKeyOf(item.rename.to)] as const] : [],
  );
  const { pairs, removed } = pair<Principle>(
    b.constitution.principles,
    h.constitution.principles,
    nameKey,
    (p) => baseTokens.get(p) ?? headTokens.get(p) ?? new Set(),
    (p) => (p.numeral !== null ? String(p.numeral) : (p.code ?? null)),
    hints,
    (p) => nameKeyOf(p.name),
  );
  const byHead = new Map(pairs.map(([x, y]) => [y, x]));
  const out: PrincipleDiff[] = [];
  const pending = [...removed];
  for (const p of h.constitution.principles) {
    const x = byHead.get(p);
    // Removed principles keep their place: before the first head principle that followed them.
    while (pending[0] && x && pending[0].line < x.line) {
      const r = pending.shift();
      if (r) out.push(gone(b, r));
    }
    if (!x) {
      out.push(added(h)(p));
      continue;
    }
    out.push({
      base: x,
      head: p,
      status: "kept",
      renamed: nameKey(x) !== nameKey(p),
      renumbered: x.numeral !== p.numeral || x.code !== p.code,
      nonNegotiableChanged: x.nonNegotiable !== p.nonNegotiable,
      body: diffStatements(b.bodies.get(x) ?? [], h.bodies.get(p) ?? []),
    });
  }
  for (const r of pending) out.push(gone(b, r));
  return out;
}

function gone(b: Side, p: Principle): PrincipleDiff {
  return {
    base: p,
    head: null,
    status: "removed",
    renamed: false,
    renumbered: false,
    nonNegotiableChanged: false,
    body: diffStatements(b.bodies.get(p) ?? [], []),
  };
}

/**
 * A principle's name as a key, however it is written (`V. Observability (NON-NEGOTIABLE)`,
 * `Observability`): no numeral, no parenthesis, normalised.
 */
export function nameKeyOf(text: string): string {
  const name = plainText(text)
    .replace(NON_NEGOTIABLE, "")
    .replace(/^\s*(?:principle\s+)?(?:[IVXLC]{1,7}|\d{1,3})[.:)]\s*/iu, "")
    .replace(/[(（][^()（）]*[)）]\s*$/u, "");
  return normalize(name);
}

function diffSections(b: Side, h: Side): SectionDiff[] {
  const tokens = (s: TopSection): Set<string> =>
    new Set(s.statements.flatMap((st) => [...st.tokens]));
  const {
    pairs,
    removed,
    added: fresh,
  } = pair<TopSection>(
    b.sections,
    h.sections,
    (s) => normalize(s.title),
    tokens,
    () => null,
  );
  const out: SectionDiff[] = [
    ...pairs.map(([x, y]) => ({
      base: x.title,
      head: y.title,
      status: "kept" as const,
      renamed: normalize(x.title) !== normalize(y.title),
      body: diffStatements(x.statements, y.statements),
      line: y.line,
    })),
    ...fresh.map((y) => ({
      base: null,
      head: y.title,
      status: "added" as const,
      renamed: false,
      body: diffStatements([], y.statements),
      line: y.line,
    })),
    ...removed.map((x) => ({
      base: x.title,
      head: null,
      status: "removed" as const,
      renamed: false,
      body: diffStatements(x.statements, []),
      line: 0,
    })),
  ];
  return out.sort((x, y) => x.line - y.line);
}
