/**
 * Per-line lookups over a scanned plan: which lines a set of sections covers, the innermost
 * section holding each line, and the span of the code block or HTML comment a line is in.
 */
import type { Doc } from "../markdown.js";
import type { Section } from "./model.js";

/** Marks (at 1-based indexes) the lines of the given sections. Sections nest at most six deep. */
export function markLines(lineCount: number, of: readonly Section[]): Uint8Array {
  const marks = new Uint8Array(lineCount + 2);
  for (const s of of) marks.fill(1, s.line, Math.min(s.endLine, lineCount) + 1);
  return marks;
}

/**
 * The index in `sections` of the innermost section holding each line (1-based), -1 outside
 * any: sections come in document order, so a later one that holds a line is nested deeper.
 */
export function innermostSections(lineCount: number, sections: readonly Section[]): Int32Array {
  const at = new Int32Array(lineCount + 2).fill(-1);
  sections.forEach((s, k) => at.fill(k, s.line, Math.min(s.endLine, lineCount) + 1));
  return at;
}

/** For each line of a fenced code block or an HTML comment (1-based): the block's first and last line. */
export interface BlockSpans {
  readonly start: Int32Array;
  readonly end: Int32Array;
}

export function blockSpans(doc: Doc): BlockSpans {
  const start = new Int32Array(doc.lines.length + 2);
  const end = new Int32Array(doc.lines.length + 2);
  for (const b of [...doc.codeBlocks, ...doc.comments]) {
    start.fill(b.line, b.line, b.endLine + 1);
    end.fill(b.endLine, b.line, b.endLine + 1);
  }
  return { start, end };
}
