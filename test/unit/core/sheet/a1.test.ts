import {
  columnIndex,
  columnLetter,
  MAX_COLUMNS,
  MAX_ROWS,
  parseAddress,
  quoteSheetName,
  rangeAddress,
} from "../../../../src/core/sheet/a1";

describe("columnLetter and columnIndex", () => {
  it("names the columns a credit controller sees, from A to XFD", () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702, 16383].map(columnLetter)).toEqual([
      "A",
      "B",
      "Z",
      "AA",
      "AB",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
      "XFD",
    ]);
  });

  it("reads letters back in any case, XFD being the last column", () => {
    expect(["A", "z", "AA", "aa", "ZZ", "AAA", "XFD"].map(columnIndex)).toEqual([
      0,
      25,
      26,
      26,
      701,
      702,
      MAX_COLUMNS - 1,
    ]);
  });

  it("round-trips every column of the sheet", () => {
    const all = Array.from({ length: MAX_COLUMNS }, (_, index) => index);
    expect(all.filter((index) => columnIndex(columnLetter(index)) !== index)).toEqual([]);
  });

  it("gives no letters for a negative index and -1 for no letters (neutral, never NaN)", () => {
    expect(columnLetter(-1)).toBe("");
    expect(columnIndex("")).toBe(-1);
  });
});

describe("rangeAddress", () => {
  it("writes a single cell without a colon", () => {
    expect(rangeAddress(0, 1)).toBe("A1");
    expect(rangeAddress(2, 7, 1, 1)).toBe("C7");
  });

  it("writes a column of invoices and a block", () => {
    expect(rangeAddress(6, 2, 1, 2465)).toBe("G2:G2466");
    expect(rangeAddress(0, 1, 8, 1)).toBe("A1:H1");
  });

  it("reaches the last cell of the sheet, XFD1048576", () => {
    expect(rangeAddress(MAX_COLUMNS - 1, MAX_ROWS)).toBe("XFD1048576");
    expect(rangeAddress(MAX_COLUMNS - 2, MAX_ROWS - 1, 2, 2)).toBe("XFC1048575:XFD1048576");
  });
});

describe("parseAddress", () => {
  it("reads a used range as Office.js gives it, with or without the sheet", () => {
    expect(parseAddress("Receivables!A1:H2467")).toEqual([
      { column: 0, row: 1, columnCount: 8, rowCount: 2467 },
    ]);
    expect(parseAddress("B3")).toEqual([{ column: 1, row: 3, columnCount: 1, rowCount: 1 }]);
  });

  it("ignores $ signs and orders a rectangle given from its far corner", () => {
    expect(parseAddress("Sheet1!$D$10:$B$2")).toEqual([
      { column: 1, row: 2, columnCount: 3, rowCount: 9 },
    ]);
  });

  it("reads every area of a selection of several areas", () => {
    expect(parseAddress("AR!A2:H4,AR!A7:H7, AR!A10:H12")).toEqual([
      { column: 0, row: 2, columnCount: 8, rowCount: 3 },
      { column: 0, row: 7, columnCount: 8, rowCount: 1 },
      { column: 0, row: 10, columnCount: 8, rowCount: 3 },
    ]);
  });

  it("runs whole rows across the 16,384 columns and whole columns down to row 1,048,576", () => {
    expect(parseAddress("Sheet1!3:5")).toEqual([
      { column: 0, row: 3, columnCount: MAX_COLUMNS, rowCount: 3 },
    ]);
    expect(parseAddress("Sheet1!B:D")).toEqual([
      { column: 1, row: 1, columnCount: 3, rowCount: MAX_ROWS },
    ]);
  });

  it("reads the last row and the last column", () => {
    expect(parseAddress("Sheet1!XFD1048576")).toEqual([
      { column: 16383, row: 1048576, columnCount: 1, rowCount: 1 },
    ]);
    expect(parseAddress("Sheet1!A1048570:C1048576")[0]).toEqual({
      column: 0,
      row: 1048570,
      columnCount: 3,
      rowCount: 7,
    });
  });

  it("finds the cells after the last ! of a quoted sheet name", () => {
    expect(parseAddress("'Relances!'!C2:C9")).toEqual([
      { column: 2, row: 2, columnCount: 1, rowCount: 8 },
    ]);
  });

  it("keeps a sheet name with a comma in one area", () => {
    // Excel allows commas in sheet names ("Relances, mars"); the list separator is outside quotes.
    expect(parseAddress("'Relances, mars'!A1:F100")).toEqual([
      { column: 0, row: 1, columnCount: 6, rowCount: 100 },
    ]);
    expect(parseAddress("'Q1, 2024'!A2:A3,'Q1, 2024'!C5,'L''été, 2'!B1")).toEqual([
      { column: 0, row: 2, columnCount: 1, rowCount: 2 },
      { column: 2, row: 5, columnCount: 1, rowCount: 1 },
      { column: 1, row: 1, columnCount: 1, rowCount: 1 },
    ]);
  });

  it("gives no area for an empty address", () => {
    expect(parseAddress("")).toEqual([]);
    expect(parseAddress(" , ")).toEqual([]);
  });

  it("refuses what is not an A1 reference, quoting it", () => {
    expect(() => parseAddress("Sheet1!R1C1")).toThrow("Not an A1 reference: R1C1");
    expect(() => parseAddress("Sheet1!#REF!")).toThrow("Not an A1 reference: ");
    expect(() => parseAddress("A1:B2:C3")).toThrow("Not an A1 reference: A1:B2:C3");
    expect(() => parseAddress("Sheet1!A1:")).toThrow("Not an A1 reference: ");
  });

  it("refuses a cell outside the sheet rather than reading a column past XFD", () => {
    expect(() => parseAddress("total")).toThrow(
      "Not an A1 reference: total is outside the sheet (A1 to XFD1048576)"
    );
    expect(() => parseAddress("XFE1")).toThrow("XFE1 is outside the sheet");
    expect(() => parseAddress("A1048577")).toThrow("A1048577 is outside the sheet");
    expect(() => parseAddress("A0:B2")).toThrow("A0 is outside the sheet");
  });
});

describe("quoteSheetName", () => {
  it("leaves a plain word as it is", () => {
    expect(quoteSheetName("Receivables")).toBe("Receivables");
    expect(quoteSheetName("AR_2024.Q1")).toBe("AR_2024.Q1");
  });

  it("quotes names with spaces, accents, commas or a leading digit, doubling apostrophes", () => {
    expect(quoteSheetName("Credit history")).toBe("'Credit history'");
    expect(quoteSheetName("Balance âgée")).toBe("'Balance âgée'");
    expect(quoteSheetName("Relances, mars")).toBe("'Relances, mars'");
    expect(quoteSheetName("2024")).toBe("'2024'");
    expect(quoteSheetName("L'été")).toBe("'L''été'");
  });

  it("gives an address parseAddress reads back", () => {
    for (const name of ["Relances, mars", "L'été", "Credit history"])
      expect(parseAddress(`${quoteSheetName(name)}!B2:C3`)).toEqual([
        { column: 1, row: 2, columnCount: 2, rowCount: 2 },
      ]);
  });
});
