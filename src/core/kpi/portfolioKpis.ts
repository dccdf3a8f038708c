import { agedBalance } from "../ageing/agedBalance";
import { ageBucketIndex, DEFAULT_BUCKET_BOUNDS } from "../ageing/ageBucket";
import { daysOverdue } from "../ageing/daysOverdue";
import type { Day, Invoice } from "../types";
import type { Parsed } from "../values/parsed";
import { roundCents } from "../values/roundCents";
import { averageDaysDelinquent } from "./averageDaysDelinquent";
import { bestPossibleDso } from "./bestPossibleDso";
import { cei } from "./cei";
import { dso } from "./dso";
import { dsoCountback } from "./dsoCountback";

/** Length of the periods the countback DSO walks back through. */
export const COUNTBACK_PERIOD_DAYS = 30;
export const DEFAULT_KPI_PERIOD_DAYS = 90;

export interface PortfolioKpiOptions {
  /** The KPI period is the `periodDays` days ending on asOf: (asOf - periodDays, asOf]. */
  periodDays?: number;
  /** Ageing bucket bounds; the last bucket (91+ by default) counts as doubtful. */
  bounds?: readonly number[];
  /** Invoices counted as doubtful whatever their age (e.g. a Critical risk class). */
  isCritical?: (invoice: Invoice) => boolean;
}

/**
 * The portfolio's KPIs at asOf. Amounts are in the sheet's currency, rounded to cents; a KPI is
 * null when the sheet does not hold what it needs (never NaN). The open amounts are taken to be
 * those at asOf, so asOf should be the date the sheet is up to.
 */
export interface PortfolioKpis {
  asOf: Day;
  periodDays: number;
  /** Invoices read, and those with an open amount (credit notes included). */
  invoiceCount: number;
  openInvoiceCount: number;
  /** Sum of the open amounts; credit notes reduce it. */
  outstanding: number;
  /** Open amounts past their due date (the buckets after Current, credit notes included). */
  overdue: number;
  /** overdue / outstanding, 0..1; null when nothing is owed. */
  overdueShare: number | null;
  bucketLabels: string[];
  /** Open amounts per ageing bucket (agedBalance totals). */
  buckets: number[];
  /** Net sales (credit notes deducted) of the invoices dated in the period; null without invoice dates. */
  creditSales: number | null;
  /**
   * True when no invoice of the sheet is settled: it lists open invoices only, so its sales miss
   * the invoices already paid and the sales-based KPIs (DSO, countback, best DSO) run high.
   */
  openInvoicesOnly: boolean;
  /** outstanding / creditSales x periodDays. */
  dso: number | null;
  /**
   * Countback DSO over 30-day periods back from asOf, the sales of each period being the
   * amounts of the invoices dated in it; null when the sheet's sales do not cover the outstanding.
   */
  dsoCountback: number | null;
  /** Current (not yet due) receivables / creditSales x periodDays. */
  bestPossibleDso: number | null;
  /** dso - bestPossibleDso: the days due to late payment. */
  averageDaysDelinquent: number | null;
  /**
   * Receivables at the start of the period, rebuilt from the invoice and paid dates: the amount of
   * each invoice dated on or before the start and not settled by then (a partial payment without
   * a date is taken to have come later). Null unless the sheet has paid dates for every settled
   * invoice (a sheet of open invoices alone has lost the invoices paid in the period).
   */
  receivablesAtPeriodStart: number | null;
  /** Amounts settled in the period (amount less what is still open); null as above. */
  collectedInPeriod: number | null;
  /** CEI in percent over the period (one period: beginAR + creditSales - ...); null as above. */
  cei: number | null;
  /** collectedInPeriod / (receivablesAtPeriodStart + creditSales), 0..1; null as above. */
  recoveryRate: number | null;
  /** Mean days from invoice date to paid date of the invoices settled in the period. */
  averageCollectionDays: number | null;
  /**
   * Open amount of the invoices in the last ageing bucket or judged critical, over outstanding,
   * 0..1 (credit notes are never doubtful); null when nothing is owed.
   */
  doubtfulShare: number | null;
}

const valueOrNull = (result: Parsed<number>): number | null => (result.ok ? result.value : null);

/**
 * The KPIs of docs/design.md §4 from the invoice sheet, in two passes (aged balance, then the rest).
 * @example portfolioKpis([{ row: 2, customer: "ACME", invoiceNumber: "F-1", dueDate: 45000, amount: 1000, paid: 0, open: 1000, disputed: false }], 45020).overdueShare
 * //=> 1
 */
export function portfolioKpis(
  invoices: readonly Invoice[],
  asOf: Day,
  options: PortfolioKpiOptions = {}
): PortfolioKpis {
  const periodDays = options.periodDays ?? DEFAULT_KPI_PERIOD_DAYS;
  const validPeriod = Number.isInteger(periodDays) && periodDays >= 1;
  const bounds = options.bounds ?? DEFAULT_BUCKET_BOUNDS;
  const lastBucket = bounds.length + 1;
  const periodStart = asOf - periodDays;

  const aged = agedBalance(invoices, asOf, bounds);
  const outstanding = aged.total;
  const currentReceivables = aged.totals[0];
  const overdue = roundCents(outstanding - currentReceivables);

  let openInvoiceCount = 0;
  let doubtful = 0;
  let datedInvoices = 0;
  let creditSales = 0;
  const salesBack: number[] = []; // index 0 = the 30 days ending on asOf
  let arAtStart = 0;
  let collected = 0;
  let paidDates = 0;
  let settledWithoutDate = 0;
  let settled = 0;
  let collectionDays = 0;
  let collectedInvoices = 0;

  for (const invoice of invoices) {
    const { amount, open, invoiceDate, paidDate } = invoice;
    if (!Number.isFinite(amount) || !Number.isFinite(open)) continue;
    if (open !== 0) openInvoiceCount++;
    else settled++;
    if (
      open > 0 &&
      (ageBucketIndex(daysOverdue(invoice.dueDate, asOf), bounds) === lastBucket ||
        options.isCritical?.(invoice) === true)
    ) {
      doubtful += open;
    }
    if (invoiceDate !== undefined && invoiceDate <= asOf) {
      datedInvoices++;
      if (invoiceDate > periodStart) creditSales += amount;
      const back = Math.floor((asOf - invoiceDate) / COUNTBACK_PERIOD_DAYS);
      while (salesBack.length <= back) salesBack.push(0);
      salesBack[back] += amount;
      if (invoiceDate <= periodStart && (paidDate === undefined || paidDate > periodStart)) {
        arAtStart += amount;
      }
    }
    if (paidDate !== undefined) {
      paidDates++;
      if (paidDate > periodStart && paidDate <= asOf && amount > 0) {
        collected += amount - Math.max(open, 0);
        if (invoiceDate !== undefined) {
          collectionDays += paidDate - invoiceDate;
          collectedInvoices++;
        }
      }
    } else if (open === 0 && amount !== 0) {
      settledWithoutDate++;
    }
  }

  const sales = validPeriod && datedInvoices > 0 ? roundCents(creditSales) : null;
  const simpleDso = sales === null ? null : valueOrNull(dso(outstanding, sales, periodDays));
  const bestDso =
    sales === null ? null : valueOrNull(bestPossibleDso(currentReceivables, sales, periodDays));
  const add =
    simpleDso === null || bestDso === null
      ? null
      : valueOrNull(averageDaysDelinquent(simpleDso, bestDso));

  // A period whose credit notes exceed its invoices added no receivables: count it as 0 sales.
  const oldestFirst = salesBack.reverse().map((amount) => Math.max(0, amount));
  const countback =
    datedInvoices === 0
      ? null
      : valueOrNull(
          dsoCountback(
            outstanding,
            oldestFirst,
            oldestFirst.map(() => COUNTBACK_PERIOD_DAYS)
          )
        );

  // The start of the period can be rebuilt only when every settled invoice says when it was paid.
  const rebuildable = sales !== null && paidDates > 0 && settledWithoutDate === 0;
  const beginAR = rebuildable ? roundCents(arAtStart) : null;
  const collectedInPeriod = rebuildable ? roundCents(collected) : null;
  const collectible = beginAR === null || sales === null ? 0 : beginAR + sales;

  return {
    asOf,
    periodDays,
    invoiceCount: invoices.length,
    openInvoiceCount,
    outstanding,
    overdue,
    overdueShare: outstanding > 0 ? overdue / outstanding : null,
    bucketLabels: aged.labels,
    buckets: aged.totals,
    creditSales: sales,
    openInvoicesOnly: invoices.length > 0 && settled === 0,
    dso: simpleDso,
    dsoCountback: countback,
    bestPossibleDso: bestDso,
    averageDaysDelinquent: add,
    receivablesAtPeriodStart: beginAR,
    collectedInPeriod,
    cei:
      beginAR === null || sales === null
        ? null
        : valueOrNull(cei(beginAR, sales, outstanding, currentReceivables)),
    recoveryRate:
      collectedInPeriod !== null && collectible > 0 ? collectedInPeriod / collectible : null,
    averageCollectionDays: collectedInvoices > 0 ? collectionDays / collectedInvoices : null,
    doubtfulShare: outstanding > 0 ? roundCents(doubtful) / outstanding : null,
  };
}
