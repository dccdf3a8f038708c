/**
 * The Workbook contract on writes after the sheet changed (issue 9): Mark as sent and its undo
 * read the sheet again just before writing, so rows or columns the user inserted since the pane
 * read it move the write with the invoices, and an invoice that is gone or changed refuses the
 * write with a message. Never a stale cell. Run against both adapters, like contract.ts.
 */
import { WorkbookError, type ReminderRecord } from "../../../src/core/workbook";
import type { SheetSpec, WorkbookFactory } from "./contract";

const AS_OF = 45383; // 2024-04-01
export const RECEIVABLES: SheetSpec[] = [
  {
    name: "Receivables",
    cells: [
      ["Customer", "Invoice", "Due date", "Amount"],
      ["ACME", "F-1", 45352, 1200],
      ["Beta", "F-2", 45300, 300],
      ["Gamma", "F-3", 45292, 500],
    ],
  },
];
/** A letter to Beta for F-2, on row 3 as the pane read it. */
const LETTER: ReminderRecord = {
  date: AS_OF,
  customer: "Beta",
  rows: [3],
  invoiceNumbers: ["F-2"],
  level: 2,
  channel: "email",
  total: 300,
  language: "en",
};

export function rereadContract(adapter: string, factory: WorkbookFactory): void {
  describe(`Workbook contract, the sheet read again before a write: ${adapter}`, () => {
    it("marks the invoice on its new row when the user inserted a row above it since the read", async () => {
      const fixture = factory(RECEIVABLES);
      const read = await fixture.workbook.readReceivables();
      fixture.insertRows("Receivables", 2, 1);
      fixture.input("Receivables", "A2", "Delta");
      await fixture.workbook.recordReminders(read, [LETTER]);
      expect(fixture.cell("Receivables", "B4")?.value).toBe("F-2");
      expect(fixture.cell("Receivables", "E1")?.value).toBe("Last reminder");
      expect(fixture.cell("Receivables", "E4")?.value).toBe(AS_OF);
      expect(fixture.cell("Receivables", "F4")?.value).toBe(2);
      // The stale row 3 (now ACME's F-1) and the user's new row are left alone.
      expect(fixture.cell("Receivables", "E3")).toBeUndefined();
      expect(fixture.cell("Receivables", "E2")).toBeUndefined();
    });

    it("writes beside the data when the user inserted a column at A since the read", async () => {
      const fixture = factory(RECEIVABLES);
      const read = await fixture.workbook.readReceivables();
      fixture.insertColumns("Receivables", "A", 1);
      fixture.input("Receivables", "A1", "Region");
      await fixture.workbook.recordReminders(read, [LETTER]);
      // The data now runs B..E: the memory columns come after it, on F-2's row.
      expect(fixture.cell("Receivables", "E1")?.value).toBe("Amount");
      expect(fixture.cell("Receivables", "E3")?.value).toBe(300);
      expect(fixture.cell("Receivables", "F1")?.value).toBe("Last reminder");
      expect(fixture.cell("Receivables", "F3")?.value).toBe(AS_OF);
      expect(fixture.cell("Receivables", "A3")).toBeUndefined();
    });

    it("refuses with a message and writes nothing when the invoice is no longer there", async () => {
      const fixture = factory(RECEIVABLES);
      const read = await fixture.workbook.readReceivables();
      fixture.input("Receivables", "B3", "F-9");
      const before = fixture.snapshot();
      const error = await fixture.workbook.recordReminders(read, [LETTER]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WorkbookError);
      expect((error as WorkbookError).code).toBe("sheet-changed");
      expect((error as WorkbookError).message).toMatch(/F-2/);
      expect(fixture.snapshot()).toBe(before);
    });

    it("undoes a mark on the invoice's new row after the user inserted a row", async () => {
      const fixture = factory(RECEIVABLES);
      const read = await fixture.workbook.readReceivables();
      const receipt = await fixture.workbook.recordReminders(read, [LETTER]);
      const after = await fixture.workbook.readReceivables();
      fixture.insertRows("Receivables", 2, 1);
      fixture.input("Receivables", "A2", "Delta");
      fixture.input("Receivables", "E2", 45000); // the user's own value, on the new row
      await fixture.workbook.undoReminders(after, receipt);
      expect(fixture.cell("Receivables", "E4")?.value ?? "").toBe("");
      expect(fixture.cell("Receivables", "F4")?.value ?? "").toBe("");
      expect(fixture.cell("Receivables", "E2")?.value).toBe(45000);
      expect(await fixture.workbook.readReminderLog()).toEqual([]);
    });
  });
}
