import { parseAddress, rangeAddress, type SheetArea } from "../core/sheet/a1";
import { ownedColumnsOf, type SheetIdentity } from "../core/sheet/addInMemory";
import { MEMORY_COLUMNS } from "../core/sheet/analysisColumns";
import { memoryColumnsOnSheet } from "../core/sheet/analysisPlan";
import {
  parseReminderLog,
  REMINDER_LOG_HEADERS,
  REMINDER_LOG_SHEET,
} from "../core/sheet/reminderLog";
import { rowRuns } from "../core/sheet/selectionRows";
import { isBlank } from "../core/values/isBlank";
import type { LoggedReminder, RecordReceipt, SheetRead } from "../core/workbook";
import type { WriteJob } from "./chunking";
import { documentStore } from "./documentSettings";
import { confirmedOwnedSheet } from "./ownedSheetMarker";
import { readInChunks } from "./readChunks";
import { writeBatches } from "./writeBatches";
import { loadWriteTarget } from "./writeTarget";

/**
 * The name of the add-in's reminder log sheet now (its id and header row say it is the add-in's),
 * or undefined when it has none. One sync when there is a candidate.
 */
async function logSheetName(
  context: Excel.RequestContext,
  sheets: readonly SheetIdentity[]
): Promise<string | undefined> {
  const target = await confirmedOwnedSheet(
    context,
    "reminderLog",
    REMINDER_LOG_SHEET,
    "en",
    sheets
  );
  return target.current?.name;
}

/**
 * The letters of the reminder log, oldest first. Syncs: the sheet list, the log's header row,
 * the log's cells.
 */
export async function readReminderLog(context: Excel.RequestContext): Promise<LoggedReminder[]> {
  const sheets = context.workbook.worksheets.load("items/name,items/id");
  await context.sync();
  const name = await logSheetName(
    context,
    sheets.items.map(({ name, id }) => ({ name, id }))
  );
  if (name === undefined) return [];
  const used = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
  used.load("address,values");
  await context.sync();
  if (used.isNullObject) return [];
  return logLetters(parseAddress(used.address)[0], used.values);
}

/** Rows of the log read per sync when its letters are needed to prove a memory cell. */
const LOG_CHUNK_ROWS = 20000;

/**
 * The letters of the log sheet `name` whose used range is `area`: its first four columns (date,
 * customer, invoices, level), read in chunks (a log may reach row 1,048,576).
 */
export async function readLogLetters(
  context: Excel.RequestContext,
  name: string,
  area: SheetArea
): Promise<LoggedReminder[]> {
  const sheet = context.workbook.worksheets.getItem(name);
  const columns = { ...area, columnCount: Math.min(area.columnCount, 4) };
  return logLetters(area, await readInChunks(context, sheet, columns, LOG_CHUNK_ROWS));
}

/** The letters of the log's used range (its area and values), none when it is not from column A. */
export function logLetters(area: SheetArea, values: unknown[][]): LoggedReminder[] {
  if (area.column !== 0) return [];
  // parseReminderLog skips the header row: when row 1 is blank, the used range starts below it.
  return parseReminderLog(area.row > 1 ? [[], ...values] : values);
}

/**
 * Put back the memory cells of a recordReminders and clear the log lines it appended. Syncs:
 * the target, one per chunk of values, one for the log.
 */
export async function undoReminders(
  context: Excel.RequestContext,
  read: SheetRead,
  receipt: RecordReceipt,
  chunkBytes: number
): Promise<void> {
  const target = await loadWriteTarget(context, read); // sync 1
  const firstColumn = read.firstColumn ?? 0;
  const found = memoryColumnsOnSheet(
    target.headerCells,
    ownedColumnsOf(documentStore, target.sheetId),
    "en"
  );
  const byRow = new Map(receipt.previous.map((p) => [p.row, p.values]));
  const jobs: WriteJob[] = [];
  for (const [row, count] of rowRuns([...byRow.keys()])) {
    MEMORY_COLUMNS.forEach((spec, i) => {
      const placement = found.get(spec.id);
      if (!placement) return;
      const values: unknown[][] = [];
      for (let r = row; r < row + count; r++) {
        const value = (byRow.get(r) as [unknown, unknown])[i];
        values.push([isBlank(value) ? "" : value]);
      }
      jobs.push({
        sheet: read.sheetName,
        row,
        column: firstColumn + placement.index,
        values,
        numberFormat: values.map(() => [spec.numberFormat]),
      });
    });
  }
  await writeBatches(context, jobs, chunkBytes);
  // Log lines are cleared only on a sheet that is still the add-in's log.
  const logName = await logSheetName(context, target.sheets);
  if (logName === undefined || receipt.logRowCount === 0) return;
  context.workbook.worksheets
    .getItem(logName)
    .getRange(
      rangeAddress(0, receipt.logFirstRow, REMINDER_LOG_HEADERS.en.length, receipt.logRowCount)
    )
    .clear("Contents");
  await context.sync();
}
