/**
 * Cost in Excel of the formulas the add-in writes (issue 9): custom functions are asynchronous and
 * slow in numbers, and a chain of cells that wait for each other recalculates level by level
 * (office-js #901, #794, #6936). Targets, for every shape a row's cells can take: an open row at
 * most 5 CREDIT.* calls, a paid row at most 1, no chain of calling cells longer than 2.
 */
import type { MemorySheet } from "../../../src/preview/memorySheet";
import { analysedBook } from "./analysedBook";
import type { BlankMode } from "./creditPlugin";
import { ROW_SHAPES, rowCosts, TEXT_AMOUNTS } from "./rowCosts";

const AS_OF = 45383; // 2024-04-01

describe.each<[string, boolean, BlankMode]>([
  ["beside a range, blanks as null", false, "null"],
  ["beside a range, blanks as 0", false, "zero"],
  ["in a table, blanks as 0", true, "zero"],
])("calls per row %s", (_layout, table, blanks) => {
  it("makes at most 5 calls on an open row whose dates are all text, 0 on a paid row, chains of 2", async () => {
    const workbook = await analysedBook(ROW_SHAPES, { asOf: AS_OF, table });
    const costs = rowCosts(workbook, blanks);
    expect(costs.filter((c) => !c.paid).length).toBeGreaterThanOrEqual(4);
    // Each row over a target, with its figures: none.
    expect(costs.filter((c) => c.calls > (c.paid ? 1 : 5) || c.chain > 2)).toEqual([]);
    // The text due date, text promise and text last reminder of row 2: 5 calls exactly.
    expect(costs.find((c) => c.row === 2)?.calls).toBe(5);
  });

  it("makes 1 call on a paid row whose Amount and Paid are text, chains of 2", async () => {
    const workbook = await analysedBook(TEXT_AMOUNTS, { asOf: AS_OF, table });
    const costs = rowCosts(workbook, blanks);
    expect(costs.map((c) => [c.row, c.paid])).toEqual([
      [2, true],
      [3, false],
      [4, false],
      [5, true],
    ]);
    // Row 2 ("EUR 1,250.00", "1,250.00"): CREDIT.STATUS alone reads the texts; days and risk wait.
    expect(costs.find((c) => c.row === 2)?.calls).toBe(1);
    expect(costs.filter((c) => c.calls > (c.paid ? 1 : 5) || c.chain > 2)).toEqual([]);
  });

  it("keeps to 5 calls when the user types text that is no date into an analysed row", async () => {
    const workbook = await analysedBook(ROW_SHAPES, { asOf: AS_OF, table });
    const sheet = workbook.getSheet("Receivables") as MemorySheet;
    sheet.input(3, 2, "soon"); // Due date of F-2
    sheet.input(3, 6, "later"); // Promise date
    sheet.input(3, 7, "2024-02-30"); // Last reminder: no such day
    const cost = rowCosts(workbook, blanks).find((c) => c.row === 3);
    expect(cost?.calls).toBeLessThanOrEqual(5);
    expect(cost?.chain).toBeLessThanOrEqual(2);
  });
});
