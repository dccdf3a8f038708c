import { rangeAddress } from "../core/sheet/a1";
import { rememberOwnedColumns } from "../core/sheet/addInMemory";
import { RISK_COLUMN_ID } from "../core/sheet/analysisColumns";
import {
  analysisExtent,
  analysisLadder,
  formulaForRow,
  rowRuns,
  rowsOutside,
} from "../core/sheet/analysisExtent";
import { planAnalysisColumns } from "../core/sheet/analysisPlan";
import { HISTORY_SHEET, historyLines, historySheetLayout } from "../core/sheet/historySheet";
import type { AnalysisOptions, SheetRead, WriteResult } from "../core/workbook";
import type { WriteJob } from "./chunking";
import { queueColumnMarks, queueUserCells, userRowsFrom } from "./columnMarks";
import { documentStore } from "./documentSettings";
import { styleHeader, writeOwnHeaders } from "./ownHeaders";
import { confirmedOwnedSheet, rememberSheet } from "./ownedSheetMarker";
import { queueRecalculation } from "./recalculate";
import { queueRiskColorScale } from "./riskColorScale";
import { writeBatches } from "./writeBatches";
import { loadWriteTarget } from "./writeTarget";

/**
 * Add or refresh the analysis columns (formulas, one per row beside a range, calculated columns
 * in a table) and the history sheet they read. Syncs: the target, the history sheet's marker
 * (when it exists), one per chunk of cells, one for styles, the colour scale, names and the history sheet's name; calculation suspended.
 */
export async function writeAnalysis(
  context: Excel.RequestContext,
  read: SheetRead,
  options: AnalysisOptions,
  chunkBytes: number
): Promise<WriteResult> {
  const target = await loadWriteTarget(context, read); // sync 1
  const language = options.language ?? "en";
  const { plan, renamed } = planAnalysisColumns(
    read,
    target.headerCells,
    target.owned,
    target.firstFree,
    options.settings,
    language
  );
  const firstColumn = read.firstColumn ?? 0;
  const history = historySheetLayout(
    historyLines(read.invoices, options.asOf, options.reminderLog),
    options.asOf,
    analysisLadder(options.settings),
    language
  );
  // The history sheet is cleared and rewritten: its id and its A1 marker must both say it is ours.
  const historySheetName = await confirmedOwnedSheet(
    context,
    "history",
    HISTORY_SHEET,
    language,
    target.sheets
  );

  const extent = analysisExtent(read, target.tableArea);
  const { lastRow, span } = extent;
  // Headers before the formulas: in a table, a renamed column (the other language's header)
  // must have its new name before a structured reference uses it.
  // The user's cells in the add-in's columns (constants: it writes only formulas there) are
  // theirs: sync 2 finds them, and no write or clear below touches them.
  const existing = plan.columns.filter((c) => !c.isNew);
  const userCells = queueUserCells(
    target.sheet,
    existing.map((c) => ({ id: c.id, column: firstColumn + c.index })),
    read.headerRow + 1,
    lastRow
  );
  if (userCells.size > 0) await context.sync(); // 2: the user's cells in the add-in's columns
  const userRows = userRowsFrom(userCells);
  const none = new Set<number>();
  const headers = writeOwnHeaders(target, read, [...plan.columns, ...renamed]);
  queueColumnMarks(
    target.sheet,
    target.marks.names,
    [...plan.columns, ...renamed],
    read.headerRow,
    firstColumn
  );
  const jobs: WriteJob[] = [];
  const dataRows = lastRow - read.headerRow;
  if (!target.table) {
    // Cells an earlier run left in the add-in's own columns outside the span are cleared:
    // one range operation per run of its cells, no payload.
    for (const column of existing) {
      for (const [from, to] of rowsOutside(read.headerRow + 1, lastRow, span)) {
        for (const [first, last] of rowRuns(from, to, userRows.get(column.id) ?? none)) {
          target.sheet
            .getRange(rangeAddress(firstColumn + column.index, first, 1, last - first + 1))
            .clear(Excel.ClearApplyTo.contents);
        }
      }
    }
  }
  if (span) {
    for (const column of plan.columns) {
      const formulaAt = formulaForRow(column, plan.mode);
      for (const [first, last] of rowRuns(span.first, span.last, userRows.get(column.id) ?? none)) {
        const count = last - first + 1;
        const formulas: unknown[][] = new Array(count);
        const formats: string[][] = new Array(count);
        for (let i = 0; i < count; i++) {
          const row = first + i;
          formulas[i] = [extent.isInvoiceRow(row) ? formulaAt(row) : ""];
          formats[i] = [column.spec.numberFormat];
        }
        jobs.push({
          sheet: read.sheetName,
          row: first,
          column: firstColumn + column.index,
          formulas,
          numberFormat: formats,
        });
      }
    }
  }
  const historyName = historySheetName.current?.name ?? historySheetName.name;
  const historySheet = historySheetName.current
    ? context.workbook.worksheets.getItem(historyName)
    : context.workbook.worksheets.add(historyName);
  // A new sheet's id comes back with the last sync, to be remembered with its name.
  if (!historySheetName.current) historySheet.load("id");
  if (historySheetName.current) historySheet.getRange().clear(Excel.ClearApplyTo.contents);
  jobs.push({
    sheet: historyName,
    row: 1,
    column: 0,
    values: history.cells,
    numberFormat: history.formats,
  });
  await writeBatches(context, jobs, chunkBytes); // one sync per chunk

  headers.forEach(styleHeader);
  const risk = plan.columns.find((c) => c.id === RISK_COLUMN_ID);
  if (risk) {
    queueRiskColorScale(target.sheet, firstColumn + risk.index, read.headerRow, dataRows, span);
  }
  for (const [name, area] of Object.entries(history.names)) {
    if (target.names.includes(name)) context.workbook.names.getItem(name).delete();
    context.workbook.names.add(
      name,
      historySheet.getRange(rangeAddress(area.column, area.row, area.columnCount, area.rowCount))
    );
  }
  // The formulas and history were written with calculation suspended: calculate them now, under
  // the sheet names they were written with (before the rename below).
  queueRecalculation(context, jobs, headers);
  // Renamed last, once written under its name: workbook names follow a sheet's rename.
  if (historySheetName.name !== historyName) historySheet.name = historySheetName.name;
  await context.sync(); // last: header styles, colour scale, names, recalculation, sheet name

  rememberOwnedColumns(documentStore, target.sheetId, [...plan.columns, ...renamed]);
  await rememberSheet("history", historySheetName, historySheet, history.cells[0]);
  return { columns: plan.columns.map((c) => c.header), rowsWritten: extent.rowsWritten };
}
