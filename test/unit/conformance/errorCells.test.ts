/**
 * Error cells never reach a custom function (functions.json gives no allowErrorForDataTypeAny):
 * Excel shows the error instead of calling. Per row that is the right answer; for a range call it
 * is one error for the whole call, as the README says.
 */
import { MemoryWorkbook } from "../../../src/preview/memoryWorkbook";
import { implementations } from "../../../src/functions/registry";
import { loadIntoEngine } from "./engineBook";

describe("error cells and the CREDIT functions", () => {
  it("gives one #N/A for a range call with one #N/A cell, without calling the function", () => {
    const workbook = new MemoryWorkbook("mdy");
    const sheet = workbook.addSheet("S", [[45352], ["#N/A"], [45300]]);
    sheet.setCell(1, 1, { value: null, formula: "=CREDIT.DAYSOVERDUE(A1:A3,45383)" });
    sheet.setCell(1, 2, { value: null, formula: "=CREDIT.DAYSOVERDUE(A1,45383)" });
    const engine = loadIntoEngine(workbook, "null");
    expect(engine.value("S", 1, 1)).toBe("#N/A");
    expect(engine.calls("S", 1, 1)).toBe(0);
    expect(engine.value("S", 1, 2)).toBe(31);
    engine.destroy();
  });

  it("would answer per cell if Excel passed the error: only that cell is #VALUE!", () => {
    const result = implementations.DAYSOVERDUE([[45352], [{ code: "#N/A" }], [45300]], 45383);
    expect(result[0][0]).toBe(31);
    expect(result[1][0]).toMatchObject({ code: "#VALUE!" });
    expect(result[2][0]).toBe(83);
  });
});
