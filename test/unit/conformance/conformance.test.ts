/**
 * Engine conformance (issue 9): every formula the add-in writes, computed by an Excel-compatible
 * engine (HyperFormula, with the CREDIT.* functions called as Excel calls them), equals what the
 * preview shows, with blanks reaching the functions as null and as 0 (office-js #4702, #5262).
 */
import { BAD_SHEETS } from "./badSheets";
import { analysedBook, analysedSample, mismatches } from "./analysedBook";

const BLANKS = ["null", "zero"] as const;

describe("the sample workbook after Analyse, in the engine and in the preview", () => {
  it.each([
    ["beside a range", false],
    ["in a table", true],
  ])(
    "agrees on every analysis cell %s, blanks as null and as 0",
    async (_layout, table) => {
      const workbook = await analysedSample(table);
      for (const blanks of BLANKS) expect(mismatches(workbook, blanks).slice(0, 5)).toEqual([]);
    },
    120_000
  );
});

describe("bad sheets after Analyse, in the engine and in the preview", () => {
  const cases = BAD_SHEETS.flatMap((sheet) =>
    [false, true].map((table) => [sheet.name, table ? "table" : "range", sheet, table] as const)
  );
  it.each(cases)("%s (%s): every cell agrees, blanks as null and as 0", async (...args) => {
    const [, , sheet, table] = args;
    const workbook = await analysedBook(sheet.cells, { ...sheet, table });
    for (const blanks of BLANKS) expect(mismatches(workbook, blanks)).toEqual([]);
  });
});
