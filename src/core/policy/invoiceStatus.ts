import { openAt } from "../history/openAt";
import type { Day, Invoice } from "../types";
import type { InvoiceStatus } from "./nextAction";

/**
 * What is known of an invoice besides its age, as the next action reads it: nothing left to pay
 * -> "paid" (a credit note too: never dunned); else disputed -> "disputed"; else a promise to
 * pay by a date still to come -> "promise" (due on asOf included), gone by -> "broken promise";
 * else "". From the figures alone, so CREDIT.STATUS (cells) and the analysis (an Invoice) share it.
 * @example statusOf(100, false, 45010, 45000) //=> "promise"; statusOf(0, false, undefined, 45000) //=> "paid"
 */
export function statusOf(
  open: number,
  disputed: boolean,
  promiseDate: Day | undefined,
  asOf: Day
): InvoiceStatus {
  if (open <= 0) return "paid";
  if (disputed) return "disputed";
  if (promiseDate === undefined) return "";
  return promiseDate >= asOf ? "promise" : "broken promise";
}

/**
 * The invoice's status at `asOf`, with what it still owed then (openAt).
 * @example invoiceStatus({ row: 2, customer: "ACME", invoiceNumber: "F-1", dueDate: 45000, amount: 1000, paid: 1000, open: 0, disputed: false, paidDate: 45010 }, 45020)
 * //=> "paid"
 */
export function invoiceStatus(invoice: Invoice, asOf: Day): InvoiceStatus {
  return statusOf(openAt(invoice, asOf), invoice.disputed, invoice.promiseDate, asOf);
}
