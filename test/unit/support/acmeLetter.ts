import type { ReminderRecord } from "../../../src/core/workbook";

/**
 * The first reminder to ACME for its invoice F-1 (row 2, 1,200), by email in English: the letter
 * the workbook tests mark as sent on their two-customer receivables sheet.
 */
export function acmeLetter(date: number, changes: Partial<ReminderRecord> = {}): ReminderRecord {
  return {
    date,
    customer: "ACME",
    rows: [2],
    invoiceNumbers: ["F-1"],
    level: 1,
    channel: "email",
    total: 1200,
    language: "en",
    ...changes,
  };
}
