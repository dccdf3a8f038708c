import { dayAgainst, type DayAgainst } from "../dates/dayAgainst";
import { customerKey } from "../history/customerKey";
import { openAt } from "../history/openAt";
import type { Day, Invoice } from "../types";
import { roundCents } from "../values/roundCents";
import type { ActivityEntry } from "./activity";

/** pending: its day is still to come; due: today; kept: paid by its day; broken: its day passed unpaid. */
export type PromiseState = "pending" | "due" | "kept" | "broken";

/** A promise not kept in full, by its day against asOf. */
const UNKEPT = { past: "broken", today: "due", ahead: "pending" } as const satisfies Record<
  DayAgainst,
  PromiseState
>;

export interface PromiseToPay {
  customer: string;
  /** Day the promise was made (recorded). */
  made: Day;
  /** Day the customer promised to pay by. */
  date: Day;
  /** What was promised: the amount given, else what the covered invoices owed when it was made. */
  amount: number;
  /** Invoice numbers covered: those named, else every invoice of the customer open when it was made. */
  invoices: string[];
  /** Paid on the covered invoices between the day it was made and its day (or asOf if sooner). */
  paid: number;
  state: PromiseState;
}

/** The customer's invoices a promise covers and what they owed when it was made. */
function covered(entry: ActivityEntry, invoices: readonly Invoice[]): Invoice[] {
  const key = customerKey(entry.customer);
  const own = invoices.filter((invoice) => customerKey(invoice.customer) === key);
  if (entry.invoices.length > 0) {
    const named = new Set(entry.invoices);
    return own.filter((invoice) => named.has(invoice.invoiceNumber));
  }
  return own.filter((invoice) => invoice.amount > 0 && openAt(invoice, entry.date) > 0);
}

/**
 * Each promise to pay recorded up to `asOf`, with its state. It is kept once the covered invoices
 * have been paid down by the promised amount (settlements dated from the day it was made to its
 * day); when its day has passed without that, it is broken. A sheet gives no date for partial
 * payments, so only settled invoices count as paid.
 * For example, a promise of 500 by 1 July is kept by an invoice of 500 settled on 30 June.
 * @example promisesOf([{ date: 45000, customer: "ACME", kind: "promise", invoices: ["F-1"], promiseDate: 45010, text: "" }],
 *   [{ row: 2, customer: "ACME", invoiceNumber: "F-1", dueDate: 45000, amount: 1000, paid: 0, open: 1000, disputed: false }], 45020).map((promise) => promise.state)
 * //=> ["broken"]
 */
export function promisesOf(
  entries: readonly ActivityEntry[],
  invoices: readonly Invoice[],
  asOf: Day
): PromiseToPay[] {
  const promises: PromiseToPay[] = [];
  for (const entry of entries) {
    if (entry.kind !== "promise" || entry.promiseDate === undefined || entry.date > asOf) continue;
    const cover = covered(entry, invoices);
    const owed = roundCents(
      cover.reduce((sum, invoice) => sum + Math.max(0, openAt(invoice, entry.date)), 0)
    );
    const amount = entry.amount !== undefined && entry.amount > 0 ? entry.amount : owed;
    const until = Math.min(entry.promiseDate, asOf);
    const paid = roundCents(
      cover.reduce(
        (sum, invoice) =>
          sum + Math.max(0, openAt(invoice, entry.date)) - Math.max(0, openAt(invoice, until)),
        0
      )
    );
    const state = paid >= amount ? "kept" : UNKEPT[dayAgainst(entry.promiseDate, asOf)];
    promises.push({
      customer: entry.customer,
      made: entry.date,
      date: entry.promiseDate,
      amount,
      invoices: cover.map((invoice) => invoice.invoiceNumber),
      paid,
      state,
    });
  }
  return promises;
}
