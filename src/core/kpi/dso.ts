import { parsed, refused, type Parsed } from "../values/parsed";
import { firstReason, negativeReason, notPositiveReason } from "./kpiInput";

/**
 * Days sales outstanding, simple method: receivables / credit sales x days of the period in which
 * those sales were made. E.g. 2,000 owed on 12,000 of yearly sales: 60.8 days.
 * @example dso(2000, 12000).value.toFixed(1) //=> "60.8"
 */
export function dso(receivables: number, creditSales: number, days = 365): Parsed<number> {
  return salesDays("receivables", receivables, creditSales, days);
}

/**
 * receivables / credit sales x days, or why not: the one formula of dso and bestPossibleDso,
 * whose refusals name the receivables they were given (`label`).
 * @example salesDays("receivables", -1, 100, 365).ok //=> false
 */
export function salesDays(
  label: string,
  receivables: number,
  creditSales: number,
  days: number
): Parsed<number> {
  const reason = firstReason(
    negativeReason(label, receivables),
    notPositiveReason("credit sales", creditSales),
    notPositiveReason("days", days)
  );
  if (reason) return refused(reason);
  return parsed((receivables / creditSales) * days);
}
