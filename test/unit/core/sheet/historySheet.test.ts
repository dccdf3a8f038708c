import {
  HISTORY_SHEET,
  historyLines,
  historySheetLayout,
} from "../../../../src/core/sheet/historySheet";
import type { DunningLevel, Invoice } from "../../../../src/core/types";

const ASOF = 45400; // 2024-04-19

const invoice = (fields: Partial<Invoice> & Pick<Invoice, "customer">): Invoice => ({
  row: 2,
  invoiceNumber: "F-1",
  dueDate: ASOF - 60,
  amount: 1000,
  paid: 0,
  open: 1000,
  disputed: false,
  ...fields,
});

const LADDER: DunningLevel[] = [
  { level: 1, fromDay: 1, action: "Reminder 1", channel: "email", tone: "courteous" },
  { level: 2, fromDay: 15, action: "Reminder 2", channel: "email", tone: "firm" },
  { level: 3, fromDay: 30, action: "Phone call", channel: "phone", tone: "firm" },
];

describe("historySheetLayout", () => {
  const layout = historySheetLayout(
    [
      {
        customer: "ACME",
        avgDaysLate: 12.5,
        lateShare: 0.4,
        remindersSent: 3,
        creditUse: 0.8,
        usualDelay: -2,
        recentDelay: 4.5,
        severeLateShare: 0.2,
        settledCount: 14,
      },
      { customer: "Boulangerie Martin", remindersSent: 0 },
    ],
    ASOF,
    LADDER
  );

  it("puts the as-of date on top, the customers below, the ladder beside them", () => {
    expect(layout.cells[0].slice(0, 2)).toEqual(["As of", ASOF]);
    expect(layout.formats[0][1]).toBe("yyyy-mm-dd");
    expect(layout.cells[1].every((cell) => cell === "")).toBe(true);
    expect(layout.cells[2]).toEqual([
      "Customer",
      "Avg days late",
      "Late share",
      "Reminders sent",
      "Credit use",
      "Usual delay (days)",
      "Recent delay (days)",
      "Paid >10 days late",
      "Invoices settled",
      "",
      "From day",
      "Action",
      "Channel",
      "Tone",
    ]);
    expect(layout.cells[3]).toEqual([
      "ACME",
      12.5,
      0.4,
      3,
      0.8,
      -2,
      4.5,
      0.2,
      14,
      "",
      1,
      "Reminder 1",
      "email",
      "courteous",
    ]);
    expect(layout.cells[4].slice(0, 9)).toEqual([
      "Boulangerie Martin",
      '=""',
      '=""',
      0,
      '=""',
      '=""',
      '=""',
      '=""',
      '=""',
    ]);
    expect(layout.cells[5].slice(0, 9)).toEqual(["", "", "", "", "", "", "", "", ""]);
    expect(layout.cells[5].slice(10)).toEqual([30, "Phone call", "phone", "firm"]);
  });

  it("formats the figures and keeps customer names as text", () => {
    expect(layout.formats[3].slice(0, 9)).toEqual([
      "@",
      "0.0",
      "0%",
      "0",
      "0%",
      "0.0",
      "0.0",
      "0%",
      "0",
    ]);
    expect(layout.formats[2][0]).toBe("General");
  });

  it("names the areas the analysis formulas look up (1-based rows)", () => {
    const customers = { column: 0, row: 4, columnCount: 1, rowCount: 2 };
    expect(layout.names).toEqual({
      CC_AsOf: { column: 1, row: 1, columnCount: 1, rowCount: 1 },
      CC_HistCustomer: customers,
      CC_HistAvgDaysLate: { ...customers, column: 1 },
      CC_HistLateShare: { ...customers, column: 2 },
      CC_HistReminders: { ...customers, column: 3 },
      CC_HistCreditUse: { ...customers, column: 4 },
      CC_HistUsualDelay: { ...customers, column: 5 },
      CC_HistRecentDelay: { ...customers, column: 6 },
      CC_HistSevereLate: { ...customers, column: 7 },
      CC_HistSettled: { ...customers, column: 8 },
      CC_Policy: { column: 10, row: 4, columnCount: 4, rowCount: 3 },
    });
  });

  it("writes a formula-looking customer as text", () => {
    const cells = historySheetLayout([{ customer: "=1+1" }], ASOF, []).cells;
    expect(cells[3][0]).toBe("'=1+1");
  });

  it.each([
    { action: "=1+1" },
    { action: '=HYPERLINK("http://x","y")' },
    { action: "+call" },
    { action: "-note" },
    { action: "@x" },
    { action: "\t=1+1" },
  ])("writes the ladder action $action as text, never as a formula (finding 8)", ({ action }) => {
    const level: DunningLevel = { level: 1, fromDay: 1, action, channel: "email", tone: "firm" };
    const { cells, names } = historySheetLayout([], ASOF, [level]);
    const area = names.CC_Policy;
    expect(cells[area.row - 1][area.column + 1]).toBe(`'${action}`);
  });

  it("keeps one row for the names when there are no customers and no ladder", () => {
    const empty = historySheetLayout([], ASOF, []);
    expect(empty.cells).toHaveLength(4);
    expect(empty.cells.every((row) => row.length === 14)).toBe(true);
    expect(empty.names.CC_HistCustomer.rowCount).toBe(1);
    expect(empty.names.CC_Policy.rowCount).toBe(1);
  });

  it("is named in both languages", () => {
    expect(HISTORY_SHEET).toEqual({ en: "Credit history", fr: "Historique crédit" });
  });
});

describe("historyLines", () => {
  it("gives one line per customer name, sorted, with what their invoices say", () => {
    const invoices = [
      invoice({
        customer: "Boulangerie Martin",
        dueDate: ASOF - 40,
        paidDate: ASOF - 30,
        paid: 1000,
        open: 0,
      }),
      invoice({ customer: "ACME", lastLevel: 1, creditLimit: 4000 }),
      invoice({
        customer: "ACME",
        row: 3,
        dueDate: ASOF - 20,
        paidDate: ASOF - 20,
        paid: 1000,
        open: 0,
      }),
    ];
    expect(historyLines(invoices, ASOF)).toEqual([
      {
        customer: "ACME",
        remindersSent: 1,
        avgDaysLate: 0,
        lateShare: 0,
        creditUse: 0.25,
        usualDelay: 0,
        recentDelay: 0,
        severeLateShare: 0,
        settledCount: 1,
      },
      {
        customer: "Boulangerie Martin",
        remindersSent: 0,
        avgDaysLate: 10,
        lateShare: 1,
        usualDelay: 10,
        recentDelay: 10,
        severeLateShare: 0,
        settledCount: 1,
      },
    ]);
  });

  it("gives each spelling of a customer its own line with the shared figures", () => {
    const lines = historyLines(
      [invoice({ customer: "ACME " }), invoice({ customer: "acme", lastLevel: 2 })],
      ASOF
    );
    expect(lines.map((line) => line.customer)).toEqual(["ACME ", "acme"]);
    expect(lines[0].remindersSent).toBe(lines[1].remindersSent);
  });

  it("gives no lines without invoices", () => {
    expect(historyLines([], ASOF)).toEqual([]);
  });
});
