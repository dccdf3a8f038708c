import { readFileSync } from "fs";
import Papa from "papaparse";
import { parseDate } from "../../../src/core/dates/parseDate";
import { MemorySheet } from "../../../src/preview/memorySheet";

export const LARGE_SHEET_HEADERS = [
  "Customer",
  "Invoice",
  "Invoice date",
  "Due date",
  "Amount",
  "Disputed",
  "Paid date",
];

/**
 * A receivables sheet of `rows` invoices replicated from the IBM sample: each copy has its own
 * invoice numbers and dates shifted by four weeks; paid dates after `asOf` are left blank (open).
 * Cells are set directly (no per-cell input parsing) so that a million rows build in seconds.
 */
export function largeReceivablesSheet(
  rows: number,
  asOf: number,
  name = "Receivables"
): MemorySheet {
  const csv = readFileSync("assets/sample/ibm-accounts-receivable.csv", "utf8");
  const records = Papa.parse<Record<string, string>>(csv.trim(), {
    header: true,
    skipEmptyLines: true,
  }).data;
  const day = (text: string) => {
    const parsed = parseDate(text, "mdy");
    return parsed.ok ? parsed.value : 0;
  };
  const base = records.map((r) => ({
    customer: r.customerID,
    invoice: r.invoiceNumber,
    invoiceDate: day(r.InvoiceDate),
    dueDate: day(r.DueDate),
    amount: Number(r.InvoiceAmount),
    disputed: r.Disputed,
    paidDate: day(r.SettledDate),
  }));
  const sheet = new MemorySheet(name);
  sheet.rows.push(LARGE_SHEET_HEADERS.map((value) => ({ value })));
  for (let i = 0; i < rows; i++) {
    const copy = Math.floor(i / base.length);
    const b = base[i % base.length];
    const shift = -28 * copy;
    const paid = b.paidDate + shift;
    sheet.rows.push([
      { value: b.customer },
      { value: `${b.invoice}-${copy}` },
      { value: b.invoiceDate + shift },
      { value: b.dueDate + shift },
      { value: b.amount },
      { value: b.disputed },
      paid <= asOf ? { value: paid } : undefined,
    ]);
  }
  return sheet;
}
