import type { CustomerHistory } from "../history/customerHistory";
import type { Day, Invoice } from "../types";
import { DISPUTE_DELAY_DAYS, expectedPayDate } from "./payDate";

/** When an unpaid invoice should come in, and the facts the pane explains it with. */
export interface PaymentExpectation {
  day: Day;
  /** promise: a promise holds; habit: the customer's recent delay; dueDate: no history yet. */
  basis: "promise" | "habit" | "dueDate";
  /** The recent delay used (days after the due date, negative when early). */
  delay?: number;
  /** How many settlements the recent delay is the median of, and how many the customer made. */
  recentCount?: number;
  settledCount: number;
  /** Days added for a dispute (0 when not disputed or when a promise holds). */
  disputeDays: number;
  /** The expected day had gone by: the invoice is expected from as-of on. */
  overdue: boolean;
}

/**
 * CREDIT.PAYDATE for one invoice with the customer's history (as of asOf), and why: what the
 * selection view shows ("pays 9 days after the due date lately, over its latest 5 of 14
 * settled invoices").
 * @example paymentExpectation({ row: 2, customer: "ACME", invoiceNumber: "F-1", dueDate: 45000, amount: 1000, paid: 0, open: 1000, disputed: false }, undefined, 45020)
 * //=> { day: 45020, basis: "dueDate", settledCount: 0, disputeDays: 0, overdue: true }
 */
export function paymentExpectation(
  invoice: Invoice,
  history: CustomerHistory | undefined,
  asOf: Day
): PaymentExpectation {
  const delay = history?.recentDelay;
  const promise = invoice.promiseDate !== undefined && invoice.promiseDate >= asOf;
  const day = expectedPayDate({
    dueDate: invoice.dueDate,
    usualDelay: delay,
    promiseDate: invoice.promiseDate,
    asOf,
    disputed: invoice.disputed,
  });
  const disputeDays = !promise && invoice.disputed ? DISPUTE_DELAY_DAYS : 0;
  const unclamped = promise ? day : invoice.dueDate + Math.round(delay ?? 0) + disputeDays;
  return {
    day,
    basis: promise ? "promise" : delay === undefined ? "dueDate" : "habit",
    ...(delay !== undefined && !promise
      ? { delay, recentCount: history?.recentDelays?.length ?? 0 }
      : {}),
    settledCount: history?.paidCount ?? 0,
    disputeDays,
    overdue: unclamped < asOf,
  };
}
