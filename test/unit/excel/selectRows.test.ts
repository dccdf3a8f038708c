import { excelFixture } from "./excelFixture";

const RECEIVABLES = [
  ["Customer", "Invoice", "Due date", "Amount"],
  ["ACME", "F-1", 45352, 1200],
  ["Beta", "F-2", 45397, 300],
  ["ACME", "F-3", 45292, 500],
];

// RangeAreas.select() is ExcelApi 1.18 (its reference page); Range.select() is 1.1.
describe("selecting a customer's rows on hosts with and without RangeAreas.select()", () => {
  it("selects every block of rows where ExcelApi 1.18 is there", async () => {
    const { excel, workbook } = excelFixture([{ name: "AR", cells: RECEIVABLES }]);
    excel.apiMinor = 18;
    await workbook.readReceivables();
    expect(await workbook.selectRows([2, 4])).toEqual({ blocks: 2, selected: 2 });
    expect(excel.selection.map((a) => a.row)).toEqual([2, 4]);
  });

  it("selects the first block only before ExcelApi 1.18, and says how many it selected", async () => {
    const { excel, workbook } = excelFixture([{ name: "AR", cells: RECEIVABLES }]);
    excel.apiMinor = 17;
    await workbook.readReceivables();
    expect(await workbook.selectRows([2, 4])).toEqual({ blocks: 2, selected: 1 });
    expect(excel.selection).toEqual([{ row: 2, column: 0, rowCount: 1, columnCount: 4 }]);
  });

  it("selects a single block with Range.select() on any host", async () => {
    const { excel, workbook } = excelFixture([{ name: "AR", cells: RECEIVABLES }]);
    excel.apiMinor = 9;
    await workbook.readReceivables();
    expect(await workbook.selectRows([3, 4])).toEqual({ blocks: 1, selected: 1 });
    expect(excel.selection).toEqual([{ row: 3, column: 0, rowCount: 2, columnCount: 4 }]);
  });
});
