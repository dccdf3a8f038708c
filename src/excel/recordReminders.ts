import { parseAddress, rangeAddress } from "../core/sheet/a1";
import { rememberOwnedColumns } from "../core/sheet/addInMemory";
import { assertRowsFit } from "../core/sheet/gridLimits";
import { REMINDER_LOG_SHEET, reminderLogCells } from "../core/sheet/reminderLog";
import {
  firstLogLine,
  latestReminderByRow,
  memoryCells,
  placeMemoryColumns,
} from "../core/sheet/reminderMemory";
import { userMemoryRows } from "../core/sheet/provenMemory";
import { isBlank } from "../core/values/isBlank";
import { rowRuns } from "../core/sheet/selectionRows";
import type { RecordOptions, RecordReceipt, ReminderRecord, SheetRead } from "../core/workbook";
import type { WriteJob } from "./chunking";
import { queueColumnMarks } from "./columnMarks";
import { documentStore } from "./documentSettings";
import { confirmedOwnedSheet, rememberSheet } from "./ownedSheetMarker";
import { styleHeader, writeOwnHeaders } from "./ownHeaders";
import { queueRecalculation } from "./recalculate";
import { readLogLetters } from "./reminderLogAccess";
import { writeBatches } from "./writeBatches";
import { loadWriteTarget } from "./writeTarget";

/**
 * Set last reminder date and level on the invoices (one write per run of rows) and append the
 * drafts to the reminder log; returns what undoReminders needs to put it back. Syncs: the
 * target, the log's header row (when it exists), where the log ends and the memory cells before
 * (when there are any), one per chunk, one for styles and the log's name.
 */
export async function recordReminders(
  context: Excel.RequestContext,
  read: SheetRead,
  records: ReminderRecord[],
  options: RecordOptions,
  chunkBytes: number
): Promise<RecordReceipt> {
  const language = options.language ?? "en";
  const target = await loadWriteTarget(context, read); // sync 1
  const firstColumn = read.firstColumn ?? 0;
  const placements = placeMemoryColumns(
    read,
    target.headerCells,
    target.owned,
    target.firstFree,
    language
  );
  // Lines are appended to the log and its header row rewritten: its id and header row must
  // both say it is the add-in's, else a new log is started and the sheet left alone.
  const logSheetName = await confirmedOwnedSheet(
    context,
    "reminderLog",
    REMINDER_LOG_SHEET,
    language,
    target.sheets
  );
  const logIsNew = logSheetName.current === undefined;
  const logName = logSheetName.current?.name ?? logSheetName.name;
  let nextLogRow = 2;
  const byRow = latestReminderByRow(records);
  const sheet = context.workbook.worksheets.getItem(read.sheetName);
  // The memory cells as they are, run by run, for the undo (a new column has none).
  const before = rowRuns([...byRow.keys()]).map(([row, count]) => ({
    row,
    count,
    ranges: placements.map((p) =>
      p.isNew
        ? undefined
        : sheet.getRange(rangeAddress(firstColumn + p.index, row, 1, count)).load("values")
    ),
  }));
  const logUsed = logIsNew
    ? undefined
    : context.workbook.worksheets.getItem(logName).getUsedRangeOrNullObject(true).load("address");
  if (logUsed || before.some((run) => run.ranges.some((r) => r !== undefined))) {
    await context.sync(); // 2: where the log ends, the memory cells before
  }
  const logArea = logUsed && !logUsed.isNullObject ? parseAddress(logUsed.address)[0] : undefined;
  if (logUsed) nextLogRow = firstLogLine(logArea);
  const valuesBefore = new Map<number, [unknown, unknown]>();
  for (const run of before) {
    for (let i = 0; i < run.count; i++) {
      const [date, level] = run.ranges.map((r) => r?.values[i][0] ?? null);
      valuesBefore.set(run.row + i, [date, level]);
    }
  }
  assertRowsFit(logName, nextLogRow, records.length);
  // Rows whose memory cells the user typed in are left as they are (isProvenMemory): the log
  // is read, in chunks, only when a cell to write holds something.
  const filled = [...byRow.keys()].some((row) => valuesBefore.get(row)?.some((v) => !isBlank(v)));
  const kept = userMemoryRows(
    read,
    byRow.keys(),
    (row) => valuesBefore.get(row) ?? [null, null],
    filled && logArea ? await readLogLetters(context, logName, logArea) : []
  );
  for (const row of kept) byRow.delete(row);
  const previous: RecordReceipt["previous"] = [...byRow.keys()].map((row) => ({
    row,
    values: valuesBefore.get(row) ?? [null, null],
  }));
  const headers = writeOwnHeaders(target, read, placements);
  const log = logIsNew
    ? context.workbook.worksheets.add(logName)
    : context.workbook.worksheets.getItem(logName);
  // A new log's id comes back with the last sync, to be remembered with its name.
  if (logIsNew) log.load("id");

  const jobs: WriteJob[] = [];
  for (const [row, count] of rowRuns([...byRow.keys()])) {
    const cells: ReturnType<typeof memoryCells>[] = [];
    for (let r = row; r < row + count; r++) cells.push(memoryCells(byRow.get(r) as ReminderRecord));
    jobs.push(
      ...placements.map((placement, i) => ({
        sheet: read.sheetName,
        row,
        column: firstColumn + placement.index,
        values: cells.map((c) => [c[i].value]),
        numberFormat: cells.map((c) => [c[i].numberFormat]),
      }))
    );
  }
  const logCells = reminderLogCells(records, language);
  const logHeaders = logCells.headers;
  jobs.push({
    sheet: logName,
    row: 1,
    column: 0,
    values: [logHeaders],
    numberFormat: [logHeaders.map(() => "General")],
  });
  if (logCells.lines.length > 0) {
    jobs.push({
      sheet: logName,
      row: nextLogRow,
      column: 0,
      values: logCells.lines,
      numberFormat: logCells.lines.map(() => [...logCells.formats]),
    });
  }
  await writeBatches(context, jobs, chunkBytes); // one sync per chunk

  headers.forEach(styleHeader);
  queueColumnMarks(target.sheet, target.marks.names, placements, read.headerRow, firstColumn);
  styleHeader(log.getRange(rangeAddress(0, 1, logHeaders.length, 1)));
  // Written with calculation suspended: the analysis formulas that read the memory columns
  // are calculated now, under the log's name as written (before the rename below).
  queueRecalculation(context, jobs, headers);
  if (logSheetName.name !== logName) log.name = logSheetName.name;
  await context.sync(); // last: header styles, recalculation, the log's name

  rememberOwnedColumns(documentStore, target.sheetId, placements);
  await rememberSheet("reminderLog", logSheetName, log, logHeaders);
  return {
    previous,
    logFirstRow: nextLogRow,
    logRowCount: records.length,
    ...(kept.size > 0 ? { kept: [...kept] } : {}),
  };
}
