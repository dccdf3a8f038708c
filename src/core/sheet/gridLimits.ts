import { columnLetter, MAX_COLUMNS, MAX_ROWS } from "./a1";
import { gridEdgeError } from "./sheetErrors";

/**
 * Refuse, before anything is written, a write of the add-in's columns that would need a column
 * past XFD: data reaching the last columns leaves no room to the right for them, and Excel would
 * fail half-way through a batch (a range address past XFD is invalid), leaving some cells written.
 * `indexes` are 0-based within the header row read, which starts at sheet column `firstColumn`.
 */
export function assertColumnsFit(
  sheetName: string,
  firstColumn: number,
  indexes: readonly number[]
): void {
  const needed = indexes.filter((index) => firstColumn + index >= MAX_COLUMNS).length;
  if (needed === 0) return;
  throw gridEdgeError(
    sheetName,
    `its data reaches column ${columnLetter(MAX_COLUMNS - 1)}, the last column of Excel, so there is no room to the right for ${needed} more column(s). Move or delete the cells in the last columns, or put the invoices in a table or a sheet of their own.`
  );
}

/**
 * Refuse, before anything is written, `rowCount` rows from sheet row `firstRow` when they would go
 * past row 1,048,576 (a reminder log that has reached the last row of Excel).
 * @example (() => { try { assertRowsFit("Reminder log", 1048570, 10) } catch (error) { return error.code } })() //=> "grid-full"
 */
export function assertRowsFit(sheetName: string, firstRow: number, rowCount: number): void {
  if (rowCount <= 0 || firstRow + rowCount - 1 <= MAX_ROWS) return;
  throw gridEdgeError(
    sheetName,
    `${rowCount} more row(s) from row ${firstRow} would go past row ${MAX_ROWS.toLocaleString("en-US")}, the last row of Excel. Move its rows to another sheet or delete the oldest ones, then try again.`
  );
}
