import type { Invoice } from "../types";
import { roundCents } from "../values/roundCents";
import type { DisputeReason } from "./activity";
import { invoiceKey, type Dispute } from "./disputes";

/** A reason, or "unrecorded" for an invoice the sheet marks disputed with no reason recorded. */
export type DisputeBucket = DisputeReason | "unrecorded";

/**
 * The disputed open amount by reason, for the overview: each open invoice under an open dispute
 * counts its open amount once, under the reason recorded for it, or "unrecorded" when only the
 * sheet's Disputed column says so. Reasons with nothing disputed are left out.
 * @example disputedByReason([{ row: 2, customer: "ACME", invoiceNumber: "F-1", dueDate: 45000, amount: 1000, paid: 0, open: 1000, disputed: true }], new Map())
 * //=> { unrecorded: 1000 }
 */
export function disputedByReason(
  invoices: readonly Invoice[],
  open: ReadonlyMap<string, Dispute>
): Partial<Record<DisputeBucket, number>> {
  const sums: Partial<Record<DisputeBucket, number>> = {};
  for (const invoice of invoices) {
    if (!(invoice.open > 0)) continue;
    const dispute = open.get(invoiceKey(invoice.customer, invoice.invoiceNumber));
    if (!dispute && !invoice.disputed) continue;
    const bucket: DisputeBucket = dispute ? dispute.reason : "unrecorded";
    sums[bucket] = roundCents((sums[bucket] ?? 0) + invoice.open);
  }
  return sums;
}
