import { MAX_EXCEL_SERIAL } from "../core/dates/excelSerial";
import { parseDate } from "../core/dates/parseDate";
import type { DateOrder, Day } from "../core/types";
import { describeValue } from "../core/values/describeValue";
import { parseAmount } from "../core/values/parseAmount";
import { parseBoolean } from "../core/values/parseBoolean";
import { parsed, refused } from "../core/values/parsed";
import { cellReader, type CellReader } from "./cellArg";

/**
 * How the functions read their arguments' cells: the core parsers (dates, amounts, booleans as
 * DESIGN section 3 lists them) plus the range each argument allows. Blank and error cells never
 * get here (CellArg handles them). Each reader's quick check lets a plain number in range through
 * untouched: it is what the parser would return, and most cells of a big range are such numbers.
 */

/** From 1 March 1900 (serial 61) on, a whole Excel serial is a Day as it is (core/types.ts). */
const FIRST_PLAIN_SERIAL = 61;
const isPlainSerial = (value: unknown): boolean =>
  typeof value === "number" &&
  Number.isInteger(value) &&
  value >= FIRST_PLAIN_SERIAL &&
  value <= MAX_EXCEL_SERIAL;

const readDayDmy = cellReader<Day>((value) => parseDate(value, "dmy"), isPlainSerial);
const readDayMdy = cellReader<Day>((value) => parseDate(value, "mdy"), isPlainSerial);

/** A date: an Excel serial or text in the given day/month order. */
export function dayReader(order: DateOrder): CellReader<Day> {
  return order === "dmy" ? readDayDmy : readDayMdy;
}

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === "number" && Number.isFinite(value);

/** A number: a number cell, or text such as "1 234,56 €" or "(120.00)". */
export const readNumber = cellReader<number>((value) => {
  if (typeof value === "number") {
    return Number.isFinite(value) ? parsed(value) : refused(`${String(value)} is not a number`);
  }
  if (typeof value === "boolean") {
    return refused(`${value ? "TRUE" : "FALSE"} is a yes/no value, not a number`);
  }
  return parseAmount(value);
}, isFiniteNumber);

/** A number read by readNumber that must also pass `test`, else `why` it does not. */
function checkedNumber(
  test: (n: number) => boolean,
  why: (shown: string) => string
): CellReader<number> {
  return cellReader<number>(
    (value) => {
      const result = readNumber(value);
      return !result.ok || test(result.value) ? result : refused(why(describeValue(value)));
    },
    (value) => isFiniteNumber(value) && test(value)
  );
}

/** A number of 0 or more (a rate, an amount of sales, a fee). */
export const readNonNegative = checkedNumber(
  (n) => n >= 0,
  (shown) => `${shown} is negative`
);

/** A number greater than 0 (a number of days or periods to divide by). */
export const readPositive = checkedNumber(
  (n) => n > 0,
  (shown) => `${shown} must be greater than 0`
);

/** A whole number of 0 or more (a count, a ladder level). */
export const readCount = checkedNumber(
  (n) => Number.isInteger(n) && n >= 0,
  (shown) => `${shown} is not a whole number of 0 or more`
);

/** A share between 0 and 1 (0.4 or 40%). */
export const readShare = checkedNumber(
  (n) => n >= 0 && n <= 1,
  (shown) => `${shown} is not a share between 0 and 1 (write 0.4 or 40%)`
);

/** A score between 0 and 100. */
export const readScore = checkedNumber(
  (n) => n >= 0 && n <= 100,
  (shown) => `${shown} is not a score between 0 and 100`
);

/** Yes or no: TRUE/FALSE, Yes/No, Oui/Non, 1/0, X. */
export const readBoolean = cellReader<boolean>(
  (value) => parseBoolean(value),
  (value) => typeof value === "boolean"
);
