import { customerKey } from "../history/customerKey";
import type { Day } from "../types";
import type { ActivityEntry } from "./activity";
import type { LetterLine } from "./letters";
import type { PlanStatus } from "./planStatus";
import type { PromiseToPay } from "./promises";

/** One dated event of a customer's story, newest first in the timeline. */
export type TimelineEvent =
  | { kind: "letter"; date: Day; letter: LetterLine }
  | { kind: "note" | "call" | "dispute" | "resolved"; date: Day; entry: ActivityEntry }
  | { kind: "promise"; date: Day; entry: ActivityEntry; promise?: PromiseToPay }
  | { kind: "plan"; date: Day; plan: PlanStatus };

/**
 * Everything recorded about one customer up to asOf, newest first: letters from the Reminder
 * log, the Activity sheet's notes, calls, promises (with kept / broken), disputes and their
 * resolution, and payment plans. Events of one day keep the order they were recorded in.
 * @example timelineOf("ACME", { letters: [], promises: [], plans: [],
 *   activity: [{ date: 45000, customer: "Acme", kind: "note", invoices: [], text: "Called" }] }, 45020).map((event) => event.kind)
 * //=> ["note"]
 */
export function timelineOf(
  customer: string,
  sources: {
    letters: readonly LetterLine[];
    activity: readonly ActivityEntry[];
    promises: readonly PromiseToPay[];
    plans: readonly PlanStatus[];
  },
  asOf: Day
): TimelineEvent[] {
  const key = customerKey(customer);
  const mine = (name: string) => customerKey(name) === key;
  const events: TimelineEvent[] = [];
  for (const letter of sources.letters) {
    if (mine(letter.customer) && letter.date <= asOf)
      events.push({ kind: "letter", date: letter.date, letter });
  }
  for (const entry of sources.activity) {
    if (!mine(entry.customer) || entry.date > asOf) continue;
    if (entry.kind === "promise") {
      const promise = sources.promises.find(
        (p) => p.made === entry.date && p.date === entry.promiseDate && mine(p.customer)
      );
      events.push(
        promise
          ? { kind: "promise", date: entry.date, entry, promise }
          : { kind: "promise", date: entry.date, entry }
      );
    } else events.push({ kind: entry.kind, date: entry.date, entry });
  }
  for (const plan of sources.plans) {
    if (mine(plan.plan.customer)) events.push({ kind: "plan", date: plan.plan.created, plan });
  }
  // Stable: same-day events stay in the order above (log, then activity in sheet order).
  return events
    .map((event, order) => ({ event, order }))
    .sort((a, b) => b.event.date - a.event.date || b.order - a.order)
    .map(({ event }) => event);
}
