import type { Invoice } from "../types";
import { WorkbookError, type SheetRead } from "../workbook";

/**
 * What a write from the pane was computed from (an ageing report, a statement, a plan, a court
 * file, an activity line): the sheet as the pane read it and the rows of the invoices it is
 * about. The adapter reads the sheet again in the write's own batch (issue 9: re-read before
 * every write) and writes only while those invoices are as they were (assertUnchanged).
 */
export interface WriteBasis {
  read: SheetRead;
  rows: readonly number[];
}

/**
 * The basis of a write about these customers' invoices, or about every invoice of the read.
 * @example writeBasis(readInvoices([["Customer", "Invoice", "Due date", "Amount"], ["ACME", "F-1", 45000, 1000], ["Beta", "F-2", 45000, 5]], { sheetName: "AR", locale: localeFromLanguage("en-US") }), ["Beta"]).rows
 * //=> [3]
 */
export function writeBasis(read: SheetRead, customers?: readonly string[]): WriteBasis {
  const wanted = customers && new Set(customers);
  const invoices = wanted ? read.invoices.filter((i) => wanted.has(i.customer)) : read.invoices;
  return { read, rows: invoices.map((invoice) => invoice.row) };
}

/** The sheet changed under a write's invoices: nothing is written. */
function changed(sheet: string, invoice: string): WorkbookError {
  return new WorkbookError(
    "sheet-changed",
    `The sheet "${sheet}" changed since it was read: invoice ${invoice} moved, changed, is gone or was added. Nothing was written; read the sheet again.`,
    { sheet, invoice }
  );
}

const same = (a: Invoice, b: Invoice | undefined): boolean =>
  b !== undefined && JSON.stringify(a) === JSON.stringify(b);

/**
 * Throws sheet-changed unless the sheet read now (`now`) has every invoice of the basis on its
 * row with the same cells, and no other invoice of their customers (one inserted or moved in).
 * @example assertUnchanged(writeBasis(readInvoices([["Customer", "Invoice", "Due date", "Amount"], ["ACME", "F-1", 45000, 1000]], { sheetName: "AR", locale: localeFromLanguage("en-US") })),
 *   readInvoices([["Customer", "Invoice", "Due date", "Amount"], ["ACME", "F-1", 45000, 1000]], { sheetName: "AR", locale: localeFromLanguage("en-US") }))
 * //=> undefined
 */
export function assertUnchanged(basis: WriteBasis, now: SheetRead): void {
  const then = new Map(basis.read.invoices.map((invoice) => [invoice.row, invoice]));
  const current = new Map(now.invoices.map((invoice) => [invoice.row, invoice]));
  const rows = new Set(basis.rows);
  const customers = new Set<string>();
  for (const row of basis.rows) {
    const invoice = then.get(row);
    if (!invoice) continue;
    customers.add(invoice.customer);
    if (!same(invoice, current.get(row))) throw changed(now.sheetName, invoice.invoiceNumber);
  }
  const added = now.invoices.find((i) => customers.has(i.customer) && !rows.has(i.row));
  if (added) throw changed(now.sheetName, added.invoiceNumber);
}
