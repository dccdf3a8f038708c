/**
 * The Workbook contract on total rows (issue 10, finding 9): a row is a total row by its shape (a
 * "Total" label and no invoice of its own), not because its first cell starts with "Total": a
 * customer called "Total SA" is read and analysed, and the total row skipped is listed with its
 * reason. Run against both adapters.
 */
import { en } from "../../../src/taskpane/i18n/en";
import { describeRowProblem } from "../../../src/taskpane/state/describeRowProblem";
import { testSettings } from "../support/testSettings";
import type { WorkbookFactory } from "./contract";

const AS_OF = 45383; // 2024-04-01
const CELLS: unknown[][] = [
  ["Customer", "Invoice", "Due date", "Amount", "Disputed"],
  ["Total SA", "F-9", 45352, 250, "No"],
  ["ACME", "F-1", 45352, 1200, "No"],
  ["Totals", "", "", 1450, ""],
];

export function totalRowContract(adapter: string, factory: WorkbookFactory): void {
  describe(`Workbook contract, total rows: ${adapter}`, () => {
    it("reads and analyses the invoice of a customer called Total SA, and lists the total row it skips with its reason", async () => {
      const fixture = factory([{ name: "Receivables", cells: CELLS.map((row) => [...row]) }]);
      const read = await fixture.workbook.readReceivables();
      expect(read.invoices.map((i) => [i.row, i.customer, i.open])).toEqual([
        [2, "Total SA", 250],
        [3, "ACME", 1200],
      ]);
      expect(read.problems).toEqual([{ row: 4, reason: { key: "totalRow" } }]);
      expect(describeRowProblem(read.problems[0], en)).toMatch(/^Total row/);
      await fixture.workbook.writeAnalysis(read, { asOf: AS_OF, settings: testSettings() });
      expect(fixture.cell("Receivables", "F2")?.formula).toMatch(/CREDIT\.DAYSOVERDUE/);
      expect(fixture.cell("Receivables", "J2")?.formula).toMatch(/CREDIT\.NEXTACTION/);
      expect(fixture.cell("Receivables", "F4")).toBeUndefined();
      expect(fixture.cell("Receivables", "D4")).toEqual({ value: 1450 });
    });
  });
}
