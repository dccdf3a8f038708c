import { daysOverdue } from "../ageing/daysOverdue";
import type { Day, Jurisdiction } from "../types";
import { roundCents } from "../values/roundCents";

/**
 * Late-payment penalties (docs/design.md §4): simple interest over the days late plus a fixed
 * indemnity per invoice. French, EU and UK law all count simple interest on a 365-day year.
 * Inputs are checked by the caller (penaltyInputReason); these functions never throw.
 */

const DAYS_PER_YEAR = 365;

/** UK fixed sums by debt size (Late Payment Act, s. 5A): under 1,000 / under 10,000 / above. */
const UK_FIXED_SUMS: readonly { below: number; sum: number }[] = [
  { below: 1000, sum: 40 },
  { below: 10000, sum: 70 },
  { below: Infinity, sum: 100 },
];

/**
 * amount x rate/100 x days/365; 0 when not late, nothing is owed, or the rate is not positive.
 * @example lateInterest(1000, 73, 10) //=> 20
 */
export function lateInterest(amount: number, daysLate: number, annualRatePct: number): number {
  if (!(daysLate > 0) || !(amount > 0) || !(annualRatePct > 0)) return 0;
  return (((amount * annualRatePct) / 100) * daysLate) / DAYS_PER_YEAR;
}

/**
 * The fixed indemnity for one late invoice: `fixedFee` in France and the EU (EUR 40 by law),
 * the UK sums by debt size (GBP 40 / 70 / 100; `fixedFee` is not used), 0 with no jurisdiction,
 * and 0 when nothing is owed.
 * @example fixedIndemnity(1000, "FR", 40) //=> 40; fixedIndemnity(1000, "UK", 0) //=> 70
 */
export function fixedIndemnity(
  amount: number,
  jurisdiction: Jurisdiction,
  fixedFee: number
): number {
  if (!(amount > 0)) return 0;
  switch (jurisdiction) {
    case "FR":
    case "EU":
      return fixedFee > 0 ? fixedFee : 0;
    case "UK":
      return UK_FIXED_SUMS.find((band) => amount < band.below)!.sum;
    case "none":
      return 0;
  }
}

export interface PenaltyInput {
  amount: number;
  dueDate: Day;
  asOf: Day;
  annualRatePct: number;
  fixedFee: number;
  /** Without one, `fixedFee` applies as it is (the CREDIT.PENALTY function's rule). */
  jurisdiction?: Jurisdiction;
}

export interface Penalty {
  daysLate: number;
  interest: number;
  indemnity: number;
  total: number;
}

const NO_PENALTY: Penalty = { daysLate: 0, interest: 0, indemnity: 0, total: 0 };

/**
 * What a late invoice costs its debtor at `asOf`, in cents. Nothing when it is not overdue and
 * nothing for a credit note. E.g. 1,000 at 12.15 % for 100 days: 33.29 interest + 40 = 73.29.
 * @example latePenalty({ amount: 1000, dueDate: 45000, asOf: 45073, annualRatePct: 10, jurisdiction: "FR", fixedFee: 40 })
 * //=> { daysLate: 73, interest: 20, indemnity: 40, total: 60 }
 */
export function latePenalty(input: PenaltyInput): Penalty {
  const daysLate = daysOverdue(input.dueDate, input.asOf);
  if (!(daysLate > 0) || !(input.amount > 0)) return { ...NO_PENALTY };
  const interest = roundCents(lateInterest(input.amount, daysLate, input.annualRatePct));
  const indemnity = roundCents(
    input.jurisdiction === undefined
      ? Math.max(0, input.fixedFee)
      : fixedIndemnity(input.amount, input.jurisdiction, input.fixedFee)
  );
  return { daysLate, interest, indemnity, total: roundCents(interest + indemnity) };
}

/**
 * Why these penalty inputs cannot be used, or undefined when they can.
 * @example penaltyInputReason({ amount: 1000, annualRatePct: -1, fixedFee: 40 }) //=> "the annual rate must be a percentage of 0 or more, e.g. 12.15"
 */
export function penaltyInputReason(input: {
  amount: number;
  annualRatePct: number;
  fixedFee: number;
}): string | undefined {
  if (!Number.isFinite(input.amount)) return "the amount is not a number";
  if (!Number.isFinite(input.annualRatePct) || input.annualRatePct < 0) {
    return "the annual rate must be a percentage of 0 or more, e.g. 12.15";
  }
  if (!Number.isFinite(input.fixedFee) || input.fixedFee < 0) {
    return "the fixed fee must be an amount of 0 or more, e.g. 40";
  }
  return undefined;
}
