import type { RiskClass } from "../risk/riskClass";
import type { AmountBand } from "./amountBand";
import type { WorklistLine } from "./worklist";

/** The segments the worklist can be narrowed to; an absent field keeps every line. */
export interface WorklistFilter {
  band?: AmountBand;
  /** Ageing bucket index of the oldest overdue invoice. */
  bucketIndex?: number;
  riskClass?: RiskClass;
  /** Ladder level of the action due. */
  level?: number;
}

/**
 * The lines of the segment, in the worklist's order.
 * @example filterWorklist(worklist(analyseInvoices([{ row: 2, customer: "ACME", invoiceNumber: "F-1", dueDate: 45000, amount: 1000, paid: 0, open: 1000, disputed: false }],
 *   { asOf: 45020 }).rows, [], DEFAULT_LADDER), { level: 2 }).map((line) => line.customer)
 * //=> ["ACME"]
 */
export function filterWorklist(
  lines: readonly WorklistLine[],
  filter: WorklistFilter
): WorklistLine[] {
  return lines.filter(
    (line) =>
      (filter.band === undefined || line.band === filter.band) &&
      (filter.bucketIndex === undefined || line.bucketIndex === filter.bucketIndex) &&
      (filter.riskClass === undefined || line.riskClass === filter.riskClass) &&
      (filter.level === undefined || line.level === filter.level)
  );
}
