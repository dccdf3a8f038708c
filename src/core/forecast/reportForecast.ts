/** The cash-in forecast as the ageing report sheet shows it, already translated. */
export interface ReportForecast {
  title: string;
  periodHeader: string;
  amountHeader: string;
  /** The weeks, then later and unlikely (core/forecast/cashForecast). */
  periods: { label: string; amount: number }[];
}
