import { readFileSync } from "fs";
import { join } from "path";
import Papa from "papaparse";
import { ROOT } from "./buildPreview";

/** A row of the preview's sample sheet as the test expects it, from the CSV itself. */
export interface SampleRow {
  row: number;
  customer: string;
  invoiceNumber: string;
  dueDate: string;
  /** Invoice amount, the sheet's amount column (the open amount of an open invoice). */
  amount: number;
  disputed: boolean;
  /** Still unpaid at the as-of date. */
  open: boolean;
}

/** "2/1/2013" -> "2013-02-01". */
function isoFromUs(text: string): string {
  const [month, day, year] = text.split("/").map(Number);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The sample sheet's rows at `asOf` (ISO): invoices issued by then, in CSV order from row 2,
 * which is how the preview writes them (src/preview/sampleWorkbook.ts).
 */
export function sampleRows(asOf: string): SampleRow[] {
  const csv = readFileSync(join(ROOT, "assets", "sample", "ibm-accounts-receivable.csv"), "utf8");
  const records = Papa.parse<Record<string, string>>(csv.trim(), {
    header: true,
    skipEmptyLines: true,
  }).data;
  const rows: SampleRow[] = [];
  for (const record of records) {
    if (isoFromUs(record.InvoiceDate) > asOf) continue;
    rows.push({
      row: rows.length + 2,
      customer: record.customerID,
      invoiceNumber: record.invoiceNumber,
      dueDate: isoFromUs(record.DueDate),
      amount: Number(record.InvoiceAmount),
      disputed: record.Disputed === "Yes",
      open: isoFromUs(record.SettledDate) > asOf,
    });
  }
  return rows;
}

/** Whole days from one ISO date to another. */
export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round(
    (Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000
  );
}
