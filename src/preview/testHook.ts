import type { Day, Invoice } from "../core/types";
import type { LoggedReminder } from "../core/workbook";
import type { MemoryWorkbook } from "./memoryWorkbook";

/** What the end-to-end tests read of the preview's workbook in one call. */
export interface PreviewTestView {
  /** The as-of date of the last analysis written, if any. */
  analysedAsOf?: Day;
  /** The analysed sheet's row 1 and its rows from 2 on, by row number (values, not texts). */
  header: unknown[];
  rows: Record<number, unknown[]>;
  /** The sheet's invoices as the pane reads them (with the saved column mapping). */
  invoices: Invoice[];
  log: LoggedReminder[];
}

/** The read-only hook on `window`, for the end-to-end tests only. */
export interface PreviewTestHook {
  /** The analysis date and the Reminder log's length: cheap to poll while the pane works. */
  progress(): Promise<{ analysedAsOf?: Day; letters: number }>;
  read(sheetName: string): Promise<PreviewTestView>;
}

/**
 * For the end-to-end tests (test/e2e) only, and only when the page is opened with ?e2e=1: a
 * read-only view of the in-memory workbook on `window.creditControlPreview`. A test checks
 * thousands of cells and the Reminder log after each step of a three-month play, which the
 * virtualised grid cannot show at once. Nothing here writes to the workbook.
 */
export function exposeForTests(target: Window, workbook: MemoryWorkbook): void {
  const hook: PreviewTestHook = {
    progress: async () => ({
      ...(workbook.analysedAsOf !== undefined ? { analysedAsOf: workbook.analysedAsOf } : {}),
      letters: (await workbook.readReminderLog()).length,
    }),
    read: async (sheetName) => {
      const sheet = workbook.getSheet(sheetName);
      const used = sheet?.usedArea();
      if (!sheet || !used) throw new Error(`No sheet "${sheetName}" with values`);
      const cells = (row: number) =>
        sheet.values({
          row,
          column: 0,
          rowCount: 1,
          columnCount: used.column + used.columnCount,
        })[0];
      const rows: Record<number, unknown[]> = {};
      for (let row = 2; row < used.row + used.rowCount; row++) rows[row] = cells(row);
      const { mapping } = await workbook.loadSettings();
      return {
        ...(workbook.analysedAsOf !== undefined ? { analysedAsOf: workbook.analysedAsOf } : {}),
        header: cells(1),
        rows,
        invoices: (await workbook.readReceivables(mapping)).invoices,
        log: await workbook.readReminderLog(),
      };
    },
  };
  (target as Window & { creditControlPreview?: PreviewTestHook }).creditControlPreview = hook;
}
