import { daysOverdue } from "../ageing/daysOverdue";
import { memoizedCustomerKey } from "../history/customerKey";
import { DEFAULT_LADDER } from "../policy/defaultLadder";
import { nextAction, type NextAction } from "../policy/nextAction";
import { invoiceStatus } from "../policy/invoiceStatus";
import type { Day, Invoice } from "../types";
import { roundCents } from "../values/roundCents";
import { composeDraft } from "./composeDraft";
import { lastContactOf, type CustomerContext } from "./customerContext";
import { FORMAL_NOTICE_DAYS, issue } from "./draftIssue";
import { contactFactsByCustomer } from "./contactFacts";
import { invoiceLevel } from "./invoiceLevel";
import { lastLevelOf, letterLevel } from "./letterLevel";
import { formatMoney } from "./format";
import type {
  DraftLine,
  DraftOptions,
  DraftResult,
  ExcludedInvoice,
  ReminderDraft,
  ReminderIssue,
} from "./types";

export { FORMAL_NOTICE_DAYS };

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
 * @example draftReminders([{ row: 2, customer: "ACME", invoiceNumber: "F-1", dueDate: 45000, amount: 1000, paid: 0, open: 1000, disputed: false, email: "ap@acme.fr" }],
 *   { asOf: 45020, settings: defaultSettings(), fallbackLanguage: "en" }).drafts.map((draft) => [draft.to, draft.level, draft.subject])
 * //=> [["ap@acme.fr", 2, "Second reminder: overdue invoice F-1 (€1,000.00)"]]
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
      group.find((i) => i.language !== undefined)?.language ?? options.fallbackLanguage;
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
