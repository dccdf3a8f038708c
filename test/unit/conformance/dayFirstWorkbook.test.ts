/**
 * Issue 10, findings 2 and 3, through both adapters: in a day-first English workbook (en-GB) the
 * pane's reader and the CREDIT functions that the adapter's formulas call read a sheet's text
 * amounts and text dates alike. "£1,250" is 1250, not 1.25 ("," is the thousands separator
 * there, whatever the date order); "03/04/2024" is 3 April, 28 days overdue on 1 May, not 58;
 * "25/12/2023" is a date in the column as in the pane, not #VALUE!.
 */
import { testSettings } from "../support/testSettings";
import { EN_GB_ADAPTERS, engineRow } from "./enGbAdapters";

const SHEET = "Receivables";
const AS_OF = 45413; // 2024-05-01
const CELLS: unknown[][] = [
  ["Customer", "Invoice", "Due date", "Amount"],
  ["ACME", "F-1", "03/04/2024", "£1,250"], // due 2024-04-03 (45385)
  ["Beta", "F-2", "25/12/2023", "12,500"], // due 2023-12-25 (45285)
  ["Gamma", "F-3", 45352, 1000], // numbers: due 2024-03-01
];

describe.each(EN_GB_ADAPTERS)("a day-first English workbook (findings 2 and 3): %s", (_, make) => {
  it('reads the text amounts "£1,250" and "12,500" as 1250 and 12500, with no problem', async () => {
    const { workbook } = make(SHEET, CELLS);
    const read = await workbook.readReceivables();
    expect(read.invoices.map((i) => [i.invoiceNumber, i.amount, i.open])).toEqual([
      ["F-1", 1250, 1250],
      ["F-2", 12500, 12500],
      ["F-3", 1000, 1000],
    ]);
    expect(read.problems).toEqual([]);
  });

  it("reads text due dates day first in the pane and in the Days overdue column alike", async () => {
    const { workbook, book } = make(SHEET, CELLS);
    const read = await workbook.readReceivables();
    expect(read.invoices.map((i) => i.dueDate)).toEqual([45385, 45285, 45352]);
    await workbook.writeAnalysis(read, { asOf: AS_OF, settings: testSettings() });
    const days = [2, 3, 4].map((row) => engineRow(book, SHEET, "null", row)["Days overdue"]);
    expect(days).toEqual([28, 128, 61]);
    expect(days).toEqual(read.invoices.map((i) => AS_OF - i.dueDate));
  });
});
