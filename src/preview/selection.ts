import type { SheetArea } from "../core/sheet/a1";
import { invoiceRowsOf, rowRuns } from "../core/sheet/selectionRows";
import { activeSheet, type BookState } from "./bookState";
import { dataArea } from "./sheetTarget";

/** Sheet rows of the invoices under the selected cells, hidden rows left out. */
export function readSelection(state: BookState): number[] {
  const sheet = activeSheet(state);
  const rows = new Set<number>();
  for (const area of state.selection) {
    for (let row = area.row; row < area.row + area.rowCount; row++) {
      if (!sheet.hiddenRows.has(row)) rows.add(row);
    }
  }
  return invoiceRowsOf(
    [...rows],
    state.lastRead?.sheetName === sheet.name ? state.lastRead : undefined
  );
}

/** The areas that select these rows across the active sheet's data, one per run of rows. */
export function rowsSelection(state: BookState, rows: number[]): SheetArea[] {
  const data = dataArea(activeSheet(state));
  const column = data?.area.column ?? 0;
  const columnCount = data?.area.columnCount ?? 1;
  return rowRuns(rows).map(([row, rowCount]) => ({ row, rowCount, column, columnCount }));
}
