import { detectDateOrder, parseDate } from "../dates/parseDate";
import type { DateOrder, Invoice } from "../types";
import { describeValue } from "../values/describeValue";
import { excelErrorName } from "../values/excelError";
import { isBlank } from "../values/isBlank";
import type { WorkbookLocale } from "../locale/workbookLocale";
import { columnMarkRoles } from "../values/columnMarkRoles";
import { parseAmount, type MarkRoles } from "../values/parseAmount";
import { parseBoolean } from "../values/parseBoolean";
import type { Parsed } from "../values/parsed";
import {
  WorkbookError,
  type ColumnKey,
  type ColumnMapping,
  type ColumnMatch,
  type RowProblem,
  type SheetRead,
} from "../workbook";
import { REQUIRED_COLUMNS } from "./columnSynonyms";
import { findHeaderRow, type CellArea } from "./findHeaderRow";
import { isTotalRow } from "./isTotalRow";
import { matchColumns } from "./matchColumns";
import { findOwnedColumns, type OwnedColumn } from "./ownedColumns";
import { parseLanguage } from "./parseLanguage";

export interface ReadOptions {
  sheetName: string;
  tableName?: string;
  /** 1-based sheet row of cells[0]. Default 1. */
  firstRow?: number;
  /** 0-based sheet column of cells[n][0]. Default 0 (column A). */
  firstColumn?: number;
  /** The user's corrections saved with the workbook. */
  mapping?: ColumnMapping;
  /**
   * The workbook's locale (separators and date order, from Excel's culture): what settles text
   * dates and amounts the texts themselves do not.
   */
  locale: WorkbookLocale;
  /** Index of the header row when it is known (an Excel table's header); else it is found. */
  headerRowIndex?: number;
  /** Merged cells, 0-based within `cells`. */
  mergedAreas?: readonly CellArea[];
  /** Column indexes never to map. */
  ignoreColumns?: ReadonlySet<number>;
  /**
   * The add-in's own columns on this sheet (found by header): analysis columns are never mapped;
   * its "lastReminder" / "lastLevel" columns (the reminder memory) are read, and win over the
   * user's own last-reminder column when their date is the same or later.
   */
  owned?: readonly OwnedColumn[];
  /** The same cells as displayed (Excel's text), for the mapping samples; may cover fewer rows. */
  displayTexts?: readonly (readonly unknown[])[];
}

const SAMPLE_COUNT = 3;
const DATE_KEYS: readonly ColumnKey[] = [
  "invoiceDate",
  "dueDate",
  "paidDate",
  "promiseDate",
  "lastReminder",
];

/**
 * Read receivables from the cells of a sheet (its table or used range): find the header row, map
 * the columns, and turn every data row into an Invoice or a RowProblem. Blank rows and total rows
 * are skipped; a total row is listed among the problems, with its reason. A sheet that cannot be read at all throws a WorkbookError whose
 * code selects the pane's message; nothing else throws.
 *
 * Open amount (no asOf here): the open column when the sheet has one; else amount - paid, where
 * paid is the paid column, or the whole amount when a paid date is set and there is no paid column
 * (a settled invoice), or 0. The paid date is kept so that history can be computed as of any day.
 *
 * Duplicated invoice numbers: both rows are kept (nothing is lost: they may be two instalments)
 * and each repeat gets a warning (`kept: true`) naming the row it repeats.
 * A bad value in a required column (customer, invoice number, due date, amount) drops the row
 * with a problem; a bad value in an optional column keeps the row, without that value, and warns.
 */
export function readInvoices(
  cells: readonly (readonly unknown[])[],
  options: ReadOptions
): SheetRead {
  const firstRow = options.firstRow ?? 1;
  if (!cells.some((row) => row.some((cell) => !isBlank(cell)))) {
    throw new WorkbookError(
      "empty-sheet",
      `The sheet "${options.sheetName}" is empty: there are no invoices to read.`,
      {
        sheet: options.sheetName,
      }
    );
  }
  const headerIndex =
    options.headerRowIndex ??
    findHeaderRow(cells, {
      ignore: options.ignoreColumns,
      mergedAreas: options.mergedAreas,
      firstRow,
    });
  const headerCells = cells[headerIndex];
  const headers = headerCells.map((cell) => (isBlank(cell) ? "" : String(cell).trim()));
  const owned = findOwnedColumns(headerCells, options.owned ?? []);
  const ignore = new Set([...(options.ignoreColumns ?? []), ...owned.values()]);
  const columns = matchColumns(headerCells, { mapping: options.mapping, ignore });
  const column = (key: ColumnKey): ColumnMatch | undefined =>
    columns.find((match) => match.key === key);

  const dataStart = headerIndex + 1;
  const hasData = cells
    .slice(dataStart)
    .some((row) => row.some((cell, i) => !isBlank(cell) && !ignore.has(i)));
  if (!hasData) {
    throw new WorkbookError(
      "header-only",
      `The sheet "${options.sheetName}" has a header row (row ${firstRow + headerIndex}) but no invoices below it.`,
      { row: firstRow + headerIndex }
    );
  }
  for (const key of REQUIRED_COLUMNS) if (!column(key)) throw missingColumn(key);
  if (!column("amount") && !column("open")) throw missingColumn("amount");

  const dateOrder = detectSheetDateOrder(cells, dataStart, columns, options.locale.dateOrder);
  for (const match of columns)
    match.samples = samplesOf(cells, options.displayTexts, dataStart, match.index);

  const memory = { lastReminder: owned.get("lastReminder"), lastLevel: owned.get("lastLevel") };
  const { invoices, problems } = readRows(cells, dataStart, firstRow, columns, memory, {
    ...options.locale,
    dateOrder,
  });
  return {
    sheetName: options.sheetName,
    tableName: options.tableName,
    headerRow: firstRow + headerIndex,
    headers,
    columns,
    invoices,
    problems,
    dateOrder,
    firstColumn: options.firstColumn ?? 0,
    lastRow: firstRow + cells.length - 1,
    ...memoryHeaders(headers, memory),
  };
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

function missingColumn(key: ColumnKey): WorkbookError {
  return new WorkbookError(
    "missing-column",
    `No ${COLUMN_LABELS[key]} column found: name a column ${EXAMPLE_HEADERS[key] ?? COLUMN_LABELS[key]}, or choose it in the column mapping.`,
    { column: key }
  );
}

/**
 * The day/month order of the sheet's text dates. One order for the whole sheet: a column, or two
 * columns, with dates that only read day first and others that only read month first cannot be
 * read without guessing, so the sheet is refused and the column named.
 */
function detectSheetDateOrder(
  cells: readonly (readonly unknown[])[],
  dataStart: number,
  columns: readonly ColumnMatch[],
  fallback: DateOrder
): DateOrder {
  let decided: { order: DateOrder; header: string } | undefined;
  for (const match of columns) {
    if (!DATE_KEYS.includes(match.key)) continue;
    const texts: string[] = [];
    for (let r = dataStart; r < cells.length; r++) {
      const value = cells[r][match.index];
      if (typeof value === "string") texts.push(value);
    }
    if (texts.length === 0) continue;
    const order = detectDateOrder(texts, fallback);
    if (order === "mixed") throw mixedDates(`the column "${match.header}" has`, match.header);
    // Only an order the texts prove (not the fallback) can contradict another column's.
    const proven = detectDateOrder(texts, order === "dmy" ? "mdy" : "dmy") === order;
    if (proven) {
      if (decided && decided.order !== order) {
        throw mixedDates(
          `the columns "${decided.header}" and "${match.header}" have`,
          match.header
        );
      }
      decided = decided ?? { order, header: match.header };
    }
  }
  return decided?.order ?? fallback;
}

function mixedDates(where: string, header: string): WorkbookError {
  return new WorkbookError(
    "mixed-date-formats",
    `Mixed date formats: ${where} text dates written day first (31/12/2024) and others month first ` +
      "(12/31/2024). Convert the dates to one format (or to real Excel dates) and read again.",
    { column: header }
  );
}

function samplesOf(
  cells: readonly (readonly unknown[])[],
  texts: readonly (readonly unknown[])[] | undefined,
  dataStart: number,
  index: number
): string[] {
  const samples: string[] = [];
  for (let r = dataStart; r < cells.length && samples.length < SAMPLE_COUNT; r++) {
    const value = cells[r][index];
    if (isBlank(value)) continue;
    const shown = texts?.[r]?.[index];
    samples.push(isBlank(shown) ? String(value) : String(shown));
  }
  return samples;
}

/** Column indexes by key, resolved once: the row loop runs up to a million times. */
type Indexes = Partial<Record<ColumnKey, number>>;

function readRows(
  cells: readonly (readonly unknown[])[],
  dataStart: number,
  firstRow: number,
  columns: readonly ColumnMatch[],
  memory: { lastReminder?: number; lastLevel?: number },
  locale: WorkbookLocale
): { invoices: Invoice[]; problems: RowProblem[] } {
  const { dateOrder } = locale;
  const at: Indexes = {};
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
      found = columnMarkRoles(cells.slice(dataStart).map((row) => row[index]));
      roles.set(key, found);
    }
    return found;
  };

  for (let r = dataStart; r < cells.length; r++) {
    const cellsOfRow = cells[r];
    const row = firstRow + r;
    if (cellsOfRow.every((cell) => isBlank(cell))) continue;
    // Skipped, and said: a row is never dropped without its reason (a "Total SA" customer's
    // invoice with a number and a due date is not a total, and is read).
    if (isTotalRow(cellsOfRow, at.invoiceNumber, at.dueDate)) {
      problems.push({
        row,
        reason:
          "Total row (labelled like a total, no invoice number or due date): not an invoice, skipped",
      });
      continue;
    }

    const rowProblems: RowProblem[] = [];
    const problem = (key: ColumnKey, value: unknown, reason: string, kept: boolean) =>
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
      problem(key, value(key), `${capitalize(COLUMN_LABELS[key])}: ${result.reason}`, false);
      return undefined;
    };
    /** An optional value: blank is fine, a bad one warns and is left out. */
    const optional = <T>(key: ColumnKey, parse: (v: unknown) => Parsed<T>): T | undefined => {
      const raw = value(key);
      if (at[key] === undefined || isBlank(raw)) return undefined;
      const result = parse(raw);
      if (result.ok) return result.value;
      problem(
        key,
        raw,
        `${capitalize(COLUMN_LABELS[key])}: ${result.reason} (ignored, the row is kept)`,
        true
      );
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
        problem(
          key,
          v,
          `${capitalize(COLUMN_LABELS[key])}: ${describeValue(v)} read as ${settled.value} from the column's other amounts; ` +
            `the workbook's locale does not settle it, so a CREDIT function given this cell alone refuses it: write ${settled.value}`,
          true
        );
      }
      return settled.ok ? settled : alone;
    };

    const customer = required("customer", text(value("customer"), "no customer"));
    const customerCell = value("customer");
    const invoiceNumber = required(
      "invoiceNumber",
      text(value("invoiceNumber"), "no invoice number")
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
        email: optional("email", (v) => text(v, "no email")),
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
        problem(
          "invoiceNumber",
          invoiceNumber,
          `Invoice number ${invoiceNumber} is also on row ${earlier}; both rows are kept, check they are not the same invoice`,
          true
        );
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
  memory: { lastReminder?: number; lastLevel?: number },
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

/** The headers of the add-in's memory columns found on the sheet, for the column check. */
function memoryHeaders(
  headers: readonly string[],
  memory: { lastReminder?: number; lastLevel?: number }
): Pick<SheetRead, "memoryColumns"> {
  const found: NonNullable<SheetRead["memoryColumns"]> = {};
  if (memory.lastReminder !== undefined) found.lastReminder = headers[memory.lastReminder];
  if (memory.lastLevel !== undefined) found.lastLevel = headers[memory.lastLevel];
  return Object.keys(found).length ? { memoryColumns: found } : {};
}

function assignDefined(invoice: Invoice, extra: Partial<Invoice>): void {
  for (const [key, v] of Object.entries(extra)) {
    if (v !== undefined) (invoice as unknown as Record<string, unknown>)[key] = v;
  }
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Text of an identifying cell (customer, invoice number, email): numbers are kept as written. */
function text(value: unknown, blankReason: string): Parsed<string> {
  if (isBlank(value)) return { ok: false, reason: blankReason };
  const error = excelErrorName(value);
  if (error) return { ok: false, reason: `the cell holds the error ${error}` };
  if (typeof value === "string" || typeof value === "number")
    return { ok: true, value: String(value).trim() };
  return { ok: false, reason: `${describeValue(value)} is not a text` };
}

/** A ladder level: a whole number 0..9 ("2", 2, "N2" and "Level 2" are read as 2). */
function parseLevel(value: unknown): Parsed<number> {
  const match =
    typeof value === "number"
      ? [String(value), String(value)]
      : /^\s*(?:level|niveau|n|l)?\s*(\d+(?:\.0+)?)\s*$/i.exec(String(value));
  const level = match ? Number(match[1]) : NaN;
  if (Number.isInteger(level) && level >= 0 && level <= 9) return { ok: true, value: level };
  return {
    ok: false,
    reason: `${describeValue(value)} is not a reminder level (a whole number from 0)`,
  };
}
