import { rememberOwnedColumns } from "../core/sheet/addInMemory";
import { MEMORY_COLUMNS } from "../core/sheet/analysisColumns";
import { assertRowsFit } from "../core/sheet/gridLimits";
import {
  REMINDER_LOG_HEADERS,
  REMINDER_LOG_SHEET,
  parseReminderLog,
  reminderLogCells,
} from "../core/sheet/reminderLog";
import {
  firstLogLine,
  latestReminderByRow,
  memoryCells,
  placeMemoryColumns,
} from "../core/sheet/reminderMemory";
import { memoryColumnsOnSheet } from "../core/sheet/analysisPlan";
import { userMemoryRows } from "../core/sheet/provenMemory";
import { HEADER_STYLE } from "../core/sheet/storedKeys";
import { isBlank } from "../core/values/isBlank";
import type {
  LoggedReminder,
  RecordOptions,
  RecordReceipt,
  ReminderRecord,
  SheetRead,
} from "../core/workbook";
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
): RecordReceipt {
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
  const previous: RecordReceipt["previous"] = [];
  const byRow = latestReminderByRow(records);
  const valuesAt = (row: number): [unknown, unknown] => {
    const [date, level] = placements.map((p) =>
      p.isNew ? null : sheet.value(row, firstColumn + p.index)
    );
    return [date, level];
  };
  const kept = userMemoryRows(read, byRow.keys(), valuesAt, readReminderLog(state));
  for (const [row, record] of byRow) {
    if (kept.has(row)) continue;
    const before = valuesAt(row);
    previous.push({ row, values: [before[0], before[1]] });
    memoryCells(record).forEach(({ value, numberFormat }, i) =>
      sheet.input(row, firstColumn + placements[i].index, value, { numberFormat })
    );
  }
  markColumns(sheet, placements, read.headerRow, firstColumn);
  rememberOwnedColumns(store, sheet.name, placements);

  const logCells = reminderLogCells(records, language);
  const log = ownedSheet(state, "reminderLog", REMINDER_LOG_SHEET, language, logCells.headers);
  // The header row is the add-in's: rewritten in the pane's language every time.
  logCells.headers.forEach((text, c) => log.input(1, c, text, { ...HEADER_STYLE }));
  logCells.lines.forEach((line, i) =>
    line.forEach((input, c) =>
      log.input(firstLine + i, c, input, { numberFormat: logCells.formats[c] })
    )
  );
  return {
    previous,
    logFirstRow: firstLine,
    logRowCount: records.length,
    ...(kept.size > 0 ? { kept: [...kept] } : {}),
  };
}

/** Put back the memory cells a recordReminders changed and clear the log lines it appended. */
export function undoReminders(state: BookState, read: SheetRead, receipt: RecordReceipt): void {
  const sheet = writableSheet(state, read);
  const firstColumn = read.firstColumn ?? 0;
  const found = memoryColumnsOnSheet(
    headerCells(sheet, read),
    ownedColumnsOn(settingsStore(state), sheet, firstColumn),
    "en"
  );
  const placements = MEMORY_COLUMNS.map((spec) => found.get(spec.id));
  for (const { row, values } of receipt.previous) {
    placements.forEach((placement, i) => {
      if (!placement) return;
      const column = firstColumn + placement.index;
      if (isBlank(values[i])) sheet.setCell(row, column, undefined);
      else sheet.input(row, column, values[i], { numberFormat: MEMORY_COLUMNS[i].numberFormat });
    });
  }
  const log = findOwnedSheet(state, "reminderLog", REMINDER_LOG_SHEET, "en").sheet;
  for (let r = 0; log && r < receipt.logRowCount; r++) {
    REMINDER_LOG_HEADERS.en.forEach((_h, c) => log.setCell(receipt.logFirstRow + r, c, undefined));
  }
}

/** The letters of the add-in's reminder log, oldest first. */
export function readReminderLog(state: BookState): LoggedReminder[] {
  const log = findOwnedSheet(state, "reminderLog", REMINDER_LOG_SHEET, "en").sheet;
  const used = log?.usedArea();
  if (!log || !used) return [];
  const rows: unknown[][] = [];
  for (let r = 1; r < used.row + used.rowCount; r++) {
    rows.push(REMINDER_LOG_HEADERS.en.map((_h, c) => log.value(r, c)));
  }
  return parseReminderLog(rows);
}
