import { sheetRead } from "../../support/sheetRead";
import {
  analysisExtent,
  analysisLadder,
  formulaForRow,
  rowsOutside,
} from "../../../../src/core/sheet/analysisExtent";
import { ANALYSIS_COLUMNS } from "../../../../src/core/sheet/analysisColumns";
import type { PlannedColumn } from "../../../../src/core/sheet/analysisPlan";
import { ROW_TOKEN } from "../../../../src/core/sheet/renderFormula";
import { DEFAULT_LADDER } from "../../../../src/core/policy/defaultLadder";
import type { SheetRead } from "../../../../src/core/workbook";

function readOf(rows: number[], headerRow = 1, lastRow?: number): SheetRead {
  return sheetRead({ invoiceRows: rows, headerRow, lastRow });
}

describe("analysisExtent beside a range", () => {
  it("spans the first to the last invoice, formulas on invoice rows only", () => {
    // Title on row 1, header on row 3, invoices on 4-6 and 9, a total on row 8.
    const extent = analysisExtent(readOf([4, 5, 6, 9], 3, 9));
    expect(extent.lastRow).toBe(9);
    expect(extent.span).toEqual({ first: 4, last: 9 });
    expect(extent.rowsWritten).toBe(4);
    expect([4, 5, 6, 7, 8, 9].map((row) => extent.isInvoiceRow(row))).toEqual([
      true,
      true,
      true,
      false,
      false,
      true,
    ]);
  });

  it("stops at the last invoice, whatever lies in row 1,048,576", () => {
    const extent = analysisExtent(readOf([2, 3], 1, 1048576));
    expect(extent.span).toEqual({ first: 2, last: 3 });
    expect(extent.lastRow).toBe(1048576);
  });

  it("has no span for a sheet without invoices, its last row the header's", () => {
    const extent = analysisExtent(readOf([], 4));
    expect(extent).toMatchObject({ lastRow: 4, span: undefined, rowsWritten: 0 });
    expect(extent.isInvoiceRow(5)).toBe(false);
  });
});

describe("analysisExtent in a table", () => {
  it("fills the table's whole body, every row with formulas", () => {
    // Table A3:H12: header on row 3, nine body rows, some of them blanks or totals.
    const table = { column: 0, row: 3, columnCount: 8, rowCount: 10 };
    const extent = analysisExtent(readOf([4, 5, 7], 3, 12), table);
    expect(extent).toMatchObject({ lastRow: 12, span: { first: 4, last: 12 }, rowsWritten: 9 });
    expect(extent.isInvoiceRow(6)).toBe(true);
  });

  it("has no span for a table of a header row only", () => {
    const table = { column: 2, row: 1, columnCount: 4, rowCount: 1 };
    expect(analysisExtent(readOf([], 1), table)).toMatchObject({
      lastRow: 1,
      span: undefined,
      rowsWritten: 0,
    });
  });

  it("ends on row 1,048,576 for a table reaching it", () => {
    const table = { column: 0, row: 1048570, columnCount: 4, rowCount: 7 };
    expect(analysisExtent(readOf([1048571], 1048570), table)).toMatchObject({
      lastRow: 1048576,
      span: { first: 1048571, last: 1048576 },
      rowsWritten: 6,
    });
  });
});

describe("rowsOutside", () => {
  it("gives the rows above and below the span", () => {
    expect(rowsOutside(2, 20, { first: 5, last: 9 })).toEqual([
      [2, 4],
      [10, 20],
    ]);
  });

  it("gives none when the span covers them", () => {
    expect(rowsOutside(5, 9, { first: 5, last: 9 })).toEqual([]);
    expect(rowsOutside(6, 8, { first: 2, last: 10 })).toEqual([]);
  });

  it("gives only the side that sticks out", () => {
    expect(rowsOutside(2, 9, { first: 5, last: 9 })).toEqual([[2, 4]]);
    expect(rowsOutside(5, 1048576, { first: 5, last: 9 })).toEqual([[10, 1048576]]);
  });

  it("gives all the rows without a span, none for an empty range", () => {
    expect(rowsOutside(2, 30, undefined)).toEqual([[2, 30]]);
    expect(rowsOutside(5, 4, undefined)).toEqual([]);
  });
});

describe("formulaForRow", () => {
  const planned = (formula: string): PlannedColumn => ({
    id: "daysOverdue",
    header: "Days overdue",
    index: 8,
    isNew: true,
    spec: ANALYSIS_COLUMNS[0],
    formula,
  });

  it("gives a table's calculated column the same formula on every row", () => {
    const formula = formulaForRow(planned("=CREDIT.DAYSOVERDUE([@[Due date]],CC_AsOf)"), "table");
    expect([formula(2), formula(500)]).toEqual([
      "=CREDIT.DAYSOVERDUE([@[Due date]],CC_AsOf)",
      "=CREDIT.DAYSOVERDUE([@[Due date]],CC_AsOf)",
    ]);
  });

  it("fills a range's template with each row number", () => {
    const formula = formulaForRow(
      planned(`=IF(N${ROW_TOKEN}="paid","",CREDIT.DAYSOVERDUE(C${ROW_TOKEN},CC_AsOf))`),
      "range"
    );
    expect(formula(2)).toBe('=IF(N2="paid","",CREDIT.DAYSOVERDUE(C2,CC_AsOf))');
    expect(formula(1048576)).toBe('=IF(N1048576="paid","",CREDIT.DAYSOVERDUE(C1048576,CC_AsOf))');
  });
});

describe("analysisLadder", () => {
  it("uses the settings' ladder, the default one when it is empty", () => {
    const ladder = [
      {
        level: 1,
        fromDay: 10,
        action: "Relance 1",
        channel: "email" as const,
        tone: "courteous" as const,
      },
    ];
    expect(analysisLadder({ ladder })).toBe(ladder);
    expect(analysisLadder({ ladder: [] })).toBe(DEFAULT_LADDER);
  });
});
