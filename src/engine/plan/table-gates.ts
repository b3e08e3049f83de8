/**
 * Gates written as a table in the Constitution Check: one row per gate, its status column
 * found by header or by the cells that hold statuses (Complexity Tracking tables are not gates).
 */
import { plainText, type Table } from "../markdown.js";
import { findStatus, noToUnwanted } from "../status.js";
import type { GateStatus } from "../types.js";
import type { Gate } from "./model.js";

function columnIndex(header: readonly string[], re: RegExp): number {
  return header.findIndex((h) => re.test(plainText(h)));
}

const STATUS_COLUMN =
  /status|result|pass|compliance|compliant|verdict|state|状态|狀態|結果|状態|判定|ステータス|合否|评估|評估|符合|结果|準拠/iu;
const LABEL_COLUMN =
  /principle|gate|check|article|requirement|rule|criteri|item|原则|原則|门禁|ゲート|項目|条款|要求|检查/iu;
const REASON_COLUMN =
  /note|justification|rationale|evidence|comment|detail|explanation|how|reason|说明|备注|理由|根拠|備考|説明|证据|証拠|対応/iu;

/** The statuses a later phase's column can overrule an earlier one with. */
const DECIDED: ReadonlySet<GateStatus> = new Set<GateStatus>([
  "pass",
  "fail",
  "needs-review",
  "not-applicable",
]);

/** How far into a cell a status word may stand and still be the cell's status. */
const LEADING = 24;

export function tableGates(table: Table): Omit<Gate, "phase" | "sectionTitle">[] {
  const header = table.header;
  if (header.some((h) => /violation/i.test(h)) && header.some((h) => /why|simpler/i.test(h)))
    return [];
  // Each column's cells read for a status once (the search for the status column, the later
  // phases' columns and each row's status all ask them).
  const read: Array<Array<ReturnType<typeof findStatus>>> = [];
  const statusesOf = (c: number): Array<ReturnType<typeof findStatus>> =>
    (read[c] ??= table.rows.map((r) => findStatus(plainText(r.cells[c] ?? ""))));
  // How many of a column's cells hold a status, near their start or as a mark (a word deep in
  // a cell's prose, `… held pending the user's instruction`, is none).
  const statusCells = (c: number): number =>
    statusesOf(c).filter((f) => f !== null && (f.mark === true || f.index <= LEADING)).length;
  const held = (count: number): boolean => count > 0 && count * 2 >= table.rows.length;
  let statusCol = columnIndex(header, STATUS_COLUMN);
  const headed = statusCol >= 0;
  if (!headed) {
    // No status header: the column where most cells hold a status.
    let best = -1;
    let bestCount = 0;
    for (let c = 0; c < header.length; c++) {
      const count = statusCells(c);
      if (count > bestCount) {
        best = c;
        bestCount = count;
      }
    }
    if (!held(bestCount)) return [];
    statusCol = best;
  }
  // Later status columns, one per phase (`Phase 0 狀態 | Phase 1 狀態 | 最終評估`, `Pre-impl |
  // Post-impl`): a row's status is its rightmost decided one (a later phase's `✅ PASS` over
  // the first's `⚠️ 待確認`; not a `[ ]` left for a phase still to come).
  const later: number[] = [];
  for (let c = statusCol + 1; c < header.length; c++)
    if ((!headed || STATUS_COLUMN.test(plainText(header[c] ?? ""))) && held(statusCells(c)))
      later.push(c);
  // A column headed as the status (`Plan compliance`) whose cells are mostly prose, not
  // statuses: a status word deep in its prose (`… CI re-runs disabled — failure is failure`) is
  // no row's status, as it is none in a column found by its cells.
  const prose = headed && !held(statusCells(statusCol));
  let labelCol = columnIndex(header, LABEL_COLUMN);
  if (labelCol === statusCol || labelCol < 0) labelCol = statusCol === 0 ? 1 : 0;
  const reasonCol = columnIndex(header, REASON_COLUMN);
  return table.rows.flatMap((row, r) => {
    // Each cell's plain text once: a hostile table holds 100,000 rows.
    const label = plainText(row.cells[labelCol] ?? "");
    if (label === "" || /^-+$/.test(label)) return [];
    const cells = row.cells.map((c, k) => (k === labelCol ? label : plainText(c)));
    let col = statusCol;
    let found = findStatus(cells[statusCol] ?? "");
    if (prose && found && found.mark !== true && found.index > LEADING) found = null;
    for (let n = later.length - 1; n >= 0; n--) {
      const c = later[n] ?? statusCol;
      const status = statusesOf(c)[r] ?? null;
      if (status && DECIDED.has(status.status)) {
        col = c;
        found = status;
        break;
      }
    }
    const statusText = cells[col] ?? "";
    const others = cells
      .map((c, k) => (k === labelCol || k === col ? "" : c))
      .filter((c) => c !== "" && c !== "-" && c !== "—");
    const reasonParts =
      reasonCol >= 0 && reasonCol !== labelCol && reasonCol !== col
        ? [cells[reasonCol] ?? ""]
        : others;
    const afterStatus = found
      ? statusText.slice(found.index + found.length).replace(/^[\s\-–—:：,.()]+/u, "")
      : statusText;
    return [
      {
        label,
        status:
          found?.status === "fail" && noToUnwanted(label, statusText)
            ? ("pass" as const)
            : (found?.status ?? "unknown"),
        line: row.line,
        column: 1,
        form: "table" as const,
        cells,
        reason: [afterStatus, ...reasonParts].filter(Boolean).join(" ").trim(),
        text: cells.join(" "),
      },
    ];
  });
}
