import type { SheetText } from "../sheet/analysisColumns";
import { REMINDER_LOG_SHEET } from "../sheet/reminderLog";
import type { Language } from "../types";
import { ACTIVITY_FORMATS, ACTIVITY_HEADERS, ACTIVITY_SHEET } from "./activitySheet";
import { PLAN_FORMATS, PLAN_HEADERS, PLAN_SHEET } from "./planSheet";

/** A sheet of the add-in that it appends lines to: its role (owned-sheet key), names and columns. */
export interface JournalSheet {
  role: "activity" | "paymentPlans" | "reminderLog";
  names: SheetText;
  headers: Readonly<Record<Language, readonly string[]>>;
  formats: readonly string[];
}

export const ACTIVITY_JOURNAL: JournalSheet = {
  role: "activity",
  names: ACTIVITY_SHEET,
  headers: ACTIVITY_HEADERS,
  formats: ACTIVITY_FORMATS,
};

export const PLAN_JOURNAL: JournalSheet = {
  role: "paymentPlans",
  names: PLAN_SHEET,
  headers: PLAN_HEADERS,
  formats: PLAN_FORMATS,
};

/** The reminder log's role and names (it is written by recordReminders, read here). */
export const LOG_ROLE = { role: "reminderLog", names: REMINDER_LOG_SHEET } as const;

/** The widest of the journal sheets, in columns: how much of each the adapters read back. */
export const JOURNAL_WIDTH = Math.max(ACTIVITY_FORMATS.length, PLAN_FORMATS.length, 7);

/**
 * The three sheets the journal is read from, in the order journalOfSheets takes their values:
 * Activity, Payment plans, the Reminder log. Both adapters read them in this order.
 * @example JOURNAL_SHEETS.map((sheet) => sheet.role) //=> ["activity", "paymentPlans", "reminderLog"]
 */
export const JOURNAL_SHEETS: readonly Pick<JournalSheet, "role" | "names">[] = [
  ACTIVITY_JOURNAL,
  PLAN_JOURNAL,
  LOG_ROLE,
];
