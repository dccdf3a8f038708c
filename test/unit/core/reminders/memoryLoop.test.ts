import { analyseInvoices } from "../../../../src/core/analyse";
import { localeFromLanguage } from "../../../../src/core/locale/localeFromLanguage";
import { draftReminders } from "../../../../src/core/reminders";
import { reminderRecords } from "../../../../src/core/reminders/reminderRecords";
import { latestReminderByRow, memoryValues } from "../../../../src/core/sheet/reminderMemory";
import { readInvoices, type ReadOptions } from "../../../../src/core/sheet/readInvoices";
import type { Day } from "../../../../src/core/types";
import type { LoggedReminder } from "../../../../src/core/workbook";
import { settings } from "./fixtures";

/**
 * Build 1 of the collections loop on sheets read as the adapters read them: once a letter is
 * recorded, the next analysis waits within the contact interval and then moves to the next
 * level, never the same level again; the history comes from the user's own Last reminder / Level
 * columns, or from the add-in's memory columns when the user has none.
 */

const OPTIONS: ReadOptions = { sheetName: "Invoices", locale: localeFromLanguage("en-GB") };
/** 2024-03-05 as an Excel serial: the sheet holds dates as serials. */
const MARKED = 45356 as Day;
const DUE = MARKED - 10;
const HEADER = ["Customer", "Invoice", "Due date", "Amount"];

const nextOf = (cells: unknown[][], asOf: Day, owned?: ReadOptions["owned"]) => {
  const read = readInvoices(cells, { ...OPTIONS, ...(owned ? { owned } : {}) });
  return analyseInvoices(read.invoices, { asOf }).rows[0].next;
};

describe("the contact memory the analysis reads", () => {
  it("waits within the interval and then moves on, from the user's own Last reminder / Level columns", () => {
    const cells = [
      [...HEADER, "Last reminder", "Level"],
      ["Dupont SA", "F-1", DUE, 1000, MARKED, 1],
    ];
    expect(nextOf(cells, (MARKED + 3) as Day)).toMatchObject({ kind: "wait", level: 2 });
    expect(nextOf(cells, (MARKED + 3) as Day).text).toMatch(/^Wait: Reminder 2/);
    expect(nextOf(cells, (MARKED + 7) as Day)).toMatchObject({ kind: "act", level: 2 });
  });

  it("waits within the interval and then moves on, from the add-in's memory columns a mark wrote", () => {
    // What Mark as sent writes for the draft: its level and day in the add-in's own columns.
    const invoices = readInvoices([HEADER, ["Dupont SA", "F-1", DUE, 1000]], OPTIONS).invoices;
    const draft = draftReminders(invoices, {
      asOf: MARKED,
      settings: settings(),
      fallbackLanguage: "en",
    }).drafts[0];
    expect(draft.level).toBe(1);
    const record = latestReminderByRow(reminderRecords([draft], MARKED)).get(invoices[0].row);
    const cells = [
      [...HEADER, "Last reminder", "Level"],
      ["Dupont SA", "F-1", DUE, 1000, ...memoryValues(record!)],
    ];
    const owned = [
      { id: "lastReminder", header: "Last reminder", index: 4, marked: true },
      { id: "lastLevel", header: "Level", index: 5, marked: true },
    ];
    expect(nextOf(cells, (MARKED + 3) as Day, owned)).toMatchObject({ kind: "wait", level: 2 });
    expect(nextOf(cells, (MARKED + 7) as Day, owned)).toMatchObject({ kind: "act", level: 2 });
  });

  it("never drafts the level just sent again: the next letter after the interval is one level up", () => {
    const invoices = readInvoices(
      [
        [...HEADER, "Last reminder", "Level"],
        ["Dupont SA", "F-1", DUE, 1000, MARKED, 1],
      ],
      OPTIONS
    ).invoices;
    const log: LoggedReminder[] = [
      { date: MARKED, customer: "Dupont SA", invoiceNumbers: ["F-1"], level: 1, channel: "email" },
    ];
    const within = draftReminders(invoices, {
      asOf: (MARKED + 3) as Day,
      settings: settings(),
      fallbackLanguage: "en",
      log,
    });
    expect(within.drafts).toEqual([]);
    const after = draftReminders(invoices, {
      asOf: (MARKED + 7) as Day,
      settings: settings(),
      fallbackLanguage: "en",
      log,
    });
    expect(after.drafts.map((d) => d.level)).toEqual([2]);
  });
});
