import { readInvoices } from "../core/sheet/readInvoices";
import { emptySheetError } from "../core/sheet/sheetErrors";
import { MAPPING_KEY } from "../core/sheet/storedKeys";
import type { WorkbookLocale } from "../core/locale/workbookLocale";
import { WorkbookError, type ColumnMapping, type SheetRead } from "../core/workbook";
import { activeSheet, findSheet, settingsStore, type BookState } from "./bookState";
import { ownedColumnsOn } from "./columnMarks";
import { dataArea } from "./sheetTarget";

/** Rows whose displayed text is read for the mapping screen's samples. */
const DISPLAY_TEXT_ROWS = 50;

/**
 * Read the active sheet (its table, else its used range) with the pure reader Excel uses.
 * `workbookLocale` reads text dates and amounts, `locale` displays cells (Excel's Range.text).
 */
export function readReceivables(
  state: BookState,
  mapping: ColumnMapping | undefined,
  workbookLocale: WorkbookLocale,
  locale: string,
  sheetName?: string
): SheetRead {
  // A named sheet: the one a write read before (read again just before writing to it).
  const sheet = sheetName ? findSheet(state, sheetName) : activeSheet(state);
  if (!sheet) {
    throw new WorkbookError(
      "sheet-missing",
      `The sheet "${sheetName}" no longer exists. Read the sheet again.`
    );
  }
  const data = dataArea(sheet);
  if (!data) {
    throw emptySheetError(sheet.name);
  }
  const store = settingsStore(state);
  return readInvoices(sheet.values(data.area), {
    sheetName: sheet.name,
    tableName: data.tableName,
    firstRow: data.area.row,
    firstColumn: data.area.column,
    mapping: mapping ?? store.get<ColumnMapping>(MAPPING_KEY),
    locale: workbookLocale,
    headerRowIndex: data.tableName ? 0 : undefined,
    mergedAreas: sheet.merges.map((m) => ({
      ...m,
      row: m.row - data.area.row,
      column: m.column - data.area.column,
    })),
    owned: ownedColumnsOn(store, sheet, data.area.column),
    // What the mapping screen shows as samples (dates as dates, not serials): the first rows
    // are enough, as Excel's adapter reads them too.
    displayTexts: sheet.texts(
      { ...data.area, rowCount: Math.min(data.area.rowCount, DISPLAY_TEXT_ROWS) },
      locale
    ),
  });
}
