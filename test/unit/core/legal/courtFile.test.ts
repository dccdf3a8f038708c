import { courtFile } from "../../../../src/core/legal/courtFile";
import { courtFileHtml, courtFileLayout } from "../../../../src/core/legal/courtFileLayout";
import { limitation } from "../../../../src/core/legal/limitation";
import { invoiceBuilder } from "../../support/invoiceBuilder";
import { penaltyOf } from "../../support/penaltyOf";

const ASOF = 45_400; // 2024-04-19
const inv = invoiceBuilder(1000);

const invoices = [
  inv("Dupont SA", ASOF - 200, { invoiceNumber: "F-1", amount: 1234.56, open: 1234.56 }),
  inv("Dupont SA", ASOF - 75, { invoiceNumber: "F-2", amount: 980, open: 480.3 }),
  inv("Dupont SA", ASOF - 60, { invoiceNumber: "F-3", paidDate: ASOF - 50 }),
  inv("Dupont SA", ASOF + 10, { invoiceNumber: "F-4" }),
];
const contacts = [
  { date: ASOF - 180, level: 1, invoiceNumbers: ["F-1"] },
  { date: ASOF - 60, level: 2, invoiceNumbers: ["F-1", "F-2"] },
  { date: ASOF - 20, level: 4, invoiceNumbers: ["F-1", "F-2"] },
];

describe("court file (injonction de payer)", () => {
  it("claims each overdue open invoice with the penalty CREDIT.PENALTY gives at one rate", () => {
    const file = courtFile("Dupont SA", invoices, {
      asOf: ASOF,
      rates: [{ from: ASOF - 1000, ratePct: 12.5 }],
      fixedFee: 40,
      contacts,
      formalNoticeLevel: 4,
    });
    expect(file.lines.map((l) => l.invoiceNumber)).toEqual(["F-1", "F-2"]);
    for (const line of file.lines) {
      expect(line.interest + line.indemnity).toBeCloseTo(
        penaltyOf(line.principal, line.dueDate, ASOF, 12.5, 40),
        10
      );
    }
    expect(file.lines[0]).toMatchObject({
      principal: 1234.56,
      indemnity: 40,
      reminders: [ASOF - 180, ASOF - 60],
      formalNotice: ASOF - 20,
    });
  });

  it("splits the interest at each rate change, each period as CREDIT.PENALTY computes it", () => {
    const change = ASOF - 100;
    const file = courtFile("Dupont SA", invoices, {
      asOf: ASOF,
      rates: [
        { from: change, ratePct: 14 },
        { from: ASOF - 1000, ratePct: 12 },
      ],
      fixedFee: 40,
      contacts,
      formalNoticeLevel: 4,
    });
    const [first, second] = file.lines;
    expect(first.periods.map((p) => [p.from, p.to, p.ratePct])).toEqual([
      [ASOF - 200, change - 1, 12],
      [change - 1, ASOF, 14],
    ]);
    expect(first.periods.reduce((days, p) => days + p.days, 0)).toBe(200);
    for (const p of first.periods) {
      expect(p.interest).toBe(penaltyOf(first.principal, p.from, p.to, p.ratePct, 0));
    }
    // F-2 fell due after the change: one period at the new rate, as CREDIT.PENALTY at 14 %.
    expect(second.interest + second.indemnity).toBeCloseTo(
      penaltyOf(second.principal, second.dueDate, ASOF, 14, 40),
      10
    );
  });

  it.each(["fr", "en"] as const)(
    "totals equal the sum of the lines (%s), on the sheet and the page",
    (language) => {
      const file = courtFile("Dupont SA", invoices, {
        asOf: ASOF,
        rates: [
          { from: ASOF - 1000, ratePct: 12.15 },
          { from: ASOF - 100, ratePct: 14.5 },
        ],
        fixedFee: 40,
        contacts,
        formalNoticeLevel: 4,
      });
      const cents = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 100);
      expect(Math.round(file.totals.total * 100)).toBe(cents(file.lines.map((l) => l.total)));
      expect(Math.round(file.totals.interest * 100)).toBe(cents(file.lines.map((l) => l.interest)));
      for (const line of file.lines) {
        expect(Math.round(line.total * 100)).toBe(
          cents([line.principal, line.interest, line.indemnity])
        );
      }
      const { cells, headerRow, totalsRow } = courtFileLayout(file, language);
      const lineRows = cells.slice(headerRow + 1, totalsRow);
      expect(lineRows).toHaveLength(2);
      for (const column of [2, 4, 5, 9]) {
        expect(Math.round((cells[totalsRow][column] as number) * 100)).toBe(
          cents(lineRows.map((row) => row[column] as number))
        );
      }
      expect(cells[headerRow][0]).toBe(language === "fr" ? "Facture" : "Invoice");
      expect(String(cells[cells.length - 1][0])).toContain("tribunal de commerce");
      const html = courtFileHtml(file, language);
      expect(html).toContain(`lang="${language}"`);
      expect(html).toContain(file.totals.total.toFixed(2));
    }
  );
});

describe("limitation", () => {
  it("is 5 years after the due date between traders, 2 against a consumer, with a warning 90 days before", () => {
    // 2019-04-19 + 5 years = 2024-04-19 (ASOF): still open that day, within the warning.
    const due = ASOF - 1827;
    expect(limitation(due, ASOF)).toEqual({ date: ASOF, state: "soon" });
    expect(limitation(due, ASOF + 1).state).toBe("passed");
    expect(limitation(due, ASOF - 91).state).toBe("ok");
    expect(limitation(ASOF - 731, ASOF, "consumer").date).toBe(ASOF);
  });
});
