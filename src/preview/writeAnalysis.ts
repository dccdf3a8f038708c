import { rememberOwnedColumns } from "../core/sheet/addInMemory";
import { ANALYSIS_COLUMNS, RISK_COLUMN_ID } from "../core/sheet/analysisColumns";
import { analysisExtent, analysisLadder, formulaForRow } from "../core/sheet/analysisExtent";
import { memoryColumnsOnSheet, planAnalysisColumns } from "../core/sheet/analysisPlan";
import { historyKey, historyLines, type HistoryLine } from "../core/sheet/historySheet";
import { HEADER_STYLE, RISK_COLORS } from "../core/sheet/storedKeys";
import type { AnalysisOptions, ColumnKey, SheetRead, WriteResult } from "../core/workbook";
import { isCellError } from "../functions/errors";
import { settingsStore, type BookState } from "./bookState";
import { evaluateRow } from "./evaluateAnalysis";
import { isUserCell, markColumns, ownedColumnsOn } from "./columnMarks";
import { growTable, headerCells, tableData, writableSheet } from "./sheetTarget";
import { writeHistory } from "./writeHistory";

/**
 * Add or refresh the analysis columns: each cell gets the formula Excel would get and the value
 * the custom functions compute for it, so the preview grid shows what Excel would show.
 */
export function writeAnalysis(
  state: BookState,
  read: SheetRead,
  options: AnalysisOptions
): WriteResult {
  const sheet = writableSheet(state, read);
  const store = settingsStore(state);
  const firstColumn = read.firstColumn ?? 0;
  const header = headerCells(sheet, read);
  const language = options.language ?? "en";
  const { plan, renamed } = planAnalysisColumns(
    read,
    header,
    ownedColumnsOn(store, sheet, firstColumn),
    header.length,
    options.settings,
    language
  );

  const memory = memoryColumnsOnSheet(header, ownedColumnsOn(store, sheet, firstColumn), language);
  const ladder = analysisLadder(options.settings);
  const lines = historyLines(read.invoices, options.asOf, options.reminderLog);
  writeHistory(state, lines, options.asOf, ladder, language);
  if (sheet.table) growTable(sheet, plan.columns.filter((c) => c.isNew).length);

  const extent = analysisExtent(read, sheet.table && tableData(sheet.table));
  const { lastRow, span } = extent;
  const mappedIndex = new Map(read.columns.map((c) => [c.key, firstColumn + c.index]));
  const history = new Map<string, HistoryLine>();
  for (const line of lines) {
    const key = historyKey(line.customer) as string;
    // XLOOKUP finds the first of lines that differ only in case.
    if (!history.has(key)) history.set(key, line);
  }
  const formulas = new Map(plan.columns.map((c) => [c.id, formulaForRow(c, plan.mode)]));

  for (const column of [...plan.columns, ...renamed]) {
    sheet.input(read.headerRow, firstColumn + column.index, column.header, { ...HEADER_STYLE });
  }
  markColumns(sheet, [...plan.columns, ...renamed], read.headerRow, firstColumn);
  // A cell the user typed in the add-in's columns (a note, a total) is theirs: never written.
  const mine = (row: number, column: number) => !isUserCell(sheet, row, column);
  for (let row = read.headerRow + 1; row <= lastRow; row++) {
    if (!extent.isInvoiceRow(row)) {
      for (const column of plan.columns) {
        const at = firstColumn + column.index;
        if (mine(row, at)) sheet.setCell(row, at, undefined);
      }
      continue;
    }
    const values = evaluateRow(ANALYSIS_COLUMNS, {
      cell: (key: ColumnKey) => sheet.value(row, mappedIndex.get(key) as number),
      has: (key: ColumnKey) => mappedIndex.has(key),
      asOf: options.asOf,
      bucketBounds: options.settings.bucketBounds,
      ladder,
      history,
      hasCreditUse: mappedIndex.has("creditLimit"),
      memory: (id) => {
        const placement = memory.get(id);
        return placement ? (sheet.value(row, firstColumn + placement.index) ?? null) : undefined;
      },
      language,
    });
    for (const column of plan.columns) {
      const value = values.get(column.spec.id);
      if (!mine(row, firstColumn + column.index)) continue;
      sheet.setCell(row, firstColumn + column.index, {
        value: isCellError(value) ? value.code : value,
        formula: formulas.get(column.id)?.(row),
        format: { numberFormat: column.spec.numberFormat },
      });
    }
  }
  const risk = plan.columns.find((c) => c.id === RISK_COLUMN_ID);
  // A table's whole column; beside a range, the invoices' span (not down to a stray cell).
  if (risk && span) {
    const area = {
      row: span.first,
      column: firstColumn + risk.index,
      rowCount: span.last - span.first + 1,
      columnCount: 1,
    };
    const others = sheet.conditionalFormats.filter((f) => f.area.column !== area.column);
    sheet.conditionalFormats.splice(0, sheet.conditionalFormats.length, ...others, {
      type: "colorScale",
      area,
      colors: RISK_COLORS,
    });
  }
  rememberOwnedColumns(store, sheet.name, [...plan.columns, ...renamed]);
  return { columns: plan.columns.map((c) => c.header), rowsWritten: extent.rowsWritten };
}
