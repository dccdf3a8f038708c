import fc from "fast-check";
import { statementOf } from "../../../../src/core/account/statement";
import { statementDocument } from "../../../../src/core/account/statementHtml";
import { statementSheetLayout } from "../../../../src/core/account/statementSheet";
import { invoiceBuilder } from "../../support/invoiceBuilder";

const inv = invoiceBuilder(100);
const SENDER = {
  senderName: "Credit team",
  signature: "",
  paymentInstructions: "IBAN FR76",
  currency: "EUR",
};

describe("statementOf: a customer's open items and credits at a date", () => {
  const invoices = [
    inv("Acme", 990, { amount: 1200.1 }),
    inv("ACME ", 900, { amount: 500.2 }),
    inv("Acme", 1010, { amount: 300 }),
    inv("Acme", 995, { amount: -150.15 }), // credit note
    inv("Acme", 950, { paidDate: 990 }), // settled: not on the statement
    inv("Beta", 990, { amount: 999 }),
  ];
  const statement = statementOf("acme", invoices, 1000);

  it("lists the customer's open invoices and credit notes, oldest due date first", () => {
    expect(statement.lines.map((l) => [l.invoiceNumber, l.open, l.daysOverdue, l.credit])).toEqual([
      ["F3", 500.2, 100, false],
      ["F2", 1200.1, 10, false],
      ["F5", -150.15, 5, true],
      ["F4", 300, -10, false],
    ]);
  });

  it("gives the balance, credit notes deducted, and an ageing footer equal to it", () => {
    expect(statement.balance).toBe(1850.15);
    expect(statement.ageing.labels).toEqual(["Current", "1-30", "31-60", "61-90", "91+"]);
    expect(statement.ageing.amounts).toEqual([300, 1049.95, 0, 0, 500.2]);
  });

  it("the ageing footer always equals the balance to the cent", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            cents: fc.integer({ min: -500_000, max: 5_000_000 }),
            due: fc.integer({ min: 700, max: 1100 }),
          }),
          { maxLength: 40 }
        ),
        (items) => {
          const build = invoiceBuilder(0);
          const rows = items.map((item) => build("X", item.due, { amount: item.cents / 100 }));
          const s = statementOf("X", rows, 1000);
          const footer = s.ageing.amounts.reduce((sum, a) => sum + Math.round(a * 100), 0);
          expect(footer).toBe(Math.round(s.balance * 100));
          const open = rows.reduce((sum, r) => sum + Math.round(r.open * 100), 0);
          expect(Math.round(s.balance * 100)).toBe(open);
        }
      )
    );
  });

  it("prints every open invoice, the balance and how to pay, with text from cells escaped", () => {
    const odd = statementOf(
      "<b>Acme</b>",
      [inv("<b>Acme</b>", 990, { invoiceNumber: "<i>F</i>" })],
      1000
    );
    const html = statementDocument([statement, odd], SENDER, "en");
    for (const line of statement.lines)
      expect(html).toContain(`data-invoice="${line.invoiceNumber}"`);
    expect(html).toContain("€1,850.15");
    expect(html).toContain("IBAN FR76");
    expect(html).not.toContain("<b>Acme");
    expect(html).toContain("&lt;i&gt;F&lt;/i&gt;");
    expect(statementDocument([statement], SENDER, "fr")).toContain("Relevé de compte");
  });

  it("as a sheet: the lines, the balance and the footer, text never as a formula", () => {
    const layout = statementSheetLayout(
      [statementOf("=Acme", [inv("=Acme", 990)], 1000)],
      SENDER,
      "en"
    );
    const flat = layout.cells.map((row) => row.join("|"));
    expect(flat).toContain("Customer|'=Acme||||");
    expect(flat.some((row) => row.startsWith("Balance due||||100"))).toBe(true);
    expect(flat.some((row) => row.startsWith("1-30 days||||100"))).toBe(true);
  });
});
