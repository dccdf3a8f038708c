import { invalidValue, type CellError } from "./errors";

/**
 * Excel hands a custom function's `any[][]` argument over as rows of cells, also for a single
 * cell ([[v]]); JavaScript callers (preview, tests) may pass a plain value. Per-invoice arguments
 * share one shape; a single cell is broadcast to every row (like =A2:A9-$B$1).
 */
export type Grid = readonly (readonly unknown[])[];

/** Rows and columns of the result. */
export interface Shape {
  rows: number;
  cols: number;
}

/** An argument that was left out: one blank cell, so it broadcasts like any single cell. */
export const OMITTED: Grid = [[null]];

/** The argument as rows of cells, or why it is not a usable range. */
export function toGrid(name: string, value: unknown): Grid | CellError {
  if (value === null || value === undefined) return OMITTED;
  if (!Array.isArray(value)) return [[value]];
  if (value.length === 0) return invalidValue(name, "the range is empty");
  if (!Array.isArray(value[0])) return [value];
  const cols = (value[0] as unknown[]).length;
  if (cols === 0) return invalidValue(name, "the range is empty");
  for (let r = 1; r < value.length; r++) {
    const row: unknown = value[r];
    if (!Array.isArray(row) || row.length !== cols) {
      return invalidValue(name, "the rows of the range do not all have the same length");
    }
  }
  return value as Grid;
}

/** Whether a grid is one cell, which broadcasts. */
export function isSingleCell(grid: Grid): boolean {
  return grid.length === 1 && grid[0].length === 1;
}

/**
 * The shape of the result: that of the per-invoice arguments that are ranges, which must all be
 * the same; single cells broadcast. The error names the argument whose shape does not fit.
 */
export function commonShape(names: readonly string[], grids: readonly Grid[]): Shape | CellError {
  let rows = 1;
  let cols = 1;
  let first = -1;
  for (let i = 0; i < grids.length; i++) {
    const grid = grids[i];
    if (isSingleCell(grid)) continue;
    if (first < 0) {
      first = i;
      rows = grid.length;
      cols = grid[0].length;
    } else if (grid.length !== rows || grid[0].length !== cols) {
      return invalidValue(
        names[i],
        `a ${grid.length}x${grid[0].length} range does not match the ${rows}x${cols} range of ` +
          `${names[first]}; give a range of the same size or a single cell`
      );
    }
  }
  return { rows, cols };
}

/** A result grid of this shape, every cell set to `fill`. */
export function gridOf(shape: Shape, fill: unknown): unknown[][] {
  const out = new Array<unknown[]>(shape.rows);
  for (let r = 0; r < shape.rows; r++) {
    const row = new Array<unknown>(shape.cols);
    for (let c = 0; c < shape.cols; c++) row[c] = fill;
    out[r] = row;
  }
  return out;
}

/** A 1x1 result: how a whole-call error (bad shape, bad policy) reaches the cell. */
export function single(value: unknown): unknown[][] {
  return [[value]];
}
