import type { InvoiceAnalysis } from "../analyse";
import { customerKey, type CustomerHistory } from "../history/customerHistory";
import { creditHold, DEFAULT_HOLD_DAY, type HoldReason } from "./creditHold";

/**
 * Every customer on credit hold at the analysis date, by customerKey, with the reasons: the
 * history's exposure against its credit limit, and the oldest open invoice (credit notes and
 * settled invoices left out) against the hold day.
 * @example ((analysis) => [...customerHolds(analysis.rows, analysis.histories).keys()])(analyseInvoices(
 *   [{ row: 2, customer: "ACME", invoiceNumber: "F-1", dueDate: 44900, amount: 1000, paid: 0, open: 1000, disputed: false }], { asOf: 45020 }))
 * //=> ["acme"]
 */
export function customerHolds(
  rows: readonly InvoiceAnalysis[],
  histories: ReadonlyMap<string, CustomerHistory>,
  holdDay: number = DEFAULT_HOLD_DAY
): Map<string, HoldReason[]> {
  const oldest = new Map<string, number>();
  for (const row of rows) {
    if (row.status === "paid" || !(row.invoice.open > 0)) continue;
    const key = customerKey(row.invoice.customer);
    oldest.set(key, Math.max(oldest.get(key) ?? -Infinity, row.daysOverdue));
  }
  const holds = new Map<string, HoldReason[]>();
  for (const [key, history] of histories) {
    const days = oldest.get(key);
    const reasons = creditHold(
      {
        openExposure: history.openExposure,
        creditLimit: history.creditLimit,
        oldestDaysOverdue: days === undefined ? undefined : days,
      },
      holdDay
    );
    if (reasons.length > 0) holds.set(key, reasons);
  }
  return holds;
}
