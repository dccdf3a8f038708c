/**
 * A workbook the add-in wrote through the in-memory adapter, loaded into HyperFormula: every
 * cell as it is, every written formula as Excel would get it, the workbook names, and the CREDIT.*
 * functions called as Excel calls them (creditPlugin). Structured references ([@[Due date]]) are
 * resolved to the row's cell here, since HyperFormula has no tables; their syntax is tested apart.
 */
import { DetailedCellError, HyperFormula, type RawCellContent } from "hyperformula";
import { columnLetter, quoteSheetName, type SheetArea } from "../../../src/core/sheet/a1";
import { excelErrorName } from "../../../src/core/values/excelError";
import type { MemorySheet } from "../../../src/preview/memorySheet";
import { expandLet } from "./expandLet";
import { startRun, type BlankMode, type CallLog } from "./creditPlugin";

/** An error cell as HyperFormula can hold it: a formula that gives that error. */
const ERROR_FORMULAS: Record<string, string> = {
  "#N/A": "=NA()",
  "#DIV/0!": "=1/0",
  "#VALUE!": '="a"+1',
  "#NUM!": "=SQRT(-1)",
  "#REF!": "=INDEX(A1:A2,3)",
};

/** The structured references of a formula: [@[Header]], with ' # [ ] escaped by an apostrophe. */
export const ROW_REFERENCE = /\[@\[((?:'.|[^'\]])*)\]\]/g;

/** The header a structured reference names, its escapes undone. */
export const unescapeHeader = (escaped: string): string => escaped.replace(/'(.)/g, "$1");

/** A table formula with each [@[Header]] replaced by the A1 reference of the row's cell. */
export function resolveRowReferences(formula: string, sheet: MemorySheet, row: number): string {
  const table = sheet.table;
  if (!table) return formula;
  return formula.replace(ROW_REFERENCE, (_all, escaped: string) => {
    const header = unescapeHeader(escaped);
    for (let c = 0; c < table.area.columnCount; c++) {
      const column = table.area.column + c;
      if (sheet.value(table.area.row, column) === header) return `${columnLetter(column)}${row}`;
    }
    throw new Error(`[@[${escaped}]]: the table ${table.name} has no column "${header}"`);
  });
}

function content(
  sheet: MemorySheet,
  row: number,
  column: number,
  place: (value: string) => string
): RawCellContent {
  const cell = sheet.cell(row, column);
  if (!cell) return null;
  if (cell.formula) return expandLet(resolveRowReferences(cell.formula, sheet, row), place);
  const { value } = cell;
  const code =
    typeof value === "object" && value !== null && "code" in value
      ? String((value as { code: unknown }).code)
      : excelErrorName(value);
  if (code) return ERROR_FORMULAS[code] ?? ERROR_FORMULAS["#VALUE!"];
  // A leading apostrophe keeps text as text: "100", "TRUE", "25/03/2024", "=x" stay strings.
  if (typeof value === "string") return `'${value}`;
  return value as RawCellContent;
}

export interface EngineBook {
  /** What the engine computes for a cell (1-based row, 0-based column); errors as their code. */
  value(sheet: string, row: number, column: number): unknown;
  /** CREDIT.* calls the cell made. */
  calls(sheet: string, row: number, column: number): number;
  /** The longest chain of dependent cells that made CREDIT.* calls, ending at this cell. */
  chain(sheet: string, row: number, column: number): number;
  log: CallLog;
  destroy(): void;
}

/**
 * Sheets of cells and workbook names: the in-memory workbook, or the fake Excel the Office.js
 * adapter wrote to (excelBook), so that the formulas either adapter writes are computed alike.
 */
export interface CellBook {
  listSheets(): string[];
  getSheet(name: string): MemorySheet | undefined;
  readonly names: ReadonlyMap<string, { sheet: string; area: SheetArea }>;
}

export function loadIntoEngine(workbook: CellBook, blanks: BlankMode): EngineBook {
  const names = workbook.listSheets();
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const name of names) {
    const sheet = workbook.getSheet(name) as MemorySheet;
    // LET values (expandLet) go in cells of the formula's row, right of every used cell.
    const width = Math.max(0, ...sheet.rows.map((cells) => cells?.length ?? 0));
    sheets[name] = sheet.rows.map((cells, r) => {
      const row: RawCellContent[] = new Array(width).fill(null);
      const place = (value: string) => {
        row.push(`=${value}`);
        return `${columnLetter(row.length - 1)}${r + 1}`;
      };
      for (let c = 0; c < (cells?.length ?? 0); c++) row[c] = content(sheet, r + 1, c, place);
      return row;
    });
  }
  const namedExpressions = [...workbook.names].map(([name, { sheet, area }]) => {
    const last = `$${columnLetter(area.column + area.columnCount - 1)}$${area.row + area.rowCount - 1}`;
    const first = `$${columnLetter(area.column)}$${area.row}`;
    return { name, expression: `=${quoteSheetName(sheet)}!${first}:${last}` };
  });
  const log = startRun(blanks);
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3" }, namedExpressions);
  const id = (sheet: string) => hf.getSheetId(sheet) as number;
  const key = (sheet: number, row: number, col: number) => `${sheet}:${row}:${col}`;

  const depths = new Map<string, number>();
  const depth = (sheet: number, row: number, col: number): number => {
    const at = key(sheet, row, col);
    const known = depths.get(at);
    if (known !== undefined) return known;
    depths.set(at, 0); // no cycle in the written formulas; a guard all the same
    let deepest = 0;
    for (const p of hf.getCellPrecedents({ sheet, row, col })) {
      if ("row" in p) deepest = Math.max(deepest, depth(p.sheet, p.row, p.col));
    }
    const result = deepest + ((log.calls.get(at) ?? 0) > 0 ? 1 : 0);
    depths.set(at, result);
    return result;
  };

  return {
    value(sheet, row, column) {
      const value = hf.getCellValue({ sheet: id(sheet), row: row - 1, col: column });
      return value instanceof DetailedCellError ? value.value : value;
    },
    calls: (sheet, row, column) => log.calls.get(key(id(sheet), row - 1, column)) ?? 0,
    chain: (sheet, row, column) => depth(id(sheet), row - 1, column),
    log,
    destroy: () => hf.destroy(),
  };
}
