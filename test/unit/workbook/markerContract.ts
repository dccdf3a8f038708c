/**
 * The Workbook contract on the add-in's own sheets (issue 9): a sheet is the add-in's only while
 * its first row still carries the add-in's marker (a journal's header row, a report's A1). The id
 * or the name alone proves nothing: a sheet that lost its marker is never cleared, rewritten or
 * appended to, and is not read as the add-in's; the add-in writes to a new sheet instead. Run
 * against both adapters, like contract.ts.
 */
import type { ActivityEntry } from "../../../src/core/account/activity";
import type { PaymentPlan } from "../../../src/core/account/paymentPlan";
import { statementOf } from "../../../src/core/account/statement";
import type { SheetSpec, WorkbookFactory } from "./contract";
import { acmeLetter } from "../support/acmeLetter";

const AS_OF = 45383; // 2024-04-01
const RECEIVABLES: SheetSpec[] = [
  {
    name: "Receivables",
    cells: [
      ["Customer", "Invoice", "Due date", "Amount"],
      ["ACME", "F-1", 45352, 1200],
      ["Beta", "F-2", 45397, 300],
    ],
  },
];
const LETTER = acmeLetter(AS_OF);
export const NOTE: ActivityEntry = {
  date: AS_OF,
  customer: "ACME",
  kind: "note",
  invoices: [],
  text: "called",
};
export const PLAN: PaymentPlan = {
  id: "PLAN-1",
  customer: "ACME",
  created: AS_OF,
  invoices: ["F-1"],
  frequency: "monthly",
  instalments: [{ number: 1, due: AS_OF + 10, amount: 1200 }],
};
export const SENDER = {
  senderName: "Credit team",
  signature: "",
  paymentInstructions: "",
  currency: "EUR",
};

export function markerContract(adapter: string, factory: WorkbookFactory): void {
  describe(`Workbook contract, the add-in's sheets carry its marker: ${adapter}`, () => {
    it("starts a new reminder log when the user retitled its log, and leaves that sheet as it is", async () => {
      const fixture = factory(RECEIVABLES);
      const read = await fixture.workbook.readReceivables();
      await fixture.workbook.recordReminders(read, [LETTER]);
      // The user makes the log a sheet of their own: a new header row, their notes below.
      fixture.input("Reminder log", "A1", "Call list");
      fixture.input("Reminder log", "B3", "ring Beta on Monday");
      const users = fixture.sheetSnapshot("Reminder log");
      expect(await fixture.workbook.readReminderLog()).toEqual([]);
      const receipt = await fixture.workbook.recordReminders(read, [
        { ...LETTER, customer: "Beta", rows: [3], invoiceNumbers: ["F-2"] },
      ]);
      expect(fixture.sheetSnapshot("Reminder log")).toBe(users);
      expect(fixture.sheetNames()).toEqual(["Receivables", "Reminder log", "Reminder log (2)"]);
      expect(fixture.cell("Reminder log (2)", "A1")?.value).toBe("Date");
      expect(fixture.cell("Reminder log (2)", "B2")?.value).toBe("Beta");
      expect((await fixture.workbook.readReminderLog()).map((l) => l.customer)).toEqual(["Beta"]);
      // Undo clears its line on its own log only.
      await fixture.workbook.undoReminders(read, receipt);
      expect(fixture.sheetSnapshot("Reminder log")).toBe(users);
      expect(fixture.cell("Reminder log (2)", "B2")).toBeUndefined();
    });

    it("never clears the log lines of a sheet that lost the log's header row before the undo", async () => {
      const fixture = factory(RECEIVABLES);
      const read = await fixture.workbook.readReceivables();
      const receipt = await fixture.workbook.recordReminders(read, [LETTER]);
      fixture.input("Reminder log", "A1", "Mine now");
      const users = fixture.sheetSnapshot("Reminder log");
      await fixture.workbook.undoReminders(read, receipt);
      expect(fixture.sheetSnapshot("Reminder log")).toBe(users);
      expect(fixture.cell("Reminder log", "B2")?.value).toBe("ACME");
    });

    it("appends activity and plans only to sheets that still have its header row", async () => {
      const fixture = factory(RECEIVABLES);
      await fixture.workbook.recordActivity([NOTE]);
      await fixture.workbook.recordPaymentPlan(PLAN);
      fixture.input("Activity", "C1", "What");
      fixture.input("Payment plans", "A1", "Budget");
      const activity = fixture.sheetSnapshot("Activity");
      const plans = fixture.sheetSnapshot("Payment plans");
      const journal = await fixture.workbook.readJournal();
      expect([journal.activity, journal.plans]).toEqual([[], []]);
      await fixture.workbook.recordActivity([NOTE]);
      await fixture.workbook.recordPaymentPlan(PLAN);
      expect(fixture.sheetSnapshot("Activity")).toBe(activity);
      expect(fixture.sheetSnapshot("Payment plans")).toBe(plans);
      expect(fixture.sheetNames()).toEqual([
        "Receivables",
        "Activity",
        "Payment plans",
        "Activity (2)",
        "Payment plans (2)",
      ]);
      const again = await fixture.workbook.readJournal();
      expect(again.activity).toEqual([{ ...NOTE, row: 2 }]);
      expect(again.plans).toEqual([PLAN]);
    });

    it("rewrites its statement sheet only while its title is in A1", async () => {
      const fixture = factory(RECEIVABLES);
      const read = await fixture.workbook.readReceivables();
      const statement = { statements: [statementOf("ACME", read.invoices, AS_OF)], sender: SENDER };
      await fixture.workbook.writeStatement(statement);
      fixture.input("Statement", "A1", "Q2 budget");
      const users = fixture.sheetSnapshot("Statement");
      await fixture.workbook.writeStatement(statement);
      expect(fixture.sheetSnapshot("Statement")).toBe(users);
      expect(fixture.sheetNames()).toEqual(["Receivables", "Statement", "Statement (2)"]);
      expect(fixture.cell("Statement (2)", "A1")?.value).toBe("Statement of account");
      // The new sheet is its own from now on: refreshed in place.
      const once = fixture.snapshot();
      await fixture.workbook.writeStatement(statement);
      expect(fixture.snapshot()).toBe(once);
    });

    it("keeps its journals through a switch of language (the header row in either language is its own)", async () => {
      const fixture = factory(RECEIVABLES);
      await fixture.workbook.recordActivity([NOTE]);
      await fixture.workbook.recordActivity([NOTE], { language: "fr" });
      await fixture.workbook.recordActivity([NOTE]);
      expect(fixture.sheetNames()).toEqual(["Receivables", "Activity"]);
      expect((await fixture.workbook.readJournal()).activity).toHaveLength(3);
    });
  });
}
