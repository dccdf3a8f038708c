import { sheetRead } from "../../support/sheetRead";
import { invoiceRowsOf, rowRuns } from "../../../../src/core/sheet/selectionRows";
import type { SheetRead } from "../../../../src/core/workbook";

/** Rows of the cells of some areas, as an adapter collects them, hidden rows left out. */
function selectedRows(
  areas: { row: number; rowCount: number }[],
  hidden: ReadonlySet<number> = new Set()
): number[] {
  return areas.flatMap(({ row, rowCount }) =>
    Array.from({ length: rowCount }, (_, i) => row + i).filter((r) => !hidden.has(r))
  );
}

function readWithInvoicesOn(rows: number[]): SheetRead {
  return sheetRead({ invoiceRows: rows });
}

describe("invoiceRowsOf", () => {
  // Header on row 1, invoices on rows 2-6 and 9-10; row 7 is a blank, row 8 a subtotal.
  const read = readWithInvoicesOn([2, 3, 4, 5, 6, 9, 10]);

  it("keeps the invoice rows of several areas selected bottom-up, in sheet order", () => {
    const rows = selectedRows([
      { row: 9, rowCount: 3 },
      { row: 1, rowCount: 3 },
    ]);
    expect(invoiceRowsOf(rows, read)).toEqual([2, 3, 9, 10]);
  });

  it("leaves out the header, blank and total rows and hidden rows", () => {
    const rows = selectedRows([{ row: 1, rowCount: 10 }], new Set([3, 4]));
    expect(invoiceRowsOf(rows, read)).toEqual([2, 5, 6, 9, 10]);
  });

  it("counts a row once when two selected areas overlap", () => {
    const rows = selectedRows([
      { row: 2, rowCount: 3 },
      { row: 3, rowCount: 3 },
    ]);
    expect(invoiceRowsOf(rows, read)).toEqual([2, 3, 4, 5]);
  });

  it("takes every selected row, sorted, when no sheet was read", () => {
    expect(invoiceRowsOf([12, 4, 7], undefined)).toEqual([4, 7, 12]);
  });

  it("sorts numerically, not as text (row 10 after row 9)", () => {
    expect(invoiceRowsOf([10, 9, 100, 2], undefined)).toEqual([2, 9, 10, 100]);
  });

  it("gives no rows for an empty selection or one outside the invoices", () => {
    expect(invoiceRowsOf([], read)).toEqual([]);
    expect(invoiceRowsOf([1, 7, 8, 1048576], read)).toEqual([]);
    expect(invoiceRowsOf([2, 3], readWithInvoicesOn([]))).toEqual([]);
  });

  it("leaves the caller's list as it was", () => {
    const rows = [5, 2, 3];
    invoiceRowsOf(rows, read);
    invoiceRowsOf(rows, undefined);
    expect(rows).toEqual([5, 2, 3]);
  });
});

describe("rowRuns", () => {
  it("makes one area per run of consecutive rows (a customer's invoices to select)", () => {
    expect(rowRuns([2, 3, 4, 9, 10, 15])).toEqual([
      [2, 3],
      [9, 2],
      [15, 1],
    ]);
  });

  it("sorts and counts each row once", () => {
    expect(rowRuns([10, 3, 9, 2, 3, 10])).toEqual([
      [2, 2],
      [9, 2],
    ]);
  });

  it("splits a run at a hidden row left out of the list", () => {
    expect(rowRuns(selectedRows([{ row: 2, rowCount: 6 }], new Set([5])))).toEqual([
      [2, 3],
      [6, 2],
    ]);
  });

  it("reaches row 1,048,576", () => {
    expect(rowRuns([1048576, 1048575, 1048574])).toEqual([[1048574, 3]]);
  });

  it("gives no run for no rows and leaves the caller's list unsorted", () => {
    expect(rowRuns([])).toEqual([]);
    const rows = [4, 1];
    rowRuns(rows);
    expect(rows).toEqual([4, 1]);
  });
});
