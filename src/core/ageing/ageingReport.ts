import type { ReportForecast } from "../forecast/reportForecast";
import type { Day, Language } from "../types";

/** The ageing report sheet: already translated and computed by the caller. */
export interface AgeingReport {
  asOf: Day;
  title: string;
  customerHeader: string;
  totalHeader: string;
  bucketLabels: string[];
  rows: { customer: string; buckets: number[]; total: number }[];
  totals: { label: string; buckets: number[]; total: number };
  kpis: { label: string; value: number | null; format: "money" | "percent" | "days" | "number" }[];
  currency: string;
  /** Language of the sheet's own labels and name ("Ageing report" / "Balance âgée"); English when absent. */
  language?: Language;
  /** The cash-in forecast under the report, with its own chart: one line per period. */
  forecast?: ReportForecast;
}
