import {
  AGEING_REPORT_SHEET,
  ageingReportLayout,
} from "../../../../src/core/sheet/ageingReportLayout";
import type { AgeingReport } from "../../../../src/core/workbook";

const REPORT: AgeingReport = {
  asOf: 45400,
  title: "Ageing report",
  customerHeader: "Customer",
  totalHeader: "Total",
  bucketLabels: ["Not due", "1-30", "31-60", "61-90", "90+"],
  rows: [
    { customer: "ACME", buckets: [1000, 500, 0, 0, 250], total: 1750 },
    { customer: "Boulangerie Martin", buckets: [0, 0, 320.4, 0, 0], total: 320.4 },
  ],
  totals: { label: "Total", buckets: [1000, 500, 320.4, 0, 250], total: 2070.4 },
  kpis: [
    { label: "DSO", value: 47, format: "days" },
    { label: "Overdue share", value: 0.517, format: "percent" },
    { label: "Open", value: 2070.4, format: "money" },
    { label: "Customers", value: 2, format: "number" },
    { label: "Best possible DSO", value: null, format: "days" },
  ],
  currency: "EUR",
};

describe("ageingReportLayout", () => {
  const layout = ageingReportLayout(REPORT);

  it("lays out title, as-of, currency, one row per customer, totals and KPIs", () => {
    expect(layout.cells).toEqual([
      ["Ageing report", "", "", "", "", "", ""],
      ["As of", 45400, "", "", "", "", ""],
      ["Currency: EUR", "", "", "", "", "", ""],
      ["", "", "", "", "", "", ""],
      ["Customer", "Not due", "1-30", "31-60", "61-90", "90+", "Total"],
      ["ACME", 1000, 500, 0, 0, 250, 1750],
      ["Boulangerie Martin", 0, 0, 320.4, 0, 0, 320.4],
      ["Total", 1000, 500, 320.4, 0, 250, 2070.4],
      ["", "", "", "", "", "", ""],
      ["DSO", 47, "", "", "", "", ""],
      ["Overdue share", 0.517, "", "", "", "", ""],
      ["Open", 2070.4, "", "", "", "", ""],
      ["Customers", 2, "", "", "", "", ""],
      ["Best possible DSO", "", "", "", "", "", ""],
      ["", "", "", "", "", "", ""],
      ["", "Not due", "1-30", "31-60", "61-90", "90+", ""],
      ["Total", 1000, 500, 320.4, 0, 250, ""],
    ]);
    expect([layout.headerRow, layout.totalsRow]).toEqual([5, 8]);
  });

  it("formats the as-of date, the money, the KPIs and the customer names as text", () => {
    expect(layout.formats[1].slice(0, 2)).toEqual(["General", "yyyy-mm-dd"]);
    expect(layout.formats[5]).toEqual(["@", ...Array(6).fill("#,##0.00")]);
    expect(layout.formats[7]).toEqual(layout.formats[5]);
    expect(layout.formats.slice(9, 14).map((row) => row[1])).toEqual([
      "0",
      "0.0%",
      "#,##0.00",
      "#,##0.##",
      "0",
    ]);
    expect(layout.formats[15].slice(1, 6)).toEqual(Array(5).fill("@"));
    expect(layout.formats.every((row) => row.length === 7)).toBe(true);
  });

  it("points the chart at the bucket labels over the totals", () => {
    expect(layout.chart).toEqual({ row: 16, column: 0, rowCount: 2, columnCount: 6 });
  });

  it("writes formula-looking texts as text", () => {
    const cells = ageingReportLayout({
      ...REPORT,
      title: "=Report",
      bucketLabels: ["-30", "+30"],
      rows: [{ customer: "@home", buckets: [1, 2], total: 3 }],
      totals: { label: "+Total", buckets: [1, 2], total: 3 },
      kpis: [],
    }).cells;
    expect(cells[0][0]).toBe("'=Report");
    expect(cells[4]).toEqual(["Customer", "'-30", "'+30", "Total"]);
    expect(cells[5][0]).toBe("'@home");
    expect(cells[6][0]).toBe("'+Total");
  });

  it("keeps a report without customers, buckets or KPIs rectangular", () => {
    const empty = ageingReportLayout({
      ...REPORT,
      bucketLabels: [],
      rows: [],
      totals: { label: "Total", buckets: [], total: 0 },
      kpis: [],
    });
    expect(empty.cells.every((row) => row.length === 2)).toBe(true);
    expect(empty.cells[4]).toEqual(["Customer", "Total"]);
    expect(empty.cells[5]).toEqual(["Total", 0]);
    expect(empty.totalsRow).toBe(6);
    expect(empty.chart.columnCount).toBe(1);
  });

  it("adds the cash-in forecast as a period / amount block its own chart plots", () => {
    const periods = [
      { label: "From 2024-04-18", amount: 1200 },
      { label: "Later", amount: 300 },
      { label: "=Unlikely", amount: 570.4 },
    ];
    const withForecast = ageingReportLayout({
      ...REPORT,
      forecast: {
        title: "Expected receipts",
        periodHeader: "Period",
        amountHeader: "Expected",
        periods,
      },
    });
    const rows = withForecast.cells.slice(layout.cells.length);
    expect(rows.map((row) => row.slice(0, 2))).toEqual([
      ["", ""],
      ["Expected receipts", ""],
      ["Period", "Expected"],
      ["From 2024-04-18", 1200],
      ["Later", 300],
      ["'=Unlikely", 570.4],
    ]);
    expect(withForecast.cells.slice(0, layout.cells.length)).toEqual(layout.cells);
    expect(withForecast.forecast).toEqual({
      titleRow: 19,
      headerRow: 20,
      chart: { row: 20, column: 0, rowCount: 4, columnCount: 2 },
    });
    expect(withForecast.formats[20].slice(0, 2)).toEqual(["@", "#,##0.00"]);
    expect(layout.forecast).toBeUndefined();
  });

  it("frames the report in French when asked", () => {
    const french = ageingReportLayout({ ...REPORT, language: "fr", currency: "CHF" }).cells;
    expect([french[1][0], french[2][0]]).toEqual(["Arrêté au", "Devise : CHF"]);
    expect(AGEING_REPORT_SHEET).toEqual({ en: "Ageing report", fr: "Balance âgée" });
  });
});
