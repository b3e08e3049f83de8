import type { Template } from "./template.js";
import { KNOWN_PLACEHOLDERS } from "./known-placeholders.js";
import { normalize } from "./text.js";

export interface PlaceholderHit {
  readonly text: string;
  /** 0-based index in the line. */
  readonly index: number;
}

const BRACKET = /\[([^[\]\n]{1,300})\](?![(:[])/g;
const SPECKIT_TOKEN = /__SPECKIT_[A-Z0-9_]+__|\$ARGUMENTS\b/g;

/** Bracketed tags that real plans use on purpose. */
const ALLOWED_TAGS = new Set([
  "optional",
  "required",
  "mvp",
  "tdd",
  "new",
  "wip",
  "done",
  "breaking",
  "deprecated",
  "note",
  "warning",
  "important",
  "tip",
  "caution",
  "p",
  "story",
  "parallel",
  "x",
  "api",
  "cli",
  "ui",
  "beta",
  "alpha",
  "draft",
  "updated",
  "changed",
  "removed",
  "added",
  "blocked",
]);

const INSTRUCTION =
  /^(?:extract|document|describe|summari[sz]e|add|list|link|explain|define|insert|replace|fill(?: in)?|specify|provide|enter|write|include|identify|state|outline|record|reference|mention|detail|choose|select|pick|remove|delete)\s+\S+\s+\S+/i;
const EXAMPLE = /^(?:e\.?\s?g\.?|eg\b|for example|例如|例[:：]|例え?ば)/iu;
const ALTERNATIVES = /\s[|/]\s|^[A-Za-z]+(?:\/[A-Za-z]+){2,}|^[A-Z][a-z]+\/[A-Z][a-z]+$/;
const ALL_CAPS = /^[A-Z#][A-Z0-9#_ -]*$/;

function isPlaceholderText(inner: string, inCode: boolean, template: Template | null): boolean {
  const t = inner.trim();
  if (t === "" || /^[ xX✓]$/.test(t) || t.startsWith("^") || t.startsWith("!")) return false;
  if (/^NEEDS[ _]CLARIFICATION|REMOVE IF UNUSED/i.test(t)) return false;
  if (t.startsWith("###")) return true;
  const n = normalize(t);
  if (template?.placeholders.has(n) && !ALLOWED_TAGS.has(n)) return true;
  if (KNOWN_PLACEHOLDERS.has(n)) return true;
  if (ALL_CAPS.test(t) && /[A-Z]/.test(t)) {
    if (ALLOWED_TAGS.has(n)) return false;
    if (/\d/.test(t)) return false; // [US1], [FR-001], [P1] are spec-kit ids
    return t.includes("_") || t.includes("-") || t.replace(/[^A-Z]/g, "").length >= 4;
  }
  if (inCode) return false;
  return (
    EXAMPLE.test(t) ||
    INSTRUCTION.test(t) ||
    (ALTERNATIVES.test(t) && t.length <= 80 && !/[.!?]\s/.test(t))
  );
}

/** Template text left in one line: bracketed placeholders and spec-kit command tokens. */
export function findPlaceholders(
  line: string,
  inCode: boolean,
  template: Template | null,
): PlaceholderHit[] {
  const hits: PlaceholderHit[] = [];
  for (const m of line.matchAll(BRACKET)) {
    const inner = m[1] ?? "";
    // `[x]`/`[ ]` opening a task item is a checkbox, not a placeholder.
    if (/^\s*(?:[-*+]|\d+[.)])\s+$/.test(line.slice(0, m.index)) && /^[ xX]$/.test(inner)) continue;
    // `≥ [X]%`: a single-letter figure to fill in.
    const figure = /^[XYZN]$/.test(inner) && /[<>≥≤=~]\s*$/.test(line.slice(0, m.index));
    if (figure || isPlaceholderText(inner, inCode, template))
      hits.push({ text: m[0], index: m.index });
  }
  for (const m of line.matchAll(SPECKIT_TOKEN)) hits.push({ text: m[0], index: m.index });
  return hits;
}

/**
 * A bracketed placeholder that opens on this line and closes on a following one of the same
 * paragraph (`[Document the selected structure and reference the real\ndirectories …]`).
 */
export function findWrappedPlaceholder(
  lines: readonly string[],
  start: number,
  template: Template | null,
): PlaceholderHit | null {
  const first = lines[start] ?? "";
  const open = first.lastIndexOf("[");
  if (open < 0 || first.indexOf("]", open) >= 0) return null;
  let joined = first.slice(open);
  for (let k = start + 1; k < Math.min(lines.length, start + 8); k++) {
    const next = lines[k] ?? "";
    if (next.trim() === "" || next.includes("[")) return null;
    const close = next.indexOf("]");
    if (close < 0) {
      joined += ` ${next.trim()}`;
      continue;
    }
    joined += ` ${next.slice(0, close + 1).trim()}`;
    if (/^[(:[]/.test(next.slice(close + 1))) return null;
    const hits = findPlaceholders(joined, false, template);
    return hits.length > 0 ? { text: joined, index: open } : null;
  }
  return null;
}
