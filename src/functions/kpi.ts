import { cei } from "../core/kpi/cei";
import { dso } from "../core/kpi/dso";
import { dsoCountback } from "../core/kpi/dsoCountback";
import type { Parsed } from "../core/values/parsed";
import { isBlank } from "../core/values/isBlank";
import { invalidValue, isCellError, type CellError } from "./errors";
import { single, toGrid } from "./grid";
import { readArgs } from "./argumentReaders";
import { readNonNegative, readPositive } from "./readers";

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
  // DSO divides by the credit sales: 0 is refused here, where CEI (a sum) takes it.
  const args = readArgs({ receivables, creditSales, days }, { creditSales: readPositive });
  if (isCellError(args)) return single(args);
  return args.map(({ receivables: owed, creditSales: sales, days: period }) => {
    if (owed === undefined || sales === undefined) return "";
    return kpiValue(
      period === undefined ? dso(owed, sales) : dso(owed, sales, period),
      "creditSales"
    );
  });
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
  const args = readArgs({ receivables });
  if (isCellError(args)) return single(args);
  if (salesByPeriod === null || salesByPeriod === undefined || isBlank(salesByPeriod)) {
    return single(invalidValue("salesByPeriod", "give the credit sales of each period"));
  }
  const sales = readList("salesByPeriod", salesByPeriod, readNonNegative);
  if (isCellError(sales)) return single(sales);
  const days = periodDays(daysByPeriod, sales.length);
  if (isCellError(days)) return single(days);

  return args.map(({ receivables: owed }) =>
    owed === undefined ? "" : kpiValue(dsoCountback(owed, sales, days), "salesByPeriod")
  );
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
  const args = readArgs({ beginAR, creditSales, endAR, endCurrentAR, periods });
  if (isCellError(args)) return single(args);
  return args.map((cell) => {
    const { beginAR: begin, creditSales: sales, endAR: end, endCurrentAR: current } = cell;
    if (begin === undefined || sales === undefined || end === undefined || current === undefined) {
      return "";
    }
    if (cell.periods === 0) return invalidValue("periods", "give 1 or more periods");
    const index = cei(begin, sales, end, current, cell.periods ?? 1);
    // Arguments are checked one by one above; core only refuses how they combine.
    const blamed =
      !index.ok && index.reason.startsWith("ending receivables") ? "endAR" : "endCurrentAR";
    return kpiValue(index, blamed);
  });
}
