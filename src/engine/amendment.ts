/**
 * The amendment model: what changed between two versions of a constitution. Pure: two texts
 * in, a diff out. Principles are paired by name, then (for renames) by the Sync Impact Report's
 * `Old → New` lines, by the similarity of their text, and by numeral; each pair's body is
 * compared rule by rule (see `amendment-statements.ts`) to tell wording (PATCH) from expanded
 * (MINOR) and redefined (MAJOR) rules, spec-kit's versioning rule for `/speckit.constitution`.
 */
import {
  diffStatements,
  similarity,
  statementsOf,
  type BodyDiff,
  type Statement,
} from "./amendment-statements.js";
import { parseSyncReport, sameReport, type SyncReport } from "./amendment-sync-report.js";
import {
  constitutionOf,
  principleLabel,
  type Constitution,
  type Principle,
} from "./constitution.js";
import { normalizePath } from "./locate.js";
import { isProse, plainText, scan, type Doc } from "./markdown.js";
import { NON_NEGOTIABLE, keyWords, normalize } from "./text.js";
import type { SourceFile } from "./types.js";

export type BumpLevel = "major" | "minor" | "patch";

export interface PrincipleDiff {
  /** The principle in the base version; null when added. */
  readonly base: Principle | null;
  /** The principle in the head version; null when removed. */
  readonly head: Principle | null;
  readonly status: "added" | "removed" | "kept";
  /** Kept under another name. */
  readonly renamed: boolean;
  /** Kept under another numeral or code. */
  readonly renumbered: boolean;
  /** `(NON-NEGOTIABLE)` added or taken away. */
  readonly nonNegotiableChanged: boolean;
  /** How its rules changed; for an added (removed) principle, all its rules are added (removed). */
  readonly body: BodyDiff;
}

export interface SectionDiff {
  /** The title in the base version (null when added), and in the head (null when removed). */
  readonly base: string | null;
  readonly head: string | null;
  readonly status: "added" | "removed" | "kept";
  readonly renamed: boolean;
  readonly body: BodyDiff;
  /** Line of the heading in the head version (in the base when removed). */
  readonly line: number;
}

/** A value read from a labelled line (`**Last Amended**: 2025-03-02`), with its place in the head. */
export interface Stamp {
  readonly before: string | null;
  readonly after: string | null;
  /** Line and column of the value in the head version; null when the head has none. */
  readonly line: number | null;
  readonly column: number | null;
}

/** One change and the bump it calls for: the why of `required`. */
export interface ChangeNote {
  readonly level: BumpLevel;
  /** `principle \`IV. Observability\` was removed`: a clause for messages. */
  readonly text: string;
  /** Line in the head version it concerns (the version line for removals). */
  readonly line: number;
  readonly principle?: string;
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

const VERSION =
  /(?:\*\*|__)?(?:constitution\s+)?(?:version|版本|バージョン|版)(?:\*\*|__)?\s*[:：]\s*(?:(?:\*\*|__)\s*)?v?(\d+(?:\.\d+){1,2})/iu;
const LAST_AMENDED =
  /(?:\*\*|__)?(?:last[\s-]+amended(?:\s+date)?|last[\s-]+updated|amended(?:\s+on)?|最終改定日?|最終更新日?|最后修订(?:日期)?|最後修訂(?:日期)?|最后更新(?:日期)?|최종 개정(?:일)?)(?:\*\*|__)?\s*[:：]\s*(?:(?:\*\*|__)\s*)?([^|*_\n]*?)\s*(?:\*\*|__)?\s*(?:\||$)/iu;
const RATIFIED =
  /(?:\*\*|__)?(?:ratified(?:\s+on)?|ratification(?:\s+date)?|adopted|批准日期|批准|制定日|施行日|비준일)(?:\*\*|__)?\s*[:：]\s*(?:(?:\*\*|__)\s*)?([^|*_\n]*?)\s*(?:\*\*|__)?\s*(?:\||$)/iu;
const GOVERNANCE = /governance|gobernanza|governan[çc]a|gouvernance|治理|ガバナンス|거버넌스/iu;

interface Side {
  readonly file: SourceFile;
  readonly doc: Doc;
  readonly constitution: Constitution;
  /** Principle bodies, keyed by principle. */
  readonly bodies: ReadonlyMap<Principle, readonly Statement[]>;
  readonly sections: readonly TopSection[];
  readonly version: Found | null;
  readonly lastAmended: Found | null;
  readonly ratified: Found | null;
  readonly syncReport: SyncReport | null;
}

interface TopSection {
  readonly title: string;
  readonly line: number;
  readonly statements: readonly Statement[];
}

interface Found {
  readonly value: string;
  readonly line: number;
  readonly column: number;
}

/** What changed from `base` to `head`. `base` is null for a constitution that did not exist. */
export function amendmentOf(base: SourceFile | null, head: SourceFile): Amendment {
  const h = side(head);
  const b = base ? side(base) : null;
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
  const changes: ChangeNote[] = initial ? [] : notes(principles, sections, version.line ?? 1);
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

/** How the version moved: the level of the bump, whether it is the next version at that level. */
export function bumpOf(
  before: string,
  after: string,
): { readonly level: BumpLevel | "none" | "lower"; readonly regular: boolean } {
  const [a, b] = [parts(before), parts(after)];
  for (let k = 0; k < 3; k++) {
    if ((b[k] ?? 0) === (a[k] ?? 0)) continue;
    if ((b[k] ?? 0) < (a[k] ?? 0)) return { level: "lower", regular: false };
    const level = (["major", "minor", "patch"] as const)[k] ?? "patch";
    return {
      level,
      regular:
        after === nextVersion(before, level) || sameVersion(after, nextVersion(before, level)),
    };
  }
  return { level: "none", regular: false };
}

/** The version after `version` at a bump level: `1.2.3` + minor = `1.3.0`. */
export function nextVersion(version: string, level: BumpLevel): string {
  const [major = 0, minor = 0, patch = 0] = parts(version);
  if (level === "major") return `${major + 1}.0.0`;
  if (level === "minor") return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

export const LEVEL_RANK: Readonly<Record<BumpLevel, number>> = { patch: 1, minor: 2, major: 3 };

function parts(version: string): number[] {
  return version.split(".").map(Number);
}

/** Whether two versions are the same, missing parts read as zero (`1.2` is `1.2.0`). */
export function sameVersion(a: string, b: string): boolean {
  const pad = (v: string): string => [...parts(v), 0, 0].slice(0, 3).join(".");
  return pad(a) === pad(b);
}

function normalizeText(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/[ \t]+$/gm, "")
    .replace(/\r\n?/g, "\n")
    .trim();
}

/** The version, Last Amended and Ratified line: stamped on every amendment, not a rule. */
function stampLine(raw: string): boolean {
  return VERSION.test(raw) || LAST_AMENDED.test(raw) || RATIFIED.test(raw);
}

function side(file: SourceFile): Side {
  const text = file.text.replace(/^\uFEFF/, "");
  const doc = scan(text);
  const constitution = constitutionOf(normalizePath(file.path), text);
  const find = (pattern: RegExp): Found | null => {
    for (let k = 0; k < doc.lines.length; k++) {
      if (!isProse(doc.kinds[k])) continue;
      const raw = doc.lines[k] ?? "";
      const m = pattern.exec(raw);
      const value = m?.[1]?.trim();
      if (!m || !value) continue;
      return {
        value,
        line: k + 1,
        column: m.index + m[0].indexOf(value, m[0].search(/[:：]/)) + 1,
      };
    }
    return null;
  };

  // Top-level sections: the headings one level below the title.
  const headings = doc.headings.filter((x) => x.index > 0 || x.depth > 1);
  const depth = Math.min(...headings.map((x) => x.depth), 6);
  const tops = headings.filter((x) => x.depth === depth);
  const endOf = (line: number): number => {
    const next = doc.headings.find((x) => x.line > line && x.depth <= depth);
    return next ? next.line - 1 : doc.lines.length;
  };
  const principleLines = constitution.principles.map((p) => p.line).sort((x, y) => x - y);
  const bodies = new Map<Principle, Statement[]>();
  for (const p of constitution.principles) {
    const top = [...tops].reverse().find((t) => t.line <= p.line);
    const nextPrinciple = principleLines.find((l) => l > p.line) ?? Number.MAX_SAFE_INTEGER;
    const nextHeading =
      doc.headings.find((x) => x.line > p.line && x.depth <= (headingAt(doc, p.line) ?? 6))?.line ??
      Number.MAX_SAFE_INTEGER;
    const end = Math.min(
      nextPrinciple - 1,
      nextHeading - 1,
      top ? endOf(top.line) : doc.lines.length,
    );
    // A bold-label principle (`**I. Name**: body`) starts on its own line, label left out.
    const start = headingAt(doc, p.line) !== null ? p.line + 1 : p.line;
    bodies.set(p, statementsOf(doc, start, end, stampLine, start === p.line ? p.line : undefined));
  }
  const sections = tops
    .filter((t) => !principleLines.some((l) => l >= t.line && l <= endOf(t.line)))
    .map((t) => ({
      title: sectionTitle(t.raw),
      line: t.line,
      statements: statementsOf(doc, t.line + 1, endOf(t.line), stampLine),
    }));
  return {
    file,
    doc,
    constitution,
    bodies,
    sections,
    version: find(VERSION),
    lastAmended: find(LAST_AMENDED),
    ratified: find(RATIFIED),
    syncReport: parseSyncReport(doc),
  };
}

function headingAt(doc: Doc, line: number): number | null {
  return doc.headings.find((x) => x.line === line)?.depth ?? null;
}

function sectionTitle(raw: string): string {
  return plainText(raw)
    .replace(/^(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s*/u, "")
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

interface Pairing<T> {
  readonly pairs: ReadonlyArray<readonly [T, T]>;
  readonly removed: readonly T[];
  readonly added: readonly T[];
}

/**
 * Pairs the items of two versions: same name first, then the renames `hints` name, then the
 * most similar text (a rename), then the same numeral unless the texts are unrelated.
 */
function pair<T>(
  base: readonly T[],
  head: readonly T[],
  key: (t: T) => string,
  tokens: (t: T) => ReadonlySet<string>,
  numeral: (t: T) => string | null,
  hints: ReadonlyArray<readonly [string, string]> = [],
  hintKey: (t: T) => string = key,
): Pairing<T> {
  const pairs: Array<readonly [T, T]> = [];
  const usedBase = new Set<T>();
  const usedHead = new Set<T>();
  const link = (x: T, y: T): void => {
    pairs.push([x, y]);
    usedBase.add(x);
    usedHead.add(y);
  };
  for (const x of base) {
    const y = head.find((t) => !usedHead.has(t) && key(t) === key(x));
    if (y) link(x, y);
  }
  for (const [from, to] of hints) {
    const x = base.find((t) => !usedBase.has(t) && hintKey(t) === from);
    const y = head.find((t) => !usedHead.has(t) && hintKey(t) === to);
    if (x && y) link(x, y);
  }
  const candidates: { x: T; y: T; score: number }[] = [];
  for (const x of base) {
    if (usedBase.has(x)) continue;
    for (const y of head) {
      if (usedHead.has(y)) continue;
      const score = similarity(tokens(x), tokens(y));
      if (score >= 0.6) candidates.push({ x, y, score });
    }
  }
  candidates.sort((p, q) => q.score - p.score);
  for (const { x, y } of candidates) if (!usedBase.has(x) && !usedHead.has(y)) link(x, y);
  for (const x of base) {
    if (usedBase.has(x) || numeral(x) === null) continue;
    const y = head.find((t) => !usedHead.has(t) && numeral(t) === numeral(x));
    if (!y) continue;
    const sharesName = keyWords(key(x)).some((w) => keyWords(key(y)).includes(w));
    if (sharesName || similarity(tokens(x), tokens(y)) >= 0.15) link(x, y);
  }
  return {
    pairs,
    removed: base.filter((t) => !usedBase.has(t)),
    added: head.filter((t) => !usedHead.has(t)),
  };
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

/** Every change with the bump it calls for, most severe first, in document order within a level. */
function notes(
  principles: readonly PrincipleDiff[],
  sections: readonly SectionDiff[],
  versionLine: number,
): ChangeNote[] {
  const out: ChangeNote[] = [];
  for (const d of principles) {
    const label = principleLabel((d.head ?? d.base) as Principle);
    const line = d.head?.line ?? versionLine;
    const note = (level: BumpLevel, text: string): void => {
      out.push({ level, text, line, principle: label });
    };
    if (d.status === "removed") {
      note("major", `principle ${code(label)} was removed`);
      continue;
    }
    if (d.status === "added") {
      note("minor", `principle ${code(label)} was added`);
      continue;
    }
    const was = d.base ? principleLabel(d.base) : label;
    const named = d.renamed
      ? `principle ${code(was)} (now ${code(label)})`
      : `principle ${code(label)}`;
    if (d.nonNegotiableChanged) {
      note(
        "major",
        `${named} was ${d.head?.nonNegotiable ? "made" : "no longer marked"} NON-NEGOTIABLE`,
      );
    }
    const body = describe(d.body);
    if (d.body.change === "redefined") note("major", `${named} was redefined: ${body}`);
    else if (d.body.change === "expanded") note("minor", `${named} was expanded: ${body}`);
    else if (d.renamed) note("patch", `principle ${code(was)} was renamed ${code(label)}`);
    else if (d.body.change === "reworded") note("patch", `${named} was reworded`);
    else if (d.renumbered) note("patch", `principle ${code(was)} was renumbered ${code(label)}`);
  }
  for (const s of sections) {
    const title = code(s.head ?? s.base ?? "");
    const line = s.status === "removed" ? versionLine : s.line;
    const body = describe(s.body);
    if (s.status === "removed") {
      out.push({
        level: s.body.removed.length > 0 ? "major" : "patch",
        text: `section ${title} was removed`,
        line,
      });
    } else if (s.status === "added") {
      out.push({ level: "minor", text: `section ${title} was added`, line });
    } else if (s.body.change === "redefined") {
      out.push({ level: "major", text: `section ${title} was redefined: ${body}`, line });
    } else if (s.body.change === "expanded") {
      out.push({ level: "minor", text: `section ${title} was expanded: ${body}`, line });
    } else if (s.renamed || s.body.change === "reworded") {
      out.push({
        level: "patch",
        text: s.renamed
          ? `section ${code(s.base ?? "")} was renamed ${title}`
          : `section ${title} was reworded`,
        line,
      });
    }
  }
  return out
    .map((n, k) => ({ n, k }))
    .sort((p, q) => LEVEL_RANK[q.n.level] - LEVEL_RANK[p.n.level] || p.k - q.k)
    .map(({ n }) => n);
}

/** Quotes a value for a message, as `code` in rule.ts does (the model sits below the rules). */
function code(value: string, max = 80): string {
  const flat = value.replace(/\s+/g, " ").trim().replaceAll("`", "'");
  return `\`${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}\``;
}

/** The change that decides a body's level, quoted: a changed or removed rule, else an extended or added one. */
function describe(body: BodyDiff): string {
  const became = (p: { base: Statement; head: Statement }): string => {
    // Long rules that differ late are quoted from a little before the difference.
    let k = 0;
    while (k < p.base.text.length && p.base.text[k] === p.head.text[k]) k++;
    const from = k > 40 ? Math.max(0, p.base.text.lastIndexOf(" ", k - 20)) : 0;
    const cut = (t: string): string => (from > 0 ? `…${t.slice(from + 1)}` : t);
    return `${code(cut(p.base.text), 60)} became ${code(cut(p.head.text), 60)}`;
  };
  const c = body.changed[0];
  if (c) return became(c);
  const r = body.removed[0];
  if (r) return `rule ${code(r.text, 60)} was removed`;
  const e = body.extended[0];
  if (e) return became(e);
  const a = body.added[0];
  if (a) return `rule ${code(a.text, 60)} was added`;
  return "";
}
