/**
 * Where a Sync Impact Report and the diff it reports on disagree: a change it leaves out, a
 * change it claims that did not happen, a version change that is not the one made.
 */
import {
  nameKeyOf,
  touched,
  type Amendment,
  type PrincipleDiff,
  type SectionDiff,
} from "./amendment.js";
import { itemSubject, type SyncItem, type SyncList } from "./sync-report.js";
import { sameVersion } from "./versions.js";
import { principleLabel, type Principle } from "../constitution.js";
import { principlesAddressed } from "../coverage.js";
import { normalize } from "../text.js";

export type Discrepancy =
  /** The report is the base's, unchanged. */
  | { readonly kind: "stale"; readonly line: number; readonly reported: string }
  | { readonly kind: "version-missing"; readonly line: number }
  | { readonly kind: "version-mismatch"; readonly line: number; readonly reported: string }
  /** A changed principle the report never mentions. */
  | {
      readonly kind: "omitted";
      readonly line: number;
      readonly diff: PrincipleDiff;
      readonly list: SyncList;
    }
  /** An added or removed section the report never mentions. */
  | { readonly kind: "omitted-section"; readonly line: number; readonly section: SectionDiff }
  /** A claim about a principle that the diff contradicts. */
  | {
      readonly kind: "phantom";
      readonly line: number;
      readonly item: SyncItem;
      readonly diff: PrincipleDiff;
      /** What the diff shows instead. */
      readonly fact: "unchanged" | "existed" | "still-there" | "same-name";
    }
  | {
      readonly kind: "phantom-section";
      readonly line: number;
      readonly item: SyncItem;
      readonly section: SectionDiff;
      readonly fact: "unchanged" | "existed" | "still-there";
    };

/** The discrepancies between the head's Sync Impact Report and the amendment; none without a report. */
export function syncReportDiscrepancies(a: Amendment): Discrepancy[] {
  const report = a.syncReport;
  if (!report || a.initial || !a.changed) return [];
  const { before, after } = a.version;
  if (a.syncReportUnchanged) {
    return [{ kind: "stale", line: report.line, reported: report.version?.text ?? "" }];
  }
  const out: Discrepancy[] = [];
  const v = report.version;
  const moved = before !== null && after !== null && !sameVersion(before, after);
  if (!v || v.to === null) {
    if (moved) out.push({ kind: "version-missing", line: v?.line ?? report.line });
  } else if (
    (after !== null && !sameVersion(v.to, after)) ||
    (v.from !== null && before !== null && !sameVersion(v.from, before))
  ) {
    out.push({ kind: "version-mismatch", line: v.line, reported: v.text });
  }

  const basePrinciples = a.base?.principles ?? [];
  const headPrinciples = a.head.principles;
  const diffOf = new Map<Principle, PrincipleDiff>();
  for (const d of a.principles) {
    if (d.base) diffOf.set(d.base, d);
    if (d.head) diffOf.set(d.head, d);
  }
  const addressed = (text: string, side: "base" | "head" | "both"): Set<PrincipleDiff> => {
    const found = new Set<PrincipleDiff>();
    const bare = text.replace(/^(?:[-*•+]|\d{1,2}[.)])\s+/, "");
    const among = [
      ...(side !== "head" ? principlesAddressed(bare, basePrinciples) : []),
      ...(side !== "base" ? principlesAddressed(bare, headPrinciples) : []),
    ];
    for (const p of among) {
      const d = diffOf.get(p);
      if (d) found.add(d);
    }
    return found;
  };

  const mentioned = new Set<PrincipleDiff>();
  for (const l of report.lines) {
    if (l.line === v?.line) continue;
    for (const d of addressed(l.text, "both")) mentioned.add(d);
  }
  const reportText = report.lines.map((l) => normalize(l.text)).join(" ");
  const firstOf = (list: SyncList): number =>
    report.lists.find((l) => l.list === list)?.line ?? report.line;

  for (const d of a.principles) {
    const list: SyncList | null =
      d.status === "added"
        ? "added"
        : d.status === "removed"
          ? "removed"
          : d.renamed ||
              d.nonNegotiableChanged ||
              d.body.change === "redefined" ||
              d.body.change === "expanded"
            ? "modified"
            : null;
    if (list && !mentioned.has(d))
      out.push({ kind: "omitted", line: firstOf(list), diff: d, list });
  }
  for (const s of a.sections) {
    if (s.status === "kept") continue;
    const title = normalize(s.head ?? s.base ?? "");
    if (title !== "" && !` ${reportText} `.includes(` ${title} `)) {
      out.push({ kind: "omitted-section", line: firstOf(s.status), section: s });
    }
  }

  for (const item of report.items) {
    if (item.rename) {
      // Renames are read by exact name: a loose match would tie `Contract Testing` to `Test-First`.
      const from = nameKeyOf(item.rename.from);
      const to = item.rename.to === null ? null : nameKeyOf(item.rename.to);
      const fromD = a.principles.find((d) => d.base && nameKeyOf(d.base.name) === from);
      const toD =
        to === null ? undefined : a.principles.find((d) => d.head && nameKeyOf(d.head.name) === to);
      const keptName = (d: PrincipleDiff | undefined): d is PrincipleDiff =>
        d !== undefined && d.status === "kept" && !d.renamed && !d.renumbered;
      if (to === null) {
        if (keptName(fromD))
          out.push({ kind: "phantom", line: item.line, item, diff: fromD, fact: "still-there" });
      } else if (from !== to && keptName(fromD)) {
        out.push({ kind: "phantom", line: item.line, item, diff: fromD, fact: "same-name" });
      } else if (from !== to && fromD === undefined && keptName(toD)) {
        out.push({ kind: "phantom", line: item.line, item, diff: toD, fact: "same-name" });
      }
      continue;
    }
    const subject = itemSubject(item.text);
    const d = single(addressed(subject, "both"));
    if (d) {
      const kept = d.status === "kept" && !d.renamed;
      const light = d.body.change === "unchanged" || d.body.change === "reworded";
      if (item.list === "modified" && !touched(d))
        out.push({ kind: "phantom", line: item.line, item, diff: d, fact: "unchanged" });
      else if (item.list === "added" && kept && light && !d.nonNegotiableChanged)
        out.push({ kind: "phantom", line: item.line, item, diff: d, fact: "existed" });
      else if (item.list === "removed" && kept)
        out.push({ kind: "phantom", line: item.line, item, diff: d, fact: "still-there" });
      continue;
    }
    const key = normalize(subject);
    const s = a.sections.find(
      (x) => normalize(x.head ?? "") === key || normalize(x.base ?? "") === key,
    );
    if (!s || key === "") continue;
    const kept = s.status === "kept" && !s.renamed;
    if (item.list === "modified" && kept && s.body.change === "unchanged")
      out.push({ kind: "phantom-section", line: item.line, item, section: s, fact: "unchanged" });
    else if (
      item.list === "added" &&
      kept &&
      (s.body.change === "unchanged" || s.body.change === "reworded")
    )
      out.push({ kind: "phantom-section", line: item.line, item, section: s, fact: "existed" });
    else if (item.list === "removed" && kept)
      out.push({ kind: "phantom-section", line: item.line, item, section: s, fact: "still-there" });
  }
  return out.sort((x, y) => x.line - y.line);
}

function single<T>(set: ReadonlySet<T>): T | null {
  return set.size === 1 ? ([...set][0] ?? null) : null;
}

/** How a message names the principle a diff is about: its head label, or its base one when removed. */
export function diffLabel(d: PrincipleDiff): string {
  return principleLabel((d.head ?? d.base) as Principle);
}
