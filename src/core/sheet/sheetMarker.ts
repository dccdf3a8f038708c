import { ACTIVITY_HEADERS } from "../account/activitySheet";
import { PLAN_HEADERS } from "../account/planSheet";
import type { Language } from "../types";
import { isBlank } from "../values/isBlank";
import { REMINDER_LOG_HEADERS } from "./reminderLog";

/** What the add-in remembers of a sheet's first row to know the sheet again: its marker. */
export type SheetMarker = string | number | boolean;

/**
 * The header rows of the sheets the add-in appends lines to (Reminder log, Activity, Payment
 * plans): the whole row is their marker. The sheets it rewrites whole (Credit history, ageing
 * report, statement) are marked by their A1 alone (a title or first label).
 */
const HEADER_ROWS: Readonly<Record<string, Readonly<Record<Language, readonly string[]>>>> = {
  reminderLog: REMINDER_LOG_HEADERS,
  activity: ACTIVITY_HEADERS,
  paymentPlans: PLAN_HEADERS,
};

/**
 * How many cells of row 1, from A1, make the marker of the add-in's sheet for `role`.
 * @example markerWidth("reminderLog") //=> 8; markerWidth("history") //=> 1
 */
export function markerWidth(role: string): number {
  return HEADER_ROWS[role]?.en.length ?? 1;
}

/**
 * The marker a sheet's first row carries for `role`: A1 when it is a text, number or boolean; the
 * header row as one text (cells joined by tabs) for a journal; nothing for an empty row.
 * @example sheetMarker("history", ["Credit history", 2]) //=> "Credit history"; sheetMarker("history", []) //=> undefined
 */
export function sheetMarker(role: string, firstRow: readonly unknown[]): SheetMarker | undefined {
  const width = markerWidth(role);
  const cells = Array.from({ length: width }, (_, i) => firstRow[i]);
  if (cells.every(isBlank)) return undefined;
  if (width === 1) {
    const [value] = cells;
    const plain =
      typeof value === "string" || typeof value === "number" || typeof value === "boolean";
    return plain ? value : undefined;
  }
  return cells.map((cell) => (isBlank(cell) ? "" : String(cell))).join("\t");
}

/**
 * Whether a sheet's marker now proves it is the add-in's: it is the one remembered, or, for a
 * journal, the add-in's header row in one of its languages (it rewrites that row in the pane's
 * language each time, and older workbooks remembered no marker). A sheet the add-in remembered
 * no marker for and that has no header row of its own (an older workbook's report) is proved
 * by its id alone, as before markers.
 * @example markerProvesOwner("history", "Credit history", "Sales") //=> false; markerProvesOwner("history", "Credit history", "Credit history") //=> true
 */
export function markerProvesOwner(
  role: string,
  remembered: SheetMarker | undefined,
  now: SheetMarker | undefined
): boolean {
  const headers = HEADER_ROWS[role];
  if (headers && Object.values(headers).some((row) => row.join("\t") === now)) return true;
  if (remembered === undefined) return headers === undefined;
  return remembered === now;
}
