/**
 * One version of a constitution, read for diffing: the parsed model, each principle's
 * statements, the top-level sections, the version and date stamps, the Sync Impact Report.
 */
import { statementsOf, type Statement } from "./statements.js";
import { parseSyncReport, type SyncReport } from "./sync-report.js";
import { constitutionOf, type Constitution, type Principle } from "../constitution.js";
import { normalizePath } from "../locate.js";
import { isProse, plainText, scan, type Doc } from "../markdown.js";
import type { SourceFile } from "../types.js";

const VERSION =
  /(?:\*\*|__)?(?:constitution\s+)?(?:version|版本|バージョン|版)(?:\*\*|__)?\s*[:：]\s*(?:(?:\*\*|__)\s*)?v?(\d+(?:\.\d+){1,2})/iu;

/** A labelled date; the value runs to the next `|`, `*`, `_` or the end of the line (one greedy run). */
const LAST_AMENDED =
  /(?:\*\*|__)?(?:last[\s-]+amended(?:\s+date)?|last[\s-]+updated|amended(?:\s+on)?|最終改定日?|最終更新日?|最后修订(?:日期)?|最後修訂(?:日期)?|最后更新(?:日期)?|최종 개정(?:일)?)(?:\*\*|__)?\s*[:：]\s*(?:(?:\*\*|__)\s*)?([^|*_\n]*)/iu;

const RATIFIED =
  /(?:\*\*|__)?(?:ratified(?:\s+on)?|ratification(?:\s+date)?|adopted|批准日期|批准|制定日|施行日|비준일)(?:\*\*|__)?\s*[:：]\s*(?:(?:\*\*|__)\s*)?([^|*_\n]*)/iu;

export interface Side {
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

export interface TopSection {
  readonly title: string;
  readonly line: number;
  readonly statements: readonly Statement[];
}

export interface Found {
  readonly value: string;
  readonly line: number;
  readonly column: number;
}

/** The version, Last Amended and Ratified line: stamped on every amendment, not a rule. */
export function stampLine(raw: string): boolean {
  return VERSION.test(raw) || LAST_AMENDED.test(raw) || RATIFIED.test(raw);
}

export function readSide(file: SourceFile): Side {
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
