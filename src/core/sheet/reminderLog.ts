import type { ReminderRecord } from "../workbook";
import { asCellInput } from "./cellText";

export const REMINDER_LOG_SHEET = "Reminder log";

export const REMINDER_LOG_HEADERS = [
  "Date",
  "Customer",
  "Invoices",
  "Level",
  "Channel",
  "Total",
  "Language",
];

/** Number formats of the log's columns, in header order ("@" keeps invoice lists as text). */
export const REMINDER_LOG_FORMATS = ["yyyy-mm-dd", "@", "@", "0", "@", "#,##0.00", "@"];

/** One line of the reminder log per draft, as cell inputs (text from cells is never a formula). */
export function reminderLogRow(record: ReminderRecord): (string | number)[] {
  return [
    record.date,
    asCellInput(record.customer),
    asCellInput(record.invoiceNumbers.join(", ")),
    record.level,
    asCellInput(record.channel),
    record.total,
    record.language,
  ];
}
