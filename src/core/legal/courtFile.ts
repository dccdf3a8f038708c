import { lateInterest } from "../penalty/latePenalty";
import type { Day, Invoice } from "../types";
import { roundCents } from "../values/roundCents";
import { limitation, type DebtorKind, type Limitation } from "./limitation";

/** A row of the user's rate table: the annual late-interest rate in force from `from` on. */
export interface RatePeriod {
  from: Day;
  ratePct: number;
}

/** A contact recorded in the reminder log: its day, ladder level and invoices. */
export interface LoggedContact {
  date: Day;
  level: number;
  invoiceNumbers: readonly string[];
}

export interface InterestPeriod {
  /** Days late counted from `from` (exclusive) to `to` (inclusive), like CREDIT.PENALTY. */
  from: Day;
  to: Day;
  days: number;
  ratePct: number;
  /** In cents, as CREDIT.PENALTY(principal, from, to, ratePct, 0) gives it. */
  interest: number;
}

export interface CourtFileLine {
  invoiceNumber: string;
  invoiceDate?: Day;
  dueDate: Day;
  principal: number;
  periods: InterestPeriod[];
  interest: number;
  indemnity: number;
  /** Reminder days and the formal notice's day, from the log. */
  reminders: Day[];
  formalNotice?: Day;
  limitation: Limitation;
  total: number;
}

export interface CourtFile {
  customer: string;
  asOf: Day;
  lines: CourtFileLine[];
  totals: { principal: number; interest: number; indemnity: number; total: number };
}

export interface CourtFileOptions {
  asOf: Day;
  rates: readonly RatePeriod[];
  /** The fixed indemnity per invoice (EUR 40 in France, art. D441-5). */
  fixedFee: number;
  contacts: readonly LoggedContact[];
  /** The ladder level of the formal notice (mise en demeure). */
  formalNoticeLevel: number;
  debtor?: DebtorKind;
}

/** Interest per rate period over the days from `due` to `asOf` (the periods sorted by start). */
function periodsOf(principal: number, due: Day, asOf: Day, rates: RatePeriod[]): InterestPeriod[] {
  const periods: InterestPeriod[] = [];
  rates.forEach((rate, i) => {
    // The rate is in force for the days late from rate.from (included) to the next start.
    const from = Math.max(due, rate.from - 1);
    const to = Math.min(asOf, i + 1 < rates.length ? rates[i + 1].from - 1 : asOf);
    if (to <= from) return;
    const days = to - from;
    const interest = roundCents(lateInterest(principal, days, rate.ratePct));
    periods.push({ from, to, days, ratePct: rate.ratePct, interest });
  });
  return periods;
}

const sum = (values: number[]): number => roundCents(values.reduce((a, b) => a + b, 0));

/**
 * The itemised claim of an injonction de payer for one customer: each open invoice overdue at
 * asOf with its principal, its late interest per rate period of the user's table, the fixed
 * indemnity, the reminders and formal notice the log records for it, and the totals (sums of the
 * lines, in cents). Only facts the workbook records; the rates are the user's.
 */
export function courtFile(
  customer: string,
  invoices: readonly Invoice[],
  options: CourtFileOptions
): CourtFile {
  const { asOf } = options;
  const rates = [...options.rates].sort((a, b) => a.from - b.from);
  const lines = invoices
    .filter((invoice) => invoice.open > 0 && invoice.dueDate < asOf)
    .sort((a, b) => a.dueDate - b.dueDate)
    .map((invoice): CourtFileLine => {
      const principal = roundCents(invoice.open);
      const periods = periodsOf(principal, invoice.dueDate, asOf, rates);
      const interest = sum(periods.map((p) => p.interest));
      const indemnity = options.fixedFee > 0 ? options.fixedFee : 0;
      const logged = options.contacts
        .filter((c) => c.date <= asOf && c.invoiceNumbers.includes(invoice.invoiceNumber))
        .sort((a, b) => a.date - b.date);
      const notice = logged.find((c) => c.level >= options.formalNoticeLevel);
      return {
        invoiceNumber: invoice.invoiceNumber,
        ...(invoice.invoiceDate !== undefined ? { invoiceDate: invoice.invoiceDate } : {}),
        dueDate: invoice.dueDate,
        principal,
        periods,
        interest,
        indemnity,
        reminders: logged.filter((c) => c.level < options.formalNoticeLevel).map((c) => c.date),
        ...(notice ? { formalNotice: notice.date } : {}),
        limitation: limitation(invoice.dueDate, asOf, options.debtor),
        total: sum([principal, interest, indemnity]),
      };
    });
  return {
    customer,
    asOf,
    lines,
    totals: {
      principal: sum(lines.map((l) => l.principal)),
      interest: sum(lines.map((l) => l.interest)),
      indemnity: sum(lines.map((l) => l.indemnity)),
      total: sum(lines.map((l) => l.total)),
    },
  };
}
