import type { WorkbookLocale } from "../locale/workbookLocale";
import { isBlank } from "../values/isBlank";
import type { ColumnKey, ColumnMapping, ColumnMatch, SheetRead } from "../workbook";
import { REQUIRED_COLUMNS } from "./columnSynonyms";
import { findHeaderRow, type CellArea } from "./findHeaderRow";
import { matchColumns } from "./matchColumns";
import { findOwnedColumns, type OwnedColumn } from "./ownedColumns";
import { readRows, type MemoryColumns } from "./readRows";
import { sheetDateOrder } from "./sheetDateOrder";
import { emptySheetError, headerOnlyError, missingColumnError } from "./sheetErrors";

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

/**
 * Read receivables from the cells of a sheet (its table or used range): find the header row, map
 * the columns, settle the sheet's date order, and turn every data row into an Invoice or a
 * RowProblem (readRows). A sheet that cannot be read at all throws a WorkbookError whose code
 * selects the pane's message (sheetErrors); nothing else throws (docs/design.md §3).
 *
 * @example
 * readInvoices([["Client", "N° facture", "Échéance", "Montant"], ["ACME", "F-1", "31/01/2024", "1 250,00 €"]],
 *   { sheetName: "AR", locale: { name: "fr-FR", decimal: ",", group: " ", dateOrder: "dmy", source: "excel" } }).invoices[0].amount
 * //=> 1250
 */
export function readInvoices(
  cells: readonly (readonly unknown[])[],
  options: ReadOptions
): SheetRead {
  const firstRow = options.firstRow ?? 1;
  if (!cells.some((row) => row.some((cell) => !isBlank(cell)))) {
    throw emptySheetError(options.sheetName);
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
    .some((row) => row.some((cell, index) => !isBlank(cell) && !ignore.has(index)));
  if (!hasData) throw headerOnlyError(options.sheetName, firstRow + headerIndex);
  for (const key of REQUIRED_COLUMNS) if (!column(key)) throw missingColumnError(key);
  if (!column("amount") && !column("open")) throw missingColumnError("amount");

  const dateOrder = sheetDateOrder(cells, dataStart, columns, options.locale.dateOrder);
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

/** The first few values of a column as the sheet displays them, for the user to check it. */
function samplesOf(
  cells: readonly (readonly unknown[])[],
  texts: readonly (readonly unknown[])[] | undefined,
  dataStart: number,
  index: number
): string[] {
  const samples: string[] = [];
  for (
    let rowIndex = dataStart;
    rowIndex < cells.length && samples.length < SAMPLE_COUNT;
    rowIndex++
  ) {
    const value = cells[rowIndex][index];
    if (isBlank(value)) continue;
    const shown = texts?.[rowIndex]?.[index];
    samples.push(isBlank(shown) ? String(value) : String(shown));
  }
  return samples;
}

/** The headers of the add-in's memory columns found on the sheet, for the column check. */
function memoryHeaders(
  headers: readonly string[],
  memory: MemoryColumns
): Pick<SheetRead, "memoryColumns"> {
  const found: NonNullable<SheetRead["memoryColumns"]> = {};
  if (memory.lastReminder !== undefined) found.lastReminder = headers[memory.lastReminder];
  if (memory.lastLevel !== undefined) found.lastLevel = headers[memory.lastLevel];
  return Object.keys(found).length ? { memoryColumns: found } : {};
}
