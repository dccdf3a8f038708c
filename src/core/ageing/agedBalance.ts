import type { Day, Invoice } from "../types";
import { roundCents } from "../values/roundCents";
import { ageBucketIndex, bucketLabels, DEFAULT_BUCKET_BOUNDS } from "./ageBucket";
import { daysOverdue } from "./daysOverdue";

/** One customer's line of the aged balance ("balance âgée"). */
export interface CustomerAgedBalance {
  customer: string;
  /** Open amount per bucket, in the order of `labels` (Current first, oldest last). */
  buckets: number[];
  total: number;
}

export interface AgedBalance {
  /** Customers with a non-zero open amount, largest balance first. */
  customers: CustomerAgedBalance[];
  /** Bucket totals over all customers. */
  totals: number[];
  total: number;
  /** Bucket labels for these bounds, e.g. Current, 1-30, 31-60, 61-90, 91+. */
  labels: string[];
}

/**
 * The aged balance: each customer's open amounts spread over the ageing buckets of their due
 * dates, in one pass over the invoices. Credit notes (negative open amounts) sit in the bucket
 * of their own due date and reduce the customer's balance, as on an aged trial balance; settled
 * invoices (open 0) do not appear. Sums are rounded to cents. `bounds` are checked by the caller
 * (invalidBoundsReason).
 * @example agedBalance([{ row: 2, customer: "ACME", invoiceNumber: "F-1", dueDate: 45000, amount: 1000, paid: 0, open: 1000, disputed: false }], 45020).customers
 * //=> [{ customer: "ACME", buckets: [0, 1000, 0, 0, 0], total: 1000 }]
 */
export function agedBalance(
  invoices: readonly Invoice[],
  asOf: Day,
  bounds: readonly number[] = DEFAULT_BUCKET_BOUNDS
): AgedBalance {
  const labels = bucketLabels(bounds);
  const bucketCount = labels.length;
  const byCustomer = new Map<string, number[]>();
  const totals = new Array<number>(bucketCount).fill(0);
  for (const invoice of invoices) {
    const open = invoice.open;
    if (open === 0 || !Number.isFinite(open)) continue;
    const index = ageBucketIndex(daysOverdue(invoice.dueDate, asOf), bounds);
    let buckets = byCustomer.get(invoice.customer);
    if (!buckets) {
      buckets = new Array<number>(bucketCount).fill(0);
      byCustomer.set(invoice.customer, buckets);
    }
    buckets[index] += open;
    totals[index] += open;
  }

  const customers: CustomerAgedBalance[] = [];
  for (const [customer, buckets] of byCustomer) {
    const total = roundCents(buckets.reduce((sum, amount) => sum + amount, 0));
    // A customer whose credit notes exactly offset their invoices owes nothing: no line.
    if (total === 0 && buckets.every((amount) => roundCents(amount) === 0)) continue;
    customers.push({ customer, buckets: buckets.map(roundCents), total });
  }
  customers.sort((a, b) => b.total - a.total || a.customer.localeCompare(b.customer));

  return {
    customers,
    totals: totals.map(roundCents),
    total: roundCents(totals.reduce((sum, amount) => sum + amount, 0)),
    labels,
  };
}
