import { daysOverdue } from "../core/ageing/daysOverdue";
import { lateInterest } from "../core/penalty/latePenalty";
import { roundCents } from "../core/values/roundCents";
import { CellArg, cellArg, isError, shapeOf } from "./cellArg";
import { functionsDateOrder } from "./functionsLocale";
import { invalidValue, isCellError } from "./errors";
import { single } from "./grid";
import { dayReader, readNonNegative, readNumber } from "./readers";

/** CREDIT.PENALTY over cells and ranges. */

/** The fixed indemnity per late invoice in France and the EU (art. D441-5, 2011/7/EU): EUR 40. */
export const DEFAULT_FIXED_FEE = 40;

/**
 * Late-payment penalty of each invoice at the as-of date: simple interest at the annual rate
 * plus the fixed fee, rounded to cents; 0 when not overdue or nothing is owed (a credit note is
 * never charged); "" for a blank amount or due date.
 */
export function penaltyCells(
  amount: unknown,
  dueDate: unknown,
  asOf: unknown,
  annualRatePct: unknown,
  fixedFee?: unknown
): unknown[][] {
  const readDay = dayReader(functionsDateOrder());
  const amounts = cellArg("amount", amount, readNumber);
  if (!(amounts instanceof CellArg)) return single(amounts);
  const due = cellArg("dueDate", dueDate, readDay);
  if (!(due instanceof CellArg)) return single(due);
  const asOfArg = cellArg("asOf", asOf, readDay);
  if (!(asOfArg instanceof CellArg)) return single(asOfArg);
  const rate = cellArg("annualRatePct", annualRatePct, readNonNegative);
  if (!(rate instanceof CellArg)) return single(rate);
  const fee = cellArg("fixedFee", fixedFee, readNonNegative);
  if (!(fee instanceof CellArg)) return single(fee);
  const shape = shapeOf([amounts, due, asOfArg, rate, fee]);
  if (isCellError(shape)) return single(shape);

  const out = new Array<unknown[]>(shape.rows);
  for (let r = 0; r < shape.rows; r++) {
    const row = new Array<unknown>(shape.cols);
    for (let c = 0; c < shape.cols; c++) {
      const a = amounts.at(r, c);
      const d = due.at(r, c);
      const asOfDay = asOfArg.at(r, c);
      const pct = rate.at(r, c);
      const f = fee.at(r, c);
      if (isError(a)) row[c] = a;
      else if (isError(d)) row[c] = d;
      else if (isError(asOfDay)) row[c] = asOfDay;
      else if (isError(pct)) row[c] = pct;
      else if (isError(f)) row[c] = f;
      else if (a === undefined || d === undefined) row[c] = "";
      else if (asOfDay === undefined) row[c] = invalidValue("asOf", "give the as-of date");
      else if (pct === undefined) {
        row[c] = invalidValue("annualRatePct", "give the annual rate in percent, e.g. 12.15");
      } else row[c] = penalty(a, daysOverdue(d, asOfDay), pct, f ?? DEFAULT_FIXED_FEE);
    }
    out[r] = row;
  }
  return out;
}

function penalty(amount: number, daysLate: number, ratePct: number, fixedFee: number): unknown {
  if (amount <= 0 || daysLate <= 0) return 0;
  const total = roundCents(lateInterest(amount, daysLate, ratePct) + fixedFee);
  return Number.isFinite(total)
    ? total
    : invalidValue("amount", "the penalty is too large to compute; check the amount and rate");
}
