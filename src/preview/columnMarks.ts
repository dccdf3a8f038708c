import { isBlank } from "../core/values/isBlank";
import { ownedColumnsOf, type SettingsStore } from "../core/sheet/addInMemory";
import { columnMarkName, locateOwnedColumns, markedColumnId } from "../core/sheet/columnMarks";
import type { OwnedColumn, Placement } from "../core/sheet/ownedColumns";
import type { MemorySheet } from "./memorySheet";

/**
 * The add-in's columns on the sheet, where their marks are now (0-based from `firstColumn`):
 * the preview keeps marks as Excel keeps names, moving with their cells.
 */
export function ownedColumnsOn(
  store: SettingsStore,
  sheet: MemorySheet,
  firstColumn: number
): OwnedColumn[] {
  const marks = new Map<string, number>();
  for (const [name, cell] of sheet.names) {
    const id = markedColumnId(name);
    if (id !== undefined && cell.column >= 0) marks.set(id, cell.column - firstColumn);
  }
  return locateOwnedColumns(ownedColumnsOf(store, sheet.name), marks);
}

/** Mark the header cell of each placed column (replacing an older mark of the same column). */
export function markColumns(
  sheet: MemorySheet,
  placements: readonly Placement[],
  headerRow: number,
  firstColumn: number
): void {
  for (const placement of placements) {
    sheet.names.set(columnMarkName(placement.id), {
      row: headerRow,
      column: firstColumn + placement.index,
    });
  }
}

/** A cell the user typed: a value without a formula (the add-in writes only formulas there). */
export function isUserCell(sheet: MemorySheet, row: number, column: number): boolean {
  const cell = sheet.cell(row, column);
  return cell !== undefined && cell.formula === undefined && !isBlank(cell.value);
}
