import { rememberOwnedColumns } from "../core/sheet/addInMemory";
import { MEMORY_COLUMNS } from "../core/sheet/analysisColumns";
import { assertRowsFit } from "../core/sheet/gridLimits";
import {
  REMINDER_LOG_FORMATS,
  REMINDER_LOG_HEADERS,
  REMINDER_LOG_SHEET,
  reminderLogRow,
} from "../core/sheet/reminderLog";
import {
  firstLogLine,
  latestReminderByRow,
  memoryValues,
  placeMemoryColumns,
} from "../core/sheet/reminderMemory";
import { HEADER_STYLE } from "../core/sheet/storedKeys";
import type { RecordOptions, ReminderRecord, SheetRead } from "../core/workbook";
import { settingsStore, type BookState } from "./bookState";
import { findOwnedSheet, ownedSheet } from "./ownedSheet";
import { markColumns, ownedColumnsOn } from "./columnMarks";
import { growTable, headerCells, writableSheet } from "./sheetTarget";

/** Set last reminder date and level on the invoices and append the drafts to the reminder log. */
export function recordReminders(
  state: BookState,
  read: SheetRead,
  records: ReminderRecord[],
  options: RecordOptions
): void {
  const language = options.language ?? "en";
  const sheet = writableSheet(state, read);
  const store = settingsStore(state);
  const firstColumn = read.firstColumn ?? 0;
  const header = headerCells(sheet, read);
  const placements = placeMemoryColumns(
    read,
    header,
    ownedColumnsOn(store, sheet, firstColumn),
    header.length,
    language
  );
  const ownedLog = findOwnedSheet(state, "reminderLog", REMINDER_LOG_SHEET, language);
  const firstLine = firstLogLine(ownedLog.sheet?.usedArea());
  assertRowsFit(ownedLog.sheet?.name ?? ownedLog.name, firstLine, records.length);
  if (sheet.table) growTable(sheet, placements.filter((p) => p.isNew).length);
  for (const placement of placements) {
    sheet.input(read.headerRow, firstColumn + placement.index, placement.header, {
      ...HEADER_STYLE,
    });
  }
  for (const [row, record] of latestReminderByRow(records)) {
    memoryValues(record).forEach((value, i) =>
      sheet.input(row, firstColumn + placements[i].index, value, {
        numberFormat: MEMORY_COLUMNS[i].numberFormat,
      })
    );
  }
  markColumns(sheet, placements, read.headerRow, firstColumn);
  rememberOwnedColumns(store, sheet.name, placements);

  const log = ownedSheet(state, "reminderLog", REMINDER_LOG_SHEET, language);
  // The header row is the add-in's: rewritten in the pane's language every time.
  REMINDER_LOG_HEADERS[language].forEach((text, c) => log.input(1, c, text, { ...HEADER_STYLE }));
  let next = firstLine;
  for (const record of records) {
    reminderLogRow(record).forEach((input, c) =>
      log.input(next, c, input, { numberFormat: REMINDER_LOG_FORMATS[c] })
    );
    next++;
  }
}
