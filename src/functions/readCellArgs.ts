import { cellArg, isError, shapeOf, type CellArg, type CellReader, type Read } from "./cellArg";
import { isCellError, type CellError } from "./errors";
import type { Shape } from "./grid";

type Value = number | boolean | string;

/** Each argument by its name (the one a #VALUE! message gives): what Excel passed, and its reader. */
export type ArgSpecs = Record<string, readonly [unknown, CellReader<Value>]>;

/** The arguments' values in one cell of the result, by name: a value, or undefined when blank. */
export type CellValues<Specs extends ArgSpecs> = {
  readonly [Name in keyof Specs]: Specs[Name][1] extends CellReader<infer T>
    ? T | undefined
    : never;
};

/**
 * The per-invoice arguments of one call, read and checked once, and the shape of the result.
 * `map` walks the result's cells: the first argument whose cell is an error, in the order the
 * arguments were given, is what the cell shows; otherwise `compute` makes the cell's value.
 */
export class CellArgs<Specs extends ArgSpecs> {
  constructor(
    private readonly names: readonly string[],
    private readonly args: readonly CellArg<Value>[],
    readonly shape: Shape
  ) {}

  /**
   * Each cell of the result. `values` is one object reused for every cell (a million-row call
   * allocates no object per row): compute reads it and keeps nothing of it.
   */
  map(compute: (values: CellValues<Specs>, row: number, col: number) => unknown): unknown[][] {
    const values: Record<string, Read<Value>> = {};
    // Single cells are read once, here; only the ranges are read cell by cell. A single cell's
    // error stands behind the ranges given before it, which are still read, and before the rest.
    const rangeNames: string[] = [];
    const ranges: CellArg<Value>[] = [];
    let fixedError: CellError | undefined;
    for (let i = 0; i < this.args.length && fixedError === undefined; i++) {
      const arg = this.args[i];
      if (!arg.broadcast) {
        rangeNames.push(this.names[i]);
        ranges.push(arg);
        continue;
      }
      const value = arg.at(0, 0);
      if (isError(value)) fixedError = value;
      else values[this.names[i]] = value;
    }
    const cellValues = values as CellValues<Specs>;
    const { rows, cols } = this.shape;
    // Single cells only (a formula filled down, one call per row): one cell, no loop.
    if (rows === 1 && cols === 1) {
      return [[fixedError === undefined ? compute(cellValues, 0, 0) : fixedError]];
    }
    const count = ranges.length;
    const out = new Array<unknown[]>(rows);
    for (let row = 0; row < rows; row++) {
      const line = new Array<unknown>(cols);
      for (let col = 0; col < cols; col++) {
        let error = fixedError;
        for (let i = 0; i < count; i++) {
          const value = ranges[i].at(row, col);
          // A read value is a primitive or undefined, so an object is the cell's error.
          if (typeof value === "object") {
            error = value;
            break;
          }
          values[rangeNames[i]] = value;
        }
        line[col] = error === undefined ? compute(cellValues, row, col) : error;
      }
      out[row] = line;
    }
    return out;
  }
}

/**
 * The per-invoice arguments of one call, read once (docs/design.md §5): each becomes a CellArg
 * named after its key, then the shape they share is settled. The first argument, in the order
 * given, that is not a usable cell or range, or the first pair of shapes that do not fit, is the
 * error the whole call returns.
 *
 * @example
 * const args = readCellArgs({ daysOverdue: [[[10], [20]], readNumber], asOf: [[[45000]], readDay] });
 * if (isCellError(args)) return single(args);
 * args.map(({ daysOverdue }) => daysOverdue) //=> [[10], [20]]; args.shape //=> { rows: 2, cols: 1 }
 */
export function readCellArgs<Specs extends ArgSpecs>(specs: Specs): CellArgs<Specs> | CellError {
  const names = Object.keys(specs);
  const args: CellArg<Value>[] = [];
  for (const name of names) {
    const arg = cellArg(name, specs[name][0], specs[name][1]);
    if (isCellError(arg)) return arg;
    args.push(arg);
  }
  return settle<Specs>(names, args);
}

/**
 * readCellArgs with what Excel passed and the readers given apart: the values by name, in the
 * order given, each read by its name's reader in `readers` unless `overrides` gives another
 * (argumentReaders' table, through readArgs). No closure or spec per call: a formula filled
 * down makes one call per row.
 */
export function readNamedArgs<Specs extends ArgSpecs>(
  values: Readonly<Record<string, unknown>>,
  readers: Readonly<Record<string, CellReader<Value>>>,
  overrides?: Readonly<Record<string, CellReader<Value> | undefined>>
): CellArgs<Specs> | CellError {
  const names = Object.keys(values);
  const args: CellArg<Value>[] = [];
  for (const name of names) {
    const read = (overrides && overrides[name]) ?? readers[name];
    const arg = cellArg(name, values[name], read);
    if (isCellError(arg)) return arg;
    args.push(arg);
  }
  return settle<Specs>(names, args);
}

/** The call's arguments with the shape they share, or the error of shapes that do not fit. */
function settle<Specs extends ArgSpecs>(
  names: readonly string[],
  args: readonly CellArg<Value>[]
): CellArgs<Specs> | CellError {
  const shape = shapeOf(args);
  return isCellError(shape) ? shape : new CellArgs<Specs>(names, args, shape);
}
