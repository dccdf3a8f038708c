import type { Day } from "../types";
import type { ReminderRecord } from "../workbook";
import type { ReminderDraft } from "./types";

/**
 * What the workbook records when the user marks drafts as sent, on `date` (the day it is marked):
 * one record per draft, covering the invoices it reminded (not the credit notes nor the invoices
 * listed as coming due), at the letter's level; a first contact the user chose to send although
 * it was held back says so. Customer names and invoice
 * numbers are carried exactly as read: the adapters write them as text, never as formulas.
 * @example reminderRecords(draftReminders([{ row: 2, customer: "ACME", invoiceNumber: "F-1", dueDate: 45000, amount: 1000, paid: 0, open: 1000, disputed: false }],
 *   { asOf: 45020, settings: defaultSettings(), fallbackLanguage: "en" }).drafts, 45021)
 * //=> [{ date: 45021, customer: "ACME", rows: [2], invoiceNumbers: ["F-1"], level: 2, channel: "email", total: 1000, language: "en" }]
 */
export function reminderRecords(drafts: readonly ReminderDraft[], date: Day): ReminderRecord[] {
  return drafts.map((draft) => ({
    date,
    customer: draft.customer,
    rows: draft.invoices.map((line) => line.row),
    invoiceNumbers: draft.invoices.map((line) => line.invoiceNumber),
    level: draft.level,
    channel: draft.ladderLevel.channel,
    total: draft.total,
    language: draft.language,
    ...(draft.chosenByUser ? { note: "chosen" as const } : {}),
  }));
}
