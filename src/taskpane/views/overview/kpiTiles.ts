import type { PortfolioKpis } from "../../../core/kpi/portfolioKpis";
import type { Formatters } from "../../format/formatters";
import type { Strings } from "../../i18n/strings";
import type { KpiTile } from "./KpiGrid";

type Unit = "money" | "ratio" | "percent" | "days";

/** The overview's figures in reading order, each with how it is written. */
const FIGURES: { key: keyof Strings["overview"]["kpi"] & keyof PortfolioKpis; unit: Unit }[] = [
  { key: "outstanding", unit: "money" },
  { key: "overdueShare", unit: "ratio" },
  { key: "dso", unit: "days" },
  { key: "dsoCountback", unit: "days" },
  { key: "bestPossibleDso", unit: "days" },
  { key: "averageDaysDelinquent", unit: "days" },
  { key: "cei", unit: "percent" },
  { key: "recoveryRate", unit: "ratio" },
  { key: "averageCollectionDays", unit: "days" },
  { key: "doubtfulShare", unit: "ratio" },
];

/** The KPIs as labelled, formatted tiles; a KPI the data cannot give has no value (shown "n/a"). */
export function kpiTiles(kpis: PortfolioKpis, strings: Strings, format: Formatters): KpiTile[] {
  return FIGURES.map(({ key, unit }) => {
    const value = kpis[key];
    return {
      key,
      label: strings.overview.kpi[key],
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
