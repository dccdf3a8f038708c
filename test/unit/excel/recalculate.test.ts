import { testSettings } from "../support/testSettings";
import { excelFixture } from "./excelFixture";
import { reportFor } from "./measureExcel";
import { acmeLetter } from "../support/acmeLetter";

const RECEIVABLES = [
  ["Customer", "Invoice", "Due date", "Amount"],
  ["ACME", "F-1", 45352, 1200],
  ["Beta", "F-2", 45397, 300],
];
const AS_OF = 45383;

// Excel's documentation of suspendApiCalculationUntilNextSync (ExcelApi 1.6): once set, "it is
// the developer's responsibility to re-calc the workbook". The fake leaves every range written
// under suspension uncalculated until a later batch calculates it.
describe("after writing with calculation suspended, Excel calculates what was written", () => {
  it("leaves no analysis formula, history, memory or ageing report cell uncalculated", async () => {
    const { excel, workbook } = excelFixture([{ name: "AR", cells: RECEIVABLES }]);
    const read = await workbook.readReceivables();
    await workbook.writeAnalysis(read, { asOf: AS_OF, settings: testSettings() });
    expect(excel.uncalculated).toEqual([]);
    await workbook.recordReminders(read, [acmeLetter(AS_OF)]);
    expect(excel.uncalculated).toEqual([]);
    await workbook.writeAgeingReport(reportFor(read));
    expect(excel.uncalculated).toEqual([]);
  });

  it("costs no extra sync: the recalculation rides on the last batch", async () => {
    const { excel, workbook } = excelFixture([{ name: "AR", cells: RECEIVABLES }]);
    const read = await workbook.readReceivables();
    excel.resetStats();
    await workbook.writeAnalysis(read, { asOf: AS_OF, settings: testSettings() });
    expect(excel.stats.syncs).toBe(3);
  });
});
