import type { RowProblem } from "../workbook";
import type { Day } from "../types";
import { cellDay, cellNumber, cellString } from "./cells";

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
 */
export function readLetterRows(values: readonly (readonly unknown[])[]): {
  letters: LetterLine[];
  problems: RowProblem[];
} {
  const letters: LetterLine[] = [];
  const problems: RowProblem[] = [];
  values.forEach((cells, index) => {
    const row = index + 1;
    if (row === 1 || cells.every((cell) => cellString(cell) === "")) return;
    const date = cellDay(cells[0]);
    const level = cellNumber(cells[3]);
    if (date === undefined || level === undefined) {
      problems.push({ row, reason: { key: "journalLine", line: "notReminderLine" } });
      return;
    }
    const letter: LetterLine = {
      date,
      customer: cellString(cells[1]),
      // Split where invoiceList joined them: an invoice number may hold a comma of its own.
      invoices: cellString(cells[2])
        .split(", ")
        .map((text) => text.trim())
        .filter(Boolean),
      level,
      channel: cellString(cells[4]),
      row,
    };
    const total = cellNumber(cells[5]);
    if (total !== undefined) letter.total = total;
    letters.push(letter);
  });
  return { letters, problems };
}
