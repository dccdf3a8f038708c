import type { SheetArea } from "../core/sheet/a1";
import { protectedSheetError } from "../core/sheet/sheetErrors";
import { WorkbookError, type SheetRead } from "../core/workbook";
import { findSheet, type BookState } from "./bookState";
import type { MemorySheet, MemoryTable } from "./memorySheet";
import { withoutTotalRow } from "../core/sheet/tableBody";

/** Where a sheet's receivables are: its table, else its used range. */
export interface DataArea {
  area: SheetArea;
  tableName?: string;
}

export function dataArea(sheet: MemorySheet): DataArea | undefined {
  if (sheet.table) return { area: tableData(sheet.table), tableName: sheet.table.name };
  const used = sheet.usedArea();
  return used ? { area: used } : undefined;
}

/** The read's sheet, refused when it is protected (nothing is written then). */
export function writableSheet(state: BookState, read: SheetRead): MemorySheet {
  const sheet = findSheet(state, read.sheetName);
  if (!sheet)
    throw new WorkbookError(
      "sheet-missing",
      `The sheet "${read.sheetName}" no longer exists. Read the sheet again.`
    );
  if (sheet.protected) {
    throw protectedSheetError(sheet.name);
  }
  return sheet;
}

/** The header row across the data area (table columns or used range). */
export function headerCells(sheet: MemorySheet, read: SheetRead): unknown[] {
  const data = dataArea(sheet) as DataArea;
  const firstColumn = read.firstColumn ?? 0;
  const width = data.area.column + data.area.columnCount - firstColumn;
  return (
    sheet.values({
      row: read.headerRow,
      column: firstColumn,
      rowCount: 1,
      columnCount: Math.max(width, 0),
    })[0] ?? []
  );
}

/** Add `count` columns at the right of the table, shifting the cells beside it like Excel. */
export function growTable(sheet: MemorySheet, count: number): void {
  if (!sheet.table || count === 0) return;
  const { area } = sheet.table;
  sheet.insertCells(area, area.column + area.columnCount, count);
  sheet.table.area = { ...area, columnCount: area.columnCount + count };
}

/** A table's header and data rows: its Total row is neither read nor written. */
export function tableData(table: MemoryTable): SheetArea {
  return withoutTotalRow(table.area, table.showTotals);
}
