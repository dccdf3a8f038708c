import { parsed, refused, type Parsed } from "../values/parsed";
import { firstReason, negativeReason, notPositiveReason } from "./kpiInput";

/**
 * Best possible DSO: the DSO if every customer paid on the due date, i.e. counting only the
 * receivables not yet due: current receivables / credit sales x days.
 */
export function bestPossibleDso(
  currentReceivables: number,
  creditSales: number,
  days = 365
): Parsed<number> {
  const reason = firstReason(
    negativeReason("current receivables", currentReceivables),
    notPositiveReason("credit sales", creditSales),
    notPositiveReason("days", days)
  );
  if (reason) return refused(reason);
  return parsed((currentReceivables / creditSales) * days);
}
