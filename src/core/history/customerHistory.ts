// Over 250 lines: every history figure is computed in the same single pass over the rows (O(rows), docs/design.md §4); split, the rows would be read several times.
import type { Day, Invoice } from "../types";
import type { LoggedReminder } from "../workbook";
import { customerDisplayName, customerKey } from "./customerKey";
import { isSettledBy, openAt } from "./openAt";

export { customerKey };

/** What a customer's rows say about them as of a day (docs/design.md §4, customer history). */
export interface CustomerHistory {
  /** Display name: the first spelling met in the sheet, spaces tidied. */
  customer: string;
  /** Invoices settled on or before asOf (credit notes left out). */
  paidCount: number;
  /** Mean of max(0, paid date - due date) over those; undefined when none. */
  averageDaysLate?: number;
  /** Share of those paid after their due date, 0-1; undefined when none. */
  lateShare?: number;
  /** Share of those paid more than 10 days after their due date, 0-1; undefined when none. */
  severeLateShare?: number;
  /**
   * Median of (paid date - due date) over the settled undisputed invoices, negative when paid
   * early: the customer's usual payment delay (what CREDIT.PAYDATE and the risk score use). A
   * dispute delays a payment for its own reasons, so disputed invoices do not blur the habit.
   * Undefined when no undisputed invoice is settled.
   */
  usualDelay?: number;
  /**
   * The delays of the latest settled undisputed invoices (at most RECENT_DELAYS, by paid date):
   * what the cash-in forecast spreads an invoice over. Undefined when none.
   */
  recentDelays?: readonly number[];
  /** Median of recentDelays: the usual delay lately (CREDIT.PAYDATE's, trend-aware). */
  recentDelay?: number;
  /** Mean days late of the most recent settlements (by paid date); undefined when none. */
  recentAverageDaysLate?: number;
  /** recentAverageDaysLate - averageDaysLate: > 0 pays later lately; undefined until more invoices are settled than the recent window holds. */
  trend?: number;
  /** Invoices still owing something at asOf. */
  openCount: number;
  /** Sum of what was open at asOf, credit notes deducted. */
  openExposure: number;
  /** Sum of what was open at asOf on invoices past their due date. */
  overdueExposure: number;
  /** The credit limit given on the customer's rows (the last one given, in sheet order). */
  creditLimit?: number;
  /** openExposure / creditLimit when a limit above 0 is known (1 = at the limit). */
  creditUse?: number;
  /**
   * Reminders sent up to asOf, one per letter: the customer's lines of the reminder log, plus one
   * per other date of the invoices' last-reminder records (the user's own columns), or one when
   * they only hold a level.
   */
  remindersSent: number;
  /** Promises to pay whose day has passed (before asOf) on invoices still open. */
  brokenPromises: number;
}

export interface CustomerHistoryOptions {
  /** How many of the latest settlements make the "recent" average (default 5). */
  recentCount?: number;
}

export const DEFAULT_RECENT_COUNT = 5;
/** "Paid more than 10 days late": the threshold of severeLateShare (and of the backtest). */
export const SEVERELY_LATE_DAYS = 10;

/** How many of the latest delays the cash-in forecast spreads over (npm run backtest). */
export const RECENT_DELAYS = 5;

/** The `count` values with the latest dates (ties: sheet order). */
function latest(values: number[], dates: number[], count: number): number[] {
  const order = values.map((_, i) => i).sort((a, b) => dates[a] - dates[b] || a - b);
  return order.slice(-count).map((i) => values[i]);
}

/** Median of the numbers. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = (values.length - 1) / 2;
  return (sorted[Math.floor(middle)] + sorted[Math.ceil(middle)]) / 2;
}

/** Running sums for one customer; turned into a CustomerHistory once all rows are read. */
interface Tally {
  customer: string;
  paidCount: number;
  lateCount: number;
  daysLate: number;
  severeCount: number;
  /** Signed delays of the settled undisputed invoices (for their median), and their paid dates. */
  delays: number[];
  delayPaid: number[];
  /** The latest settlements, newest first: paid days and days late, at most recentCount. */
  recentPaid: number[];
  recentLate: number[];
  openCount: number;
  openExposure: number;
  overdueExposure: number;
  creditLimit?: number;
  /** Dates of the invoices' last reminders up to asOf (allocated on the first one). */
  reminderDates?: Set<number>;
  /** An invoice has a last level but no date. */
  undatedReminder: boolean;
  /** Letters of the reminder log up to asOf, and their dates. */
  letters: number;
  letterDates?: Set<number>;
  brokenPromises: number;
}

function newTally(name: string): Tally {
  return {
    customer: customerDisplayName(name),
    paidCount: 0,
    lateCount: 0,
    daysLate: 0,
    severeCount: 0,
    delays: [],
    delayPaid: [],
    recentPaid: [],
    recentLate: [],
    openCount: 0,
    openExposure: 0,
    overdueExposure: 0,
    creditLimit: undefined,
    undatedReminder: false,
    letters: 0,
    brokenPromises: 0,
  };
}

/** Keep the `size` latest settlements, newest first; ties keep sheet order (the earlier row stays). */
function keepRecent(tally: Tally, paidDate: Day, daysLate: number, size: number): void {
  const paid = tally.recentPaid;
  let at = paid.length;
  while (at > 0 && paid[at - 1] < paidDate) at--;
  if (at >= size) return;
  paid.splice(at, 0, paidDate);
  tally.recentLate.splice(at, 0, daysLate);
  if (paid.length > size) {
    paid.pop();
    tally.recentLate.pop();
  }
}

function addRow(tally: Tally, invoice: Invoice, asOf: Day, recentCount: number): void {
  if (invoice.creditLimit !== undefined && Number.isFinite(invoice.creditLimit)) {
    tally.creditLimit = invoice.creditLimit;
  }
  // Not yet issued at asOf: not part of the customer's story then.
  if (invoice.invoiceDate !== undefined && invoice.invoiceDate > asOf) return;

  if (isSettledBy(invoice, asOf)) {
    // Credit notes are not payments: they never count as late, nor as paid on time.
    if (invoice.amount >= 0) {
      const daysLate = Math.max(0, (invoice.paidDate as Day) - invoice.dueDate);
      tally.paidCount++;
      tally.daysLate += daysLate;
      if (daysLate > 0) tally.lateCount++;
      if (daysLate > SEVERELY_LATE_DAYS) tally.severeCount++;
      if (!invoice.disputed) {
        tally.delays.push((invoice.paidDate as Day) - invoice.dueDate);
        tally.delayPaid.push(invoice.paidDate as Day);
      }
      keepRecent(tally, invoice.paidDate as Day, daysLate, recentCount);
    }
  } else {
    const open = openAt(invoice, asOf);
    tally.openExposure += open;
    if (open > 0) {
      tally.openCount++;
      if (invoice.dueDate < asOf) tally.overdueExposure += open;
      if (invoice.promiseDate !== undefined && invoice.promiseDate < asOf) tally.brokenPromises++;
    }
  }
  if (invoice.lastReminder !== undefined) {
    if (invoice.lastReminder <= asOf) (tally.reminderDates ??= new Set()).add(invoice.lastReminder);
  } else if (invoice.lastLevel !== undefined) tally.undatedReminder = true;
}

/** One reminder per letter: the log's, then the invoices' records of other days. */
function remindersOf(tally: Tally): number {
  let count = tally.letters;
  for (const date of tally.reminderDates ?? []) if (!tally.letterDates?.has(date)) count++;
  if (count === 0 && tally.undatedReminder) count = 1;
  return count;
}

function toHistory(tally: Tally, recentCount: number): CustomerHistory {
  const history: CustomerHistory = {
    customer: tally.customer,
    paidCount: tally.paidCount,
    openCount: tally.openCount,
    openExposure: tally.openExposure,
    overdueExposure: tally.overdueExposure,
    remindersSent: remindersOf(tally),
    brokenPromises: tally.brokenPromises,
  };
  if (tally.paidCount > 0) {
    history.averageDaysLate = tally.daysLate / tally.paidCount;
    history.lateShare = tally.lateCount / tally.paidCount;
    history.severeLateShare = tally.severeCount / tally.paidCount;
    if (tally.delays.length > 0) {
      history.recentDelays = latest(tally.delays, tally.delayPaid, RECENT_DELAYS);
      history.usualDelay = median(tally.delays);
      history.recentDelay = median(history.recentDelays);
    }
    let recent = 0;
    for (const late of tally.recentLate) recent += late;
    history.recentAverageDaysLate = recent / tally.recentLate.length;
    if (tally.paidCount > recentCount) {
      history.trend = history.recentAverageDaysLate - history.averageDaysLate;
    }
  }
  if (tally.creditLimit !== undefined) {
    history.creditLimit = tally.creditLimit;
    // A limit of 0 is read as "not set" (a blank often comes through as 0), not as infinite use.
    if (tally.creditLimit > 0) history.creditUse = tally.openExposure / tally.creditLimit;
  }
  return history;
}

/**
 * Every customer's history as of `asOf`, keyed by customerKey, in one pass over the rows.
 * Only invoices settled on or before asOf are history; the rest were open at asOf, even when the
 * sheet records a later paid date (so the sheet can be read as of a past date).
 */
export function customerHistories(
  invoices: Invoice[],
  asOf: Day,
  options: CustomerHistoryOptions = {},
  log: readonly LoggedReminder[] = []
): Map<string, CustomerHistory> {
  const recentCount =
    options.recentCount !== undefined &&
    Number.isInteger(options.recentCount) &&
    options.recentCount >= 1
      ? options.recentCount
      : DEFAULT_RECENT_COUNT;
  return historiesWithRows(invoices, asOf, recentCount, log).histories;
}

/** The histories and, for each row, its customer's (what the analysis reads per row). */
export interface HistoriesWithRows {
  histories: Map<string, CustomerHistory>;
  /** The same histories in order of first appearance. */
  list: CustomerHistory[];
  /** rowCustomer[i] is the index in `list` of invoices[i]'s customer. */
  rowCustomer: Int32Array;
}

/**
 * customerHistories that also remembers which history each row belongs to, so the analysis
 * needs no second look-up by name per row.
 */
export function historiesWithRows(
  invoices: Invoice[],
  asOf: Day,
  recentCount: number = DEFAULT_RECENT_COUNT,
  log: readonly LoggedReminder[] = []
): HistoriesWithRows {
  // One look-up per row, by the name as written; each new spelling is keyed once.
  const indexByName = new Map<string, number>();
  const indexByKey = new Map<string, number>();
  const keys: string[] = [];
  const tallies: Tally[] = [];
  const rowTally = new Int32Array(invoices.length);
  for (let i = 0; i < invoices.length; i++) {
    const invoice = invoices[i];
    let index = indexByName.get(invoice.customer);
    if (index === undefined) {
      const key = customerKey(invoice.customer);
      index = indexByKey.get(key);
      if (index === undefined) {
        index = tallies.length;
        indexByKey.set(key, index);
        keys.push(key);
        tallies.push(newTally(invoice.customer));
      }
      indexByName.set(invoice.customer, index);
    }
    rowTally[i] = index;
    addRow(tallies[index], invoice, asOf, recentCount);
  }
  for (const letter of log) {
    if (letter.date > asOf) continue;
    const index = indexByKey.get(customerKey(letter.customer));
    if (index === undefined) continue;
    tallies[index].letters++;
    (tallies[index].letterDates ??= new Set()).add(letter.date);
  }
  const histories = new Map<string, CustomerHistory>();
  const list = tallies.map((tally, i) => {
    const history = toHistory(tally, recentCount);
    histories.set(keys[i], history);
    return history;
  });
  return { histories, list, rowCustomer: rowTally };
}
