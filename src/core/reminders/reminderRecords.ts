import type { Day } from "../types";
import type { ReminderRecord } from "../workbook";
import type { ReminderDraft } from "./types";

/**
 * What the workbook records when the user marks drafts as sent: one record per draft, covering
 * its invoices (credit notes are not reminded, so they get no level). Customer names and invoice
 * numbers are carried exactly as read: the adapters write them as text, never as formulas.
 */
export function reminderRecords(drafts: readonly ReminderDraft[], asOf: Day): ReminderRecord[] {
  return drafts.map((draft) => ({
    date: asOf,
    customer: draft.customer,
    rows: draft.invoices.map((line) => line.row),
    invoiceNumbers: draft.invoices.map((line) => line.invoiceNumber),
    level: draft.level,
    channel: draft.ladderLevel.channel,
    total: draft.total,
    language: draft.language,
  }));
}
