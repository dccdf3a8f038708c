import { testSettings } from "../support/testSettings";
import { excelFixture } from "./excelFixture";

const RECEIVABLES = [
  ["Customer", "Invoice", "Due date", "Amount"],
  ["ACME", "F-1", 45352, 1200],
];

// In the 1904 date system the same serial is a date 1,462 days later: 45352 would be read as
// 2024-03-01 but Excel shows 2028-03-02. Office.js has no property for the date system, but
// worksheet functions compute in it (workbook.functions.date, ExcelApi 1.2).
describe("a workbook in the 1904 date system", () => {
  it("is refused at reading with a clear message, before any invoice is read", async () => {
    const { excel, workbook } = excelFixture([{ name: "AR", cells: RECEIVABLES }]);
    excel.date1904 = true;
    await expect(workbook.readReceivables()).rejects.toMatchObject({
      code: "date-system-1904",
      message: expect.stringMatching(/1904 date system.*1,462 days/),
    });
  });

  it("is refused at writing, leaving every cell as it was", async () => {
    const { excel, workbook, fixture } = excelFixture([{ name: "AR", cells: RECEIVABLES }]);
    const read = await workbook.readReceivables();
    excel.date1904 = true; // the user switched the workbook's date system since
    const before = fixture.snapshot();
    await expect(
      workbook.writeAnalysis(read, { asOf: 45383, settings: testSettings() })
    ).rejects.toMatchObject({ code: "date-system-1904" });
    expect(fixture.snapshot()).toBe(before);
  });

  it("reads a workbook in the 1900 date system as before", async () => {
    const { workbook } = excelFixture([{ name: "AR", cells: RECEIVABLES }]);
    const read = await workbook.readReceivables();
    expect(read.invoices.map((i) => i.dueDate)).toEqual([45352]);
  });
});
