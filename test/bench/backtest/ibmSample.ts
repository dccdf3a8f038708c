/**
 * IBM's accounts-receivable sample (assets/sample) as core Invoices, for the backtest: every
 * invoice settled, so the sheet can be replayed as of any past day (core reads a paid date after
 * as-of as "still open then").
 */
import * as fs from "fs";
import * as path from "path";
import Papa from "papaparse";
import type { Day, Invoice } from "../../../src/core/types";

/** m/d/yyyy to a core Day (days since 1899-12-30). */
export function usDay(text: string): Day {
  const [m, d, y] = text.split("/").map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;
}

/** A core Day as yyyy-mm-dd. */
export function isoDay(day: Day): string {
  return new Date((day - 25_569) * 86_400_000).toISOString().slice(0, 10);
}

export function readIbmSample(): Invoice[] {
  const file = path.join(__dirname, "../../../assets/sample/ibm-accounts-receivable.csv");
  const csv = Papa.parse<Record<string, string>>(fs.readFileSync(file, "utf8"), {
    header: true,
    skipEmptyLines: true,
  });
  return csv.data.map((r, i) => {
    const amount = Number(r.InvoiceAmount);
    return {
      row: i + 2,
      customer: r.customerID,
      invoiceNumber: r.invoiceNumber,
      invoiceDate: usDay(r.InvoiceDate),
      dueDate: usDay(r.DueDate),
      amount,
      paid: amount,
      paidDate: usDay(r.SettledDate),
      open: 0,
      disputed: r.Disputed === "Yes",
    };
  });
}

/** Each customer's invoices, by the customer id. */
export function byCustomer(invoices: readonly Invoice[]): Map<string, Invoice[]> {
  const groups = new Map<string, Invoice[]>();
  for (const invoice of invoices) {
    const group = groups.get(invoice.customer);
    if (group) group.push(invoice);
    else groups.set(invoice.customer, [invoice]);
  }
  return groups;
}
