import { cei } from "../core/kpi/cei";
import { dso } from "../core/kpi/dso";
import { dsoCountback } from "../core/kpi/dsoCountback";
import type { Parsed } from "../core/values/parsed";
import { isBlank } from "../core/values/isBlank";
import { CellArg, cellArg, isError, shapeOf } from "./cellArg";
import { invalidValue, isCellError, type CellError } from "./errors";
import { single, toGrid } from "./grid";
import { readCount, readNonNegative, readPositive } from "./readers";

/** CREDIT.DSO, CREDIT.DSOCOUNTBACK and CREDIT.CEI over cells and ranges. */

/** Period length used by DSOCOUNTBACK when the days of each period are not given. */
export const DEFAULT_PERIOD_DAYS = 30;

/**
 * A KPI's value for a cell, or #VALUE! naming the argument core's reason is about (each
 * argument is checked on its own when read; core refuses only combinations).
 */
function kpiValue(result: Parsed<number>, argument: string): unknown {
  if (!result.ok) return invalidValue(argument, result.reason);
  return Number.isFinite(result.value)
    ? result.value
    : invalidValue(argument, "the result is too large to compute");
}

/** Simple DSO of each pair: receivables / credit sales x days; "" when either is blank. */
export function dsoCells(receivables: unknown, creditSales: unknown, days?: unknown): unknown[][] {
  const ar = cellArg("receivables", receivables, readNonNegative);
  if (!(ar instanceof CellArg)) return single(ar);
  const sales = cellArg("creditSales", creditSales, readPositive);
  if (!(sales instanceof CellArg)) return single(sales);
  const period = cellArg("days", days, readPositive);
  if (!(period instanceof CellArg)) return single(period);
  const shape = shapeOf([ar, sales, period]);
  if (isCellError(shape)) return single(shape);

  const out = new Array<unknown[]>(shape.rows);
  for (let r = 0; r < shape.rows; r++) {
    const row = new Array<unknown>(shape.cols);
    for (let c = 0; c < shape.cols; c++) {
      const a = ar.at(r, c);
      const s = sales.at(r, c);
      const d = period.at(r, c);
      if (isError(a)) row[c] = a;
      else if (isError(s)) row[c] = s;
      else if (isError(d)) row[c] = d;
      else if (a === undefined || s === undefined) row[c] = "";
      else row[c] = kpiValue(d === undefined ? dso(a, s) : dso(a, s, d), "creditSales");
    }
    out[r] = row;
  }
  return out;
}

/**
 * The numbers of a list argument (a row, a column or an array such as {500;700}), in reading
 * order. A blank inside the list is refused: it would silently shift the periods.
 */
function readList(
  name: string,
  value: unknown,
  read: (value: unknown) => Parsed<number>
): number[] | CellError {
  const grid = toGrid(name, value);
  if (!Array.isArray(grid)) return grid as CellError;
  const list: number[] = [];
  for (const row of grid) {
    for (const cell of row) {
      const position = list.length + 1;
      if (isBlank(cell)) return invalidValue(name, `period ${position} is blank; give 0 instead`);
      if (isCellError(cell)) {
        return invalidValue(name, `period ${position} holds the error ${cell.code}`);
      }
      const item = read(cell);
      if (!item.ok) return invalidValue(name, `period ${position}: ${item.reason}`);
      list.push(item.value);
    }
  }
  return list;
}

/**
 * Countback DSO of each receivables cell against one list of sales per period (oldest first):
 * the days of the latest periods whose sales the receivables use up.
 */
export function dsoCountbackCells(
  receivables: unknown,
  salesByPeriod: unknown,
  daysByPeriod?: unknown
): unknown[][] {
  const ar = cellArg("receivables", receivables, readNonNegative);
  if (!(ar instanceof CellArg)) return single(ar);
  if (salesByPeriod === null || salesByPeriod === undefined || isBlank(salesByPeriod)) {
    return single(invalidValue("salesByPeriod", "give the credit sales of each period"));
  }
  const sales = readList("salesByPeriod", salesByPeriod, readNonNegative);
  if (isCellError(sales)) return single(sales);
  const days = periodDays(daysByPeriod, sales.length);
  if (isCellError(days)) return single(days);

  const rows = ar.grid.length;
  const cols = ar.grid[0].length;
  const out = new Array<unknown[]>(rows);
  for (let r = 0; r < rows; r++) {
    const row = new Array<unknown>(cols);
    for (let c = 0; c < cols; c++) {
      const a = ar.at(r, c);
      if (isError(a)) row[c] = a;
      else if (a === undefined) row[c] = "";
      else row[c] = kpiValue(dsoCountback(a, sales, days), "salesByPeriod");
    }
    out[r] = row;
  }
  return out;
}

/** Days of each period: given one per period, one for all, or 30 each when left out. */
function periodDays(value: unknown, periods: number): number[] | CellError {
  const blank = value === null || value === undefined || isBlank(value);
  const given = blank ? [] : readList("daysByPeriod", value, readPositive);
  if (isCellError(given)) return given;
  if (given.length === periods) return given;
  if (given.length <= 1) {
    return new Array<number>(periods).fill(given.length === 1 ? given[0] : DEFAULT_PERIOD_DAYS);
  }
  return invalidValue(
    "daysByPeriod",
    `${given.length} periods of days for ${periods} periods of sales; give one per period or one for all`
  );
}

/**
 * Collection effectiveness index of each set of cells, in percent:
 * (begin AR + sales/N - end AR) / (begin AR + sales/N - end current AR) x 100.
 */
export function ceiCells(
  beginAR: unknown,
  creditSales: unknown,
  endAR: unknown,
  endCurrentAR: unknown,
  periods?: unknown
): unknown[][] {
  const begin = cellArg("beginAR", beginAR, readNonNegative);
  if (!(begin instanceof CellArg)) return single(begin);
  const sales = cellArg("creditSales", creditSales, readNonNegative);
  if (!(sales instanceof CellArg)) return single(sales);
  const end = cellArg("endAR", endAR, readNonNegative);
  if (!(end instanceof CellArg)) return single(end);
  const current = cellArg("endCurrentAR", endCurrentAR, readNonNegative);
  if (!(current instanceof CellArg)) return single(current);
  const n = cellArg("periods", periods, readCount);
  if (!(n instanceof CellArg)) return single(n);
  const shape = shapeOf([begin, sales, end, current, n]);
  if (isCellError(shape)) return single(shape);

  const out = new Array<unknown[]>(shape.rows);
  for (let r = 0; r < shape.rows; r++) {
    const row = new Array<unknown>(shape.cols);
    for (let c = 0; c < shape.cols; c++) {
      const b = begin.at(r, c);
      const s = sales.at(r, c);
      const e = end.at(r, c);
      const k = current.at(r, c);
      const p = n.at(r, c);
      if (isError(b)) row[c] = b;
      else if (isError(s)) row[c] = s;
      else if (isError(e)) row[c] = e;
      else if (isError(k)) row[c] = k;
      else if (isError(p)) row[c] = p;
      else if (b === undefined || s === undefined || e === undefined || k === undefined) {
        row[c] = "";
      } else if (p === 0) row[c] = invalidValue("periods", "give 1 or more periods");
      else {
        const index = cei(b, s, e, k, p ?? 1);
        // Arguments are checked one by one above; core only refuses how they combine.
        const blamed =
          !index.ok && index.reason.startsWith("ending receivables") ? "endAR" : "endCurrentAR";
        row[c] = kpiValue(index, blamed);
      }
    }
    out[r] = row;
  }
  return out;
}
