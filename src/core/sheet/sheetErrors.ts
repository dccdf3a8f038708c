import { WorkbookError, type ColumnKey } from "../workbook";

/**
 * The sheet errors the reader and both adapters raise, built in one place so that the code and
 * the English words are the same wherever they come from. The pane shows the translated text of
 * the code (docs/design.md §8); the English message is for logs and tests.
 */

/** @example emptySheetError("AR").code //=> "empty-sheet" */
export function emptySheetError(name: string): WorkbookError {
  return new WorkbookError(
    "empty-sheet",
    `The sheet "${name}" is empty: there are no invoices to read.`,
    {
      sheet: name,
    }
  );
}

/** @example headerOnlyError("AR", 3).details //=> { row: 3 } */
export function headerOnlyError(name: string, headerRow: number): WorkbookError {
  return new WorkbookError(
    "header-only",
    `The sheet "${name}" has a header row (row ${headerRow}) but no invoices below it.`,
    { row: headerRow }
  );
}

const COLUMN_LABELS: Record<ColumnKey, string> = {
  customer: "customer",
  invoiceNumber: "invoice number",
  invoiceDate: "invoice date",
  dueDate: "due date",
  amount: "amount",
  paid: "paid",
  paidDate: "paid date",
  open: "open amount",
  email: "email",
  disputed: "disputed",
  promiseDate: "promise date",
  creditLimit: "credit limit",
  lastReminder: "last reminder",
  lastLevel: "level",
  language: "language",
};

const EXAMPLE_HEADERS: Partial<Record<ColumnKey, string>> = {
  customer: `"Customer" or "Client"`,
  invoiceNumber: `"Invoice" or "N° facture"`,
  dueDate: `"Due date" or "Échéance"`,
  amount: `"Amount" or "Montant TTC" (or an "Open" / "Solde" column)`,
};

/** @example missingColumnError("dueDate").details //=> { column: "dueDate" } */
export function missingColumnError(key: ColumnKey): WorkbookError {
  return new WorkbookError(
    "missing-column",
    `No ${COLUMN_LABELS[key]} column found: name a column ${EXAMPLE_HEADERS[key] ?? COLUMN_LABELS[key]}, or choose it in the column mapping.`,
    { column: key }
  );
}

/**
 * Text dates written day first and others month first, where `where` says which column(s).
 * @example mixedDatesError(`the column "Due" has`, "Due").code //=> "mixed-date-formats"
 */
export function mixedDatesError(where: string, header: string): WorkbookError {
  return new WorkbookError(
    "mixed-date-formats",
    `Mixed date formats: ${where} text dates written day first (31/12/2024) and others month first ` +
      "(12/31/2024). Convert the dates to one format (or to real Excel dates) and read again.",
    { column: header }
  );
}

/** @example protectedSheetError("AR").code //=> "sheet-protected" */
export function protectedSheetError(name: string): WorkbookError {
  return new WorkbookError(
    "sheet-protected",
    `The sheet "${name}" is protected: unprotect it (Review > Unprotect Sheet) so that the add-in can add its columns.`,
    { sheet: name }
  );
}

/**
 * A write that would need a row or a column past the last one of Excel (nothing is written).
 * @example gridEdgeError("AR", "no column left").code //=> "grid-full"
 */
export function gridEdgeError(name: string, why: string): WorkbookError {
  return new WorkbookError("grid-full", `The add-in cannot write on the sheet "${name}": ${why}`, {
    sheet: name,
  });
}
