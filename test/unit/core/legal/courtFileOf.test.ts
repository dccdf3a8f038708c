import { analyseInvoices } from "../../../../src/core/analyse";
import { toIsoDate } from "../../../../src/core/dates/calendar";
import {
  atLegalAction,
  courtFileOf,
  legalActionLevel,
  ratePeriods,
} from "../../../../src/core/legal/courtFileOf";
import { courtFileLayout } from "../../../../src/core/legal/courtFileLayout";
import { DEFAULT_LADDER } from "../../../../src/core/policy/defaultLadder";
import { defaultSettings } from "../../../../src/core/settings/defaultSettings";
import { validateSettings } from "../../../../src/core/settings/validateSettings";
import type { LoggedReminder } from "../../../../src/core/workbook";
import { invoiceBuilder } from "../../support/invoiceBuilder";
import { penaltyOf } from "../../support/penaltyOf";

const ASOF = 45_400; // 2024-04-19
const inv = invoiceBuilder(1000);

const invoices = [
  inv("Dupont SA", ASOF - 200, { invoiceNumber: "F-1", amount: 1234.56, open: 1234.56 }),
  inv("Dupont SA", ASOF - 90, { invoiceNumber: "F-2", amount: 980, open: 480.3 }),
  inv("Martin", ASOF - 90, { invoiceNumber: "M-1" }),
];
const log: LoggedReminder[] = [
  { date: ASOF - 150, customer: "Dupont SA", invoiceNumbers: ["F-1"], level: 1, channel: "email" },
  {
    date: ASOF - 70,
    customer: "DUPONT SA ",
    invoiceNumbers: ["F-1", "F-2"],
    level: 2,
    channel: "email",
  },
  {
    date: ASOF - 30,
    customer: "Dupont SA",
    invoiceNumbers: ["F-1", "F-2"],
    level: 4,
    channel: "letter",
  },
  { date: ASOF - 30, customer: "Martin", invoiceNumbers: ["M-1"], level: 4, channel: "letter" },
];
const settings = {
  ...defaultSettings(),
  fixedFee: 40,
  lateRates: [
    { from: toIsoDate(ASOF - 1000), ratePct: 12.15 },
    { from: toIsoDate(ASOF - 100), ratePct: 14.5 },
  ],
};
const rows = analyseInvoices(invoices, { asOf: ASOF, settings }).rows;

describe("the court file from the workbook (courtFileOf)", () => {
  it("reads the reminders and the formal notice from the Reminder log, the customer's only", () => {
    const file = courtFileOf("Dupont SA", rows, log, settings, ASOF);
    expect(file.lines.map((l) => [l.invoiceNumber, l.reminders, l.formalNotice])).toEqual([
      ["F-1", [ASOF - 150, ASOF - 70], ASOF - 30],
      ["F-2", [ASOF - 70], ASOF - 30],
    ]);
  });

  it("charges each period at the user's rate table, each as CREDIT.PENALTY computes it", () => {
    const file = courtFileOf("Dupont SA", rows, log, settings, ASOF);
    // F-1 fell due before the change to 14.5 %, F-2 after it.
    expect(file.lines.map((line) => line.periods.map((p) => p.ratePct))).toEqual([
      [12.15, 14.5],
      [14.5],
    ]);
    for (const line of file.lines) {
      for (const p of line.periods)
        expect(p.interest).toBe(penaltyOf(line.principal, p.from, p.to, p.ratePct, 0));
      expect(line.indemnity).toBe(40);
    }
  });

  it("uses the Settings' one rate when the table is empty: the penalty CREDIT.PENALTY gives", () => {
    const one = { ...settings, lateRates: [], annualRatePct: 11.5 };
    expect(ratePeriods(one)).toEqual([{ from: 0, ratePct: 11.5 }]);
    for (const line of courtFileOf("Dupont SA", rows, log, one, ASOF).lines) {
      expect(line.interest + line.indemnity).toBeCloseTo(
        penaltyOf(line.principal, line.dueDate, ASOF, 11.5, 40),
        10
      );
    }
  });

  it.each(["en", "fr"] as const)(
    "totals equal the sum of the lines on the sheet (%s)",
    (language) => {
      const file = courtFileOf("Dupont SA", rows, log, settings, ASOF);
      const { cells, headerRow, totalsRow, formats } = courtFileLayout(file, language);
      const lines = cells.slice(headerRow + 1, totalsRow);
      for (const column of [2, 4, 5, 9]) {
        const cents = lines.reduce(
          (sum, row) => sum + Math.round((row[column] as number) * 100),
          0
        );
        expect(Math.round((cells[totalsRow][column] as number) * 100)).toBe(cents);
        expect(formats[totalsRow][column]).toBe("#,##0.00");
      }
      expect(cells[totalsRow][0]).toBe(language === "fr" ? "Total réclamé" : "Total claimed");
      expect(cells.every((row) => row.length === 10)).toBe(true);
    }
  );

  it("gives a consumer the 2-year limitation, a trader 5 years", () => {
    const trader = courtFileOf("Dupont SA", rows, log, settings, ASOF).lines[0].limitation;
    const consumer = courtFileOf(
      "Dupont SA",
      rows,
      log,
      { ...settings, consumers: ["dupont sa"] },
      ASOF
    ).lines[0].limitation;
    expect(toIsoDate(trader.date).slice(0, 4)).toBe("2028");
    expect(toIsoDate(consumer.date).slice(0, 4)).toBe("2025");
  });

  it("offers the file only at the legal-action level of the ladder", () => {
    expect(legalActionLevel(DEFAULT_LADDER)).toBe(5);
    const late = analyseInvoices(
      [inv("Late SA", ASOF - 90, { invoiceNumber: "L-1" }), inv("Soon SA", ASOF - 20)],
      { asOf: ASOF, settings }
    ).rows;
    expect(atLegalAction(late, "Late SA", DEFAULT_LADDER)).toBe(true);
    expect(atLegalAction(late, "Soon SA", DEFAULT_LADDER)).toBe(false);
  });
});

describe("the rate table and consumers in the settings schema", () => {
  const saved = (extra: Record<string, unknown>) =>
    validateSettings({ ...defaultSettings(), ...extra });

  it("keeps a table of real days in increasing order, and the consumer list", () => {
    const result = saved({
      lateRates: [
        { from: "2023-07-01", ratePct: 14.0 },
        { from: "2024-01-01", ratePct: 14.5 },
      ],
      consumers: ["dupont sa"],
    });
    expect(result.replaced).toEqual([]);
    expect(result.settings.lateRates).toHaveLength(2);
    expect(result.settings.consumers).toEqual(["dupont sa"]);
  });

  it.each([
    [[{ from: "2024-02-30", ratePct: 12 }]],
    [[{ from: "01/01/2024", ratePct: 12 }]],
    [[{ from: "2024-01-01", ratePct: 120 }]],
    [
      [
        { from: "2024-01-01", ratePct: 12 },
        { from: "2023-07-01", ratePct: 12 },
      ],
    ],
  ])("refuses a wrong table and names it: %j", (lateRates) => {
    const result = saved({ lateRates });
    expect(result.replaced.map((r) => r.setting)).toEqual(["lateRates"]);
    expect(result.settings.lateRates).toEqual([]);
  });
});
