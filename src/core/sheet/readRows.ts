import { parseDate } from "../dates/parseDate";
import type { WorkbookLocale } from "../locale/workbookLocale";
import type { DateOrder, Invoice } from "../types";
import { columnMarkRoles } from "../values/columnMarkRoles";
import { excelErrorName } from "../values/excelError";
import { isBlank } from "../values/isBlank";
import { parseAmount, type MarkRoles } from "../values/parseAmount";
import { parseBoolean } from "../values/parseBoolean";
import { parseLevel } from "../values/parseLevel";
import { parseText } from "../values/parseText";
import type { Parsed } from "../values/parsed";
import type { ColumnKey, ColumnMatch, RowProblem } from "../workbook";
import { isTotalRow } from "./isTotalRow";
import { parseLanguage } from "./parseLanguage";
import type { RowProblemReason, ValueKind } from "./rowProblemReason";

type Cells = readonly (readonly unknown[])[];

/** Where the add-in's own memory columns are (0-based), when the sheet has them. */
export interface MemoryColumns {
  lastReminder?: number;
  lastLevel?: number;
}

/** What each column's cells are read as, for the pane to name what a bad cell should hold. */
const KIND_OF: Record<ColumnKey, ValueKind> = {
  customer: "text",
  invoiceNumber: "text",
  invoiceDate: "date",
  dueDate: "date",
  amount: "amount",
  paid: "amount",
  paidDate: "date",
  open: "amount",
  email: "text",
  disputed: "yesNo",
  promiseDate: "date",
  creditLimit: "amount",
  lastReminder: "date",
  lastLevel: "level",
  language: "language",
};

/** The keyed reason of a value a reader refused: blank, an Excel error, or not of its kind. */
function refusalOf(field: ColumnKey, raw: unknown, detail: string): RowProblemReason {
  if (isBlank(raw)) return { key: "blankValue", field, detail };
  const error = excelErrorName(raw);
  if (error) return { key: "cellError", field, error, detail };
  return { key: "unreadValue", field, kind: KIND_OF[field], detail };
}

/**
 * Every data row of the sheet as an Invoice or a RowProblem (docs/design.md §3). Blank rows are
 * skipped quietly; a total row is skipped with its reason. A bad value in a required column
 * (customer, invoice number, due date, amount) drops the row; a bad value in an optional column
 * keeps the row without it, with a warning (`kept: true`). A repeated invoice number keeps both
 * rows (they may be two instalments) and warns on the repeat.
 *
 * Open amount: the open column when the sheet has one; else amount - paid, where paid is the paid
 * column, or the whole amount when a paid date is set and there is no paid column, or 0.
 *
 * @example
 * readRows([["Customer", "Invoice", "Due", "Amount"], ["ACME", "F-1", 45352, 100]], 1, 1,
 *   [["customer", 0], ["invoiceNumber", 1], ["dueDate", 2], ["amount", 3]].map(([key, index]) =>
 *     ({ key, index, header: String(key), confidence: 1, samples: [] })),
 *   {}, { name: "en-GB", decimal: ".", group: ",", dateOrder: "dmy", source: "excel" }).invoices[0].open
 * //=> 100
 */
export function readRows(
  cells: Cells,
  dataStart: number,
  firstRow: number,
  columns: readonly ColumnMatch[],
  memory: MemoryColumns,
  locale: WorkbookLocale
): { invoices: Invoice[]; problems: RowProblem[] } {
  const { dateOrder } = locale;
  // Column indexes by key, resolved once: the row loop runs up to a million times.
  const at: Partial<Record<ColumnKey, number>> = {};
  const headerOf: Partial<Record<ColumnKey, string>> = {};
  for (const match of columns) {
    at[match.key] = match.index;
    headerOf[match.key] = match.header;
  }
  const invoices: Invoice[] = [];
  const problems: RowProblem[] = [];
  const firstRowOfNumber = new Map<string, number>();
  // What each amount column's texts prove of "," and ".", for the texts the locale leaves
  // ambiguous (1.250 in a fr-FR workbook); read only when such a text is met.
  const roles = new Map<ColumnKey, MarkRoles>();
  const rolesOf = (key: ColumnKey): MarkRoles => {
    let found = roles.get(key);
    if (!found) {
      const index = at[key] as number;
      found = columnMarkRoles(cells.slice(dataStart).map((rowCells) => rowCells[index]));
      roles.set(key, found);
    }
    return found;
  };

  for (let rowIndex = dataStart; rowIndex < cells.length; rowIndex++) {
    const cellsOfRow = cells[rowIndex];
    const row = firstRow + rowIndex;
    if (cellsOfRow.every((cell) => isBlank(cell))) continue;
    // Skipped, and said: a row is never dropped without its reason (a "Total SA" customer's
    // invoice with a number and a due date is not a total, and is read).
    if (isTotalRow(cellsOfRow, at.invoiceNumber, at.dueDate)) {
      problems.push({ row, reason: { key: "totalRow" } });
      continue;
    }

    const rowProblems: RowProblem[] = [];
    const problem = (key: ColumnKey, value: unknown, reason: RowProblemReason, kept: boolean) =>
      rowProblems.push({
        row,
        column: headerOf[key],
        value: isBlank(value) ? "" : String(value),
        reason,
        ...(kept ? { kept: true } : {}),
      });
    const value = (key: ColumnKey): unknown =>
      at[key] === undefined ? undefined : cellsOfRow[at[key] as number];

    /** A required value: its reason drops the row. */
    const required = <T>(key: ColumnKey, result: Parsed<T>): T | undefined => {
      if (result.ok) return result.value;
      problem(key, value(key), refusalOf(key, value(key), result.reason), false);
      return undefined;
    };
    /** An optional value: blank is fine, a bad one warns and is left out. */
    const optional = <T>(key: ColumnKey, parse: (v: unknown) => Parsed<T>): T | undefined => {
      const raw = value(key);
      if (at[key] === undefined || isBlank(raw)) return undefined;
      const result = parse(raw);
      if (result.ok) return result.value;
      problem(key, raw, refusalOf(key, raw, result.reason), true);
      return undefined;
    };
    const date = (v: unknown) => parseDate(v, dateOrder);
    /**
     * An amount in the workbook's locale; one the locale leaves ambiguous is read from what the
     * column's other texts prove, with a warning: a formula reads a cell alone and refuses it.
     */
    const amountIn = (key: ColumnKey) => (v: unknown) => {
      const alone = parseAmount(v, locale);
      if (alone.ok || typeof v !== "string") return alone;
      const settled = parseAmount(v, locale, rolesOf(key));
      if (settled.ok) {
        const amount = settled.value;
        problem(key, v, { key: "amountFromColumn", field: key, value: v, amount }, true);
      }
      return settled.ok ? settled : alone;
    };

    const customer = required("customer", parseText(value("customer"), "no customer"));
    const customerCell = value("customer");
    const invoiceNumber = required(
      "invoiceNumber",
      parseText(value("invoiceNumber"), "no invoice number")
    );
    const dueDate = required("dueDate", date(value("dueDate")));
    const amountColumn = at.amount !== undefined;
    const amount = amountColumn
      ? required("amount", amountIn("amount")(value("amount")))
      : undefined;
    const paidValue = optional("paid", amountIn("paid"));
    const paidDate = optional("paidDate", date);
    const openValue = at.open === undefined ? undefined : optional("open", amountIn("open"));

    const dropped = rowProblems.some((p) => !p.kept);
    if (
      !dropped &&
      customer !== undefined &&
      invoiceNumber !== undefined &&
      dueDate !== undefined
    ) {
      const paid =
        paidValue ?? (paidDate !== undefined && at.paid === undefined ? (amount ?? 0) : 0);
      const gross = amount ?? (openValue ?? 0) + paid;
      const invoice: Invoice = {
        row,
        customer,
        invoiceNumber,
        dueDate,
        amount: gross,
        paid,
        open: openValue ?? gross - paid,
        disputed: optional("disputed", parseBoolean) ?? false,
      };
      assignDefined(invoice, {
        customerNumber: typeof customerCell === "number" ? customerCell : undefined,
        invoiceDate: optional("invoiceDate", date),
        paidDate,
        email: optional("email", (v) => parseText(v, "no email")),
        promiseDate: optional("promiseDate", date),
        creditLimit: optional("creditLimit", amountIn("creditLimit")),
        lastReminder: optional("lastReminder", date),
        lastLevel: optional("lastLevel", parseLevel),
        language: optional("language", parseLanguage),
      });
      recallReminder(invoice, cellsOfRow, memory, dateOrder);
      const key = invoiceNumber.toLowerCase();
      const earlier = firstRowOfNumber.get(key);
      if (earlier === undefined) firstRowOfNumber.set(key, row);
      else {
        const reason = { key: "duplicateInvoice", invoiceNumber, earlierRow: earlier } as const;
        problem("invoiceNumber", invoiceNumber, reason, true);
      }
      invoices.push(invoice);
    }
    problems.push(...rowProblems);
  }
  return { invoices, problems };
}

/** The add-in's own record of the last reminder, when it is as recent as the user's column. */
function recallReminder(
  invoice: Invoice,
  cellsOfRow: readonly unknown[],
  memory: MemoryColumns,
  dateOrder: DateOrder
): void {
  if (memory.lastReminder === undefined) return;
  const date = parseDate(cellsOfRow[memory.lastReminder], dateOrder);
  if (!date.ok || (invoice.lastReminder !== undefined && date.value < invoice.lastReminder)) return;
  invoice.lastReminder = date.value;
  const level =
    memory.lastLevel === undefined ? undefined : parseLevel(cellsOfRow[memory.lastLevel]);
  if (level?.ok) invoice.lastLevel = level.value;
}

function assignDefined(invoice: Invoice, extra: Partial<Invoice>): void {
  for (const [key, v] of Object.entries(extra)) {
    if (v !== undefined) (invoice as unknown as Record<string, unknown>)[key] = v;
  }
}
