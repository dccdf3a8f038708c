import { describeIssue, draftReminders } from "../../../../src/core/reminders";
import type { Invoice } from "../../../../src/core/types";
import { AS_OF, invoice, settings } from "./fixtures";

const draft = (invoices: Invoice[], include?: Parameters<typeof draftReminders>[1]["include"]) =>
  draftReminders(invoices, { asOf: AS_OF, settings: settings(), fallbackLanguage: "fr", include });

describe("draftReminders: one draft per customer", () => {
  it("groups each customer's invoices, whatever the spacing and case of the name, in sheet order", () => {
    const { drafts, excluded } = draft([
      invoice({ customer: "Dupont SA", invoiceNumber: "D1" }),
      invoice({ customer: "Martin & Fils", invoiceNumber: "M1" }),
      invoice({ customer: "  dupont  sa ", invoiceNumber: "D2" }),
      invoice({ customer: "Zeta", invoiceNumber: "Z1" }),
    ]);
    expect(excluded).toEqual([]);
    expect(drafts.map((d) => [d.customer, d.invoices.map((l) => l.invoiceNumber)])).toEqual([
      ["Dupont SA", ["D1", "D2"]],
      ["Martin & Fils", ["M1"]],
      ["Zeta", ["Z1"]],
    ]);
    expect(new Set(drafts.map((d) => d.id)).size).toBe(3);
  });

  it("writes the draft at the highest level among the customer's invoices", () => {
    const { drafts } = draft([
      invoice({ daysLate: 5 }),
      invoice({ daysLate: 35 }),
      invoice({ daysLate: 16 }),
    ]);
    expect(drafts[0].invoices.map((l) => l.level)).toEqual([1, 3, 2]);
    expect(drafts[0].level).toBe(3);
    expect(drafts[0].kind).toBe("call");
  });

  it("follows the policy: one level above the last one sent, never jumping the ladder", () => {
    const { drafts } = draft([invoice({ daysLate: 70, lastLevel: 1, lastReminder: AS_OF - 20 })]);
    expect(drafts[0].level).toBe(2);
  });

  it("leaves out an invoice whose level was already sent, and repeats that level (never the next) when included on purpose", () => {
    const sent = invoice({ daysLate: 20, lastLevel: 2, lastReminder: AS_OF - 10 });
    const left = draft([sent]);
    expect(left.drafts).toEqual([]);
    expect(left.excluded[0].reason.key).toBe("levelSent");
    expect(describeIssue(left.excluded[0].reason, "en")).toBe(
      "Reminder 2 already sent: Phone call from day 30 overdue"
    );
    expect(draft([sent], new Set([sent.row])).drafts[0].level).toBe(2);
  });

  it("leaves out an invoice long before its due date, and writes a courtesy letter when included on purpose", () => {
    const early = invoice({ daysLate: -20 });
    expect(draft([early]).excluded.map((e) => e.reason.key)).toEqual(["notDue"]);
    const { drafts, excluded } = draft([early], new Set([early.row]));
    expect(excluded).toEqual([]);
    expect(drafts[0].level).toBe(0);
    expect(drafts[0].text).toContain("échéance dans 20 jours");
  });

  it("escalates one level for a broken promise", () => {
    const { drafts } = draft([invoice({ daysLate: 20, promiseDate: AS_OF - 2 })]);
    expect(drafts[0].level).toBe(3);
  });

  it("takes the customer's language from the sheet, else the fallback", () => {
    const { drafts } = draft([
      invoice({ customer: "A", language: "en" }),
      invoice({ customer: "B" }),
      invoice({ customer: "C" }),
      invoice({ customer: "C", language: "en" }),
    ]);
    expect(drafts.map((d) => d.language)).toEqual(["en", "fr", "en"]);
  });

  it("sends to every distinct address of the customer's rows", () => {
    const { drafts } = draft([
      invoice({ email: "compta@dupont.fr; paie@dupont.fr" }),
      invoice({ email: "COMPTA@dupont.fr" }),
      invoice({ email: "Marie Dupont <marie@dupont.fr>" }),
    ]);
    expect(drafts[0].to).toBe("compta@dupont.fr, paie@dupont.fr, marie@dupont.fr");
    expect(drafts[0].warnings).toEqual([]);
  });

  it("returns nothing for nothing", () => {
    expect(draft([])).toEqual({ drafts: [], excluded: [] });
  });
});

describe("draftReminders: what is left out, and why", () => {
  it("leaves out paid invoices", () => {
    const paid = invoice({ open: 0, paid: 1000, invoiceNumber: "P1" });
    const { drafts, excluded } = draft([paid, invoice()]);
    expect(drafts[0].invoices).toHaveLength(1);
    expect(excluded).toEqual([
      {
        row: paid.row,
        customer: "Dupont SA",
        invoiceNumber: "P1",
        reason: { key: "paid", params: {} },
      },
    ]);
  });

  it("leaves out disputed invoices unless the user includes them on purpose", () => {
    const disputed = invoice({ disputed: true, invoiceNumber: "L1", daysLate: 50 });
    const other = invoice({ daysLate: 5 });
    const left = draft([disputed, other]);
    expect(left.drafts[0].invoices.map((l) => l.row)).toEqual([other.row]);
    expect(left.drafts[0].level).toBe(1);
    expect(left.excluded[0].reason.key).toBe("disputed");
    expect(describeIssue(left.excluded[0].reason, "fr")).toContain("en litige");

    expect(draft([disputed, other], { disputed: true }).drafts[0].level).toBe(4);
    expect(draft([disputed, other], new Set([disputed.row])).drafts[0].invoices).toHaveLength(2);
    expect(draft([disputed, other], new Set([other.row])).excluded).toHaveLength(1);
  });

  it("leaves out a customer contacted within the minimum interval, and says when", () => {
    const a = invoice({ daysLate: 20, lastReminder: AS_OF - 3, lastLevel: 1 });
    const b = invoice({ daysLate: 25 });
    const { drafts, excluded } = draft([a, b]);
    expect(drafts).toEqual([]);
    expect(excluded.map((e) => e.reason)).toEqual([
      { key: "contactInterval", params: { action: "Reminder 2", days: 4 } },
      { key: "wait", params: { daysSinceContact: 3, lastContact: "2024-03-02", minDays: 7 } },
    ]);
    expect(describeIssue(excluded[1].reason, "en")).toBe(
      "contacted 3 days ago (on 2 March 2024); wait 7 days between contacts"
    );
    const included = draft([a, b], { recentlyContacted: true });
    expect(included.excluded).toEqual([]);
    expect(included.drafts[0].level).toBe(2);
  });

  it("leaves out a promise not yet due unless included", () => {
    const promised = invoice({ promiseDate: AS_OF + 4 });
    const { drafts, excluded } = draft([promised]);
    expect(drafts).toEqual([]);
    expect(excluded[0].reason).toEqual({ key: "promise", params: { date: "2024-03-09" } });
    expect(describeIssue(excluded[0].reason, "fr")).toBe("règlement promis pour le 9 mars 2024");
    expect(draft([promised], { promised: true }).drafts).toHaveLength(1);
  });

  it("deducts credit notes from the customer's total and lists them, but never reminds them alone", () => {
    const credit = invoice({ amount: -150, invoiceNumber: "AV-7", daysLate: 10 });
    const { drafts, excluded } = draft([invoice({ amount: 1000 }), credit]);
    expect(excluded).toEqual([]);
    expect(drafts[0].total).toBe(850);
    expect(drafts[0].credits.map((l) => l.invoiceNumber)).toEqual(["AV-7"]);
    expect(drafts[0].text).toContain("- Avoir AV-7 du 25 janvier 2024 : -150,00\u00a0€ (déduit)");
    expect(drafts[0].text).toContain("Total restant dû : 850,00\u00a0€");
    expect(drafts[0].html).toContain("Avoir AV-7");

    const alone = draft([invoice({ customer: "Other", amount: -80, invoiceNumber: "AV-8" })]);
    expect(alone.drafts).toEqual([]);
    expect(alone.excluded[0].reason.key).toBe("creditNote");
  });

  it("sends nothing when the credit notes cover the invoices", () => {
    const { drafts, excluded } = draft([invoice({ amount: 100 }), invoice({ amount: -120 })]);
    expect(drafts).toEqual([]);
    expect(excluded.map((e) => e.reason)).toEqual([
      { key: "netCredit", params: { total: "-20,00\u00a0€" } },
      { key: "netCredit", params: { total: "-20,00\u00a0€" } },
    ]);
  });

  it("refuses a row without a usable amount or due date with a reason, not an exception", () => {
    const { drafts, excluded } = draft([
      invoice({ open: NaN, invoiceNumber: "X1" }),
      invoice({ dueDate: NaN, invoiceNumber: "X2" }),
    ]);
    expect(drafts).toEqual([]);
    expect(excluded.map((e) => [e.invoiceNumber, e.reason.key])).toEqual([
      ["X1", "invalid"],
      ["X2", "invalid"],
    ]);
    expect(describeIssue(excluded[1].reason, "en")).toBe("cannot be reminded: due date");
  });

  it("has a French and an English text for every issue it gives", () => {
    const { ISSUE_KEYS } = jest.requireActual("../../../../src/core/reminders");
    for (const key of ISSUE_KEYS as string[]) {
      const params = {
        date: "1",
        daysSinceContact: 1,
        lastContact: "1",
        minDays: 7,
        total: "1",
        why: "x",
        value: "v",
        key: "k",
        error: "e",
        name: "n",
        currency: "c",
        invoice: "i",
        days: 2,
        fromDay: 3,
        sent: "Reminder 1",
        next: "Reminder 2",
        action: "Formal notice",
      };
      expect(describeIssue({ key, params }, "fr")).not.toBe(describeIssue({ key, params }, "en"));
      expect(describeIssue({ key, params }, "fr")).not.toContain("undefined");
    }
  });
});
