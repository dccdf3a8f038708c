import { parseAddress, rangeAddress } from "../core/sheet/a1";
import { columnMarkName, markedColumnId } from "../core/sheet/columnMarks";
import type { Placement } from "../core/sheet/ownedColumns";

/** The sheet's defined names, queued to load with the next sync (name and what it refers to). */
export function queueSheetNames(sheet: Excel.Worksheet): Excel.NamedItemCollection {
  return sheet.names.load("items/name,items/formula");
}

/** The add-in's marks by name, each with the names' column (0-based within `firstColumn`'s row read) or undefined when it went #REF!. */
export interface LoadedMarks {
  /** Column id -> index within the header row read, for the marks that still refer to a cell. */
  at: Map<string, number>;
  /** Every mark name on the sheet, #REF! ones included: replaced, not added twice. */
  names: Set<string>;
}

/**
 * The add-in's column marks among the sheet's names. A name of a deleted column refers to
 * "=#REF!" (or "=Sheet!#REF!"): its column is gone and with it the proof.
 */
export function marksFrom(names: Excel.NamedItemCollection, firstColumn: number): LoadedMarks {
  const at = new Map<string, number>();
  const all = new Set<string>();
  for (const item of names.items) {
    const id = markedColumnId(item.name);
    if (id === undefined) continue;
    all.add(item.name);
    const reference = String(item.formula ?? "").replace(/^=/, "");
    if (reference.includes("#REF!")) continue;
    try {
      at.set(id, parseAddress(reference)[0].column - firstColumn);
    } catch {
      // Not a cell reference (a user edited the name): no proof.
    }
  }
  return { at, names: all };
}

/**
 * Mark the header cell of each placed column with its hidden name, replacing the old mark (a
 * column renamed into the other language, or moved). Queued; sent with the next sync.
 */
export function queueColumnMarks(
  sheet: Excel.Worksheet,
  existing: ReadonlySet<string>,
  placements: readonly Placement[],
  headerRow: number,
  firstColumn: number
): void {
  for (const placement of placements) {
    const name = columnMarkName(placement.id);
    if (existing.has(name)) sheet.names.getItem(name).delete();
    const cell = sheet.getRange(rangeAddress(firstColumn + placement.index, headerRow));
    const mark = sheet.names.add(name, cell);
    mark.visible = false;
  }
}

/**
 * Cells of the user in the add-in's columns: those holding a constant (the add-in writes only
 * formulas there), queued per column over rows `from`..`to`.
 */
export function queueUserCells(
  sheet: Excel.Worksheet,
  columns: readonly { id: string; column: number }[],
  from: number,
  to: number
): Map<string, Excel.RangeAreas> {
  const queued = new Map<string, Excel.RangeAreas>();
  if (to < from) return queued;
  for (const { id, column } of columns) {
    const range = sheet.getRange(rangeAddress(column, from, 1, to - from + 1));
    queued.set(
      id,
      range.getSpecialCellsOrNullObject(Excel.SpecialCellType.constants).load("address")
    );
  }
  return queued;
}

/** The rows of the user's cells per column, once synced. */
export function userRowsFrom(queued: Map<string, Excel.RangeAreas>): Map<string, Set<number>> {
  const rows = new Map<string, Set<number>>();
  for (const [id, areas] of queued) {
    const set = new Set<number>();
    if (!areas.isNullObject) {
      for (const area of parseAddress(areas.address)) {
        for (let row = area.row; row < area.row + area.rowCount; row++) set.add(row);
      }
    }
    rows.set(id, set);
  }
  return rows;
}
