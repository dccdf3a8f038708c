import { columnIndex, parseAddress } from "../../../src/core/sheet/a1";
import type { MemorySheet } from "../../../src/preview/memorySheet";
import { MemoryWorkbook } from "../../../src/preview/memoryWorkbook";
import { journalContract } from "../workbook/journalContract";
import { markerContract } from "../workbook/markerContract";
import { rereadContract } from "../workbook/rereadContract";
import { formulaTextContract } from "../workbook/formulaTextContract";
import { totalRowContract } from "../workbook/totalRowContract";
import { writeBasisContract } from "../workbook/writeBasisContract";
import { workbookContract, type SheetSpec, type WorkbookFixture } from "../workbook/contract";
import { ownershipContract } from "../workbook/ownershipContract";
import { cellView, editColumns, insertRows, fillSheet } from "../workbook/sheetFromSpec";
import { testSettings } from "../support/testSettings";

/** The in-memory workbook behind the shared contract. */
export function memoryFixture(specs: SheetSpec[]): WorkbookFixture {
  const workbook = new MemoryWorkbook("fr-FR");
  for (const spec of specs) {
    const sheet = fillSheet(workbook.addSheet(spec.name), spec);
    sheet.protected = spec.protected ?? false;
  }
  return {
    workbook,
    cell: (name, address) => cellView(workbook.getSheet(name), address),
    input(name, address, value) {
      const [at] = parseAddress(address);
      workbook.getSheet(name)?.input(at.row, at.column, value);
    },
    sheetNames: () => workbook.listSheets(),
    select: (areas) => workbook.setSelection(areas),
    snapshot: () =>
      JSON.stringify({
        sheets: workbook.listSheets().map((name) => sheetView(workbook.getSheet(name))),
        names: [...workbook.names],
      }),
    sheetSnapshot: (name) => JSON.stringify(sheetView(workbook.getSheet(name))),
    insertColumns: (name, at, count) =>
      editColumns(workbook.getSheet(name) as MemorySheet, columnIndex(at), count),
    deleteColumns: (name, at, count) =>
      editColumns(workbook.getSheet(name) as MemorySheet, columnIndex(at), -count),
    insertRows: (name, at, count) => insertRows(workbook.getSheet(name) as MemorySheet, at, count),
    deleteSheet: (name) => workbook.deleteSheet(name),
    addSheet: (name, cells) => void workbook.addSheet(name, cells),
    chartCount: (name) => workbook.getSheet(name)?.charts.length ?? 0,
    evaluatesFormulas: true,
  };
}

/** What a user sees of a sheet. */
function sheetView(sheet: MemorySheet | undefined) {
  return (
    sheet && {
      name: sheet.name,
      rows: sheet.rows,
      table: sheet.table,
      charts: sheet.charts,
      cf: sheet.conditionalFormats,
    }
  );
}

workbookContract("in memory", memoryFixture);
journalContract("in memory", memoryFixture);
ownershipContract("in memory", memoryFixture);
markerContract("in memory", memoryFixture);
rereadContract("in memory", memoryFixture);
formulaTextContract("in memory", memoryFixture);
totalRowContract("in memory", memoryFixture);
writeBasisContract("in memory", memoryFixture);

describe("MemoryWorkbook evaluates the analysis formulas like Excel would", () => {
  const settings = testSettings();

  it("stores each formula with its computed value", async () => {
    const workbook = new MemoryWorkbook("fr-FR");
    workbook.addSheet("AR", [
      ["Customer", "Invoice", "Due date", "Amount", "Disputed", "Paid date"],
      ["ACME", "F-0", 45200, 100, "No", 45230], // paid 30 days late: history
      ["ACME", "F-1", 45352, 1200, "No", ""], // due 2024-03-01, open
      ["Beta", "F-2", 45397, 300, "Yes", ""], // due 2024-04-15, disputed
    ]);
    const read = await workbook.readReceivables();
    await workbook.writeAnalysis(read, { asOf: 45383, settings });
    const sheet = workbook.getSheet("AR");
    const row = (r: number) => [6, 7, 9, 11, 12].map((c) => sheet?.cell(r, c)?.value);
    // Days overdue, Ageing, Risk class, Status, Avg days late
    expect(row(3)).toEqual([31, "31-60", expect.any(String), "", 30]);
    expect(row(4)).toEqual([-14, "Current", expect.any(String), "disputed", ""]); // Beta: no history yet
    expect(sheet?.cell(4, 10)?.value).toBe("Resolve dispute");
    expect(sheet?.cell(2, 11)?.value).toBe("paid");
    expect(workbook.nameAddress("CC_AsOf")).toBe("'Credit history'!B1");
    expect(workbook.getSheet("Credit history")?.value(4, 0)).toBe("ACME");
  });
});
