jest.mock("office-addin-manifest", () => jest.requireActual("./officeAppStub").officeManifestStub);

import { columnIndex } from "../../../src/core/sheet/a1";
import { OfficeWorkbook } from "../../../src/excel/officeWorkbook";
import { MemorySheet } from "../../../src/preview/memorySheet";
import { workbookContract, type SheetSpec, type WorkbookFixture } from "../workbook/contract";
import { FakeExcel } from "./fakeExcel";

/** The Office.js adapter over a fake Excel built with office-addin-mock. */
function excelFixture(specs: SheetSpec[], options: { chunkBytes?: number } = {}) {
  const excel = new FakeExcel();
  for (const spec of specs) {
    const sheet = new MemorySheet(spec.name);
    spec.cells.forEach((row, r) => row.forEach((value, c) => sheet.input(r + 1, c, value)));
    if (spec.table) {
      sheet.table = {
        name: spec.table,
        area: { row: 1, column: 0, rowCount: spec.cells.length, columnCount: spec.cells[0].length },
      };
    }
    sheet.merges.push(...(spec.merges ?? []));
    for (const row of spec.hiddenRows ?? []) sheet.hiddenRows.add(row);
    if (spec.protected) excel.protectedSheets.add(spec.name);
    excel.sheets.push(sheet);
  }
  excel.active = specs[0]?.name ?? "";
  excel.install();
  const workbook = new OfficeWorkbook(options);
  const fixture: WorkbookFixture = {
    workbook,
    cell(name, address) {
      const match = /^([A-Z]+)(\d+)$/.exec(address) as RegExpExecArray;
      const cell = excel.sheet(name)?.cell(Number(match[2]), columnIndex(match[1]));
      if (!cell || (cell.value === null && !cell.formula)) return undefined;
      return cell.formula ? { value: cell.value, formula: cell.formula } : { value: cell.value };
    },
    sheetNames: () => excel.sheets.map((s) => s.name),
    select: (areas) => excel.select(areas),
    snapshot: () =>
      JSON.stringify({
        sheets: excel.sheets.map((s) => ({
          name: s.name,
          rows: s.rows,
          table: s.table,
          charts: s.charts,
          cf: s.conditionalFormats,
        })),
        names: [...excel.names],
      }),
    chartCount: (name) => excel.sheet(name)?.charts.length ?? 0,
  };
  return { fixture, excel, workbook };
}

workbookContract("Office.js (office-addin-mock)", (specs) => excelFixture(specs).fixture);
