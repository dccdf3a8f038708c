/**
 * npm run export-sample: the file, read back by another reader (exceljs), holds the sheets, the
 * workbook names, and every formula exactly as the add-in writes it (in the file's own form:
 * _xlfn., _xldudf_, [#This Row]) with its value as the cached result.
 */
import ExcelJS from "exceljs";
import type { MemorySheet } from "../../../src/preview/memorySheet";
import type { MemoryWorkbook } from "../../../src/preview/memoryWorkbook";
import { exportedSample, fromFileFormula, toFileFormula, toXlsx } from "../../export/sampleXlsx";
import { SAMPLE_AS_OF } from "../conformance/analysedBook";
import { loadIntoEngine } from "../conformance/engineBook";

async function readBack(workbook: MemoryWorkbook): Promise<ExcelJS.Workbook> {
  const buffer = await toXlsx(workbook).xlsx.writeBuffer();
  const file = new ExcelJS.Workbook();
  await file.xlsx.load(buffer as ArrayBuffer);
  return file;
}

/** A cached result as exceljs reads it back, in the preview's terms. */
function cached(result: unknown): unknown {
  if (typeof result === "object" && result !== null && "error" in result)
    return (result as { error: string }).error;
  return result ?? "";
}

describe("the exported sample workbook", () => {
  it.each([
    ["in A1 form", false],
    ["as an Excel table", true],
  ])(
    "reads back %s with every formula, value and name",
    async (_layout, table) => {
      const workbook = await exportedSample(table);
      const file = await readBack(workbook);
      expect(file.worksheets.map((s) => s.name)).toEqual(workbook.listSheets());
      expect(workbook.listSheets()).toEqual(["Receivables", "Credit history", "Reminder log"]);

      const history = file.getWorksheet("Credit history") as ExcelJS.Worksheet;
      // A date-formatted number reads back as a date: 2013-06-30, serial 41455.
      expect(SAMPLE_AS_OF).toBe(41455);
      expect((history.getCell("B1").value as Date).toISOString().slice(0, 10)).toBe("2013-06-30");
      const names = file.definedNames.model.map((n) => n.name).sort();
      expect(names).toEqual([...workbook.names.keys()].sort());
      expect(names).toEqual(expect.arrayContaining(["CC_AsOf", "CC_HistCustomer", "CC_Policy"]));

      const sheet = workbook.getSheet("Receivables") as MemorySheet;
      const out = file.getWorksheet("Receivables") as ExcelJS.Worksheet;
      const tableName = sheet.table?.name;
      let formulas = 0;
      sheet.rows.forEach((cells, r) =>
        cells?.forEach((cell, c) => {
          if (!cell?.formula) return;
          formulas++;
          // Cell.result, not value.result: exceljs leaves a result of 0 out of `value`.
          const { formula, result } = out.getCell(r + 1, c + 1);
          expect(fromFileFormula(formula, tableName)).toBe(cell.formula);
          expect({ at: [r + 1, c + 1], value: cached(result) }).toEqual({
            at: [r + 1, c + 1],
            value: cell.value ?? "",
          });
        })
      );
      expect(formulas).toBeGreaterThan(1900 * 9);
      const first = out.getCell("N2").value as ExcelJS.CellFormulaValue;
      expect(first.formula.startsWith("_xlfn.XLOOKUP(")).toBe(true);
      if (table) expect(out.getTable("Receivables")).toBeDefined();
      // The recorded reminders: a line per draft on the Reminder log.
      expect((file.getWorksheet("Reminder log") as ExcelJS.Worksheet).rowCount).toBe(4);
    },
    120_000
  );

  it("writes formulas in the form Excel saves and reads them back unchanged", () => {
    const formula = '=IF([@[Client\'s \'#]]="","",CREDIT.STATUS(XLOOKUP(A2,CC_X,CC_Y,"")))';
    const text = toFileFormula(formula, "T1");
    expect(text).toBe(
      'IF(T1[[#This Row],[Client\'s \'#]]="","",_xldudf_CREDIT_STATUS(_xlfn.XLOOKUP(A2,CC_X,CC_Y,"")))'
    );
    expect(fromFileFormula(text, "T1")).toBe(formula);
  });

  it("caches for every formula cell of every sheet the value the formula engine computes, not a placeholder", async () => {
    const workbook = await exportedSample(false);
    const file = await readBack(workbook);
    // The engine computes the formulas from the file's own inputs, as Excel would on opening it.
    const engine = loadIntoEngine(workbook, "null");
    const differ: { at: string; cached: unknown; engine: unknown }[] = [];
    let formulas = 0;
    let nonZero = 0;
    try {
      for (const name of workbook.listSheets()) {
        const sheet = workbook.getSheet(name) as MemorySheet;
        const out = file.getWorksheet(name) as ExcelJS.Worksheet;
        sheet.rows.forEach((cells, r) =>
          cells?.forEach((cell, c) => {
            if (!cell?.formula) return;
            formulas++;
            const value = cached(out.getCell(r + 1, c + 1).result);
            const computed = engine.value(name, r + 1, c);
            const expected =
              typeof computed === "object" && computed !== null && "code" in computed
                ? (computed as { code: string }).code
                : (computed ?? "");
            if (value !== 0 && value !== "") nonZero++;
            const same =
              typeof value === "number" && typeof expected === "number"
                ? Math.abs(value - expected) <= 1e-9 * Math.max(1, Math.abs(expected))
                : value === expected;
            if (!same)
              differ.push({ at: `${name}!R${r + 1}C${c + 1}`, cached: value, engine: expected });
          })
        );
      }
    } finally {
      engine.destroy();
    }
    expect(differ.slice(0, 5)).toEqual([]);
    expect(formulas).toBeGreaterThan(1900 * 9);
    // Real figures, not 0 placeholders: the open rows' days, scores and actions, the lookups.
    expect(nonZero).toBeGreaterThan(formulas / 3);
  }, 120_000);
});
