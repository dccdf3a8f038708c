import { customerKey } from "../history/customerKey";
import type { Day } from "../types";
import type { ActivityEntry, DisputeReason } from "./activity";

/** One disputed invoice as the Activity sheet tells it. */
export interface Dispute {
  customer: string;
  invoice: string;
  reason: DisputeReason;
  owner?: string;
  opened: Day;
  /** Day it was resolved, when that day has come. */
  resolved?: Day;
  amount?: number;
  text: string;
}

/**
 * Key of an invoice of a customer: invoice numbers repeat across customers in some ledgers.
 * @example invoiceKey("ACME ", " F-1") === invoiceKey("acme", "F-1") //=> true
 */
export function invoiceKey(customer: string, invoice: string): string {
  return `${customerKey(customer)}\u0000${invoice.trim()}`;
}

/**
 * The disputes recorded up to `asOf`, one per invoice named in a dispute entry (the latest entry
 * wins when an invoice is disputed again). A dispute is resolved by its own "Resolved on" cell or
 * by a later "resolved" entry naming the invoice, on or before asOf.
 * @example
 * disputesOf([{ kind: "dispute", date: 45000, customer: "ACME", invoices: ["F-1"], reason: "price" }], 45010)
 * //=> [{ customer: "ACME", invoice: "F-1", reason: "price", opened: 45000 }]
 */
export function disputesOf(entries: readonly ActivityEntry[], asOf: Day): Dispute[] {
  const byInvoice = new Map<string, Dispute>();
  const sorted = entries
    .filter((entry) => entry.date <= asOf)
    .sort((a, b) => a.date - b.date || (a.row ?? 0) - (b.row ?? 0));
  for (const entry of sorted) {
    for (const invoice of entry.invoices) {
      const key = invoiceKey(entry.customer, invoice);
      if (entry.kind === "dispute") {
        const dispute: Dispute = {
          customer: entry.customer,
          invoice,
          reason: entry.reason ?? "other",
          opened: entry.date,
          text: entry.text,
        };
        if (entry.owner) dispute.owner = entry.owner;
        if (entry.amount !== undefined) dispute.amount = entry.amount;
        if (entry.resolvedDate !== undefined && entry.resolvedDate <= asOf) {
          dispute.resolved = entry.resolvedDate;
        }
        byInvoice.set(key, dispute);
      } else if (entry.kind === "resolved") {
        const dispute = byInvoice.get(key);
        if (dispute && dispute.resolved === undefined) dispute.resolved = entry.date;
      }
    }
  }
  return [...byInvoice.values()];
}

/**
 * The invoices under a dispute still open at asOf, by invoiceKey.
 * @example [...openDisputes(disputesOf([{ date: 45000, customer: "ACME", kind: "dispute", invoices: ["F-1"], reason: "price", text: "" }], 45010)).values()]
 *   .map((dispute) => dispute.invoice)
 * //=> ["F-1"]
 */
export function openDisputes(disputes: readonly Dispute[]): Map<string, Dispute> {
  const open = new Map<string, Dispute>();
  for (const dispute of disputes) {
    if (dispute.resolved === undefined)
      open.set(invoiceKey(dispute.customer, dispute.invoice), dispute);
  }
  return open;
}
