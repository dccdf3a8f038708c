/**
 * Cost of the analysis formulas in Excel (issue 9). Custom functions are asynchronous: Excel
 * batches their calls, and a chain of cells that each wait for another custom-function cell
 * recalculates level by level (office-js #901, #794, #6936). Computed from the written formulas
 * by the conformance engine (HyperFormula with Excel's lazy IF, test/unit/conformance): the
 * CREDIT.* calls each row makes, and the longest chain of dependent cells that make calls.
 * "written" counts every CREDIT.* of the row's formulas: every branch taken, the worst case.
 * Targets: a paid row at most 1 call, an open row at most 5, a chain of at most 2.
 */
import { ANALYSIS_COLUMNS } from "../../src/core/sheet/analysisColumns";
import type { MemorySheet } from "../../src/preview/memorySheet";
import type { MemoryWorkbook } from "../../src/preview/memoryWorkbook";
import { analysedBook, analysedSample } from "../unit/conformance/analysedBook";
import { loadIntoEngine } from "../unit/conformance/engineBook";

interface RowCost {
  paid: boolean;
  calls: number;
  written: number;
  chain: number;
}

/** The cost of every analysed row of the first sheet. */
function rowCosts(workbook: MemoryWorkbook): RowCost[] {
  const name = workbook.listSheets()[0];
  const sheet = workbook.getSheet(name) as MemorySheet;
  const engine = loadIntoEngine(workbook, "null");
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
    costs.push({ paid: sheet.value(row, status) === "paid", calls, written, chain });
  }
  engine.destroy();
  return costs;
}

function summary(label: string, costs: RowCost[]): void {
  for (const paid of [false, true]) {
    const rows = costs.filter((c) => c.paid === paid);
    if (rows.length === 0) continue;
    const max = (pick: (c: RowCost) => number) => Math.max(...rows.map(pick));
    const mean = rows.reduce((n, c) => n + c.calls, 0) / rows.length;
    console.log(
      `formulas ${label}: ${paid ? "paid" : "open"} rows ${rows.length}: ` +
        `calls per row ${max((c) => c.calls)} (mean ${mean.toFixed(2)}), ` +
        `written ${max((c) => c.written)}, longest chain ${max((c) => c.chain)}`
    );
  }
}

/** Text dates everywhere a date is read: every CREDIT.DAYSOVERDUE branch is taken. */
const TEXT_DATES: unknown[][] = [
  ["Customer", "Invoice", "Due date", "Amount", "Paid date", "Last reminder", "Level"],
  ["ACME", "F-1", "2024-01-15", 100, "2024-02-01", null, null],
  ["ACME", "F-2", "2024-03-01", 1200, null, "2024-03-20", 1],
  ["Beta", "F-3", "2024-02-10", 300, null, "2024-03-25", 2],
];

export async function run(): Promise<void> {
  console.log("target: paid row <= 1 call, open row <= 5 calls, longest chain <= 2");
  summary("sample 2013-06-30 (range)", rowCosts(await analysedSample(false)));
  summary("sample 2013-06-30 (table)", rowCosts(await analysedSample(true)));
  summary("text dates (range)", rowCosts(await analysedBook(TEXT_DATES, { asOf: 45383 })));
}

export default run;
