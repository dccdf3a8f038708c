import type { Parsed } from "../values/parsed";
import { salesDays } from "./dso";

/**
 * Best possible DSO: the DSO if every customer paid on the due date, i.e. counting only the
 * receivables not yet due: current receivables / credit sales x days.
 * @example bestPossibleDso(1000, 12000, 360) //=> { ok: true, value: 30 }
 */
export function bestPossibleDso(
  currentReceivables: number,
  creditSales: number,
  days = 365
): Parsed<number> {
  return salesDays("current receivables", currentReceivables, creditSales, days);
}
