import { findHeaderRow, HEADER_SEARCH_ROWS } from "../../../../src/core/sheet/findHeaderRow";
import { WorkbookError } from "../../../../src/core/workbook";

const HEADER = ["Customer", "Invoice", "Due date", "Amount"];
const INVOICE = ["ACME", "F-001", 45400, 1200];

function refusal(find: () => number): WorkbookError {
  try {
    find();
  } catch (error) {
    if (error instanceof WorkbookError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("findHeaderRow", () => {
  it("finds the header on the first row", () => {
    expect(findHeaderRow([HEADER, INVOICE])).toBe(0);
  });

  it("finds it under a title block and a blank row", () => {
    const cells = [
      ["Balance âgée clients au 31/03/2024", "", "", ""],
      ["Société ACME Distribution", "", "", ""],
      ["", "", "", ""],
      ["Client", "N° facture", "Date d'échéance", "Montant TTC"],
      INVOICE,
    ];
    expect(findHeaderRow(cells)).toBe(3);
  });

  it("prefers the row naming the most known columns", () => {
    const cells = [["Customer", "Amount", "", ""], [], HEADER, INVOICE];
    // Rows 1 and 3 are not adjacent, so it is not a two-row header.
    expect(findHeaderRow(cells)).toBe(2);
  });

  it("reads a row holding a number as data, never as a second header", () => {
    expect(findHeaderRow([HEADER, ["Customer", "Invoice", "Due date", 5]])).toBe(0);
    // All text and naming known columns: then it is a second header row, refused.
    const wordy = ["Customer Ltd", "Invoice 1", "due date soon", "Amount"];
    expect(refusal(() => findHeaderRow([HEADER, wordy])).code).toBe("two-header-rows");
  });

  it("refuses a sheet without a header, saying what to add", () => {
    const error = refusal(() => findHeaderRow([INVOICE, INVOICE]));
    expect(error.code).toBe("no-header");
    expect(error.message).toContain("Customer | Invoice | Due date | Amount");
    expect(error.details).toEqual({ rowsSearched: 2 });
    expect(refusal(() => findHeaderRow([])).details).toEqual({ rowsSearched: 0 });
  });

  it("looks in the first 30 rows only", () => {
    const title = Array.from({ length: HEADER_SEARCH_ROWS }, () => ["Notes", "", "", ""]);
    expect(findHeaderRow([...title.slice(1), HEADER, INVOICE])).toBe(HEADER_SEARCH_ROWS - 1);
    const error = refusal(() => findHeaderRow([...title, HEADER, INVOICE]));
    expect(error.code).toBe("no-header");
    expect(error.details).toEqual({ rowsSearched: 30 });
  });

  it("refuses a header on two rows, naming the sheet rows", () => {
    const cells = [["Title"], ["Client", "Facture", "Échéance", "Montant"], HEADER, INVOICE];
    const error = refusal(() => findHeaderRow(cells, { firstRow: 5 }));
    expect(error.code).toBe("two-header-rows");
    expect(error.message).toBe(
      "Rows 6 and 7 both look like header rows. Keep a single header row above the invoices."
    );
    expect(error.details).toEqual({ row: 6, otherRow: 7 });
  });

  it("refuses merged cells in the header row, naming the row and the column", () => {
    const error = refusal(() =>
      findHeaderRow([["Title"], HEADER, INVOICE], {
        firstRow: 1,
        mergedAreas: [{ row: 1, column: 2, rowCount: 1, columnCount: 2 }],
      })
    );
    expect(error.code).toBe("merged-header");
    expect(error.message).toBe(
      "The header row 2 has merged cells. Unmerge them so that each column has its own header."
    );
    expect(error.details).toEqual({ row: 2, column: 3 });
  });

  it("lets merged cells elsewhere be (a merged title)", () => {
    const merged = [{ row: 0, column: 0, rowCount: 1, columnCount: 4 }];
    expect(findHeaderRow([["Title"], HEADER, INVOICE], { mergedAreas: merged })).toBe(1);
  });

  it("leaves out the columns it is told to ignore (the add-in's own)", () => {
    const cells = [["Notes", "Customer", "", ""], ["Remarks", "", "Customer", "Due date"], INVOICE];
    expect(findHeaderRow(cells)).toBe(1);
    expect(() => findHeaderRow(cells, { ignore: new Set([2, 3]) })).toThrow("No header row found");
  });
});
