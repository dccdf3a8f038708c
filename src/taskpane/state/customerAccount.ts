import type { InvoiceAnalysis } from "../../core/analyse";
import type { HoldReason } from "../../core/account/creditHold";
import type { Journal } from "../../core/account/journal";
import type { PlanStatus } from "../../core/account/planStatus";
import { statementOf, type Statement } from "../../core/account/statement";
import { timelineOf, type TimelineEvent } from "../../core/account/timeline";
import { customerKey, type CustomerHistory } from "../../core/history/customerHistory";
import { parseRecipients } from "../../core/reminders/recipients";
import { cashForecast, type CashForecast } from "../../core/forecast/cashForecast";
import type { Day } from "../../core/types";
import type { Portfolio } from "./portfolio";

/** What the account view shows of one customer. */
export interface CustomerAccount {
  customer: string;
  statement: Statement;
  history?: CustomerHistory;
  hold: HoldReason[];
  /** The riskiest open invoice's analysis (its score and factors), when one is open. */
  riskiest?: InvoiceAnalysis;
  /** Addresses from the sheet's e-mail column and those kept in the Activity sheet. */
  emails: string[];
  timeline: TimelineEvent[];
  plans: PlanStatus[];
  /** Open invoices (credit notes left out), to cover with a plan or a promise. */
  openInvoices: string[];
  /** The customer's expected receipts, as the overview's forecast counts them. */
  forecast: CashForecast;
}

/** The customer's account from the analysis and the journal, in one pass over the rows. */
export function customerAccount(
  customer: string,
  portfolio: Portfolio,
  journal: Journal | undefined,
  asOf: Day,
  bounds: readonly number[]
): CustomerAccount {
  const key = customerKey(customer);
  const mine = portfolio.rows.filter((row) => customerKey(row.invoice.customer) === key);
  const emails = new Set<string>();
  let riskiest: InvoiceAnalysis | undefined;
  const openInvoices: string[] = [];
  const critical = new Set<number>();
  for (const row of mine) {
    if (row.riskClass === "Critical") critical.add(row.invoice.row);
    if (row.invoice.email) {
      const parsed = parseRecipients(row.invoice.email);
      if (parsed.ok) parsed.addresses.forEach((address) => emails.add(address));
    }
    if (row.status === "paid" || !(row.invoice.open > 0)) continue;
    openInvoices.push(row.invoice.invoiceNumber);
    if (!riskiest || row.risk.score > riskiest.risk.score) riskiest = row;
  }
  for (const entry of journal?.activity ?? []) {
    if (entry.email && customerKey(entry.customer) === key) {
      const parsed = parseRecipients(entry.email);
      if (parsed.ok) parsed.addresses.forEach((address) => emails.add(address));
    }
  }
  const plans = portfolio.account.plans.filter((p) => customerKey(p.plan.customer) === key);
  const account: CustomerAccount = {
    customer: mine[0]?.invoice.customer ?? customer,
    statement: statementOf(
      customer,
      mine.map((row) => row.invoice),
      asOf,
      bounds
    ),
    hold: portfolio.holds.get(key) ?? [],
    emails: [...emails],
    timeline: timelineOf(
      customer,
      {
        letters: journal?.letters ?? [],
        activity: journal?.activity ?? [],
        promises: portfolio.account.promises,
        plans,
      },
      asOf
    ),
    plans,
    openInvoices,
    // Same rules as the portfolio's forecast: past the last bucket or Critical is unlikely.
    forecast: cashForecast(
      mine.map((row) => row.invoice),
      asOf,
      {
        histories: portfolio.histories,
        doubtfulAfterDays: bounds[bounds.length - 1] + 1,
        isDoubtful: (invoice) => critical.has(invoice.row),
      }
    ),
  };
  const history = portfolio.histories.get(key);
  if (history) account.history = history;
  if (riskiest) account.riskiest = riskiest;
  return account;
}
