/** Complexity Tracking rows: every row of the tables that stand in a Complexity Tracking section. */
import type { Doc } from "../markdown.js";
import type { ComplexityRow, SectionKind } from "./model.js";

export function extractComplexityRows(
  doc: Doc,
  inSection: (kind: SectionKind, line: number) => boolean,
): ComplexityRow[] {
  const rows: ComplexityRow[] = [];
  for (const table of doc.tables) {
    if (!inSection("complexity-tracking", table.line)) continue;
    for (const row of table.rows) rows.push({ line: row.line, cells: row.cells });
  }
  return rows;
}
