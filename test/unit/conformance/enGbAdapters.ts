/**
 * Both adapters on an en-GB workbook (day first, "." decimal, "," thousands), and the analysis
 * cells of a row as HyperFormula computes what the adapter wrote, with the CREDIT functions
 * called as Excel calls them: so a test compares the pane's reading with the cell's.
 */
import { ANALYSIS_COLUMNS } from "../../../src/core/sheet/analysisColumns";
import type { Workbook } from "../../../src/core/workbook";
import { MemoryWorkbook } from "../../../src/preview/memoryWorkbook";
import { excelFixture } from "../excel/excelFixture";
import { loadIntoEngine, type CellBook } from "./engineBook";
import type { BlankMode } from "./creditPlugin";

/** Excel's culture in an en-GB workbook, as Application and Application.cultureInfo give it. */
const EN_GB = {
  name: "en-GB",
  decimalSeparator: ".",
  thousandsSeparator: ",",
  shortDatePattern: "dd/MM/yyyy",
};

export interface Adapter {
  workbook: Workbook;
  book: CellBook;
}

/** Each adapter with one sheet of `cells`, in an en-GB workbook. */
export const EN_GB_ADAPTERS: [string, (sheet: string, cells: unknown[][]) => Adapter][] = [
  [
    "in memory",
    (sheet, cells) => {
      const workbook = new MemoryWorkbook("en-GB");
      workbook.addSheet(sheet, cells);
      return { workbook, book: workbook };
    },
  ],
  [
    "Office.js (office-addin-mock)",
    (sheet, cells) => {
      const { excel, workbook } = excelFixture([{ name: sheet, cells }]);
      excel.culture = EN_GB;
      const book: CellBook = {
        listSheets: () => excel.sheets.map((s) => s.name),
        getSheet: (name) => excel.sheet(name),
        names: excel.names,
      };
      return { workbook, book };
    },
  ],
];

/** The analysis cells of a data row as the engine computes them, by English header. */
export function engineRow(
  book: CellBook,
  sheetName: string,
  blanks: BlankMode,
  row: number
): Record<string, unknown> {
  const engine = loadIntoEngine(book, blanks);
  const sheet = book.getSheet(sheetName);
  const out: Record<string, unknown> = {};
  try {
    for (const { header } of ANALYSIS_COLUMNS) {
      const column = sheet?.rows[0]?.findIndex((cell) => cell?.value === header.en) ?? -1;
      out[header.en] = engine.value(sheetName, row, column);
    }
  } finally {
    engine.destroy();
  }
  return out;
}
