import { readLetterRows } from "../account/letters";
import type { Language } from "../types";
import type { LoggedReminder, ReminderRecord } from "../workbook";
import type { SheetText } from "./analysisColumns";
import { asCellInput } from "./cellText";

export const REMINDER_LOG_SHEET: SheetText = { en: "Reminder log", fr: "Journal des relances" };

/** The log's header row in each language; rewritten on every record so it follows the pane. */
export const REMINDER_LOG_HEADERS: Readonly<Record<Language, readonly string[]>> = {
  en: ["Date", "Customer", "Invoices", "Level", "Channel", "Total", "Language", "Note"],
  fr: ["Date", "Client", "Factures", "Niveau", "Canal", "Total", "Langue", "Remarque"],
};

/** The log's note for a first contact the user chose to send although it was held back. */
export const CHOSEN_NOTE: Readonly<Record<Language, string>> = {
  en: "First contact at this level chosen by the user",
  fr: "Premier contact à ce niveau choisi par l’utilisateur",
};

/** Number formats of the log's columns, in header order ("@" keeps invoice lists as text). */
export const REMINDER_LOG_FORMATS = ["yyyy-mm-dd", "@", "@", "0", "@", "#,##0.00", "@", "@"];

/** Excel holds at most 32,767 characters in a cell. */
export const MAX_CELL_TEXT = 32767;

/**
 * The invoice numbers of a draft as one cell's text, cut with a count when too long for a cell.
 * @example invoiceList(["F-1", "F-2"]) //=> "F-1, F-2"
 */
export function invoiceList(numbers: readonly string[]): string {
  const all = numbers.join(", ");
  if (all.length <= MAX_CELL_TEXT) return all;
  let shown = 0;
  let length = 0;
  while (shown < numbers.length && length + numbers[shown].length + 2 < MAX_CELL_TEXT - 40) {
    length += numbers[shown].length + 2;
    shown++;
  }
  return `${numbers.slice(0, shown).join(", ")} … (+${numbers.length - shown} more)`;
}

/**
 * One line of the reminder log per draft, as cell inputs (text from cells is never a formula).
 * @example reminderLogRow({ date: 45020, customer: "ACME", rows: [2], invoiceNumbers: ["F-1"], level: 2, channel: "email", total: 1000, language: "en" })
 * //=> [45020, "ACME", "F-1", 2, "email", 1000, "en", ""]
 */
export function reminderLogRow(record: ReminderRecord): (string | number)[] {
  return [
    record.date,
    asCellInput(record.customer),
    asCellInput(invoiceList(record.invoiceNumbers)),
    record.level,
    asCellInput(record.channel),
    record.total,
    record.language,
    record.note === "chosen" ? CHOSEN_NOTE[record.language] : "",
  ];
}

/**
 * The log's letters read back (its used range, header row first), as the analysis and the
 * drafting use them: the account journal's reader (readLetterRows) with the lines it could not
 * read and those with no customer left out, as they are no letter the add-in wrote.
 * @example parseReminderLog([REMINDER_LOG_HEADERS.en, [45020, "ACME", "F-1", 2, "email", 1000, "en", ""]])
 * //=> [{ date: 45020, customer: "ACME", invoiceNumbers: ["F-1"], level: 2, channel: "email" }]
 */
export function parseReminderLog(rows: readonly (readonly unknown[])[]): LoggedReminder[] {
  return readLetterRows(rows)
    .letters.filter((letter) => letter.customer !== "")
    .map(({ date, customer, invoices, level, channel }) => ({
      date,
      customer,
      invoiceNumbers: invoices,
      level,
      channel,
    }));
}

/** The Reminder log's cells a Mark as sent writes: its header row and one line per record. */
export interface ReminderLogCells {
  /** The header row, the add-in's: rewritten in the pane's language every time. */
  headers: string[];
  lines: (string | number)[][];
  /** Each line's number formats, column by column. */
  formats: readonly string[];
}

/**
 * The log's header row in the language and a line per record, the same in both adapters.
 * @example reminderLogCells([{ date: 45020, customer: "ACME", rows: [2], invoiceNumbers: ["F-1"], level: 2, channel: "email", total: 1000, language: "en" }], "fr").lines[0][1]
 * //=> "ACME"
 */
export function reminderLogCells(
  records: readonly ReminderRecord[],
  language: Language
): ReminderLogCells {
  return {
    headers: [...REMINDER_LOG_HEADERS[language]],
    lines: records.map(reminderLogRow),
    formats: REMINDER_LOG_FORMATS,
  };
}
