import { detectDateOrder } from "../dates/parseDate";
import type { DateOrder } from "../types";
import type { ColumnKey, ColumnMatch } from "../workbook";
import { mixedDatesError } from "./sheetErrors";

/** The columns whose text dates settle the sheet's day/month order. */
const DATE_KEYS: readonly ColumnKey[] = [
  "invoiceDate",
  "dueDate",
  "paidDate",
  "promiseDate",
  "lastReminder",
];

/**
 * The day/month order of the sheet's text dates. One order for the whole sheet: a column, or two
 * columns, with dates that only read day first and others that only read month first cannot be
 * read without guessing (docs/design.md §7), so the sheet is refused and the column named.
 *
 * @example
 * sheetDateOrder([["Due"], ["31/12/2024"]], 1, [{ key: "dueDate", index: 0, header: "Due", confidence: 1, samples: [] }], "mdy")
 * //=> "dmy"
 */
export function sheetDateOrder(
  cells: readonly (readonly unknown[])[],
  dataStart: number,
  columns: readonly ColumnMatch[],
  fallback: DateOrder
): DateOrder {
  let decided: { order: DateOrder; header: string } | undefined;
  for (const match of columns) {
    if (!DATE_KEYS.includes(match.key)) continue;
    const texts: string[] = [];
    for (let rowIndex = dataStart; rowIndex < cells.length; rowIndex++) {
      const value = cells[rowIndex][match.index];
      if (typeof value === "string") texts.push(value);
    }
    if (texts.length === 0) continue;
    const order = detectDateOrder(texts, fallback);
    if (order === "mixed") throw mixedDatesError(`the column "${match.header}" has`, match.header);
    // Only an order the texts prove (not the fallback) can contradict another column's.
    const proven = detectDateOrder(texts, order === "dmy" ? "mdy" : "dmy") === order;
    if (proven) {
      if (decided && decided.order !== order) {
        throw mixedDatesError(
          `the columns "${decided.header}" and "${match.header}" have`,
          match.header
        );
      }
      decided = decided ?? { order, header: match.header };
    }
  }
  return decided?.order ?? fallback;
}
