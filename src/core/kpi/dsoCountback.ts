import { parsed, refused, type Parsed } from "../values/parsed";
import { negativeReason, notPositiveReason } from "./kpiInput";

/**
 * Countback DSO: walk back from the newest period, taking each period's days while the
 * receivables use up its sales, then the share of the period where they run out.
 * E.g. receivables 2,000, sales 500/700/600/400/200 (oldest first) over 31/31/30/31/31 days:
 * 31 + 31 + 30 + 31 (1,900 used) + 100/500 x 31 = 129.2 days.
 *
 * Receivables larger than all the sales given would need periods that are not there: the DSO is
 * then only known to exceed the total of the days, so it is refused with that bound rather than
 * returned as a number that looks exact.
 * @example dsoCountback(2000, [500, 700, 600, 400, 200], [31, 31, 30, 31, 31]) //=> { ok: true, value: 129.2 }
 */
export function dsoCountback(
  receivables: number,
  salesByPeriod: readonly number[],
  daysByPeriod: readonly number[]
): Parsed<number> {
  const arReason = negativeReason("receivables", receivables);
  if (arReason) return refused(arReason);
  if (salesByPeriod.length === 0) return refused("give the credit sales of at least one period");
  if (daysByPeriod.length !== salesByPeriod.length) {
    return refused(
      `${salesByPeriod.length} periods of sales but ${daysByPeriod.length} periods of days: give one number of days per period`
    );
  }
  for (let i = 0; i < salesByPeriod.length; i++) {
    const reason =
      negativeReason(`sales of period ${i + 1}`, salesByPeriod[i]) ??
      notPositiveReason(`days of period ${i + 1}`, daysByPeriod[i]);
    if (reason) return refused(reason);
  }

  let remaining = receivables;
  let days = 0;
  for (let i = salesByPeriod.length - 1; i >= 0; i--) {
    if (remaining <= 0) return parsed(days);
    const sales = salesByPeriod[i];
    if (remaining <= sales) return parsed(days + (remaining * daysByPeriod[i]) / sales);
    remaining -= sales;
    days += daysByPeriod[i];
  }
  if (remaining <= 0) return parsed(days);
  const allSales = receivables - remaining;
  return refused(
    `receivables (${receivables}) exceed the sales of all ${salesByPeriod.length} periods (${allSales}): ` +
      `the DSO is more than ${days} days; give more periods`
  );
}
