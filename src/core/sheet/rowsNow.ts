import type { Invoice } from "../types";
import {
  WorkbookError,
  type ColumnMapping,
  type ReminderRecord,
  type SheetRead,
} from "../workbook";

/**
 * The mapping that reads a sheet again as it was read: each field's column by its header.
 * @example mappingOf(readInvoices([["Customer", "Invoice", "Due date", "Amount"], ["ACME", "F-1", 45000, 1000]], { sheetName: "AR", locale: localeFromLanguage("en-US") }))
 * //=> { customer: "Customer", invoiceNumber: "Invoice", dueDate: "Due date", amount: "Amount" }
 */
export function mappingOf(read: SheetRead): ColumnMapping {
  return Object.fromEntries(read.columns.map((column) => [column.key, column.header]));
}

const keyOf = (invoice: Invoice): string => `${invoice.customer}\u0000${invoice.invoiceNumber}`;

/**
 * The sheet changed under the invoices a write was for: nothing is written.
 * @example sheetChangedError("AR", "F-1").code //=> "sheet-changed"
 */
export function sheetChangedError(sheet: string, invoice: string): WorkbookError {
  return new WorkbookError(
    "sheet-changed",
    `The sheet "${sheet}" changed since it was read: invoice ${invoice} is no longer where it was, nor found once elsewhere. Nothing was written; read the sheet again.`,
    { sheet, invoice }
  );
}

/**
 * Where the invoices of these rows of an earlier read (`before`) are in the sheet now (`now`,
 * read just before a write): a row or column the user inserted or deleted in between moves them,
 * and the write follows them, by customer and invoice number. An invoice gone, changed, or
 * found more than once (and not on its old row) throws sheet-changed: never a stale cell.
 * @example rowsNow(readInvoices([["Customer", "Invoice", "Due date", "Amount"], ["ACME", "F-1", 45000, 1000]], { sheetName: "AR", locale: localeFromLanguage("en-US") }),
 *   readInvoices([["Customer", "Invoice", "Due date", "Amount"], ["New", "N-1", 45000, 5], ["ACME", "F-1", 45000, 1000]], { sheetName: "AR", locale: localeFromLanguage("en-US") }), [2])
 * //=> [3]
 */
export function rowsNow(before: SheetRead, now: SheetRead, rows: readonly number[]): number[] {
  const then = new Map(before.invoices.map((invoice) => [invoice.row, invoice]));
  const byKey = new Map<string, number[]>();
  for (const invoice of now.invoices) {
    const key = keyOf(invoice);
    byKey.set(key, [...(byKey.get(key) ?? []), invoice.row]);
  }
  return rows.map((row) => {
    const invoice = then.get(row);
    const found = invoice ? (byKey.get(keyOf(invoice)) ?? []) : [];
    if (found.length === 1) return found[0];
    if (found.includes(row)) return row;
    throw sheetChangedError(before.sheetName, invoice?.invoiceNumber ?? `on row ${row}`);
  });
}

/**
 * The records of a Mark as sent, moved to where their invoices are now (see rowsNow).
 * @example recordsNow(readInvoices([["Customer", "Invoice", "Due date", "Amount"], ["ACME", "F-1", 45000, 1000]], { sheetName: "AR", locale: localeFromLanguage("en-US") }),
 *   readInvoices([["Customer", "Invoice", "Due date", "Amount"], ["New", "N-1", 45000, 5], ["ACME", "F-1", 45000, 1000]], { sheetName: "AR", locale: localeFromLanguage("en-US") }),
 *   [{ date: 45020, customer: "ACME", rows: [2], invoiceNumbers: ["F-1"], level: 2, channel: "email", total: 1000, language: "en" }])[0].rows
 * //=> [3]
 */
export function recordsNow(
  before: SheetRead,
  now: SheetRead,
  records: readonly ReminderRecord[]
): ReminderRecord[] {
  return records.map((record) => ({ ...record, rows: rowsNow(before, now, record.rows) }));
}
