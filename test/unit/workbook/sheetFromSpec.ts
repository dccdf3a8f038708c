/**
 * What both contract fixtures do the same way: fill a memory sheet (the preview's own, or the one
 * the fake Excel serves) as a SheetSpec describes it, and show a cell as the contract sees it.
 */
import { columnIndex, parseAddress, type SheetArea } from "../../../src/core/sheet/a1";
import type { MemoryCell, MemorySheet } from "../../../src/preview/memorySheet";
import type { CellView, SheetSpec } from "./contract";

/** Cells, extra cells, table, merges and hidden rows of the spec; protection is the fixture's. */
export function fillSheet(sheet: MemorySheet, spec: SheetSpec): MemorySheet {
  const firstRow = spec.firstRow ?? 1;
  spec.cells.forEach((row, r) => row.forEach((value, c) => sheet.input(firstRow + r, c, value)));
  for (const { address, value } of spec.extraCells ?? []) {
    const [at] = parseAddress(address);
    sheet.input(at.row, at.column, value);
  }
  if (spec.table) {
    sheet.table = {
      name: spec.table,
      area: {
        row: firstRow,
        column: 0,
        rowCount: spec.cells.length,
        columnCount: spec.cells[0].length,
      },
      ...(spec.tableTotals ? { showTotals: true } : {}),
    };
  }
  sheet.merges.push(...(spec.merges ?? []));
  for (const row of spec.hiddenRows ?? []) sheet.hiddenRows.add(row);
  return sheet;
}

/** The cell at an A1 address ("C2"), undefined when empty. */
export function cellView(sheet: MemorySheet | undefined, address: string): CellView | undefined {
  const match = /^([A-Z]+)(\d+)$/.exec(address) as RegExpExecArray;
  const cell = sheet?.cell(Number(match[2]), columnIndex(match[1]));
  if (!cell || (cell.value === null && !cell.formula)) return undefined;
  return cell.formula ? { value: cell.value, formula: cell.formula } : { value: cell.value };
}

/**
 * The user inserts (`count` > 0) or deletes (`count` < 0) whole columns at `at` (0-based), as
 * Excel does it: cells right of them shift, a table and conditional formats stretch or shrink,
 * and a defined name moves with its cell or, when its cell is deleted, refers to #REF! (kept,
 * under its name: column -1). Formulas keep their text (the tests look at values and marks).
 */
export function editColumns(sheet: MemorySheet, at: number, count: number): void {
  const shift = (column: number) =>
    column < at ? column : count > 0 ? column + count : column < at - count ? -1 : column + count;
  for (const cells of sheet.rows) {
    if (!cells || cells.length <= at) continue;
    if (count > 0) cells.splice(at, 0, ...Array<undefined>(count));
    else cells.splice(at, -count);
  }
  for (const [name, cell] of sheet.names) {
    sheet.names.set(name, { ...cell, column: cell.column < 0 ? -1 : shift(cell.column) });
  }
  const stretch = (area: SheetArea): SheetArea | undefined => {
    const first = area.column;
    const last = area.column + area.columnCount - 1;
    if (count > 0) {
      if (last < at) return area;
      return first >= at
        ? { ...area, column: first + count }
        : { ...area, columnCount: area.columnCount + count };
    }
    const kept = [...Array(area.columnCount).keys()]
      .map((i) => shift(first + i))
      .filter((c) => c >= 0);
    return kept.length ? { ...area, column: kept[0], columnCount: kept.length } : undefined;
  };
  if (sheet.table) {
    const area = stretch(sheet.table.area);
    if (area) sheet.table.area = area;
    else sheet.table = undefined;
  }
  const formats = sheet.conditionalFormats.flatMap((f) => {
    const area = stretch(f.area);
    return area ? [{ ...f, area }] : [];
  });
  sheet.conditionalFormats.splice(0, sheet.conditionalFormats.length, ...formats);
}

/** The user inserts `count` empty rows above row `at` (1-based): what is below moves down. */
export function insertRows(sheet: MemorySheet, at: number, count: number): void {
  const empty = Array.from({ length: count }, (): (MemoryCell | undefined)[] => []);
  if (sheet.rows.length >= at) sheet.rows.splice(at - 1, 0, ...empty);
  for (const [name, cell] of sheet.names) {
    if (cell.row >= at) sheet.names.set(name, { ...cell, row: cell.row + count });
  }
  if (sheet.table) {
    const area = sheet.table.area;
    if (area.row >= at) sheet.table.area = { ...area, row: area.row + count };
    else if (area.row + area.rowCount > at)
      sheet.table.area = { ...area, rowCount: area.rowCount + count };
  }
}
