import { parsed, refused, type Parsed } from "../values/parsed";
import { firstReason, negativeReason } from "./kpiInput";

/** Rounding noise allowed when both DSOs come from the same sums. */
const TOLERANCE_DAYS = 1e-9;

/**
 * Average days delinquent: how many days of DSO are due to late payment, DSO - best possible
 * DSO. Both must be computed over the same sales and days; the best DSO above the DSO would mean
 * more current receivables than receivables, which cannot be.
 * @example averageDaysDelinquent(60, 45) //=> { ok: true, value: 15 }
 */
export function averageDaysDelinquent(dso: number, bestDso: number): Parsed<number> {
  const reason = firstReason(
    negativeReason("DSO", dso),
    negativeReason("best possible DSO", bestDso)
  );
  if (reason) return refused(reason);
  if (bestDso > dso + TOLERANCE_DAYS) {
    return refused(
      `best possible DSO (${bestDso}) is above the DSO (${dso}): current receivables cannot exceed all receivables`
    );
  }
  return parsed(Math.max(0, dso - bestDso));
}
