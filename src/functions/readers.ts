import { parseDate } from "../core/dates/parseDate";
import type { DateOrder, Day } from "../core/types";
import { describeValue } from "../core/values/describeValue";
import { parseAmount } from "../core/values/parseAmount";
import { parseBoolean } from "../core/values/parseBoolean";
import { parsed, refused } from "../core/values/parsed";
import type { CellReader } from "./cellArg";

/**
 * How the functions read their arguments' cells: the core parsers (dates, amounts, booleans as
 * DESIGN section 3 lists them) plus the range each argument allows. Blank and error cells never
 * get here (CellArg handles them).
 */

const readDayDmy: CellReader<Day> = (value) => parseDate(value, "dmy");
const readDayMdy: CellReader<Day> = (value) => parseDate(value, "mdy");

/** A date: an Excel serial or text in the given day/month order. */
export function dayReader(order: DateOrder): CellReader<Day> {
  return order === "dmy" ? readDayDmy : readDayMdy;
}

/** A number: a number cell, or text such as "1 234,56 €" or "(120.00)". */
export const readNumber: CellReader<number> = (value) => {
  if (typeof value === "number") {
    return Number.isFinite(value) ? parsed(value) : refused(`${String(value)} is not a number`);
  }
  if (typeof value === "boolean") {
    return refused(`${value ? "TRUE" : "FALSE"} is a yes/no value, not a number`);
  }
  return parseAmount(value);
};

/** A number of 0 or more (a rate, an amount of sales, a fee). */
export const readNonNegative: CellReader<number> = (value) => {
  const result = readNumber(value);
  if (!result.ok || result.value >= 0) return result;
  return refused(`${describeValue(value)} is negative`);
};

/** A number greater than 0 (a number of days or periods to divide by). */
export const readPositive: CellReader<number> = (value) => {
  const result = readNumber(value);
  if (!result.ok || result.value > 0) return result;
  return refused(`${describeValue(value)} must be greater than 0`);
};

/** A whole number of 0 or more (a count, a ladder level). */
export const readCount: CellReader<number> = (value) => {
  const result = readNumber(value);
  if (!result.ok || (Number.isInteger(result.value) && result.value >= 0)) return result;
  return refused(`${describeValue(value)} is not a whole number of 0 or more`);
};

/** A share between 0 and 1 (0.4 or 40%). */
export const readShare: CellReader<number> = (value) => {
  const result = readNumber(value);
  if (!result.ok || (result.value >= 0 && result.value <= 1)) return result;
  return refused(`${describeValue(value)} is not a share between 0 and 1 (write 0.4 or 40%)`);
};

/** A score between 0 and 100. */
export const readScore: CellReader<number> = (value) => {
  const result = readNumber(value);
  if (!result.ok || (result.value >= 0 && result.value <= 100)) return result;
  return refused(`${describeValue(value)} is not a score between 0 and 100`);
};

/** Yes or no: TRUE/FALSE, Yes/No, Oui/Non, 1/0, X. */
export const readBoolean: CellReader<boolean> = (value) => parseBoolean(value);
