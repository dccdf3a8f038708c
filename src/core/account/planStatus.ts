import { dayAgainst, type DayAgainst } from "../dates/dayAgainst";
import { customerKey } from "../history/customerKey";
import { openAt } from "../history/openAt";
import type { Day, Invoice } from "../types";
import { roundCents } from "../values/roundCents";
import type { Instalment, PaymentPlan } from "./paymentPlan";

/** paid in full; due today; missed: its day passed unpaid; upcoming: still to come. */
export type InstalmentState = "paid" | "due" | "missed" | "upcoming";

/** An instalment not paid in full, by its day against asOf. */
const UNPAID = { past: "missed", today: "due", ahead: "upcoming" } as const satisfies Record<
  DayAgainst,
  InstalmentState
>;

export interface TrackedInstalment extends Instalment {
  /** What the payments received cover of it. */
  paid: number;
  state: InstalmentState;
}

/** active: on schedule; broken: an instalment was missed; completed: all paid. */
export type PlanState = "active" | "broken" | "completed";

export interface PlanStatus {
  plan: PaymentPlan;
  state: PlanState;
  /** Paid on the plan's invoices since it was agreed. */
  received: number;
  total: number;
  instalments: TrackedInstalment[];
  /** The first instalment missed, when broken. */
  missed?: TrackedInstalment;
  /** The next instalment to pay (due or upcoming). */
  next?: TrackedInstalment;
}

/**
 * Payments against instalments, oldest first: what was received fills the first instalment,
 * then the next. An instalment not filled by its day is missed; on its day, due.
 * @example
 * matchInstalments([{ amount: 100, due: 10 }, { amount: 100, due: 40 }], 150, 20).map((i) => [i.state, i.paid])
 * //=> [["paid", 100], ["upcoming", 50]]
 */
export function matchInstalments(
  instalments: readonly Instalment[],
  received: number,
  asOf: Day
): TrackedInstalment[] {
  let left = Math.round(Math.max(0, received) * 100);
  return instalments.map((instalment) => {
    const cents = Math.round(instalment.amount * 100);
    const covered = Math.min(left, cents);
    left -= covered;
    const state = covered >= cents ? "paid" : UNPAID[dayAgainst(instalment.due, asOf)];
    return { ...instalment, paid: covered / 100, state };
  });
}

/**
 * Where a plan stands at asOf: what has been paid on its invoices since it was agreed (settled
 * invoices; a sheet gives no date for partial payments) tracked against its instalments. A plan
 * with a missed instalment is broken: its debt goes back to the dunning ladder.
 * @example planStatus({ id: "P1", customer: "ACME", created: 45000, invoices: ["F-1"], frequency: "monthly", instalments: splitPlan(1000, 2, 45010, "monthly") },
 *   [{ row: 2, customer: "ACME", invoiceNumber: "F-1", dueDate: 45000, amount: 1000, paid: 0, open: 1000, disputed: false }], 45020).instalments.map((i) => i.state)
 * //=> ["missed", "upcoming"]
 */
export function planStatus(plan: PaymentPlan, invoices: readonly Invoice[], asOf: Day): PlanStatus {
  const key = customerKey(plan.customer);
  const numbers = new Set(plan.invoices);
  let received = 0;
  for (const invoice of invoices) {
    if (customerKey(invoice.customer) !== key || !numbers.has(invoice.invoiceNumber)) continue;
    received += Math.max(0, openAt(invoice, plan.created)) - Math.max(0, openAt(invoice, asOf));
  }
  received = roundCents(Math.max(0, received));
  const instalments = matchInstalments(plan.instalments, received, asOf);
  const total = roundCents(plan.instalments.reduce((sum, i) => sum + i.amount, 0));
  const missed = instalments.find((i) => i.state === "missed");
  const next = instalments.find((i) => i.state === "due" || i.state === "upcoming");
  const state: PlanStatus["state"] = missed
    ? "broken"
    : instalments.every((i) => i.state === "paid")
      ? "completed"
      : "active";
  const status: PlanStatus = { plan, state, received, total, instalments };
  if (missed) status.missed = missed;
  if (next) status.next = next;
  return status;
}
