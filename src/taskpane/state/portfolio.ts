import type { Day, Invoice, Settings } from "../../core/types";
import type { LoggedReminder } from "../../core/workbook";
import { analyseInvoices, type InvoiceAnalysis } from "../../core/analyse";
import { agedBalance, type AgedBalance } from "../../core/ageing/agedBalance";
import { DEFAULT_BUCKET_BOUNDS, invalidBoundsReason } from "../../core/ageing/ageBucket";
import {
  DEFAULT_KPI_PERIOD_DAYS,
  portfolioKpis,
  type PortfolioKpis,
} from "../../core/kpi/portfolioKpis";
import type { CustomerHistory } from "../../core/history/customerHistory";
import {
  accountContext,
  withActivity,
  type AccountContext,
} from "../../core/account/accountContext";
import type { HoldReason } from "../../core/account/creditHold";
import { customerHolds } from "../../core/account/customerHolds";
import { disputedByReason, type DisputeBucket } from "../../core/account/disputedByReason";
import type { Journal } from "../../core/account/journal";
import { worklist, type WorklistLine } from "../../core/account/worklist";
import { DEFAULT_LADDER } from "../../core/policy/defaultLadder";
import { cashForecast, type CashForecast } from "../../core/forecast/cashForecast";
import { topRiskCustomers, type CustomerRisk } from "./topRiskCustomers";

/** Everything the overview and the selection show, computed once per sheet read and as-of date. */
export interface Portfolio {
  rows: InvoiceAnalysis[];
  /** Analysis by sheet row, for the selection. */
  byRow: Map<number, InvoiceAnalysis>;
  kpis: PortfolioKpis;
  aged: AgedBalance;
  topRisk: CustomerRisk[];
  /** Customer histories by customerKey. */
  histories: Map<string, CustomerHistory>;
  /** What the Activity and Payment plans sheets say at asOf. */
  account: AccountContext;
  /** Today's worklist, ranked (core/account/worklist). */
  worklist: WorklistLine[];
  /** Customers on credit hold, by customerKey, with the reasons. */
  holds: Map<string, HoldReason[]>;
  /** Disputed open amount by reason. */
  disputed: Partial<Record<DisputeBucket, number>>;
  /** Expected receipts per week (core/forecast/cashForecast); Critical risks are unlikely. */
  forecast: CashForecast;
}

const EMPTY_JOURNAL: Journal = { activity: [], plans: [], letters: [], problems: [] };

/**
 * The analysis the pane shows. The recorded activity (disputes, promises, payment plans) is
 * applied to the invoices first, so the statuses and next actions follow it as the sheet's own
 * columns would (core/account/accountContext).
 */
export function computePortfolio(
  invoices: Invoice[],
  asOf: Day,
  settings: Settings,
  journal: Journal = EMPTY_JOURNAL,
  reminderLog: readonly LoggedReminder[] = []
): Portfolio {
  const bounds =
    invalidBoundsReason(settings.bucketBounds) === undefined
      ? settings.bucketBounds
      : [...DEFAULT_BUCKET_BOUNDS];
  const account = accountContext(journal.activity, journal.plans, invoices, asOf);
  const { rows, histories } = analyseInvoices(withActivity(invoices, account), {
    asOf,
    settings: { ...settings, bucketBounds: bounds },
    reminderLog,
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
  const ladder = settings.ladder.length > 0 ? settings.ladder : DEFAULT_LADDER;
  return {
    rows,
    byRow,
    kpis,
    aged: agedBalance(invoices, asOf, bounds),
    topRisk: topRiskCustomers(rows, 10),
    histories,
    account,
    worklist: worklist(rows, account.promises, ladder),
    holds: customerHolds(rows, histories, settings.holdDay),
    disputed: disputedByReason(invoices, account.openDisputes),
    forecast: cashForecast(
      rows.map((row) => row.invoice),
      asOf,
      {
        histories,
        doubtfulAfterDays: bounds[bounds.length - 1] + 1,
        isDoubtful: (invoice) => critical.has(invoice.row),
      }
    ),
  };
}
