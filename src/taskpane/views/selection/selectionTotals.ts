import type { InvoiceAnalysis } from "../../../core/analyse";

export interface SelectionTotals {
  /** Invoices selected, paid or not. */
  invoices: number;
  /** Those still open (not paid), which the cards show. */
  open: number;
  paid: number;
  /** Sum of the open amounts, and of those past their due date. */
  openAmount: number;
  overdueAmount: number;
  customers: number;
}

/**
 * What a selection adds up to, shown before its cards: selecting a whole sheet of paid rows
 * says "0 open, 1,900 paid" instead of twenty cards of paid invoices.
 */
export function selectionTotals(selected: readonly InvoiceAnalysis[]): SelectionTotals {
  const open = selected.filter((analysis) => analysis.status !== "paid");
  const cents = (amounts: number[]) =>
    Math.round(amounts.reduce((sum, amount) => sum + Math.round(amount * 100), 0)) / 100;
  return {
    invoices: selected.length,
    open: open.length,
    paid: selected.length - open.length,
    openAmount: cents(open.map((analysis) => analysis.invoice.open)),
    overdueAmount: cents(
      open.filter((analysis) => analysis.daysOverdue > 0).map((analysis) => analysis.invoice.open)
    ),
    customers: new Set(open.map((analysis) => analysis.invoice.customer)).size,
  };
}
