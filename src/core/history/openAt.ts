import type { Day, Invoice } from "../types";

/**
 * Was the invoice settled in full on or before `asOf`?
 * @example isSettledBy({ row: 2, customer: "ACME", invoiceNumber: "F-1", dueDate: 45000, amount: 1000, paid: 1000, open: 0, disputed: false, paidDate: 45010 }, 45010) //=> true
 */
export function isSettledBy(invoice: Invoice, asOf: Day): boolean {
  return invoice.paidDate !== undefined && invoice.paidDate <= asOf;
}

/**
 * What the invoice still owed at `asOf`. A paid date after `asOf` means it was open then, even
 * though the sheet now shows it settled: that is how a sheet of settled invoices is read as of a
 * past date. Nothing says when partial payments came in, so it owed its whole amount then.
 * Credit notes stay negative: they reduce the customer's balance.
 * @example openAt({ row: 2, customer: "ACME", invoiceNumber: "F-1", dueDate: 45000, amount: 1000, paid: 1000, open: 0, disputed: false, paidDate: 45010 }, 45005) //=> 1000
 */
export function openAt(invoice: Invoice, asOf: Day): number {
  if (invoice.paidDate === undefined) return invoice.open;
  return invoice.paidDate <= asOf ? 0 : invoice.amount;
}
