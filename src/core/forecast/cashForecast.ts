import { DEFAULT_BUCKET_BOUNDS } from "../ageing/ageBucket";
import { customerHistories, customerKey, type CustomerHistory } from "../history/customerHistory";
import { openAt } from "../history/openAt";
import type { Day, Invoice } from "../types";
import { DISPUTE_DELAY_DAYS, expectedPayDate } from "./payDate";

/** Weeks the forecast spells out; what is expected after them is "later". */
export const FORECAST_WEEKS = 12;

export interface CashForecast {
  asOf: Day;
  /** weeks[i]: receipts expected from asOf + 7i to asOf + 7i + 6, both included. */
  weeks: number[];
  /** Expected after the last week. */
  later: number;
  /** Disputed or doubtful (more than `doubtfulAfterDays` overdue, or the caller says so): not counted on. */
  unlikely: number;
  /** weeks + later + unlikely: everything open. */
  total: number;
}

export interface CashForecastOptions {
  /** Histories as of asOf (computed from the invoices when not given). */
  histories?: Map<string, CustomerHistory>;
  /** Days overdue from which an invoice is doubtful: the last ageing bucket (default 91). */
  doubtfulAfterDays?: number;
  /** More invoices to treat as unlikely, e.g. those of Critical risk. */
  isDoubtful?: (invoice: Invoice) => boolean;
}

/**
 * The days the invoice would be paid on if the customer repeated each of its past delays, those
 * already gone by left out (the invoice is still open, so they did not happen); all of them gone
 * by, it is due now.
 */
function spreadDays(invoice: Invoice, delays: readonly number[], asOf: Day): Day[] {
  const extra = invoice.disputed ? DISPUTE_DELAY_DAYS : 0;
  const days: Day[] = [];
  for (const delay of delays) {
    const day = invoice.dueDate + Math.round(delay) + extra;
    if (day >= asOf) days.push(day);
  }
  return days.length > 0 ? days : [asOf];
}

/**
 * Expected receipts per week for the next FORECAST_WEEKS weeks, then later and unlikely. Each
 * invoice open at asOf (issued by then; a paid date after asOf means it was still open, so past
 * dates can be replayed) comes in whole on its expected payment date (expectedPayDate with the
 * customer's usual delay). Credit notes are not receipts and are left out.
 * @example cashForecast([{ row: 2, customer: "ACME", invoiceNumber: "F-1", dueDate: 45000, amount: 1000, paid: 0, open: 1000, disputed: false }], 45020).weeks[0]
 * //=> 1000
 */
export function cashForecast(
  invoices: readonly Invoice[],
  asOf: Day,
  options: CashForecastOptions = {}
): CashForecast {
  const histories = options.histories ?? customerHistories([...invoices], asOf);
  const doubtfulAfter =
    options.doubtfulAfterDays ?? DEFAULT_BUCKET_BOUNDS[DEFAULT_BUCKET_BOUNDS.length - 1] + 1;
  const weeks = Array<number>(FORECAST_WEEKS).fill(0);
  let later = 0;
  let unlikely = 0;
  for (const invoice of invoices) {
    if (invoice.invoiceDate !== undefined && invoice.invoiceDate > asOf) continue;
    const open = openAt(invoice, asOf);
    if (!(open > 0)) continue;
    if (asOf - invoice.dueDate >= doubtfulAfter || options.isDoubtful?.(invoice) === true) {
      unlikely += open;
      continue;
    }
    const history = histories.get(customerKey(invoice.customer));
    const pending = invoice.promiseDate !== undefined && invoice.promiseDate >= asOf;
    const days =
      !pending && history?.recentDelays
        ? spreadDays(invoice, history.recentDelays, asOf)
        : [
            expectedPayDate({
              dueDate: invoice.dueDate,
              usualDelay: history?.recentDelay,
              promiseDate: invoice.promiseDate,
              asOf,
              disputed: invoice.disputed,
            }),
          ];
    const share = open / days.length;
    for (const day of days) {
      const week = Math.floor((day - asOf) / 7);
      if (week < FORECAST_WEEKS) weeks[week] += share;
      else later += share;
    }
  }
  const total = weeks.reduce((sum, amount) => sum + amount, later + unlikely);
  return { asOf, weeks, later, unlikely, total };
}
