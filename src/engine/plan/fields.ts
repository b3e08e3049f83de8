/**
 * Technical Context fields: the labelled lines (`**Language/Version**: Python 3.11`) and
 * two-column table rows of the Technical Context sections, with values written below a label.
 */
import { TECHNICAL_FIELD_FAMILIES } from "../lexicon/index.js";
import { plainText, type Doc } from "../markdown.js";
import { foldedRegExp } from "../text.js";
import { splitLabel } from "./labels.js";
import { blockSpans, type BlockSpans } from "./lines.js";
import type { Field, Section } from "./model.js";

export function extractFields(doc: Doc, sections: readonly Section[]): Field[] {
  const out: Field[] = [];
  const blocks = blockSpans(doc);
  // Whether a line opens with a bold label; asked once per line, however many fields look.
  const labels = new Map<number, boolean>();
  const labelled = (line: number): boolean => {
    let known = labels.get(line);
    if (known === undefined) {
      known = splitLabel(doc.lines[line - 1] ?? "", false) !== null;
      labels.set(line, known);
    }
    return known;
  };
  for (const section of sections) {
    for (let line = section.line + 1; line <= section.endLine; line++) {
      const kind = doc.kinds[line - 1];
      const raw = doc.lines[line - 1] ?? "";
      if (kind === "table") continue;
      if (kind !== "text" && kind !== "list-item") continue;
      const body = raw.replace(/^\s*(?:>\s*)?(?:[-*+]|\d+[.)])\s+/, "");
      const offset = raw.length - body.length;
      // `**Branch**: x | **Date**: y`: a run of spaces is matched from its start only.
      const parts = body.split(/(?<!\s)\s+\|\s+(?=\*\*)/);
      let at = offset;
      for (const part of parts) {
        const split = splitLabel(part, kind === "list-item");
        if (split && split.label.length <= 60) {
          let value = split.value;
          if (value === "") value = continuation(doc, blocks, labelled, line, section.endLine);
          out.push({
            label: split.label,
            value,
            line,
            column: at + 1 + (part.length - part.trimStart().length),
          });
        }
        at += part.length + 3;
      }
    }
    for (const table of doc.tables) {
      if (table.line < section.line || table.line > section.endLine) continue;
      const twoColumnsOrMore = table.header.length >= 2;
      if (!twoColumnsOrMore) continue;
      for (const row of table.rows) {
        const label = plainText(row.cells[0] ?? "");
        if (label === "") continue;
        out.push({ label, value: row.cells.slice(1).join(" ").trim(), line: row.line, column: 1 });
      }
    }
  }
  return out;
}

/**
 * The value of a field written below its label, up to the next field. Under a list-item field
 * only deeper lines belong to it (siblings are other fields); under a paragraph field
 * (`**Backend stack**:`) the list that follows is its value.
 */
function continuation(
  doc: Doc,
  blocks: BlockSpans,
  labelled: (line: number) => boolean,
  line: number,
  endLine: number,
): string {
  const parts: string[] = [];
  const fieldIsItem = doc.kinds[line - 1] === "list-item";
  const base = doc.indents[line - 1] ?? -1;
  let sawBlank = false;
  // The value is only judged empty or not: a few hundred characters decide that, and nested
  // empty fields then do not each copy everything below them (issue 8).
  let size = 0;
  for (let l = line + 1; l <= endLine && size <= VALUE_EXCERPT; l++) {
    const kind = doc.kinds[l - 1];
    const raw = doc.lines[l - 1] ?? "";
    if (kind === "heading") break;
    if (kind === "blank") {
      if (parts.length > 0 || sawBlank) break;
      sawBlank = true;
      continue;
    }
    if (kind === "comment") {
      l = Math.max(l, blocks.end[l] ?? l);
      continue;
    }
    const indent = doc.indents[l - 1] ?? -1;
    if (fieldIsItem) {
      if (indent <= base) break;
    } else if (kind === "text" && indent <= base) {
      if (sawBlank || labelled(l)) break;
    }
    const part = raw.slice(indent, indent + VALUE_EXCERPT + 1).trim();
    parts.push(part);
    size += part.length + 1;
  }
  return parts.join(" ");
}

const VALUE_EXCERPT = 256;

const FIELD_FAMILIES = TECHNICAL_FIELD_FAMILIES.map(foldedRegExp);

/**
 * The Technical Context fields a label (normalised) stands for, as indexes of
 * `TECHNICAL_FIELD_FAMILIES`: `language version` is 0, `存储` 2, `risks` none.
 */
export function fieldFamilies(normalized: string): number[] {
  return FIELD_FAMILIES.flatMap((re, k) => (re.test(normalized) ? [k] : []));
}
