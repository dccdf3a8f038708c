import type { Language } from "../types";
import type { ReminderRecord, SheetRead } from "../workbook";
import type { SheetArea } from "./a1";
import { headersIn, MEMORY_COLUMNS } from "./analysisColumns";
import { assertColumnsFit } from "./gridLimits";
import { placeColumns, type OwnedColumn, type Placement } from "./ownedColumns";

/**
 * Where the reminder memory columns (last reminder, last level) go, headers in the language;
 * refused, before anything is written, when one would go past XFD. One placement per
 * MEMORY_COLUMNS entry, in its order.
 * @example placeMemoryColumns(readInvoices([["Customer", "Invoice", "Due date", "Amount"], ["ACME", "F-1", 45000, 1000]], { sheetName: "AR", locale: localeFromLanguage("en-US") }),
 *   ["Customer", "Invoice", "Due date", "Amount"], [], 4, "en")
 * //=> [{ id: "lastReminder", header: "Last reminder", index: 4, isNew: true }, { id: "lastLevel", header: "Level", index: 5, isNew: true }]
 */
export function placeMemoryColumns(
  read: SheetRead,
  headerCells: readonly unknown[],
  owned: readonly OwnedColumn[],
  firstFree: number,
  language: Language
): Placement[] {
  const placements = placeColumns(
    headerCells,
    headersIn(MEMORY_COLUMNS, language),
    owned,
    firstFree
  );
  assertColumnsFit(
    read.sheetName,
    read.firstColumn ?? 0,
    placements.map((p) => p.index)
  );
  return placements;
}

/**
 * The record each invoice row keeps: when two drafts cover a row, the later one in the list.
 * @example latestReminderByRow([{ date: 45020, customer: "ACME", rows: [2], invoiceNumbers: ["F-1"], level: 1, channel: "email", total: 1000, language: "en" },
 *   { date: 45020, customer: "ACME", rows: [2], invoiceNumbers: ["F-1"], level: 2, channel: "email", total: 1000, language: "en" }]).get(2).level
 * //=> 2
 */
export function latestReminderByRow(
  records: readonly ReminderRecord[]
): Map<number, ReminderRecord> {
  const byRow = new Map<number, ReminderRecord>();
  for (const record of records) for (const row of record.rows) byRow.set(row, record);
  return byRow;
}

/**
 * The memory columns' values of a record, in MEMORY_COLUMNS order.
 * @example memoryValues({ date: 45020, customer: "ACME", rows: [2], invoiceNumbers: ["F-1"], level: 2, channel: "email", total: 1000, language: "en" })
 * //=> [45020, 2]
 */
export function memoryValues(record: ReminderRecord): [number, number] {
  return [record.date, record.level];
}

/**
 * The memory cells of a record's invoice row, in MEMORY_COLUMNS order: value and number format.
 * @example memoryCells({ date: 45020, customer: "ACME", rows: [2], invoiceNumbers: ["F-1"], level: 2, channel: "email", total: 1000, language: "en" })
 * //=> [{ value: 45020, numberFormat: "yyyy-mm-dd" }, { value: 2, numberFormat: "0" }]
 */
export function memoryCells(record: ReminderRecord): { value: number; numberFormat: string }[] {
  return memoryValues(record).map((value, i) => ({
    value,
    numberFormat: MEMORY_COLUMNS[i].numberFormat,
  }));
}

/**
 * The log's first free row: under its last used row, never over its header row (row 1).
 * @example firstLogLine({ column: 0, row: 1, columnCount: 6, rowCount: 10 }) //=> 11; firstLogLine(undefined) //=> 2
 */
export function firstLogLine(used: SheetArea | undefined): number {
  return used ? Math.max(2, used.row + used.rowCount) : 2;
}
