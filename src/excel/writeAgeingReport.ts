import { rangeAddress } from "../core/sheet/a1";
import {
  AGEING_REPORT_SHEET,
  ageingReportLayout,
  type ChartSource,
} from "../core/sheet/ageingReportLayout";
import type { AgeingReport } from "../core/workbook";
import { openOwnedSheet, rememberSheet, renameOwnedSheet } from "./ownedSheetMarker";
import { boldRows, styleHeader } from "./ownHeaders";
import { queueRecalculation } from "./recalculate";
import { writeBatches } from "./writeBatches";

/**
 * Write or refresh the ageing report sheet with a native column chart, and a second one of the
 * cash-in forecast when the report has it. Syncs: which sheets
 * exist, its marker (when it exists), the old chart (when refreshing), the cells, the styles,
 * chart and name.
 */
export async function writeAgeingReport(
  context: Excel.RequestContext,
  report: AgeingReport,
  chunkBytes: number
): Promise<void> {
  // Refreshing clears the sheet: its id and its A1 marker must both say it is ours.
  const owned = await openOwnedSheet(
    context,
    { role: "ageingReport", names: AGEING_REPORT_SHEET, language: report.language ?? "en" },
    { clear: true }
  );
  const { sheet, name } = owned;
  if (!owned.isNew) {
    const charts = sheet.charts.load("items/name");
    await context.sync(); // 2: the old chart, to replace it
    charts.items.forEach((chart) => chart.delete());
  }
  const layout = ageingReportLayout(report);
  const jobs = [
    { sheet: name, row: 1, column: 0, values: layout.cells, numberFormat: layout.formats },
  ];
  await writeBatches(context, jobs, chunkBytes);
  const width = layout.cells[0].length;
  const bold = [1, layout.headerRow, layout.totalsRow];
  if (layout.forecast) bold.push(layout.forecast.titleRow, layout.forecast.headerRow);
  boldRows(sheet, bold, width);
  styleHeader(sheet.getRange(rangeAddress(0, layout.headerRow, width, 1)));
  const areaOf = (c: ChartSource) =>
    sheet.getRange(rangeAddress(c.column, c.row, c.columnCount, c.rowCount));
  // Charts sit right of the figures, one under the other (ExcelApi 1.1: add, setPosition).
  const beside = width + 1;
  const chart = sheet.charts.add(
    Excel.ChartType.columnClustered,
    areaOf(layout.chart),
    Excel.ChartSeriesBy.rows
  );
  chart.title.text = report.title;
  chart.setPosition(rangeAddress(beside, 1), rangeAddress(beside + 7, 16));
  if (layout.forecast && report.forecast) {
    const forecast = sheet.charts.add(
      Excel.ChartType.columnClustered,
      areaOf(layout.forecast.chart),
      Excel.ChartSeriesBy.columns
    );
    forecast.title.text = report.forecast.title;
    forecast.setPosition(rangeAddress(beside, 18), rangeAddress(beside + 7, 34));
  }
  // Written with calculation suspended: what the user's formulas read of it is calculated now.
  queueRecalculation(context, jobs);
  renameOwnedSheet(owned);
  await context.sync(); // last: styles, chart, recalculation and name
  await rememberSheet("ageingReport", owned.target, sheet, layout.cells[0]);
}
