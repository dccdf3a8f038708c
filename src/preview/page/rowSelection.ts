import type { SheetArea } from "../../core/sheet/a1";
import { rowRuns } from "../../core/sheet/selectionRows";

/** How a click on a row number or cell changes the selection, as in Excel. */
export interface RowClick {
  row: number;
  shift: boolean;
  /** Ctrl (Windows) or Cmd (macOS): add to the selection. */
  toggle: boolean;
}

export interface RowSelectionState {
  /** Selected rows, ascending. */
  rows: number[];
  /** Where a shift-click range starts. */
  anchor?: number;
}

/**
 * The selection after a click: a plain click selects the row; shift extends from the anchor
 * (replacing, or added to the rest with ctrl); ctrl adds or removes one row.
 */
export function clickRow(state: RowSelectionState, click: RowClick): RowSelectionState {
  const { row } = click;
  if (click.shift && state.anchor !== undefined) {
    const from = Math.min(state.anchor, row);
    const to = Math.max(state.anchor, row);
    const range = Array.from({ length: to - from + 1 }, (_v, i) => from + i);
    const base = click.toggle ? state.rows : [];
    return { rows: sortedUnique([...base, ...range]), anchor: state.anchor };
  }
  if (click.toggle) {
    const has = state.rows.includes(row);
    return {
      rows: has ? state.rows.filter((r) => r !== row) : sortedUnique([...state.rows, row]),
      anchor: row,
    };
  }
  return { rows: [row], anchor: row };
}

function sortedUnique(rows: number[]): number[] {
  return [...new Set(rows)].sort((a, b) => a - b);
}

/** Rows -> whole-row areas over the sheet's used columns (consecutive rows in one area). */
export function rowsToAreas(
  rows: readonly number[],
  column: number,
  columnCount: number
): SheetArea[] {
  return rowRuns([...rows]).map(([row, rowCount]) => ({ row, rowCount, column, columnCount }));
}

/** The rows covered by selection areas, ascending. */
export function areasToRows(areas: readonly SheetArea[]): number[] {
  const rows = new Set<number>();
  for (const area of areas) for (let r = 0; r < area.rowCount; r++) rows.add(area.row + r);
  return [...rows].sort((a, b) => a - b);
}
