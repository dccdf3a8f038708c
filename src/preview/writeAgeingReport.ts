import { AGEING_REPORT_SHEET, ageingReportLayout } from "../core/sheet/ageingReportLayout";
import type { AgeingReport } from "../core/workbook";
import type { BookState } from "./bookState";
import { ownedSheet } from "./ownedSheet";

/**
 * Write or refresh the ageing report sheet: its cells, bold title, header and totals, the ageing
 * chart and, when the report has one, the cash-in forecast's chart.
 */
export function writeAgeingReport(state: BookState, report: AgeingReport): void {
  const layout = ageingReportLayout(report);
  const language = report.language ?? "en";
  const sheet = ownedSheet(state, "ageingReport", AGEING_REPORT_SHEET, language, layout.cells[0]);
  sheet.clear();
  layout.cells.forEach((row, r) =>
    row.forEach((input, c) => {
      const bold = [layout.headerRow, layout.totalsRow, 1, layout.forecast?.titleRow].includes(
        r + 1
      );
      sheet.input(r + 1, c, input, {
        numberFormat: layout.formats[r][c],
        ...(bold ? { bold: true } : {}),
      });
    })
  );
  sheet.charts.push({
    type: "ColumnClustered",
    title: report.title,
    source: layout.chart,
    seriesBy: "rows",
  });
  if (layout.forecast && report.forecast) {
    sheet.charts.push({
      type: "ColumnClustered",
      title: report.forecast.title,
      source: layout.forecast.chart,
      seriesBy: "columns",
    });
  }
}
