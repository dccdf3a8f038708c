import { daysOverdue } from "../ageing/daysOverdue";
import { toIsoDate } from "../dates/calendar";
import { nextAction, type NextAction } from "../policy/nextAction";
import type { Day, Invoice } from "../types";
import type { CustomerContext } from "./customerContext";
import { issue } from "./draftIssue";
import type { IncludeOnPurpose, ReminderIssue } from "./types";

type Exclusion = "disputed" | "recentlyContacted" | "promised" | "notDue";

function includedOnPurpose(include: IncludeOnPurpose | undefined, row: number, what: Exclusion) {
  if (include instanceof Set) return include.has(row);
  return include?.[what] === true;
}

/** Why the next action leaves an invoice out of the letters (docs/design.md §6). */
function exclusionOf(
  action: NextAction,
  invoice: Invoice,
  days: number
): [Exclusion, ReminderIssue] {
  const reason = action.reason;
  if (action.kind === "resolve") return ["disputed", issue("disputed")];
  if (action.kind === "await") {
    return ["promised", issue("promise", { date: toIsoDate(invoice.promiseDate as Day) })];
  }
  if (reason.key === "levelAlreadySent") {
    const { sentAction, action: next, fromDay } = reason.params;
    return ["recentlyContacted", issue("levelSent", { sent: sentAction, next, fromDay })];
  }
  if (reason.key === "lastLevelSent") {
    return ["recentlyContacted", issue("lastLevelSent", { action: reason.params.action })];
  }
  if (reason.key === "contactInterval") {
    const { action: next, days: wait } = reason.params;
    return ["recentlyContacted", issue("contactInterval", { action: next, days: wait })];
  }
  const fromDay = reason.key === "beforeFirstLevel" ? reason.params.fromDay : 0;
  return ["notDue", issue("notDue", { days: -days, fromDay })];
}

/**
 * The level to remind an open invoice at, or why it is left out: only invoices whose next action
 * is a level of the ladder are reminded. One the user includes on purpose gets the level its
 * next action waits for (the level already sent when that is what it waits on, never a jump),
 * or, when it is not due yet, a place in the letter's "coming due" section.
 */
export function invoiceLevel(
  invoice: Invoice,
  ctx: CustomerContext,
  action: NextAction
): { level: number; comingDue: boolean } | { excluded: ReminderIssue } {
  const days = daysOverdue(invoice.dueDate, ctx.asOf);
  const comingDue = days <= 0;
  const since = ctx.daysSinceContact;
  if (action.kind === "act" && action.level !== undefined) {
    // One letter per contact interval to a customer, whichever invoice was reminded last.
    if (since === undefined || since >= ctx.minDays) return { level: action.level, comingDue };
    if (!includedOnPurpose(ctx.include, invoice.row, "recentlyContacted")) {
      return {
        excluded: issue("wait", {
          daysSinceContact: since,
          lastContact: toIsoDate(ctx.lastContact as Day),
          minDays: ctx.minDays,
        }),
      };
    }
    return { level: action.level, comingDue };
  }
  const [what, reason] = exclusionOf(action, invoice, days);
  if (!includedOnPurpose(ctx.include, invoice.row, what)) return { excluded: reason };
  const why = action.reason;
  if (comingDue) return { level: ctx.ladder[0].level, comingDue };
  if (why.key === "levelAlreadySent") return { level: why.params.lastLevel, comingDue };
  if (why.key === "lastLevelSent") return { level: why.params.level, comingDue };
  if (action.kind === "wait" && action.level !== undefined)
    return { level: action.level, comingDue };
  const byDays = nextAction({ daysOverdue: days, lastLevel: invoice.lastLevel }, ctx.policy);
  return { level: byDays.level ?? ctx.ladder[0].level, comingDue };
}
