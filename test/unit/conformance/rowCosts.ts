/**
 * What each analysed row costs in Excel, from the written formulas computed by the conformance
 * engine (HyperFormula with Excel's lazy IF): the CREDIT.* calls the row makes, every CREDIT.*
 * written in it (every branch taken), and the longest chain of dependent cells that make calls.
 * Shared by `npm run bench` (figures) and callCount.test.ts (targets).
 */
import { ANALYSIS_COLUMNS } from "../../../src/core/sheet/analysisColumns";
import type { MemorySheet } from "../../../src/preview/memorySheet";
import type { MemoryWorkbook } from "../../../src/preview/memoryWorkbook";
import { loadIntoEngine } from "./engineBook";
import type { BlankMode } from "./creditPlugin";

export interface RowCost {
  /** Sheet row (1-based). */
  row: number;
  paid: boolean;
  calls: number;
  written: number;
  chain: number;
}

/** The cost of every analysed row of the first sheet. */
export function rowCosts(workbook: MemoryWorkbook, blanks: BlankMode = "null"): RowCost[] {
  const name = workbook.listSheets()[0];
  const sheet = workbook.getSheet(name) as MemorySheet;
  const engine = loadIntoEngine(workbook, blanks);
  const headers = new Set(ANALYSIS_COLUMNS.map((c) => c.header.en));
  const header = sheet.rows.findIndex((cells) => cells?.some((c) => headers.has(String(c?.value))));
  const columns = (sheet.rows[header] ?? [])
    .map((cell, c) => (headers.has(String(cell?.value)) ? c : -1))
    .filter((c) => c >= 0);
  const status = columns.find((c) => sheet.value(header + 1, c) === "Status") as number;
  const costs: RowCost[] = [];
  for (let row = header + 2; row <= sheet.rows.length; row++) {
    if (!sheet.cell(row, status)?.formula) continue;
    let calls = 0;
    let written = 0;
    let chain = 0;
    for (const c of columns) {
      calls += engine.calls(name, row, c);
      written += (sheet.cell(row, c)?.formula?.match(/CREDIT\./g) ?? []).length;
      chain = Math.max(chain, engine.chain(name, row, c));
    }
    costs.push({ row, paid: sheet.value(row, status) === "paid", calls, written, chain });
  }
  engine.destroy();
  return costs;
}

/**
 * Every shape an open row's cells can take where a call may be needed: due date, last reminder
 * and promise date as a number, text or blank; disputed as text; a level; a credit limit (the
 * credit-use lookup). Rows 2-7 open, row 8 paid.
 */
export const ROW_SHAPES: unknown[][] = [
  [
    "Customer",
    "Invoice",
    "Due date",
    "Amount",
    "Paid date",
    "Disputed",
    "Promise date",
    "Last reminder",
    "Level",
    "Credit limit",
  ],
  ["ACME", "F-1", "2024-01-15", 1200, null, "Yes", "2024-04-15", "2024-03-20", 1, 5000],
  ["ACME", "F-2", "2024-02-01", 300, null, "No", "2024-03-01", "2024-03-25", 2, 5000],
  ["Beta", "F-3", 45300, 500, null, "No", 45400, 45350, 1, null],
  ["Beta", "F-4", "2024-03-01", 700, null, null, null, null, null, null],
  ["Gamma", "F-5", null, 800, null, "No", "2024-05-01", "2024-03-01", 0, 1000],
  ["Gamma", "F-6", "not a date", 900, null, "maybe", "soon", "2024-02-30", 1, null],
  ["ACME", "F-7", "2024-01-01", 100, "2024-02-01", "Yes", "2024-04-15", "2024-03-20", 1, 5000],
];

/**
 * Text amounts beside a Paid column (issue 10, finding 6): CREDIT.STATUS reads the texts, and
 * the paid test reads those Excel's text functions read as the pane does (nativeAmount). F-1 and
 * F-4 paid, F-2 and F-3 open.
 */
export const TEXT_AMOUNTS: unknown[][] = [
  ["Customer", "Invoice", "Due date", "Amount", "Paid"],
  ["ACME", "F-1", 45300, "EUR 1,250.00", "1,250.00"],
  ["ACME", "F-2", 45352, "1,200.00", 200],
  ["Beta", "F-3", 45340, 300, 100],
  ["Beta", "F-4", 45200, 300, 300],
];
