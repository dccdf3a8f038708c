import type { DunningLevel, Settings } from "../types";
import type { SheetRead } from "../workbook";
import type { SheetArea } from "./a1";
import { analysisRows, analysisSpan, type AnalysisPlan, type PlannedColumn } from "./analysisPlan";
import { fillRow, ROW_TOKEN } from "./renderFormula";
import { DEFAULT_LADDER } from "../policy/defaultLadder";

/** Rows of the sheet, first to last, both included. */
export interface RowSpan {
  first: number;
  last: number;
}

/** How far down the analysis columns reach and which of their rows get a formula. */
export interface AnalysisExtent {
  /** The last row of the data: the table's, else the last row read. */
  lastRow: number;
  /** The rows that get cells: a table's whole body, else the invoices' span; none when empty. */
  span?: RowSpan;
  /** Whether a row of the span gets formulas (a table's every row; beside a range, the invoices). */
  isInvoiceRow(row: number): boolean;
  /** What writeAnalysis reports: the table's rows, else the invoices. */
  rowsWritten: number;
}

/**
 * Where the analysis is written down the sheet. In a table, calculated columns fill its body;
 * beside a range, the rows from the first invoice to the last (blanks between), whatever lies
 * further down (a stray cell in row 1,048,576 must not stretch the write to it).
 * @example analysisExtent(readInvoices([["Customer", "Invoice", "Due date", "Amount"], ["ACME", "F-1", 45000, 1000], ["Bolt", "B-7", 45010, 250]],
 *   { sheetName: "AR", locale: localeFromLanguage("en-US") })).span
 * //=> { first: 2, last: 3 }
 */
export function analysisExtent(read: SheetRead, tableArea?: SheetArea): AnalysisExtent {
  if (tableArea) {
    const lastRow = tableArea.row + tableArea.rowCount - 1;
    const dataRows = lastRow - read.headerRow;
    return {
      lastRow,
      span: dataRows > 0 ? { first: read.headerRow + 1, last: lastRow } : undefined,
      isInvoiceRow: () => true,
      rowsWritten: Math.max(dataRows, 0),
    };
  }
  const invoiceRows = new Set(analysisRows(read));
  return {
    lastRow: read.lastRow ?? read.headerRow,
    span: analysisSpan(read),
    isInvoiceRow: (row) => invoiceRows.has(row),
    rowsWritten: read.invoices.length,
  };
}

/**
 * The runs of rows from..to left out of a span: [first, last] pairs, none when all are in.
 * @example rowsOutside(2, 10, { first: 4, last: 8 }) //=> [[2, 3], [9, 10]]
 */
export function rowsOutside(
  from: number,
  to: number,
  span: RowSpan | undefined
): [number, number][] {
  if (!span) return from <= to ? [[from, to]] : [];
  const runs: [number, number][] = [];
  if (from < span.first) runs.push([from, Math.min(to, span.first - 1)]);
  if (span.last < to) runs.push([Math.max(from, span.last + 1), to]);
  return runs;
}

/**
 * The runs of rows from..to without the rows in `skip` (the user's cells in a column of the
 * add-in): [first, last] pairs, in order.
 * @example rowRuns(2, 9, new Set([4, 5])) //=> [[2, 3], [6, 9]]
 */
export function rowRuns(from: number, to: number, skip: ReadonlySet<number>): [number, number][] {
  const runs: [number, number][] = [];
  if (skip.size === 0) return from <= to ? [[from, to]] : [];
  let start: number | undefined;
  for (let row = from; row <= to; row++) {
    if (skip.has(row)) {
      if (start !== undefined) runs.push([start, row - 1]);
      start = undefined;
    } else if (start === undefined) start = row;
  }
  if (start !== undefined) runs.push([start, to]);
  return runs;
}

/**
 * The formula of a planned column on a row: a table's calculated column has one for all rows,
 * a range's template gets the row number. The template is split once, for long columns.
 * @example formulaForRow(planAnalysisColumns(readInvoices([["Customer", "Invoice", "Due date", "Amount"], ["ACME", "F-1", 45000, 1000]], { sheetName: "AR", locale: localeFromLanguage("en-US") }),
 *   ["Customer", "Invoice", "Due date", "Amount"], [], 4, { bucketBounds: [30, 60, 90] }, "en").plan.columns[0], "range")(2).includes("CREDIT.DAYSOVERDUE(C2,CC_AsOf)")
 * //=> true
 */
export function formulaForRow(
  column: PlannedColumn,
  mode: AnalysisPlan["mode"]
): (row: number) => string {
  if (mode === "table") return () => column.formula;
  const parts = column.formula.split(ROW_TOKEN);
  return (row) => fillRow(parts, row);
}

/**
 * The ladder the analysis and the history sheet use: the settings', the default when empty.
 * @example analysisLadder({ ladder: [] }) === DEFAULT_LADDER //=> true
 */
export function analysisLadder(settings: Pick<Settings, "ladder">): readonly DunningLevel[] {
  return settings.ladder.length ? settings.ladder : DEFAULT_LADDER;
}
