// Over 250 lines: being split by rule under issue 8 (src/core/reminders belongs to that issue).
import { daysOverdue } from "../ageing/daysOverdue";
import { toIsoDate } from "../dates/calendar";
import { memoizedCustomerKey } from "../history/customerKey";
import { DEFAULT_LADDER, formalNoticeIndex } from "../policy/defaultLadder";
import { nextAction, type NextAction } from "../policy/nextAction";
import { invoiceStatus } from "../policy/invoiceStatus";
import type { Day, DunningLevel, Invoice } from "../types";
import { roundCents } from "../values/roundCents";
import { composeDraft, type CustomerContext } from "./composeDraft";
import { FORMAL_NOTICE_DAYS, issue } from "./draftIssue";
import { contactFactsByCustomer, ladderLevelOf, type ContactFacts } from "./contactFacts";
import { formatMoney } from "./format";
import type {
  DraftLine,
  DraftOptions,
  DraftResult,
  ExcludedInvoice,
  IncludeOnPurpose,
  ReminderDraft,
  ReminderIssue,
} from "./types";

export { FORMAL_NOTICE_DAYS };

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
  const p = action.reason.params;
  if (action.kind === "resolve") return ["disputed", issue("disputed")];
  if (action.kind === "await") {
    return ["promised", issue("promise", { date: toIsoDate(invoice.promiseDate as Day) })];
  }
  if (action.kind === "wait" && action.reason.key === "levelAlreadySent") {
    return [
      "recentlyContacted",
      issue("levelSent", { sent: p.sentAction, next: p.action, fromDay: p.fromDay }),
    ];
  }
  if (action.kind === "wait" && action.reason.key === "lastLevelSent") {
    return ["recentlyContacted", issue("lastLevelSent", { action: p.action })];
  }
  if (action.kind === "wait") {
    return ["recentlyContacted", issue("contactInterval", { action: p.action, days: p.days })];
  }
  return ["notDue", issue("notDue", { days: -days, fromDay: Number(p.fromDay ?? 0) })];
}

/**
 * The level to remind an open invoice at, or why it is left out: only invoices whose next action
 * is a level of the ladder are reminded. One the user includes on purpose gets the level its
 * next action waits for (the level already sent when that is what it waits on, never a jump),
 * or, when it is not due yet, a place in the letter's "coming due" section.
 */
function invoiceLevel(
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
  const p = action.reason.params;
  if (comingDue) return { level: ctx.ladder[0].level, comingDue };
  if (action.reason.key === "levelAlreadySent") return { level: Number(p.lastLevel), comingDue };
  if (action.reason.key === "lastLevelSent") return { level: Number(p.level), comingDue };
  if (action.kind === "wait" && action.level !== undefined)
    return { level: action.level, comingDue };
  const byDays = nextAction({ daysOverdue: days, lastLevel: invoice.lastLevel }, ctx.policy);
  return { level: byDays.level ?? ctx.ladder[0].level, comingDue };
}

function lineOf(invoice: Invoice, asOf: Day, level: number): DraftLine {
  return {
    row: invoice.row,
    invoiceNumber: invoice.invoiceNumber,
    ...(invoice.invoiceDate !== undefined ? { invoiceDate: invoice.invoiceDate } : {}),
    dueDate: invoice.dueDate,
    amount: invoice.amount,
    open: invoice.open,
    daysOverdue: daysOverdue(invoice.dueDate, asOf),
    level,
  };
}

const sum = (values: number[]) => roundCents(values.reduce((a, b) => a + b, 0));

/** Group the selected invoices by customer, keeping the order in which customers first appear. */
function byCustomer(invoices: readonly Invoice[]): Map<string, Invoice[]> {
  const keyOf = memoizedCustomerKey();
  const groups = new Map<string, Invoice[]>();
  for (const invoice of invoices) {
    const key = keyOf(invoice.customer);
    const group = groups.get(key);
    if (group) group.push(invoice);
    else groups.set(key, [invoice]);
  }
  return groups;
}

/** The latest contact recorded for the customer: the log's, or an invoice's last reminder. */
function lastContactOf(group: readonly Invoice[], facts: ContactFacts | undefined) {
  let last = facts?.lastDate;
  for (const i of group) {
    const d = i.lastReminder;
    if (d !== undefined && Number.isFinite(d) && (last === undefined || d > last)) last = d;
  }
  return last;
}

/** The last level sent to the customer: the latest contact's, else the highest level recorded. */
function lastLevelOf(group: readonly Invoice[], facts: ContactFacts | undefined) {
  if (facts?.lastLevel !== undefined) return facts.lastLevel;
  const levels = group.map((i) => i.lastLevel).filter((l): l is number => Number.isFinite(l));
  return levels.length ? Math.max(...levels) : undefined;
}

/**
 * The letter's level: the highest of its invoices, never more than one level above the last one
 * sent to the customer; `held` when nothing was ever sent and it would open at the formal notice
 * or beyond (the user must choose to send it).
 */
function letterLevel(
  lines: readonly DraftLine[],
  ladder: readonly DunningLevel[],
  lastSent: number | undefined
): { level: DunningLevel; held?: ReminderIssue } {
  const highest = ladderLevelOf(ladder, Math.max(...lines.map((l) => l.level)));
  let index = ladder.indexOf(highest);
  if (lastSent !== undefined) {
    index = Math.min(index, ladder.indexOf(ladderLevelOf(ladder, lastSent)) + 1);
    return { level: ladder[index] };
  }
  const formal = formalNoticeIndex(ladder);
  if (formal >= 0 && index >= formal) {
    return {
      level: ladder[index],
      held: issue("firstContactHeld", { action: ladder[index].action }),
    };
  }
  return { level: ladder[index] };
}

/**
 * One reminder per customer for the selected invoices (docs/design.md §6).
 * - Only invoices whose next action (the sheet's: options.nextActionOf, else the policy on the
 *   invoice's own memory) is a level of the ladder are reminded; the others are listed with the
 *   reason and can be included on purpose. Not-yet-due invoices in a letter about overdue ones
 *   go in its "coming due" section, not in the total due.
 * - Credit notes are listed and deducted; a customer whose credits cover the invoices gets none.
 * - One letter per customer per contact interval; its level is capped one above the last sent,
 *   and a first contact at the formal notice or beyond is held until the user sends it anyway.
 * - The letter states only the contacts the Reminder log and the sheet record, with their dates.
 */
export function draftReminders(invoices: readonly Invoice[], options: DraftOptions): DraftResult {
  const { asOf, settings } = options;
  const ladder =
    settings.ladder.length > 0
      ? [...settings.ladder].sort((a, b) => a.level - b.level)
      : DEFAULT_LADDER;
  const minDays = Number.isFinite(settings.minDaysBetweenContacts)
    ? settings.minDaysBetweenContacts
    : 7;
  const policy = { ladder, minDaysBetweenContacts: minDays };
  const facts = contactFactsByCustomer(invoices, options.log ?? [], ladder, asOf);
  const drafts: ReminderDraft[] = [];
  const excluded: ExcludedInvoice[] = [];
  const exclude = (invoice: Invoice, reason: ReminderIssue) =>
    excluded.push({
      row: invoice.row,
      customer: invoice.customer,
      invoiceNumber: invoice.invoiceNumber,
      reason,
    });
  const actionOf = (invoice: Invoice): NextAction =>
    options.nextActionOf?.(invoice) ??
    nextAction(
      {
        daysOverdue: daysOverdue(invoice.dueDate, asOf),
        lastLevel: invoice.lastLevel,
        ...(invoice.lastReminder !== undefined
          ? { daysSinceContact: asOf - invoice.lastReminder }
          : {}),
        status: invoiceStatus(invoice, asOf),
      },
      policy
    );

  for (const [key, group] of byCustomer(invoices)) {
    const language =
      group.find((i) => i.language === "fr" || i.language === "en")?.language ??
      options.fallbackLanguage;
    const customerFacts = facts.get(key) ?? {};
    const lastContact = lastContactOf(group, facts.get(key));
    const ctx: CustomerContext = {
      asOf,
      language,
      ladder,
      minDays,
      policy,
      include: options.include,
      facts: customerFacts,
      ...(lastContact !== undefined && lastContact <= asOf
        ? { lastContact, daysSinceContact: asOf - lastContact }
        : {}),
    };
    let lines: DraftLine[] = [];
    let comingDue: DraftLine[] = [];
    const credits: DraftLine[] = [];
    for (const invoice of group) {
      if (!Number.isFinite(invoice.open) || !Number.isFinite(invoice.amount)) {
        exclude(invoice, issue("invalid", { why: "amount" }));
      } else if (!Number.isFinite(invoice.dueDate)) {
        exclude(invoice, issue("invalid", { why: "due date" }));
      } else if (invoice.amount < 0 || invoice.open < 0) {
        if (invoice.open !== 0) credits.push(lineOf(invoice, asOf, -1));
        else exclude(invoice, issue("creditNote"));
      } else if (invoice.open === 0) {
        exclude(invoice, issue("paid"));
      } else {
        const level = invoiceLevel(invoice, ctx, actionOf(invoice));
        if ("excluded" in level) exclude(invoice, level.excluded);
        else (level.comingDue ? comingDue : lines).push(lineOf(invoice, asOf, level.level));
      }
    }
    // Nothing overdue: a courtesy letter about the invoices coming due.
    if (lines.length === 0) [lines, comingDue] = [comingDue, []];
    const find = (row: number) => group.find((i) => i.row === row) as Invoice;
    if (lines.length === 0) {
      for (const credit of credits) exclude(find(credit.row), issue("creditNote"));
      continue;
    }
    const total = sum([...lines, ...credits].map((l) => l.open));
    if (total <= 0) {
      const shown = formatMoney(total, settings.currency, language);
      for (const line of [...lines, ...credits, ...comingDue]) {
        exclude(find(line.row), issue("netCredit", { total: shown }));
      }
      continue;
    }
    const { level, held } = letterLevel(lines, ladder, lastLevelOf(group, facts.get(key)));
    const chosen = held !== undefined && options.sendAnyway?.has(key) === true;
    drafts.push(
      composeDraft(
        { key, customerCell: group[0].customer, group, lines, comingDue, credits, total, level },
        { ...ctx, settings },
        chosen ? { chosen: true } : held ? { held } : {}
      )
    );
  }
  return { drafts, excluded };
}
