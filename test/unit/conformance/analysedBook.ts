/**
 * Workbooks as the add-in leaves them after Analyse, built through the in-memory adapter, and
 * the cells where the preview and the formula engine disagree.
 */
import { readFileSync } from "fs";
import type { DateOrder, Day } from "../../../src/core/types";
import type { MemorySheet } from "../../../src/preview/memorySheet";
import { MemoryWorkbook } from "../../../src/preview/memoryWorkbook";
import { buildSampleWorkbook, SAMPLE_SHEET } from "../../../src/preview/sampleWorkbook";
import { testSettings } from "../support/testSettings";
import type { BlankMode } from "./creditPlugin";
import { loadIntoEngine, type EngineBook } from "./engineBook";

/** The sample's date: the IBM receivables as they stood on 2013-06-30. */
export const SAMPLE_AS_OF: Day = 41455;

/** Make the used cells of a sheet (from A1) an Excel table. */
export function asTable(sheet: MemorySheet, name: string): void {
  sheet.table = {
    name,
    area: { row: 1, column: 0, rowCount: sheet.rows.length, columnCount: sheet.rows[0].length },
  };
}

/** A workbook of one sheet after Analyse as of `asOf`, beside a range or in a table. */
export async function analysedBook(
  cells: unknown[][],
  options: { asOf: Day; table?: boolean; dateOrder?: DateOrder; recorded?: number[] }
): Promise<MemoryWorkbook> {
  const workbook = new MemoryWorkbook(options.dateOrder ?? "mdy");
  const sheet = workbook.addSheet("Receivables", cells);
  if (options.table) asTable(sheet, "Invoices");
  return analyse(workbook, options.asOf);
}

/** The sample workbook after Analyse, as of 2013-06-30. */
export async function analysedSample(table = false): Promise<MemoryWorkbook> {
  const csv = readFileSync("assets/sample/ibm-accounts-receivable.csv", "utf8");
  const workbook = buildSampleWorkbook(csv, SAMPLE_AS_OF, "en");
  if (table) asTable(workbook.getSheet(SAMPLE_SHEET.en) as MemorySheet, "Receivables");
  return analyse(workbook, SAMPLE_AS_OF);
}

/** Read the first sheet and write the analysis, as the pane's Analyse does. */
export async function analyse(workbook: MemoryWorkbook, asOf: Day): Promise<MemoryWorkbook> {
  const read = await workbook.readReceivables();
  await workbook.writeAnalysis(read, { asOf, settings: testSettings() });
  return workbook;
}

/** A cell's value as both sides are compared: an error as its code, a blank as "". */
function comparable(value: unknown): unknown {
  if (typeof value === "object" && value !== null && "code" in value)
    return (value as { code: unknown }).code;
  return value ?? "";
}

/** Equal values; numbers to 1e-9 relative (HyperFormula rounds what it shows). */
function same(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number")
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  return a === b;
}

export interface Mismatch {
  address: string;
  formula: string;
  preview: unknown;
  engine: unknown;
}

/** Every formula cell of every sheet where the engine computes another value than the preview. */
export function mismatches(workbook: MemoryWorkbook, blanks: BlankMode): Mismatch[] {
  const engine: EngineBook = loadIntoEngine(workbook, blanks);
  const found: Mismatch[] = [];
  try {
    for (const name of workbook.listSheets()) {
      const sheet = workbook.getSheet(name) as MemorySheet;
      sheet.rows.forEach((cells, r) =>
        cells?.forEach((cell, c) => {
          if (!cell?.formula) return;
          const preview = comparable(cell.value);
          const computed = comparable(engine.value(name, r + 1, c));
          if (!same(preview, computed))
            found.push({
              address: `${name}!R${r + 1}C${c + 1}`,
              formula: cell.formula,
              preview,
              engine: computed,
            });
        })
      );
    }
  } finally {
    engine.destroy();
  }
  return found;
}
