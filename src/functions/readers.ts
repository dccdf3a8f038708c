import { MAX_EXCEL_SERIAL } from "../core/dates/excelSerial";
import { parseDate } from "../core/dates/parseDate";
import type { DateOrder, Day } from "../core/types";
import { describeValue } from "../core/values/describeValue";
import { parseAmount } from "../core/values/parseAmount";
import { parseBoolean } from "../core/values/parseBoolean";
import { parseShare } from "../core/values/parseShare";
import { parsed, refused } from "../core/values/parsed";
import { cellReader, type CellReader, type QuickRange } from "./cellArg";
import { functionsLocale } from "./functionsLocale";

/**
 * How the functions read their arguments' cells: the core parsers (dates, amounts, booleans as
 * docs/design.md §3 lists them) plus the range each argument allows. Blank and error cells never
 * get here (CellArg handles them). Each reader's quick check lets a plain number in range through
 * untouched: it is what the parser would return, and most cells of a big range are such numbers.
 */

/** From 1 March 1900 (serial 61) on, a whole Excel serial is a Day as it is (core/types.ts). */
const FIRST_PLAIN_SERIAL = 61;
const PLAIN_SERIAL: QuickRange = { min: FIRST_PLAIN_SERIAL, max: MAX_EXCEL_SERIAL, integer: true };

// Serial 0 is no date ("1900-01-00"): it is an empty cell some Excel builds send as 0.
const readDayDmy = Object.assign(
  cellReader<Day>((value) => parseDate(value, "dmy"), PLAIN_SERIAL),
  { zeroIsBlank: true }
);
const readDayMdy = Object.assign(
  cellReader<Day>((value) => parseDate(value, "mdy"), PLAIN_SERIAL),
  { zeroIsBlank: true }
);

/** A date: an Excel serial or text in the given day/month order. */
export function dayReader(order: DateOrder): CellReader<Day> {
  return order === "dmy" ? readDayDmy : readDayMdy;
}

/** Every finite number: from -MAX_VALUE to MAX_VALUE leaves out NaN and the infinities. */
const FINITE: QuickRange = { min: -Number.MAX_VALUE, max: Number.MAX_VALUE, integer: false };

/** Whether a finite number lies in a range. */
const inRange = (n: number, range: QuickRange): boolean =>
  n >= range.min && n <= range.max && (!range.integer || Number.isInteger(n));

/**
 * A number cell, or text read by `parse` in the workbook's locale (functionsLocale): the same
 * reading as the pane's, so "1,250" is 1250 in en-GB and 1.25 in de-DE, here and there.
 */
function numberReader(
  parse: typeof parseAmount
): (value: unknown) => ReturnType<typeof parseAmount> {
  return (value) => {
    if (typeof value === "number") {
      return Number.isFinite(value) ? parsed(value) : refused(`${String(value)} is not a number`);
    }
    if (typeof value === "boolean") {
      return refused(`${value ? "TRUE" : "FALSE"} is a yes/no value, not a number`);
    }
    return parse(value, functionsLocale());
  };
}

/** A number: a number cell, or text such as "1 234,56 €" or "(120.00)". */
export const readNumber = cellReader<number>(numberReader(parseAmount), FINITE);

/** A number read by `read` that must also lie in `range`, else `why` it does not. */
function checkedNumber(
  range: QuickRange,
  why: (shown: string) => string,
  read: (value: unknown) => ReturnType<typeof parseAmount> = readNumber
): CellReader<number> {
  return cellReader<number>((value) => {
    const result = read(value);
    return !result.ok || inRange(result.value, range) ? result : refused(why(describeValue(value)));
  }, range);
}

/** A number of 0 or more (a rate, an amount of sales, a fee). */
export const readNonNegative = checkedNumber(
  { min: 0, max: Number.MAX_VALUE, integer: false },
  (shown) => `${shown} is negative`
);

/** A number greater than 0 (a number of days or periods to divide by): MIN_VALUE is the least. */
export const readPositive = checkedNumber(
  { min: Number.MIN_VALUE, max: Number.MAX_VALUE, integer: false },
  (shown) => `${shown} must be greater than 0`
);

/** A whole number of 0 or more (a count, a ladder level). */
export const readCount = checkedNumber(
  { min: 0, max: Number.MAX_VALUE, integer: true },
  (shown) => `${shown} is not a whole number of 0 or more`
);

/** A share between 0 and 1 (0.4 or 40%). */
export const readShare = checkedNumber(
  { min: 0, max: 1, integer: false },
  (shown) => `${shown} is not a share between 0 and 1 (write 0.4 or 40%)`,
  numberReader(parseShare)
);

/** A score between 0 and 100. */
export const readScore = checkedNumber(
  { min: 0, max: 100, integer: false },
  (shown) => `${shown} is not a score between 0 and 100`
);

/** Yes or no: TRUE/FALSE, Yes/No, Oui/Non, 1/0, X. */
export const readBoolean = cellReader<boolean>((value) => parseBoolean(value), "boolean");
