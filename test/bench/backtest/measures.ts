/**
 * The backtest's measures on a replayed sample: risk score AUC at each invoice's due date, the
 * error of CREDIT.PAYDATE predicted at each invoice date, and the weekly cash-in forecast against
 * what was collected. Each prediction uses only what the sheet showed on the day it is made:
 * core's customer history as of that day (settlements after it are still open then).
 */
import { cashForecast } from "../../../src/core/forecast/cashForecast";
import { expectedPayDate } from "../../../src/core/forecast/payDate";
import {
  customerHistories,
  customerKey,
  SEVERELY_LATE_DAYS,
  type CustomerHistory,
} from "../../../src/core/history/customerHistory";
import { riskScore } from "../../../src/core/risk/riskScore";
import type { Day, Invoice } from "../../../src/core/types";
import { byCustomer } from "./ibmSample";

/** The customer's history on `asOf` from the customer's own invoices. */
function historyOn(own: Invoice[], asOf: Day): CustomerHistory | undefined {
  return customerHistories(own, asOf).get(customerKey(own[0].customer));
}

/** Area under the ROC curve by ranks (Mann-Whitney U), tied scores share their mean rank. */
export function auc(scores: readonly number[], positive: readonly boolean[]): number {
  const order = scores.map((_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let positives = 0;
  let positiveRanks = 0;
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j < order.length && scores[order[j]] === scores[order[i]]) j++;
    const meanRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) {
      if (positive[order[k]]) {
        positives++;
        positiveRanks += meanRank;
      }
    }
    i = j;
  }
  const negatives = order.length - positives;
  return (positiveRanks - (positives * (positives + 1)) / 2) / (positives * negatives);
}

export interface ScoredInvoice {
  invoice: Invoice;
  score: number;
  /** Paid more than 10 days late. */
  late: boolean;
  /** No invoice of the customer was settled before the due date. */
  unknownPayer: boolean;
}

/** Every invoice scored on its due date from what was settled strictly before it. */
export function scoreAtDueDates(invoices: readonly Invoice[]): ScoredInvoice[] {
  const groups = byCustomer(invoices);
  return invoices.map((invoice) => {
    const history = historyOn(groups.get(invoice.customer) as Invoice[], invoice.dueDate - 1);
    const known = history !== undefined && history.paidCount > 0;
    const score = riskScore({
      daysOverdue: 0,
      disputed: invoice.disputed,
      ...(known
        ? {
            averageDaysLate: history.averageDaysLate,
            lateShare: history.lateShare,
            usualDelay: history.usualDelay,
            severeLateShare: history.severeLateShare,
            settledCount: history.paidCount,
          }
        : {}),
    }).score;
    const late = (invoice.paidDate as Day) - invoice.dueDate > SEVERELY_LATE_DAYS;
    return { invoice, score, late, unknownPayer: !known };
  });
}

export function aucOf(scored: readonly ScoredInvoice[]): number {
  return auc(
    scored.map((s) => s.score),
    scored.map((s) => s.late)
  );
}

/** Mean absolute error in days of PAYDATE predicted on each invoice's date, and of the due date. */
export function payDateErrors(invoices: readonly Invoice[]): { payDate: number; dueDate: number } {
  const groups = byCustomer(invoices);
  let payDate = 0;
  let dueDate = 0;
  for (const invoice of invoices) {
    const asOf = invoice.invoiceDate as Day;
    const history = historyOn(groups.get(invoice.customer) as Invoice[], asOf);
    const predicted = expectedPayDate({
      dueDate: invoice.dueDate,
      usualDelay: history?.recentDelay,
      asOf,
      disputed: invoice.disputed,
    });
    const actual = invoice.paidDate as Day;
    payDate += Math.abs(predicted - actual);
    dueDate += Math.abs(invoice.dueDate - actual);
  }
  return { payDate: payDate / invoices.length, dueDate: dueDate / invoices.length };
}

export interface WeekError {
  start: Day;
  actual: number;
  forecast: number;
  dueDateForecast: number;
}

/**
 * For each week starting on `starts`: the receipts the cash-in forecast expected that week when
 * made on its first day, those a due-date forecast expected (each open invoice on its due date,
 * an overdue one at once), and what the invoices open on that day actually brought in that week.
 */
export function weeklyForecast(invoices: readonly Invoice[], starts: readonly Day[]): WeekError[] {
  return starts.map((start) => {
    const open = invoices.filter(
      (i) => (i.invoiceDate as Day) <= start && (i.paidDate as Day) > start
    );
    const inWeek = (day: Day) => day >= start && day < start + 7;
    const actual = open.filter((i) => inWeek(i.paidDate as Day)).reduce((s, i) => s + i.amount, 0);
    const dueDateForecast = open
      .filter((i) => inWeek(Math.max(i.dueDate, start)))
      .reduce((s, i) => s + i.amount, 0);
    const forecast = cashForecast(open, start, {
      histories: customerHistories(
        invoices.filter((i) => (i.invoiceDate as Day) <= start),
        start
      ),
    }).weeks[0];
    return { start, actual, forecast, dueDateForecast };
  });
}
