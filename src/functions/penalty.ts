import { daysOverdue } from "../core/ageing/daysOverdue";
import { lateInterest } from "../core/penalty/latePenalty";
import { roundCents } from "../core/values/roundCents";
import { invalidValue, isCellError } from "./errors";
import { single } from "./grid";
import { readArgs } from "./argumentReaders";

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
  const args = readArgs({ amount, dueDate, asOf, annualRatePct, fixedFee });
  if (isCellError(args)) return single(args);
  return args.map((cell) => {
    if (cell.amount === undefined || cell.dueDate === undefined) return "";
    if (cell.asOf === undefined) return invalidValue("asOf", "give the as-of date");
    if (cell.annualRatePct === undefined) {
      return invalidValue("annualRatePct", "give the annual rate in percent, e.g. 12.15");
    }
    const daysLate = daysOverdue(cell.dueDate, cell.asOf);
    return penalty(cell.amount, daysLate, cell.annualRatePct, cell.fixedFee ?? DEFAULT_FIXED_FEE);
  });
}

function penalty(amount: number, daysLate: number, ratePct: number, fixedFee: number): unknown {
  if (amount <= 0 || daysLate <= 0) return 0;
  const total = roundCents(lateInterest(amount, daysLate, ratePct) + fixedFee);
  return Number.isFinite(total)
    ? total
    : invalidValue("amount", "the penalty is too large to compute; check the amount and rate");
}
