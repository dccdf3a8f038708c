import type { PortfolioKpis } from "../../../core/kpi/portfolioKpis";
import type { Formatters } from "../../format/formatters";
import type { Strings } from "../../i18n/strings";
import type { KpiTile } from "./KpiGrid";

type Unit = "money" | "ratio" | "percent" | "days";
type FigureKey = keyof Strings["overview"]["kpi"] &
  keyof Strings["overview"]["kpiHelp"] &
  keyof PortfolioKpis;

/**
 * The overview's figures in reading order, each with how it is written and whether it is taken
 * at the as-of date or over the KPI period (sales, collections) ending on it.
 */
const FIGURES: { key: FigureKey; unit: Unit; over: "asOf" | "period" }[] = [
  { key: "outstanding", unit: "money", over: "asOf" },
  { key: "overdueShare", unit: "ratio", over: "asOf" },
  { key: "dso", unit: "days", over: "period" },
  { key: "dsoCountback", unit: "days", over: "asOf" },
  { key: "bestPossibleDso", unit: "days", over: "period" },
  { key: "averageDaysDelinquent", unit: "days", over: "period" },
  { key: "cei", unit: "percent", over: "period" },
  { key: "recoveryRate", unit: "ratio", over: "period" },
  { key: "averageCollectionDays", unit: "days", over: "period" },
  { key: "doubtfulShare", unit: "ratio", over: "asOf" },
];

/** The KPIs as labelled, formatted tiles; a KPI the data cannot give has no value (shown "n/a"). */
export function kpiTiles(kpis: PortfolioKpis, strings: Strings, format: Formatters): KpiTile[] {
  const o = strings.overview;
  return FIGURES.map(({ key, unit, over }) => {
    const value = kpis[key];
    return {
      key,
      label: o.kpi[key],
      help: `${o.kpiHelp[key]} ${over === "period" ? o.kpiPeriod(kpis.periodDays) : o.kpiAtAsOf}`,
      value:
        typeof value === "number" && Number.isFinite(value)
          ? formatKpi(value, unit, strings, format)
          : undefined,
    };
  });
}

function formatKpi(value: number, unit: Unit, strings: Strings, format: Formatters): string {
  switch (unit) {
    case "money":
      return format.money(value);
    case "ratio":
      return format.percent(value);
    case "percent":
      // CEI comes in percent (0-100): Intl's percent style wants a ratio.
      return format.percent(value / 100);
    default:
      return strings.overview.days(format.number(value, 0));
  }
}
