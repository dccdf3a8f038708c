import type { Day } from "../types";
import type { ReminderRecord } from "../workbook";
import type { ReminderDraft } from "./types";

/**
 * What the workbook records when the user marks drafts as sent, on `date` (the day it is marked):
 * one record per draft, covering the invoices it reminded (not the credit notes nor the invoices
 * listed as coming due), at the letter's level; a first contact the user chose to send although
 * it was held back says so. Customer names and invoice
 * numbers are carried exactly as read: the adapters write them as text, never as formulas.
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
