/**
 * A memory workbook as the .xlsx file Excel opens: the analysis formulas as the add-in writes them
 * with their values as cached results, the workbook names, an Excel table where the sheet has one.
 * In the file, formulas take the form Excel itself saves: functions newer than the format carry
 * _xlfn. (_xlfn.XLOOKUP, _xlfn.LET with its names as _xlpm.cc_t), add-in functions are _xldudf_CREDIT_NAME (office-js #3558, #5611) and
 * [@[Col]] is Table[[#This Row],[Col]]. Used by `npm run export-sample` and the preview's
 * Download, in the browser.
 */
import ExcelJS from "exceljs";
import { columnLetter, quoteSheetName } from "../../core/sheet/a1";
import { LET_NAME } from "../../core/sheet/nativeAmount";
import type { MemoryCell, MemorySheet } from "../memorySheet";
import type { MemoryWorkbook } from "../memoryWorkbook";

/** Functions newer than the file format, which Excel saves with the _xlfn. prefix. */
const NEWER_FUNCTIONS = ["XLOOKUP", "LET"];
/** The names a LET declares (LET_NAME), which Excel saves with the _xlpm. prefix. */
const LET_NAMES = new RegExp(`(?<![\\w.])${LET_NAME}[a-z]+\\b`, "g");

/** A formula as the add-in writes it, in the form an .xlsx file stores it (no leading =). */
export function toFileFormula(formula: string, tableName?: string): string {
  let text = formula.replace(/^=/, "");
  for (const name of NEWER_FUNCTIONS)
    text = text.replace(new RegExp(`\\b${name}\\(`, "g"), `_xlfn.${name}(`);
  text = text.replace(/\bCREDIT\.([A-Z]+)\(/g, "_xldudf_CREDIT_$1(").replace(LET_NAMES, "_xlpm.$&");
  if (tableName)
    text = text.replace(/\[@\[((?:'.|[^'\]])*)\]\]/g, `${tableName}[[#This Row],[$1]]`);
  return text;
}

/** The formula the add-in wrote, back from its file form. */
export function fromFileFormula(text: string, tableName?: string): string {
  let formula = text
    .replace(/_xlfn\.|_xlpm\./g, "")
    .replace(/_xldudf_CREDIT_([A-Z]+)\(/g, "CREDIT.$1(");
  if (tableName) {
    const escaped = tableName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    formula = formula.replace(
      new RegExp(`${escaped}\\[\\[#This Row\\],\\[((?:'.|[^'\\]])*)\\]\\]`, "g"),
      "[@[$1]]"
    );
  }
  return `=${formula}`;
}

/** A cell's value as exceljs writes it: errors as { error }. */
function fileValue(value: unknown): ExcelJS.CellValue {
  if (typeof value === "object" && value !== null && "code" in value)
    return { error: (value as { code: string }).code } as ExcelJS.CellErrorValue;
  if (typeof value === "string" && /^#[A-Z/0!?]+[!?A]$/.test(value) && value !== "#")
    return { error: value } as ExcelJS.CellErrorValue;
  return (value ?? null) as ExcelJS.CellValue;
}

function fileCell(cell: MemoryCell, tableName?: string): ExcelJS.CellValue {
  if (!cell.formula) return fileValue(cell.value);
  return {
    formula: toFileFormula(cell.formula, tableName),
    result: fileValue(cell.value),
  } as ExcelJS.CellFormulaValue;
}

/** The .xlsx file of a memory workbook. */
export function toXlsx(workbook: MemoryWorkbook): ExcelJS.Workbook {
  const file = new ExcelJS.Workbook();
  for (const name of workbook.listSheets()) {
    const sheet = workbook.getSheet(name) as MemorySheet;
    const out = file.addWorksheet(name);
    const tableName = sheet.table?.name;
    sheet.rows.forEach((cells, r) =>
      cells?.forEach((cell, c) => {
        if (!cell) return;
        const target = out.getCell(r + 1, c + 1);
        target.value = fileCell(cell, tableName);
        const format = cell.format?.numberFormat;
        if (format && format !== "General") target.numFmt = format;
        if (cell.format?.bold) target.font = { bold: true };
      })
    );
    if (sheet.table) addTable(out, sheet);
  }
  for (const [name, { sheet, area }] of workbook.names) {
    const first = `$${columnLetter(area.column)}$${area.row}`;
    const last = `$${columnLetter(area.column + area.columnCount - 1)}$${area.row + area.rowCount - 1}`;
    file.definedNames.add(`${quoteSheetName(sheet)}!${first}:${last}`, name);
  }
  return file;
}

/** The sheet's table over the cells already written (header row and data rows). */
function addTable(out: ExcelJS.Worksheet, sheet: MemorySheet): void {
  const { name, area } = sheet.table as NonNullable<MemorySheet["table"]>;
  const columns = Array.from({ length: area.columnCount }, (_, c) => ({
    name: String(sheet.value(area.row, area.column + c) ?? `Column${c + 1}`),
  }));
  const rows = Array.from({ length: area.rowCount - 1 }, (_, r) =>
    columns.map((_, c) => {
      const cell = sheet.cell(area.row + 1 + r, area.column + c);
      return cell ? fileCell(cell, name) : null;
    })
  );
  out.addTable({
    name,
    ref: `${columnLetter(area.column)}${area.row}`,
    headerRow: true,
    columns,
    rows,
  });
}
