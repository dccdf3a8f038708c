import { excelErrorName } from "../core/values/excelError";
import { isBlank } from "../core/values/isBlank";
import type { Parsed } from "../core/values/parsed";
import { invalidValue, isCellError, type CellError } from "./errors";
import { commonShape, isSingleCell, toGrid, type Grid, type Shape } from "./grid";

/** A cell value once read: the value, undefined for a blank cell, or the error to show. */
export type Read<T> = T | undefined | CellError;

/** Numbers from min to max (whole ones only when `integer`): what a reader takes as they are. */
export interface QuickRange {
  min: number;
  max: number;
  integer: boolean;
}

/** How one argument's cells are read (a core parser, with the cell's value as Excel gives it). */
export interface CellReader<T> {
  (value: unknown): Parsed<T>;
  /**
   * The cells that are already the value the parser would give (plain numbers in a range, or
   * TRUE/FALSE): they are used as they are, so the common case of a big range costs no parsing
   * and no allocation. Data rather than a function: CellArg tests it inline, with no call per cell.
   */
  quick?: QuickRange | "boolean";
  /**
   * 0 reads as a blank cell: some Excel builds send an empty cell as 0 (office-js #4702,
   * #5262), and where 0 cannot be a value (serial 0 is no date) it can only be such a blank.
   */
  zeroIsBlank?: boolean;
}

/** A reader with its quick check. */
export function cellReader<T>(
  parse: (value: unknown) => Parsed<T>,
  quick: QuickRange | "boolean"
): CellReader<T> {
  return Object.assign(parse, { quick });
}

/** Distinct texts remembered per argument and call (Yes/No, statuses, text dates repeat). */
const TEXT_CACHE_LIMIT = 1024;

/**
 * One per-invoice argument of a call. A single cell is read once and broadcast (an as-of cell
 * against a column of due dates), a range is read cell by cell. Errors name the argument.
 * T is a primitive (number, boolean, string), so any object it returns is an error.
 */
export class CellArg<T extends number | boolean | string> {
  /** Whether the argument is a single cell, read once and used in every cell of the result. */
  readonly broadcast: boolean;
  private readonly value: Read<T>;
  // The quick range as plain fields; NaN bounds (no range) let no number through.
  private readonly min: number;
  private readonly max: number;
  private readonly integer: boolean;
  private readonly booleans: boolean;
  private readonly zeroIsBlank: boolean;
  private texts: Map<string, Read<T>> | undefined;
  // The last text read and its result: a column of "No" costs one comparison per cell.
  private lastText: string | undefined;
  private lastResult: Read<T>;

  constructor(
    readonly name: string,
    readonly grid: Grid,
    private readonly read: CellReader<T>
  ) {
    const quick = read.quick;
    const range = typeof quick === "object" ? quick : undefined;
    this.min = range ? range.min : NaN;
    this.max = range ? range.max : NaN;
    this.integer = range ? range.integer : false;
    this.booleans = quick === "boolean";
    this.zeroIsBlank = read.zeroIsBlank === true;
    this.broadcast = isSingleCell(grid);
    this.value = this.broadcast ? this.readCell(grid[0][0]) : undefined;
  }

  /** The argument's value in row r, column c of the result. */
  at(r: number, c: number): Read<T> {
    return this.broadcast ? this.value : this.readCell(this.grid[r][c]);
  }

  private readCell(value: unknown): Read<T> {
    if (typeof value === "number") {
      const quick =
        value >= this.min && value <= this.max && (!this.integer || Number.isInteger(value));
      return quick ? (value as T) : this.parseCell(value);
    }
    if (typeof value === "boolean" && this.booleans) return value as T;
    if (typeof value !== "string") return this.parseCell(value);
    if (value === this.lastText) return this.lastResult;
    // Results are immutable (a primitive or a shared error), so equal texts share them.
    this.texts ??= new Map();
    let result = this.texts.get(value);
    if (result === undefined && !this.texts.has(value)) {
      result = this.parseCell(value);
      if (this.texts.size < TEXT_CACHE_LIMIT) this.texts.set(value, result);
    }
    this.lastText = value;
    this.lastResult = result;
    return result;
  }

  private parseCell(value: unknown): Read<T> {
    if (isBlank(value) || (value === 0 && this.zeroIsBlank)) return undefined;
    const error = cellErrorName(value);
    if (error) return invalidValue(this.name, `the cell holds the error ${error}`);
    const result = this.read(value);
    return result.ok ? result.value : invalidValue(this.name, result.reason);
  }
}

/** Whether a read cell is an error rather than a value or a blank. */
export function isError<T>(value: Read<T>): value is CellError {
  return typeof value === "object" && value !== null;
}

/** The Excel error a cell holds: Excel's error object or its text ("#N/A"). */
function cellErrorName(value: unknown): string | undefined {
  if (isCellError(value)) return value.code;
  return excelErrorName(value);
}

/** The argument ready to read, or the error of a value that is not a usable range. */
export function cellArg<T extends number | boolean | string>(
  name: string,
  value: unknown,
  read: CellReader<T>
): CellArg<T> | CellError {
  const grid = toGrid(name, value);
  return Array.isArray(grid) ? new CellArg(name, grid as Grid, read) : (grid as CellError);
}

/** The shape of the result of a call with these per-invoice arguments (see commonShape). */
export function shapeOf(args: readonly CellArg<number | boolean | string>[]): Shape | CellError {
  if (args.length === 1) return { rows: args[0].grid.length, cols: args[0].grid[0].length };
  const names = new Array<string>(args.length);
  const grids = new Array<Grid>(args.length);
  for (let i = 0; i < args.length; i++) {
    names[i] = args[i].name;
    grids[i] = args[i].grid;
  }
  return commonShape(names, grids);
}
