import { draftReminders } from "../../../../src/core/reminders";
import type { Invoice, Settings } from "../../../../src/core/types";
import { AS_OF, invoice, settings } from "./fixtures";

const NBSP = "\u00a0";
const NNBSP = "\u202f";

function draft(invoices: Invoice[], overrides: Partial<Settings>) {
  const result = draftReminders(invoices, {
    asOf: AS_OF,
    settings: settings(overrides),
    fallbackLanguage: "en",
  });
  expect(result.drafts).toHaveLength(1);
  return result.drafts[0];
}

describe("late-payment penalties in the reminders", () => {
  // Reminder 2: 20 and 18 days late at 12.15 % a year.
  // 1,234.56 x 12.15 % x 20 / 365 = 8.2195 -> 8.22; 5,000 x 12.15 % x 18 / 365 = 29.9589 -> 29.96.
  const twoInvoices = (language: "fr" | "en") => [
    invoice({ invoiceNumber: "A1", amount: 1234.56, daysLate: 20, language }),
    invoice({ invoiceNumber: "A2", amount: 5000, daysLate: 18, language }),
  ];

  it("France: interest at the configured rate per invoice and EUR 40 per invoice, art. L441-10 and D441-5", () => {
    const fr = draft(twoInvoices("fr"), { jurisdiction: "FR" });
    expect(fr.invoices.map((l) => [l.interest, l.indemnity])).toEqual([
      [8.22, 40],
      [29.96, 40],
    ]);
    expect(fr.penalties).toEqual({ interest: 38.18, indemnity: 80, total: 118.18 });
    expect(fr.text).toContain("article L441-10 du Code de commerce");
    expect(fr.text).toContain("article D441-5");
    expect(fr.text).toContain(`taux annuel de 12,15${NNBSP}%`);
    expect(fr.text).toContain(
      `38,18${NBSP}€ d’intérêts et 80,00${NBSP}€ d’indemnités forfaitaires (2 × 40,00${NBSP}€), soit 118,18${NBSP}€`
    );
    expect(fr.text).toContain(`intérêts 8,22${NBSP}€, indemnité 40,00${NBSP}€`);
    expect(fr.html).toContain(`29,96${NBSP}€`);
  });

  it("France in English quotes the French Commercial Code", () => {
    const en = draft(twoInvoices("en"), { jurisdiction: "FR" });
    expect(en.text).toContain("Article L441-10 of the French Commercial Code");
    expect(en.text).toContain(
      "€38.18 in interest and €80.00 in fixed compensation (2 × €40.00), a total of €118.18"
    );
  });

  it("UK: the fixed sum follows each debt's size (GBP 40 / 70 / 100) under the Late Payment Act 1998", () => {
    const uk = draft(
      [
        invoice({ invoiceNumber: "U1", amount: 500, daysLate: 20, language: "en" }),
        invoice({ invoiceNumber: "U2", amount: 5000, daysLate: 20, language: "en" }),
        invoice({ invoiceNumber: "U3", amount: 12000, daysLate: 20, language: "en" }),
      ],
      { jurisdiction: "UK", currency: "GBP", annualRatePct: 13.25 }
    );
    expect(uk.invoices.map((l) => l.indemnity)).toEqual([40, 70, 100]);
    expect(uk.penalties?.indemnity).toBe(210);
    expect(uk.text).toContain("Late Payment of Commercial Debts (Interest) Act 1998");
    expect(uk.text).toContain("£40.00, £70.00 or £100.00");
    expect(uk.text).toContain(
      "U2 of 15 January 2024, due on 14 February 2024: £5,000.00 (20 days overdue; interest £36.30, indemnity £70.00)"
    );
    expect(uk.text).not.toContain("L441");
  });

  it("EU: directive 2011/7/EU in English, 2011/7/UE in French", () => {
    expect(draft(twoInvoices("en"), { jurisdiction: "EU" }).text).toContain("Directive 2011/7/EU");
    expect(draft(twoInvoices("fr"), { jurisdiction: "EU" }).text).toContain("directive 2011/7/UE");
  });

  it("no jurisdiction: no legal mention; the agreed interest only when a rate is set", () => {
    const none = draft(twoInvoices("en"), { jurisdiction: "none", annualRatePct: 0 });
    expect(none.penalties).toBeUndefined();
    expect(none.text).not.toMatch(/L441|2011\/7|Act 1998|compensation/);
    const agreed = draft(twoInvoices("en"), { jurisdiction: "none", annualRatePct: 12.15 });
    expect(agreed.penalties).toEqual({ interest: 38.18, indemnity: 0, total: 38.18 });
    expect(agreed.text).toContain("agreed annual rate of 12.15%");
    expect(agreed.text).not.toMatch(/L441|2011\/7|Act 1998/);
  });

  it("a zero rate still claims the fixed indemnity, without an interest clause", () => {
    const fr = draft(twoInvoices("fr"), { jurisdiction: "FR", annualRatePct: 0 });
    expect(fr.penalties).toEqual({ interest: 0, indemnity: 80, total: 80 });
    expect(fr.text).toContain("indemnité forfaitaire pour frais de recouvrement de 40,00");
    expect(fr.text).not.toContain("taux annuel");
  });

  it("an invoice not yet due in a firm reminder is listed apart as coming due, without penalty nor in the total due", () => {
    const fr = draft(
      [
        invoice({ invoiceNumber: "late", daysLate: 20 }),
        invoice({ invoiceNumber: "early", daysLate: -2 }),
      ],
      { jurisdiction: "FR" }
    );
    expect(fr.invoices.map((l) => [l.invoiceNumber, l.indemnity])).toEqual([["late", 40]]);
    expect(fr.comingDue.map((l) => [l.invoiceNumber, l.indemnity])).toEqual([["early", undefined]]);
    expect(fr.total).toBe(fr.invoices[0].open);
    expect(fr.text).toContain("falls due shortly (not overdue");
  });

  it("a negative rate in the settings gives a warning and no penalties, not NaN", () => {
    const bad = draft(twoInvoices("en"), { annualRatePct: -3 });
    expect(bad.penalties).toBeUndefined();
    expect(bad.text).not.toContain("NaN");
    expect(bad.warnings.map((w) => w.key)).toContain("penalty");
  });
});
