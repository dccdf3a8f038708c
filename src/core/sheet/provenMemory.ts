import { isBlank } from "../values/isBlank";
import type { LoggedReminder, SheetRead } from "../workbook";

/**
 * The add-in writes a row's reminder memory (Last reminder, Level) only where it can prove the
 * cells are its own (docs/design.md §7: nothing lost): blank, or holding what a letter of its
 * Reminder log recorded for the row's invoice. Its memory column is its own (mark and header), but
 * a user may still type in it: a call they made, a date of their own, "see email". Such a row is
 * left as it is and reported, never overwritten.
 */

/** What a memory column cell holds when it is the add-in's: a date serial or a level number. */
const matches = (cell: unknown, logged: number): boolean => isBlank(cell) || cell === logged;

/**
 * Whether the row's memory cells, [last reminder, level], are blank or what the log recorded.
 * @example isProvenMemory([45010, 2], "F-1", [{ date: 45010, customer: "ACME", invoiceNumbers: ["F-1"], level: 2, channel: "email" }]) //=> true
 */
export function isProvenMemory(
  values: readonly [unknown, unknown],
  invoiceNumber: string | undefined,
  log: readonly LoggedReminder[]
): boolean {
  const [date, level] = values;
  if (isBlank(date) && isBlank(level)) return true;
  if (invoiceNumber === undefined) return false;
  return log.some(
    (letter) =>
      letter.invoiceNumbers.includes(invoiceNumber) &&
      matches(date, letter.date) &&
      matches(level, letter.level)
  );
}

/**
 * The rows among `rows` whose memory cells hold what the user typed: `valuesAt(row)` gives the
 * cells as they are now, the log the letters recorded before this record.
 * @example [...userMemoryRows(readInvoices([["Customer", "Invoice", "Due date", "Amount"], ["ACME", "F-1", 45000, 1000], ["Bolt", "B-7", 45010, 250]],
 *   { sheetName: "AR", locale: localeFromLanguage("en-US") }), [2, 3], (row) => (row === 2 ? [45010, 1] : ["", ""]),
 *   [{ date: 45010, customer: "ACME", invoiceNumbers: ["F-1"], level: 2, channel: "email" }])]
 * //=> [2]
 */
export function userMemoryRows(
  read: SheetRead,
  rows: Iterable<number>,
  valuesAt: (row: number) => readonly [unknown, unknown],
  log: readonly LoggedReminder[]
): Set<number> {
  const invoiceAt = new Map(read.invoices.map((invoice) => [invoice.row, invoice.invoiceNumber]));
  const kept = new Set<number>();
  for (const row of rows) {
    if (!isProvenMemory(valuesAt(row), invoiceAt.get(row), log)) kept.add(row);
  }
  return kept;
}
