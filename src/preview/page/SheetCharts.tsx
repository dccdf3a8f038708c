import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { SheetArea } from "../../core/sheet/a1";
import type { MemoryChart, MemorySheet } from "../memorySheet";
import type { MemoryWorkbook } from "../memoryWorkbook";
import { useWorkbookVersion } from "./useWorkbookVersion";

const useStyles = makeStyles({
  strip: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalL,
    maxHeight: "40vh",
    overflowY: "auto",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  chart: { margin: 0, minWidth: "240px", flexGrow: 1, maxWidth: "480px" },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    display: "grid",
    gridTemplateColumns: "minmax(96px, auto) 1fr minmax(72px, auto)",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "center",
    fontSize: tokens.fontSizeBase200,
  },
  track: { height: "8px", backgroundColor: tokens.colorNeutralBackground3 },
  bar: { height: "100%", backgroundColor: tokens.colorBrandBackground },
  value: { textAlign: "end", color: tokens.colorNeutralForeground2 },
});

/** A chart's points: labels from its first row or column, values from the next. */
function pointsOf(sheet: MemorySheet, chart: MemoryChart, locale: string) {
  const area: SheetArea = chart.source;
  const texts = sheet.texts(area, locale);
  const values = sheet.values(area);
  if (chart.seriesBy === "columns") {
    return texts
      .slice(1)
      .map((row, i) => ({ label: row[0], text: row[1], value: values[i + 1][1] }));
  }
  return texts[0]
    .slice(1)
    .map((label, i) => ({ label, text: texts[1][i + 1], value: values[1][i + 1] }));
}

interface SheetChartsProps {
  workbook: MemoryWorkbook;
  locale: string;
}

/**
 * The active sheet's charts, as the preview's equivalent of Excel's native charts: one bar per
 * point, read from the chart's source cells (so they follow the cells, as Excel's do). The bars
 * are decoration: each point's label and value are text.
 */
export function SheetCharts({ workbook, locale }: SheetChartsProps): React.JSX.Element | null {
  const styles = useStyles();
  useWorkbookVersion(workbook);
  const sheet = workbook.getSheet(workbook.activeSheetName);
  if (!sheet || sheet.charts.length === 0) return null;
  return (
    <div className={styles.strip} data-testid="sheet-charts">
      {sheet.charts.map((chart, index) => {
        const points = pointsOf(sheet, chart, locale);
        const largest = Math.max(
          0,
          ...points.map((p) => (typeof p.value === "number" ? p.value : 0))
        );
        return (
          <figure key={index} className={styles.chart} data-chart={chart.title}>
            <figcaption className={styles.title}>{chart.title}</figcaption>
            <ul className={styles.list}>
              {points.map((point, i) => {
                const share =
                  typeof point.value === "number" && largest > 0 ? point.value / largest : 0;
                return (
                  <li key={i} className={styles.item}>
                    <span>{point.label}</span>
                    <div className={styles.track} aria-hidden="true">
                      <div
                        className={styles.bar}
                        style={{ width: `${Math.max(0, share) * 100}%` }}
                      />
                    </div>
                    <span className={styles.value}>{point.text}</span>
                  </li>
                );
              })}
            </ul>
          </figure>
        );
      })}
    </div>
  );
}
