import type { RowProblem } from "../workbook";
import type { Day } from "../types";
import { cellDay, cellList, cellNumber, cellString, journalLines } from "./cells";

/** One line of the Reminder log read back: a letter sent (or a call made) on a day. */
export interface LetterLine {
  date: Day;
  customer: string;
  invoices: string[];
  level: number;
  channel: string;
  total?: number;
  row: number;
}

/**
 * The lines of the Reminder log from its values, its one reader (parseReminderLog keeps the
 * letters of it the analysis needs). Row 1 is the header; the columns are reminderLogRow's:
 * date, customer, invoices, level, channel, total, language. A line without a date serial or a
 * level is listed as a problem and left out.
 * @example readLetterRows([REMINDER_LOG_HEADERS.en, [45020, "ACME", "F-1, F-2", 2, "email", 1000, "en", ""]]).letters[0].invoices //=> ["F-1", "F-2"]
 */
export function readLetterRows(values: readonly (readonly unknown[])[]): {
  letters: LetterLine[];
  problems: RowProblem[];
} {
  const letters: LetterLine[] = [];
  const problems: RowProblem[] = [];
  for (const { cells, row } of journalLines(values)) {
    const date = cellDay(cells[0]);
    const level = cellNumber(cells[3]);
    if (date === undefined || level === undefined) {
      problems.push({ row, reason: { key: "journalLine", line: "notReminderLine" } });
      continue;
    }
    const letter: LetterLine = {
      date,
      customer: cellString(cells[1]),
      // Split where invoiceList joined them: an invoice number may hold a comma of its own.
      invoices: cellList(cells[2], ", "),
      level,
      channel: cellString(cells[4]),
      row,
    };
    const total = cellNumber(cells[5]);
    if (total !== undefined) letter.total = total;
    letters.push(letter);
  }
  return { letters, problems };
}
