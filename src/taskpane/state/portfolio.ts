import type { Day, Invoice, Settings } from "../../core/types";
import { analyseInvoices, type InvoiceAnalysis } from "../../core/analyse";
import { agedBalance, type AgedBalance } from "../../core/ageing/agedBalance";
import { DEFAULT_BUCKET_BOUNDS, invalidBoundsReason } from "../../core/ageing/ageBucket";
import {
  DEFAULT_KPI_PERIOD_DAYS,
  portfolioKpis,
  type PortfolioKpis,
} from "../../core/kpi/portfolioKpis";
import { topRiskCustomers, type CustomerRisk } from "./topRiskCustomers";

/** Everything the overview and the selection show, computed once per sheet read and as-of date. */
export interface Portfolio {
  rows: InvoiceAnalysis[];
  /** Analysis by sheet row, for the selection. */
  byRow: Map<number, InvoiceAnalysis>;
  kpis: PortfolioKpis;
  aged: AgedBalance;
  topRisk: CustomerRisk[];
}

export function computePortfolio(invoices: Invoice[], asOf: Day, settings: Settings): Portfolio {
  const bounds =
    invalidBoundsReason(settings.bucketBounds) === undefined
      ? settings.bucketBounds
      : [...DEFAULT_BUCKET_BOUNDS];
  const { rows } = analyseInvoices(invoices, {
    asOf,
    settings: { ...settings, bucketBounds: bounds },
  });
  const byRow = new Map(rows.map((row) => [row.invoice.row, row]));
  // "Doubtful" is 91+ days or a Critical risk: the risk side comes from the analysis.
  const critical = new Set(
    rows.filter((row) => row.riskClass === "Critical").map((row) => row.invoice.row)
  );
  const kpis = portfolioKpis(invoices, asOf, {
    periodDays: DEFAULT_KPI_PERIOD_DAYS,
    bounds,
    isCritical: (invoice: Invoice) => critical.has(invoice.row),
  });
  return {
    rows,
    byRow,
    kpis,
    aged: agedBalance(invoices, asOf, bounds),
    topRisk: topRiskCustomers(rows, 10),
  };
}
