/**
 * The Workbook port's contract for the customer account (issue 12): the add-in's own Activity,
 * Payment plans and Statement sheets, and the Reminder log read back. Run against both adapters
 * with the fixtures of contract.ts.
 */
import type { ActivityEntry } from "../../../src/core/account/activity";
import type { PaymentPlan } from "../../../src/core/account/paymentPlan";
import { statementOf } from "../../../src/core/account/statement";
import type { ReminderRecord } from "../../../src/core/workbook";
import { invoiceBuilder } from "../support/invoiceBuilder";
import { testSettings } from "../support/testSettings";
import type { SheetSpec, WorkbookFactory } from "./contract";

const AS_OF = 45383; // 2024-04-01
const RECEIVABLES: SheetSpec[] = [
  {
    name: "Receivables",
    cells: [
      ["Customer", "Invoice", "Due date", "Amount", "Disputed"],
      ["ACME", "F-1", 45352, 1200, "No"],
      ["Beta", "F-2", 45397, 300, "Yes"],
      ["ACME", "F-3", 45292, 500, "No"],
    ],
  },
];

const NOTE: ActivityEntry = {
  date: AS_OF,
  customer: "=ACME",
  kind: "note",
  invoices: [],
  text: "+33 1 23 45 67 89 asked for a copy",
};
const DISPUTE: ActivityEntry = {
  date: AS_OF,
  customer: "ACME",
  kind: "dispute",
  invoices: ["F-1"],
  reason: "quality",
  owner: "Sales",
  text: "damaged goods",
};
const PROMISE: ActivityEntry = {
  date: AS_OF,
  customer: "ACME",
  kind: "promise",
  invoices: [],
  amount: 500,
  promiseDate: AS_OF + 7,
  text: "",
};
const PLAN: PaymentPlan = {
  id: "PLAN-1",
  customer: "ACME",
  created: AS_OF,
  invoices: ["F-1", "F-3"],
  frequency: "monthly",
  instalments: [
    { number: 1, due: AS_OF + 10, amount: 566.66 },
    { number: 2, due: AS_OF + 40, amount: 566.66 },
    { number: 3, due: AS_OF + 71, amount: 566.68 },
  ],
};
const SENDER = {
  senderName: "Credit team",
  signature: "",
  paymentInstructions: "IBAN FR76 3000",
  currency: "EUR",
};

export function journalContract(adapter: string, factory: WorkbookFactory): void {
  describe(`Workbook contract, customer account: ${adapter}`, () => {
    it("records activity on its own sheet, text as text, and reads every field back", async () => {
      const fixture = factory(RECEIVABLES);
      await fixture.workbook.recordActivity([NOTE, DISPUTE]);
      expect(fixture.sheetNames()).toEqual(["Receivables", "Activity"]);
      expect(fixture.cell("Activity", "A1")?.value).toBe("Date");
      expect(fixture.cell("Activity", "B2")).toEqual({ value: "=ACME" });
      expect(fixture.cell("Activity", "L2")).toEqual({
        value: "+33 1 23 45 67 89 asked for a copy",
      });
      await fixture.workbook.recordActivity([PROMISE]);
      const journal = await fixture.workbook.readJournal();
      expect(journal.activity).toEqual([
        { ...NOTE, row: 2 },
        { ...DISPUTE, row: 3 },
        { ...PROMISE, row: 4 },
      ]);
      expect(journal.problems).toEqual([]);
    });

    it("records a payment plan, one line per instalment, and reads it back", async () => {
      const fixture = factory(RECEIVABLES);
      await fixture.workbook.recordPaymentPlan(PLAN);
      await fixture.workbook.recordPaymentPlan({
        ...PLAN,
        id: "PLAN-2",
        customer: "Beta",
        invoices: ["F-2"],
      });
      expect(fixture.cell("Payment plans", "A1")?.value).toBe("Plan");
      expect(fixture.cell("Payment plans", "H4")?.value).toBe(566.68);
      const journal = await fixture.workbook.readJournal();
      expect(journal.plans.map((p) => [p.id, p.customer, p.instalments.length])).toEqual([
        ["PLAN-1", "ACME", 3],
        ["PLAN-2", "Beta", 3],
      ]);
      expect(journal.plans[0]).toEqual(PLAN);
    });

    it("reads the reminder log back as letters", async () => {
      const fixture = factory(RECEIVABLES);
      const read = await fixture.workbook.readReceivables();
      const record: ReminderRecord = {
        date: AS_OF,
        customer: "ACME",
        rows: [2, 4],
        invoiceNumbers: ["F-1", "F-3"],
        level: 2,
        channel: "email",
        total: 1700,
        language: "en",
      };
      await fixture.workbook.recordReminders(read, [record]);
      const journal = await fixture.workbook.readJournal();
      expect(journal.letters).toEqual([
        {
          date: AS_OF,
          customer: "ACME",
          invoices: ["F-1", "F-3"],
          level: 2,
          channel: "email",
          total: 1700,
          row: 2,
        },
      ]);
    });

    it("keeps its sheets as they are through a re-analysis, and finds them again next run", async () => {
      const fixture = factory(RECEIVABLES);
      await fixture.workbook.recordActivity([DISPUTE], { language: "fr" });
      await fixture.workbook.recordPaymentPlan(PLAN, { language: "fr" });
      expect(fixture.sheetNames()).toEqual(["Receivables", "Suivi client", "Échéanciers"]);
      const activity = fixture.sheetSnapshot("Suivi client");
      const plans = fixture.sheetSnapshot("Échéanciers");
      const options = { asOf: AS_OF, settings: testSettings(), language: "fr" as const };
      await fixture.workbook.writeAnalysis(await fixture.workbook.readReceivables(), options);
      await fixture.workbook.writeAnalysis(await fixture.workbook.readReceivables(), options);
      expect(fixture.sheetSnapshot("Suivi client")).toBe(activity);
      expect(fixture.sheetSnapshot("Échéanciers")).toBe(plans);
      const journal = await fixture.workbook.readJournal();
      expect(journal.activity).toHaveLength(1);
      expect(journal.plans).toHaveLength(1);
    });

    it("never appends to a user's sheet made under the name of its deleted Activity sheet", async () => {
      const fixture = factory(RECEIVABLES);
      await fixture.workbook.recordActivity([NOTE]);
      fixture.deleteSheet("Activity");
      fixture.addSheet("Activity", [["My own notes"], ["call Ann"]]);
      const users = fixture.sheetSnapshot("Activity");
      expect((await fixture.workbook.readJournal()).activity).toEqual([]);
      await fixture.workbook.recordActivity([DISPUTE]);
      expect(fixture.sheetSnapshot("Activity")).toBe(users);
      expect(fixture.cell("Activity (2)", "C2")?.value).toBe("dispute");
      expect((await fixture.workbook.readJournal()).activity).toEqual([{ ...DISPUTE, row: 2 }]);
    });

    it("writes the statement sheet with every open item and the balance, refreshed in place", async () => {
      const fixture = factory(RECEIVABLES);
      const read = await fixture.workbook.readReceivables();
      const statement = statementOf("ACME", read.invoices, AS_OF);
      await fixture.workbook.writeStatement({ statements: [statement], sender: SENDER });
      const once = fixture.snapshot();
      expect(fixture.cell("Statement", "A1")?.value).toBe("Statement of account");
      expect(fixture.cell("Statement", "B5")?.value).toBe("ACME");
      expect(fixture.cell("Statement", "A7")?.value).toBe("F-3");
      expect(fixture.cell("Statement", "A8")?.value).toBe("F-1");
      expect(fixture.cell("Statement", "E9")?.value).toBe(1700);
      await fixture.workbook.writeStatement({ statements: [statement], sender: SENDER });
      expect(fixture.snapshot()).toBe(once);
      const inv = invoiceBuilder(10);
      const small = statementOf("Z", [inv("Z", AS_OF)], AS_OF);
      await fixture.workbook.writeStatement({
        statements: [small],
        sender: SENDER,
        language: "fr",
      });
      expect(fixture.sheetNames()).toEqual(["Receivables", "Relevé de compte"]);
      expect(fixture.cell("Relevé de compte", "A7")?.value).toBe("F2");
      // One line fewer than before: the old last line (the IBAN, row 18) is cleared.
      expect(fixture.cell("Relevé de compte", "A17")?.value).toBe("IBAN FR76 3000");
      expect(fixture.cell("Relevé de compte", "A18")).toBeUndefined();
    });
  });
}
