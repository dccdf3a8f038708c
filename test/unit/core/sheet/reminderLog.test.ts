import {
  invoiceList,
  MAX_CELL_TEXT,
  REMINDER_LOG_FORMATS,
  REMINDER_LOG_HEADERS,
  parseReminderLog,
  reminderLogRow,
} from "../../../../src/core/sheet/reminderLog";
import { readLetterRows } from "../../../../src/core/account/letters";
import type { ReminderRecord } from "../../../../src/core/workbook";

const draft: ReminderRecord = {
  date: 45415,
  customer: "Boulangerie Martin",
  rows: [4, 7],
  invoiceNumbers: ["F-2024-0042", "F-2024-0057"],
  level: 2,
  channel: "email",
  total: 3480.5,
  language: "fr",
};

describe("the reminder log's columns", () => {
  it("has a header and a format per column, in both languages", () => {
    expect(REMINDER_LOG_HEADERS.en).toHaveLength(REMINDER_LOG_FORMATS.length);
    expect(REMINDER_LOG_HEADERS.fr).toHaveLength(REMINDER_LOG_FORMATS.length);
    expect(reminderLogRow(draft)).toHaveLength(REMINDER_LOG_FORMATS.length);
  });
});

describe("reminderLogRow", () => {
  it("writes one line per draft: date, customer, invoices, level, channel, total, language, note", () => {
    expect(reminderLogRow(draft)).toEqual([
      45415,
      "Boulangerie Martin",
      "F-2024-0042, F-2024-0057",
      2,
      "email",
      3480.5,
      "fr",
      "",
    ]);
  });

  it("says in the note when the user chose to send a held-back first contact", () => {
    expect(reminderLogRow({ ...draft, note: "chosen" })[7]).toBe(
      "Premier contact à ce niveau choisi par l’utilisateur"
    );
  });

  it("reads its lines back as letters, skipping lines it did not write", () => {
    const rows = [
      REMINDER_LOG_HEADERS.en,
      reminderLogRow(draft),
      ["note", "x"],
      [45420, "", "F", 1],
    ];
    expect(parseReminderLog(rows)).toEqual([
      {
        date: 45415,
        customer: "Boulangerie Martin",
        invoiceNumbers: ["F-2024-0042", "F-2024-0057"],
        level: 2,
        channel: "email",
      },
    ]);
  });

  it("is read the same by the analysis and the account journal, an invoice number's own comma kept", () => {
    const rows = [
      REMINDER_LOG_HEADERS.en,
      reminderLogRow({ ...draft, invoiceNumbers: ["A,1", "F-2"] }),
    ];
    expect(parseReminderLog(rows)[0].invoiceNumbers).toEqual(["A,1", "F-2"]);
    expect(readLetterRows(rows).letters[0]).toMatchObject({
      date: 45415,
      customer: "Boulangerie Martin",
      invoices: ["A,1", "F-2"],
      level: 2,
      channel: "email",
      total: 3480.5,
    });
  });

  it("writes a formula-looking customer, invoice or channel as text", () => {
    const row = reminderLogRow({
      ...draft,
      customer: '=HYPERLINK("http://x","y")',
      invoiceNumbers: ["-12", "F-1"],
      channel: "@phone",
    });
    expect([row[1], row[2], row[4]]).toEqual([
      `'=HYPERLINK("http://x","y")`,
      "'-12, F-1",
      "'@phone",
    ]);
  });
});

describe("invoiceList", () => {
  it("joins the invoice numbers with commas", () => {
    expect(invoiceList(["F-1"])).toBe("F-1");
    expect(invoiceList(["F-1", "F-2", "F-3"])).toBe("F-1, F-2, F-3");
    expect(invoiceList([])).toBe("");
  });

  it("keeps a list that just fits in a cell whole, and cuts one a number longer", () => {
    // "F-0000" and its ", ": 4,096 numbers make 32,766 characters, one short of the cell limit.
    const fits = Array.from({ length: 4096 }, () => "F-0000");
    expect(invoiceList(fits)).toBe(fits.join(", "));
    expect(invoiceList(fits).length).toBe(32766);
    const over = invoiceList([...fits, "F-0000"]);
    expect(over.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
    expect(over).toMatch(/^F-0000, .* … \(\+\d+ more\)$/);
  });

  it("counts a single number too long for a cell as left out", () => {
    expect(invoiceList(["X".repeat(MAX_CELL_TEXT + 1)]).trim()).toBe("… (+1 more)");
  });

  it("cuts a list too long for a cell on a whole number and counts the rest", () => {
    const numbers = Array.from({ length: 5000 }, (_, i) => `INV-${String(i).padStart(6, "0")}`);
    const text = invoiceList(numbers);
    expect(text.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
    const match = /^(.*) … \(\+(\d+) more\)$/.exec(text);
    expect(match).not.toBeNull();
    const shown = (match as RegExpExecArray)[1].split(", ");
    expect(shown).toEqual(numbers.slice(0, shown.length));
    expect(shown.length + Number((match as RegExpExecArray)[2])).toBe(5000);
  });
});
