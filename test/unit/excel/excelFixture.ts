/** The contract's fixture over the fake Excel, shared by the Office.js adapter's tests. */
import { columnIndex, parseAddress } from "../../../src/core/sheet/a1";
import { OfficeWorkbook } from "../../../src/excel/officeWorkbook";
import { MemorySheet } from "../../../src/preview/memorySheet";
import type { SheetSpec, WorkbookFixture } from "../workbook/contract";
import { cellView, editColumns, fillSheet, insertRows } from "../workbook/sheetFromSpec";
import { FakeExcel } from "./fakeExcel";

/** The Office.js adapter over a fake Excel built with office-addin-mock. */
export function excelFixture(specs: SheetSpec[], options: { chunkBytes?: number } = {}) {
  const excel = new FakeExcel();
  for (const spec of specs) {
    const sheet = fillSheet(new MemorySheet(spec.name), spec);
    if (spec.protected) excel.protectedSheets.add(spec.name);
    excel.sheets.push(sheet);
  }
  excel.active = specs[0]?.name ?? "";
  excel.install();
  const workbook = new OfficeWorkbook(options);
  const fixture: WorkbookFixture = {
    workbook,
    cell: (name, address) => cellView(excel.sheet(name), address),
    input(name, address, value) {
      const [at] = parseAddress(address);
      excel.sheet(name)?.input(at.row, at.column, value);
    },
    sheetNames: () => excel.sheets.map((s) => s.name),
    select: (areas) => excel.select(areas),
    snapshot: () =>
      JSON.stringify({ sheets: excel.sheets.map(sheetView), names: [...excel.names] }),
    sheetSnapshot: (name) => JSON.stringify(sheetView(excel.sheet(name))),
    insertColumns: (name, at, count) =>
      editColumns(excel.sheet(name) as MemorySheet, columnIndex(at), count),
    deleteColumns: (name, at, count) =>
      editColumns(excel.sheet(name) as MemorySheet, columnIndex(at), -count),
    insertRows: (name, at, count) => insertRows(excel.sheet(name) as MemorySheet, at, count),
    deleteSheet: (name) => excel.deleteSheet(name),
    addSheet: (name, cells) => excel.addSheet(name, cells),
    chartCount: (name) => excel.sheet(name)?.charts.length ?? 0,
    evaluatesFormulas: false,
  };
  return { fixture, excel, workbook };
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
