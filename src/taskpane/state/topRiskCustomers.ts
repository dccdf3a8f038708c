import type { Invoice } from "../../core/types";
import type { RiskClass } from "../../core/risk/riskClass";
import { riskClass } from "../../core/risk/riskClass";

/** What the ranking needs of an analysed invoice. */
export interface RankedInvoice {
  invoice: Invoice;
  daysOverdue: number;
  risk: { score: number };
}

/** A customer as the overview lists them. */
export interface CustomerRisk {
  customer: string;
  /** Highest risk score among the customer's open invoices. */
  score: number;
  riskClass: RiskClass;
  /** Open amount past its due date. */
  overdue: number;
  open: number;
  /** Sheet rows of the open invoices, to select them. */
  rows: number[];
}

/**
 * The customers most at risk: by their riskiest open invoice, then by the amount overdue.
 * Credit notes and settled invoices do not count; a customer with nothing overdue is not listed.
 */
export function topRiskCustomers(rows: readonly RankedInvoice[], limit = 10): CustomerRisk[] {
  const byCustomer = new Map<string, CustomerRisk>();
  for (const row of rows) {
    const { invoice } = row;
    if (!(invoice.open > 0)) continue;
    let entry = byCustomer.get(invoice.customer);
    if (!entry) {
      entry = {
        customer: invoice.customer,
        score: 0,
        riskClass: "Low",
        overdue: 0,
        open: 0,
        rows: [],
      };
      byCustomer.set(invoice.customer, entry);
    }
    entry.score = Math.max(entry.score, row.risk.score);
    entry.open += invoice.open;
    if (row.daysOverdue > 0) entry.overdue += invoice.open;
    entry.rows.push(invoice.row);
  }
  // Only customers with something overdue: a customer owing nothing late is not "at risk" to chase.
  const ranked = [...byCustomer.values()].filter((entry) => entry.overdue > 0);
  for (const entry of ranked) {
    entry.riskClass = riskClass(entry.score);
    entry.open = Math.round(entry.open * 100) / 100;
    entry.overdue = Math.round(entry.overdue * 100) / 100;
  }
  ranked.sort(
    (a, b) => b.score - a.score || b.overdue - a.overdue || a.customer.localeCompare(b.customer)
  );
  return ranked.slice(0, Math.max(0, limit));
}
