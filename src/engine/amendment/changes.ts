/**
 * The changes of an amendment: how each principle and section differs, and each change with
 * the bump it calls for (the why behind `required`).
 */
import type { BodyDiff, Statement } from "./statements.js";
import { LEVEL_RANK, type BumpLevel } from "./versions.js";
import { principleLabel, type Principle } from "../constitution.js";

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

/** One change and the bump it calls for: the why of `required`. */
export interface ChangeNote {
  readonly level: BumpLevel;
  /** `principle \`IV. Observability\` was removed`: a clause for messages. */
  readonly text: string;
  /** Line in the head version it concerns (the version line for removals). */
  readonly line: number;
  readonly principle?: string;
}

/** Every change with the bump it calls for, most severe first, in document order within a level. */
export function changeNotes(
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
