import { isBlank } from "../values/isBlank";
import type { Day } from "../types";

/**
 * Reading back the cells of the add-in's own sheets: it wrote dates as serials and amounts as
 * numbers, so only those are taken; anything else a user typed there is not guessed.
 * @example cellString("  F-1 ") //=> "F-1"; cellString(null) //=> ""
 */
export function cellString(cell: unknown): string {
  return isBlank(cell) ? "" : String(cell).trim();
}

/**
 * A whole day serial (as the add-in writes dates), else undefined.
 * @example cellDay(45000.75) //=> 45000; cellDay("2024-03-05") //=> undefined
 */
export function cellDay(cell: unknown): Day | undefined {
  return typeof cell === "number" && Number.isFinite(cell) && cell > 0
    ? Math.floor(cell)
    : undefined;
}

/**
 * A finite number, else undefined.
 * @example cellNumber(12.5) //=> 12.5; cellNumber("12.5") //=> undefined
 */
export function cellNumber(cell: unknown): number | undefined {
  return typeof cell === "number" && Number.isFinite(cell) ? cell : undefined;
}

/**
 * The lines of one of the add-in's journal sheets (Activity, Payment plans, Reminder log) from
 * its values: the header (row 1) and blank lines left out, each with its 1-based row.
 * @example journalLines([["Date"], [], [45000]]) //=> [{ cells: [45000], row: 3 }]
 */
export function journalLines(
  values: readonly (readonly unknown[])[]
): { cells: readonly unknown[]; row: number }[] {
  return values.flatMap((cells, index) =>
    index === 0 || cells.every((cell) => cellString(cell) === "") ? [] : [{ cells, row: index + 1 }]
  );
}

/**
 * The items of a cell the add-in joined with `separator` (invoice numbers), blanks left out.
 * @example cellList("F-1, F-2,", ",") //=> ["F-1", "F-2"]
 */
export function cellList(cell: unknown, separator: string): string[] {
  return cellString(cell)
    .split(separator)
    .map((text) => text.trim())
    .filter(Boolean);
}
