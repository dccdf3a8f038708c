import Papa from "papaparse";
import { parseDate } from "../core/dates/parseDate";
import type { Day } from "../core/types";
import { MemoryWorkbook } from "./memoryWorkbook";

/** The IBM sample's columns the sheet keeps, with their English (original) and French headers. */
const COLUMNS = [
  { source: "customerID", en: "customerID", fr: "Client", kind: "text" },
  { source: "invoiceNumber", en: "invoiceNumber", fr: "N° facture", kind: "text" },
  { source: "InvoiceDate", en: "InvoiceDate", fr: "Date facture", kind: "date" },
  { source: "DueDate", en: "DueDate", fr: "Échéance", kind: "date" },
  { source: "InvoiceAmount", en: "InvoiceAmount", fr: "Montant TTC", kind: "amount" },
  { source: "Disputed", en: "Disputed", fr: "Litige", kind: "flag" },
  { source: "SettledDate", en: "SettledDate", fr: "Date de règlement", kind: "date" },
] as const;

const FORMATS = { text: "@", date: "yyyy-mm-dd", amount: "#,##0.00", flag: "General" } as const;

export const SAMPLE_SHEET = { en: "Receivables", fr: "Créances" } as const;

/**
 * The preview's workbook: the IBM accounts-receivable sample read as of `asOf`, as a real
 * open-items sheet with its history. Only invoices issued on or before asOf are written; those
 * settled after asOf get a blank settled date (they were still open that day), the others keep
 * theirs (the customer's payment history). Dates are real Excel dates, amounts numbers.
 */
export function buildSampleWorkbook(
  csvText: string,
  asOf: Day,
  language: "en" | "fr"
): MemoryWorkbook {
  const parsedCsv = Papa.parse<Record<string, string>>(csvText.trim(), {
    header: true,
    skipEmptyLines: true,
  });
  const workbook = new MemoryWorkbook(language === "fr" ? "fr-FR" : "en-US");
  const cells: unknown[][] = [COLUMNS.map((column) => column[language])];
  for (const record of parsedCsv.data) {
    const issued = parseDate(record.InvoiceDate, "mdy");
    if (!issued.ok || issued.value > asOf) continue;
    const settled = parseDate(record.SettledDate, "mdy");
    cells.push(
      COLUMNS.map((column) => {
        const text = record[column.source] ?? "";
        switch (column.kind) {
          case "text":
            return text;
          case "amount":
            return Number(text);
          case "flag":
            return language === "fr" ? (text === "Yes" ? "Oui" : "Non") : text;
          case "date": {
            if (column.source === "SettledDate")
              return settled.ok && settled.value <= asOf ? settled.value : null;
            const day = parseDate(text, "mdy");
            return day.ok ? day.value : text;
          }
        }
      })
    );
  }
  const sheet = workbook.addSheet(SAMPLE_SHEET[language], []);
  cells.forEach((row, r) =>
    row.forEach((value, c) => {
      const header = r === 0;
      sheet.setCell(
        r + 1,
        c,
        value === null
          ? undefined
          : {
              value,
              format: header ? { bold: true } : { numberFormat: FORMATS[COLUMNS[c].kind] },
            }
      );
    })
  );
  return workbook;
}
