/**
 * The Sync Impact Report that spec-kit's `/speckit.constitution` prepends to the constitution
 * as an HTML comment:
 *
 *     <!--
 *     Sync Impact Report
 *     Version change: 1.2.0 → 1.3.0
 *     Modified principles:
 *       - V. Observability & Simplicity → V. Observability
 *     Added sections: VI. Security
 *     Removed sections: none
 *     Templates requiring updates: ✅ .specify/templates/plan-template.md
 *     -->
 *
 * Read as written in the wild: labels in several languages, items inline (`;`-separated) or
 * as list items below the label, renames as `Old → New`.
 */
import { NONE_ANSWER } from "../lexicon/index.js";
import type { Doc } from "../markdown.js";
import { normalize } from "../text.js";

export type SyncList = "modified" | "added" | "removed";

export interface SyncItem {
  readonly list: SyncList;
  /** The label the item stands under, as written (`Modified principles`). */
  readonly label: string;
  readonly text: string;
  readonly line: number;
  /** `Old → New` (or `Old → removed`, with `to` null). */
  readonly rename?: { readonly from: string; readonly to: string | null };
}

export interface SyncReport {
  readonly line: number;
  readonly endLine: number;
  /** The comment's lines, markers stripped. */
  readonly lines: readonly { readonly text: string; readonly line: number }[];
  /** `Version change: 1.2.0 → 1.3.0`; `from`/`to` are null where no version is written. */
  readonly version: {
    readonly from: string | null;
    readonly to: string | null;
    readonly text: string;
    readonly line: number;
  } | null;
  readonly items: readonly SyncItem[];
  /** The list labels, as written, with their lines (also for lists that say `none`). */
  readonly lists: readonly {
    readonly list: SyncList;
    readonly label: string;
    readonly line: number;
  }[];
}

const TITLE =
  /sync\s*impact\s*report|変更影響レポート|同步影响报告|同步影響報告|동기화 영향 보고서|影响报告/iu;
/** `Label: value` with a label of 2 to 60 characters: [label, value], or null. */
function splitLabelled(text: string): [string, string] | null {
  const colon = text.search(/[:：]/u);
  if (colon < 0) return null;
  const label = text.slice(0, colon).trimEnd();
  if (label.length < 2 || colon > 60) return null;
  return [label, text.slice(colon + 1).trim()];
}
const VERSION_LABEL =
  /^(?:constitution\s+)?version(?:\s+(?:change|update|bump))?$|^バージョン(?:変更)?$|^版本(?:变更|變更)?$|^버전(?:\s*변경)?$|^versi[oó]n$|^vers[aã]o$/iu;
const REMOVED = /removed|deleted|dropped|retired|削除|删除|刪除|移除|삭제/iu;
const ADDED = /added|\bnew\b|introduced|追加|新增|添加|新規|추가|신규/iu;
const MODIFIED =
  /modified|changed|updated|amended|expanded|renamed|redefined|clarified|改定|変更された|拡張|修改|变更的|變更的|修订|修訂|重命名|수정|변경/iu;
/** Labels that are about principles or sections at all (not `Templates requiring updates`). */
const ABOUT = /principle|section|原則|原则|原則|章节|章節|セクション|원칙|섹션|条項/iu;
/** Labels that close a list: `Templates requiring updates`, `Follow-up TODOs`, `Rationale`. */
const OTHER =
  /template|follow|todo|deferred|rationale|bump|type|date|ratif|amended|note|impact|テンプレート|課題|模板|待办|後続|후속|템플릿/iu;
const ARROW = /→|->|=>|⇒|⟶/u;
const SEMVER = /\bv?(\d+\.\d+(?:\.\d+)?)\b/u;
const REMOVAL_TARGET = /^(?:removed|deleted|dropped|削除|删除|刪除|移除|삭제|\(removed\))/iu;

/** The first HTML comment that is a Sync Impact Report, read; null when there is none. */
export function parseSyncReport(doc: Doc): SyncReport | null {
  const comment = doc.comments.find((c) => TITLE.test(c.text));
  if (!comment) return null;
  const lines: { text: string; line: number }[] = [];
  for (let line = comment.line; line <= comment.endLine; line++) {
    const text = (doc.lines[line - 1] ?? "")
      .replace(/^\s*<!--/, "")
      .replace(/-->.*$/, "")
      .trim();
    if (text !== "") lines.push({ text, line });
  }

  let version: SyncReport["version"] = null;
  const items: SyncItem[] = [];
  const lists: { list: SyncList; label: string; line: number }[] = [];
  let current: { list: SyncList; label: string } | null = null;
  for (const { text, line } of lines) {
    const bare = text.replace(/^(?:[-*•+]|\d{1,2}[.)])\s+/, "").replace(/^#+\s*/, "");
    const labelled = splitLabelled(bare);
    const label = labelled?.[0].replace(/[*_`]/g, "").trim() ?? "";
    if (labelled && VERSION_LABEL.test(label)) {
      current = null;
      version ??= readVersion(labelled[1], line);
      continue;
    }
    const list = labelled && !ARROW.test(label) ? listOf(label) : undefined;
    const isItem = /^(?:[-*•+]|\d{1,2}[.)])\s+/.test(text) || /^\s/.test(doc.lines[line - 1] ?? "");
    if (list) {
      current = { list, label };
      lists.push({ list, label, line });
      items.push(...itemsOf(labelled?.[1] ?? "", current, line));
    } else if (labelled && OTHER.test(label)) current = null;
    else if (current && isItem) items.push(...itemsOf(bare, current, line));
    else if (!isItem) current = null;
  }
  return { line: comment.line, endLine: comment.endLine, lines, version, items, lists };
}

/** The list a label opens (`Added sections`, `Removed principles`…), or undefined. */
function listOf(label: string): SyncList | undefined {
  if (label.length > 48 || !ABOUT.test(label)) return undefined;
  if (REMOVED.test(label)) return "removed";
  if (ADDED.test(label)) return "added";
  if (MODIFIED.test(label)) return "modified";
  return undefined;
}

function itemsOf(
  text: string,
  { list, label }: { list: SyncList; label: string },
  line: number,
): SyncItem[] {
  const out: SyncItem[] = [];
  for (const part of text.split(";")) {
    const item = part.trim();
    if (item === "" || NONE_ANSWER.test(item)) continue;
    const sides = item.split(ARROW);
    const from = sides[0]?.trim() ?? "";
    const to = sides.slice(1).join(" → ").trim();
    if (sides.length >= 2 && from !== "" && to !== "" && !/\[[A-Z_0-9.]+\]/.test(from)) {
      out.push({
        list,
        label,
        text: item,
        line,
        rename: { from, to: REMOVAL_TARGET.test(to) ? null : to },
      });
    } else out.push({ list, label, text: item, line });
  }
  return out;
}

function readVersion(value: string, line: number): NonNullable<SyncReport["version"]> {
  const sides = value.split(ARROW);
  if (sides.length >= 2) {
    return {
      from: SEMVER.exec(sides[0] ?? "")?.[1] ?? null,
      to: SEMVER.exec(sides.slice(1).join(" "))?.[1] ?? null,
      text: value.trim(),
      line,
    };
  }
  return { from: null, to: SEMVER.exec(value)?.[1] ?? null, text: value.trim(), line };
}

/** The text of a report item that names what it is about: `II. Name` of `II. Name: what changed`. */
export function itemSubject(text: string): string {
  const cut = /\s[—–-]\s|[:：(（]/u.exec(text);
  const head = cut ? text.slice(0, cut.index) : text;
  return trimQuotes(head).trim();
}

/** Whether two report texts say the same thing (for a report copied unchanged). */
export function sameReport(a: SyncReport | null, b: SyncReport | null): boolean {
  if (!a || !b) return false;
  const flat = (r: SyncReport): string => r.lines.map((l) => normalize(l.text)).join("\n");
  return flat(a) === flat(b);
}

const QUOTES = new Set(['"', "'", "“", "”", "‘", "’", "`", "*", "_"]);

/** The text without quotes and emphasis marks around it. */
function trimQuotes(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && QUOTES.has(text[start] ?? "")) start++;
  while (end > start && QUOTES.has(text[end - 1] ?? "")) end--;
  return text.slice(start, end);
}
