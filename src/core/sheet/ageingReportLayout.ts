import type { Language } from "../types";
import type { AgeingReport } from "../workbook";
import type { SheetText } from "./analysisColumns";
import { asCellInput } from "./cellText";

export const AGEING_REPORT_SHEET: SheetText = { en: "Ageing report", fr: "Balance âgée" };

/** The two labels of the report the pane does not pass (they frame its own texts). */
const LABELS: Readonly<Record<Language, { asOf: string; currency: (code: string) => string }>> = {
  en: { asOf: "As of", currency: (code) => `Currency: ${code}` },
  fr: { asOf: "Arrêté au", currency: (code) => `Devise : ${code}` },
};

/** Excel number formats of the report's figures. */
const KPI_FORMATS: Record<AgeingReport["kpis"][number]["format"], string> = {
  money: "#,##0.00",
  percent: "0.0%",
  days: "0",
  number: "#,##0.##",
};

export interface AgeingReportLayout {
  /** Cells from A1, rows of equal length. */
  cells: (string | number)[][];
  /** Number format per cell, same shape. */
  formats: string[][];
  /** 1-based rows of the header and totals (bold) and of the KPI title. */
  headerRow: number;
  totalsRow: number;
  /** The chart's source (bucket labels over the totals): 1-based row, 0-based column. */
  chart: ChartSource;
  /** The forecast's title row (bold) and chart source (periods down, amounts beside), when given. */
  forecast?: { titleRow: number; headerRow: number; chart: ChartSource };
}

/** Where a chart's data is: 1-based row, 0-based column, with its label row or column. */
export interface ChartSource {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

/**
 * The ageing report as a grid both adapters write the same way: title and as-of date, one row
 * per customer with a column per bucket and a total, the totals row, then the KPIs. The chart
 * plots the totals row against the bucket labels. The cash-in forecast, when given, follows as
 * a two-column block (period, expected amount) its own chart plots. The report's language
 * (English by default) gives the as-of and currency labels.
 * @example ageingReportLayout({ asOf: 45020, title: "Ageing", customerHeader: "Customer", totalHeader: "Total", bucketLabels: ["Current", "1-30"], currency: "EUR",
 *   rows: [{ customer: "ACME", buckets: [0, 1000], total: 1000 }], totals: { label: "Total", buckets: [0, 1000], total: 1000 }, kpis: [] }).cells.slice(4, 7)
 * //=> [["Customer", "Current", "1-30", "Total"], ["ACME", 0, 1000, 1000], ["Total", 0, 1000, 1000]]
 */
export function ageingReportLayout(report: AgeingReport): AgeingReportLayout {
  const labels = LABELS[report.language ?? "en"];
  const width = Math.max(report.bucketLabels.length + 2, 2);
  const pad = (row: (string | number)[]): (string | number)[] => [
    ...row,
    ...Array(width - row.length).fill(""),
  ];
  const money = "#,##0.00";
  const cells: (string | number)[][] = [];
  const formats: string[][] = [];
  const push = (row: (string | number)[], rowFormats: string[]) => {
    cells.push(pad(row));
    formats.push([...rowFormats, ...Array(width - rowFormats.length).fill("General")]);
  };
  push([asCellInput(report.title)], ["General"]);
  push([labels.asOf, report.asOf], ["General", "yyyy-mm-dd"]);
  push([asCellInput(labels.currency(report.currency))], ["General"]);
  push([], []);
  const headerRow = cells.length + 1;
  push(
    [
      asCellInput(report.customerHeader),
      ...report.bucketLabels.map(asCellInput),
      asCellInput(report.totalHeader),
    ],
    []
  );
  const figureFormats = ["@", ...Array(width - 1).fill(money)];
  for (const row of report.rows)
    push([asCellInput(row.customer), ...row.buckets, row.total], figureFormats);
  const totalsRow = cells.length + 1;
  push(
    [asCellInput(report.totals.label), ...report.totals.buckets, report.totals.total],
    figureFormats
  );
  push([], []);
  for (const kpi of report.kpis) {
    push([asCellInput(kpi.label), kpi.value ?? ""], ["General", KPI_FORMATS[kpi.format]]);
  }
  push([], []);
  // The chart's source: bucket labels over the totals, two adjacent rows (one series).
  const chartRow = cells.length + 1;
  push(
    ["", ...report.bucketLabels.map(asCellInput)],
    ["General", ...report.bucketLabels.map(() => "@")]
  );
  push(
    [asCellInput(report.totals.label), ...report.totals.buckets],
    ["General", ...report.bucketLabels.map(() => money)]
  );
  const chart = {
    row: chartRow,
    column: 0,
    rowCount: 2,
    columnCount: report.bucketLabels.length + 1,
  };
  if (!report.forecast) return { cells, formats, headerRow, totalsRow, chart };
  const forecast = report.forecast;
  push([], []);
  const titleRow = cells.length + 1;
  push([asCellInput(forecast.title)], ["General"]);
  const forecastHeader = cells.length + 1;
  push([asCellInput(forecast.periodHeader), asCellInput(forecast.amountHeader)], ["@", "@"]);
  // Periods as text: "later" and "unlikely" sit among the weeks on the chart's category axis.
  for (const period of forecast.periods)
    push([asCellInput(period.label), period.amount], ["@", money]);
  return {
    cells,
    formats,
    headerRow,
    totalsRow,
    chart,
    forecast: {
      titleRow,
      headerRow: forecastHeader,
      chart: {
        row: forecastHeader,
        column: 0,
        rowCount: forecast.periods.length + 1,
        columnCount: 2,
      },
    },
  };
}
