/** Days overdue past which an open invoice puts its customer on hold, unless Settings say otherwise. */
export const DEFAULT_HOLD_DAY = 60;

/** Why a customer is on credit hold (typed params for the pane's sentence). */
export type HoldReason =
  | { key: "overLimit"; exposure: number; limit: number }
  | { key: "pastDay"; daysOverdue: number; holdDay: number };

/**
 * The hold rule of one row or customer, as CREDIT.HOLD computes it: over the credit limit
 * (credit use above 1), or an open invoice more than `holdDay` days overdue. Unknown figures
 * (undefined) never hold.
 * @example isOnHold(61, 0.5) //=> true; isOnHold(60, 1) //=> false; isOnHold(0, 1.2) //=> true
 */
export function isOnHold(
  daysOverdue: number | undefined,
  creditUse: number | undefined,
  holdDay: number = DEFAULT_HOLD_DAY
): boolean {
  return (
    (daysOverdue !== undefined && daysOverdue > holdDay) ||
    (creditUse !== undefined && creditUse > 1)
  );
}

export interface HoldInput {
  /** What the customer owes in all (credit notes deducted). */
  openExposure: number;
  creditLimit?: number;
  /** Days overdue of the customer's oldest open invoice (credit notes left out). */
  oldestDaysOverdue?: number;
}

/**
 * The reasons a customer is on hold; none when not. A limit of 0 or less is "not set".
 * @example creditHold({ openExposure: 12000, creditLimit: 10000, oldestDaysOverdue: 10 }) //=> [{ key: "overLimit", exposure: 12000, limit: 10000 }]
 */
export function creditHold(input: HoldInput, holdDay: number = DEFAULT_HOLD_DAY): HoldReason[] {
  const reasons: HoldReason[] = [];
  const limit = input.creditLimit;
  if (
    limit !== undefined &&
    limit > 0 &&
    isOnHold(undefined, input.openExposure / limit, holdDay)
  ) {
    reasons.push({ key: "overLimit", exposure: input.openExposure, limit });
  }
  if (isOnHold(input.oldestDaysOverdue, undefined, holdDay)) {
    reasons.push({ key: "pastDay", daysOverdue: input.oldestDaysOverdue as number, holdDay });
  }
  return reasons;
}
