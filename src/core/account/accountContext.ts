import type { Day, Invoice } from "../types";
import type { ActivityEntry } from "./activity";
import { disputesOf, invoiceKey, openDisputes, type Dispute } from "./disputes";
import type { PaymentPlan } from "./paymentPlan";
import { planStatus, type PlanStatus } from "./planStatus";
import { promisesOf, type PromiseToPay } from "./promises";

/** What the Activity and Payment plans sheets say at asOf, worked out once per sheet read. */
export interface AccountContext {
  disputes: Dispute[];
  /** Disputes still open, by invoiceKey. */
  openDisputes: Map<string, Dispute>;
  promises: PromiseToPay[];
  plans: PlanStatus[];
}

/**
 * @example accountContext([{ date: 45000, customer: "ACME", kind: "promise", invoices: ["F-1"], promiseDate: 45030, text: "" }], [],
 *   [{ row: 2, customer: "ACME", invoiceNumber: "F-1", dueDate: 45000, amount: 1000, paid: 0, open: 1000, disputed: false }], 45020).promises[0].state
 * //=> "pending"
 */
export function accountContext(
  activity: readonly ActivityEntry[],
  plans: readonly PaymentPlan[],
  invoices: readonly Invoice[],
  asOf: Day
): AccountContext {
  const disputes = disputesOf(activity, asOf);
  return {
    disputes,
    openDisputes: openDisputes(disputes),
    promises: promisesOf(activity, invoices, asOf),
    plans: plans
      .filter((plan) => plan.created <= asOf)
      .map((plan) => planStatus(plan, invoices, asOf)),
  };
}

/**
 * The invoices as the status rules should see them once the recorded activity is applied, so
 * the same rules as the sheet's CREDIT.STATUS / CREDIT.NEXTACTION decide (docs/design.md §4):
 * - an open dispute makes the invoice disputed (never dunned);
 * - a promise not kept, or a payment plan, gives a promise date: the promise's day, the plan's
 *   next instalment (await it), or its first missed one (a broken promise: the ladder resumes,
 *   one level up). The latest commitment made wins; a date the sheet has wins when it is later.
 * Invoices nothing applies to are returned as they are (same objects).
 * @example ((invoices) => withActivity(invoices, accountContext([{ date: 45000, customer: "ACME", kind: "promise", invoices: ["F-1"], promiseDate: 45030, text: "" }], [], invoices, 45020)))(
 *   [{ row: 2, customer: "ACME", invoiceNumber: "F-1", dueDate: 45000, amount: 1000, paid: 0, open: 1000, disputed: false }])[0].promiseDate
 * //=> 45030
 */
export function withActivity(invoices: readonly Invoice[], context: AccountContext): Invoice[] {
  const commitments = new Map<string, { made: Day; date: Day }>();
  const commit = (customer: string, invoice: string, made: Day, date: Day) => {
    const key = invoiceKey(customer, invoice);
    const before = commitments.get(key);
    if (!before || made >= before.made) commitments.set(key, { made, date });
  };
  for (const promise of context.promises) {
    for (const invoice of promise.invoices) {
      // A kept promise still closes an older one: nothing is awaited any more.
      commit(
        promise.customer,
        invoice,
        promise.made,
        promise.state === "kept" ? NaN : promise.date
      );
    }
  }
  for (const status of context.plans) {
    const date = status.missed?.due ?? status.next?.due;
    for (const invoice of status.plan.invoices) {
      commit(status.plan.customer, invoice, status.plan.created, date ?? NaN);
    }
  }
  return invoices.map((invoice) => {
    const key = invoiceKey(invoice.customer, invoice.invoiceNumber);
    const disputed = !invoice.disputed && context.openDisputes.has(key);
    const commitment = commitments.get(key);
    const date =
      commitment &&
      !Number.isNaN(commitment.date) &&
      (invoice.promiseDate === undefined || invoice.promiseDate <= commitment.date)
        ? commitment.date
        : undefined;
    if (!disputed && date === undefined) return invoice;
    const merged: Invoice = { ...invoice };
    if (disputed) merged.disputed = true;
    if (date !== undefined) merged.promiseDate = date;
    return merged;
  });
}
