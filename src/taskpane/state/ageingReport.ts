import { toIsoDate } from "../../core/dates/calendar";
import { roundCents } from "../../core/values/roundCents";
import type { AgeingReport } from "../../core/workbook";
import type { Strings } from "../i18n/strings";
import type { Portfolio } from "./portfolio";

/**
 * The ageing report sheet's content, translated, from the portfolio already computed: the aged
 * balance, the KPIs and the cash-in forecast (weeks, later, unlikely) with its chart.
 */
export function buildAgeingReport(
  portfolio: Portfolio,
  strings: Strings,
  currency: string
): AgeingReport {
  const { aged, kpis, forecast } = portfolio;
  const k = strings.overview.kpi;
  const f = strings.overview.forecast;
  return {
    asOf: kpis.asOf,
    title: strings.overview.reportTitle,
    customerHeader: strings.overview.customerColumn,
    totalHeader: strings.overview.reportTotal,
    bucketLabels: aged.labels.map((label) => strings.overview.bucket(label)),
    rows: aged.customers.map((customer) => ({
      customer: customer.customer,
      buckets: customer.buckets,
      total: customer.total,
    })),
    totals: { label: strings.overview.reportTotal, buckets: aged.totals, total: aged.total },
    kpis: [
      { label: k.outstanding, value: kpis.outstanding, format: "money" },
      { label: k.overdueShare, value: kpis.overdueShare, format: "percent" },
      { label: k.dso, value: kpis.dso, format: "days" },
      { label: k.bestPossibleDso, value: kpis.bestPossibleDso, format: "days" },
      { label: k.averageDaysDelinquent, value: kpis.averageDaysDelinquent, format: "days" },
      // The sheet's percent format wants a ratio, as the other shares are.
      { label: k.cei, value: kpis.cei === null ? null : kpis.cei / 100, format: "percent" },
      { label: k.doubtfulShare, value: kpis.doubtfulShare, format: "percent" },
    ],
    currency,
    forecast: {
      title: f.reportTitle,
      periodHeader: f.periodColumn,
      amountHeader: f.amountColumn,
      periods: [
        // ISO dates: the sheet is read in any locale, and sorts and filters as text.
        ...forecast.weeks.map((amount, i) => ({
          label: f.week(toIsoDate(forecast.asOf + 7 * i)),
          amount: roundCents(amount),
        })),
        { label: f.later, amount: roundCents(forecast.later) },
        { label: f.unlikely, amount: roundCents(forecast.unlikely) },
      ],
    },
  };
}
