import type { InvoiceAnalysis } from "../analyse";
import { customerKey } from "../history/customerKey";
import type { NextAction } from "../policy/nextAction";
import { riskClass, type RiskClass } from "../risk/riskClass";
import type { Day, DunningLevel } from "../types";
import { roundCents } from "../values/roundCents";
import { amountBand, type AmountBand } from "./amountBand";
import type { PromiseToPay } from "./promises";

/**
 * 0: a promise due today or broken (a missed instalment breaks its plan's promise);
 * 1: a call, formal notice or later step due; 2: a written reminder due.
 */
export type WorklistTier = 0 | 1 | 2;

/** Why the customer is on today's list (typed params for the pane's sentence). */
export type WorklistWhy =
  | { key: "brokenPromise"; date: Day }
  | { key: "promiseDue"; amount: number }
  | { key: "stepDue"; action: string; daysOverdue: number; invoices: number };

export interface WorklistLine {
  customer: string;
  tier: WorklistTier;
  why: WorklistWhy;
  /** The customer's most advanced action due today; undefined when only a promise is to check. */
  next?: NextAction;
  /** Open amount past its due date (credit notes left out). */
  overdue: number;
  /** overdue x risk / 100: what is at stake. */
  expectedLoss: number;
  /** Highest risk score among the customer's overdue invoices. */
  score: number;
  riskClass: RiskClass;
  band: AmountBand;
  /** Ageing bucket of the oldest overdue invoice. */
  bucketIndex: number;
  /** Ladder level of `next`, when acting. */
  level?: number;
  /** Sheet rows of the customer's open invoices (credit notes included), to select them. */
  rows: number[];
}

interface Tally {
  customer: string;
  overdue: number;
  score: number;
  bucketIndex: number;
  oldestDays: number;
  broken?: Day;
  next?: NextAction;
  nextDays: number;
  acting: number;
  rows: number[];
}

function tierOfLevel(ladder: readonly DunningLevel[], level: number | undefined): WorklistTier {
  const step = ladder.find((candidate) => candidate.level === level);
  return step && step.channel !== "email" ? 1 : 2;
}

/**
 * Today's worklist: one line per customer who needs an action today, ranked by what is at stake.
 * The rule (README, "Today"): promises due today or broken come first, then customers with a
 * call, formal notice or later step due, then those with a written reminder due; within each
 * group, the larger expected loss (overdue amount x risk score / 100) first, then the larger
 * overdue amount, then the name. A customer whose invoices only wait, are disputed or are
 * awaiting a promise due later is not on the list.
 * @example worklist(analyseInvoices([{ row: 2, customer: "ACME", invoiceNumber: "F-1", dueDate: 45000, amount: 1000, paid: 0, open: 1000, disputed: false }],
 *   { asOf: 45020 }).rows, [], DEFAULT_LADDER).map((line) => [line.customer, line.next.action, line.overdue])
 * //=> [["ACME", "Reminder 2", 1000]]
 */
export function worklist(
  rows: readonly InvoiceAnalysis[],
  promises: readonly PromiseToPay[],
  ladder: readonly DunningLevel[]
): WorklistLine[] {
  const tallies = new Map<string, Tally>();
  for (const row of rows) {
    const { invoice } = row;
    if (!(invoice.open !== 0) || row.status === "paid") continue;
    const key = customerKey(invoice.customer);
    let tally = tallies.get(key);
    if (!tally) {
      tally = {
        customer: invoice.customer,
        overdue: 0,
        score: 0,
        bucketIndex: 0,
        oldestDays: -Infinity,
        nextDays: 0,
        acting: 0,
        rows: [],
      };
      tallies.set(key, tally);
    }
    tally.rows.push(invoice.row);
    if (invoice.open < 0) continue;
    if (row.daysOverdue > 0) {
      tally.overdue += invoice.open;
      tally.score = Math.max(tally.score, row.risk.score);
      if (row.daysOverdue > tally.oldestDays) {
        tally.oldestDays = row.daysOverdue;
        tally.bucketIndex = row.bucketIndex;
      }
    }
    if (row.status === "broken promise" && invoice.promiseDate !== undefined) {
      tally.broken = Math.max(tally.broken ?? -Infinity, invoice.promiseDate);
    }
    if (row.next.kind === "act") {
      tally.acting++;
      if (!tally.next || (row.next.level ?? -1) > (tally.next.level ?? -1)) {
        tally.next = row.next;
        tally.nextDays = row.daysOverdue;
      }
    }
  }
  const dueToday = new Map<string, number>();
  for (const promise of promises) {
    if (promise.state !== "due") continue;
    const key = customerKey(promise.customer);
    dueToday.set(key, (dueToday.get(key) ?? 0) + promise.amount);
  }

  const lines: WorklistLine[] = [];
  for (const [key, tally] of tallies) {
    const promised = dueToday.get(key);
    let why: WorklistWhy;
    let tier: WorklistTier;
    if (tally.broken !== undefined) {
      tier = 0;
      why = { key: "brokenPromise", date: tally.broken };
    } else if (promised !== undefined) {
      tier = 0;
      why = { key: "promiseDue", amount: roundCents(promised) };
    } else if (tally.next) {
      tier = tierOfLevel(ladder, tally.next.level);
      why = {
        key: "stepDue",
        action: tally.next.action,
        daysOverdue: tally.nextDays,
        invoices: tally.acting,
      };
    } else continue;
    const overdue = roundCents(tally.overdue);
    const line: WorklistLine = {
      customer: tally.customer,
      tier,
      why,
      overdue,
      expectedLoss: roundCents((overdue * tally.score) / 100),
      score: tally.score,
      riskClass: riskClass(tally.score),
      band: amountBand(overdue),
      bucketIndex: tally.bucketIndex,
      rows: tally.rows,
    };
    if (tally.next) {
      line.next = tally.next;
      line.level = tally.next.level;
    }
    lines.push(line);
  }
  return lines.sort(
    (a, b) =>
      a.tier - b.tier ||
      b.expectedLoss - a.expectedLoss ||
      b.overdue - a.overdue ||
      a.customer.localeCompare(b.customer)
  );
}
