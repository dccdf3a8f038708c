/**
 * Cost of the analysis formulas in Excel (issue 9). Custom functions are asynchronous: Excel
 * batches their calls, and a chain of cells that each wait for another custom-function cell
 * recalculates level by level (office-js #901, #794, #6936). Computed from the written formulas
 * by the conformance engine (HyperFormula with Excel's lazy IF, test/unit/conformance): the
 * CREDIT.* calls each row makes, and the longest chain of dependent cells that make calls.
 * "written" counts every CREDIT.* of the row's formulas: every branch taken, the worst case.
 * Targets: a paid row at most 1 call, an open row at most 5, a chain of at most 2.
 */
import { analysedBook, analysedSample } from "../unit/conformance/analysedBook";
import { ROW_SHAPES, rowCosts, TEXT_AMOUNTS, type RowCost } from "../unit/conformance/rowCosts";

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
  // Every shape of an open row's cells (text, number, blank, bad text): the worst one is the figure.
  const shapes = rowCosts(await analysedBook(ROW_SHAPES, { asOf: 45383 }), "zero");
  summary("every row shape, blanks as 0 (range)", shapes);
  const worst = shapes.filter((c) => !c.paid).sort((a, b) => b.calls - a.calls)[0];
  console.log(
    `formulas worst open row shape: row ${worst.row} (${ROW_SHAPES[worst.row - 1].join(", ")}): ` +
      `${worst.calls} calls, chain ${worst.chain}`
  );
  summary("text amounts, Paid column", rowCosts(await analysedBook(TEXT_AMOUNTS, { asOf: 45383 })));
}

export default run;
