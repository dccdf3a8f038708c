import { daysOverdue } from "../ageing/daysOverdue";
import { toIsoDate } from "../dates/calendar";
import { customerDisplayName, memoizedCustomerKey } from "../history/customerKey";
import { jurisdictionRules } from "../penalty/jurisdictions";
import { latePenalty, penaltyInputReason } from "../penalty/latePenalty";
import { DEFAULT_LADDER } from "../policy/defaultLadder";
import { nextAction, type InvoiceStatus } from "../policy/nextAction";
import type { Day, DunningLevel, Invoice, Language, Settings } from "../types";
import { roundCents } from "../values/roundCents";
import { formatDay, formatMoney, formatRatePct, isKnownCurrency } from "./format";
import { invoiceTableHtml, invoiceTableText, lineView, type TableContext } from "./invoiceTable";
import { actionLabel } from "./labels";
import { nextStepSentence } from "./nextStep";
import { penaltyNotice } from "./penaltyNotice";
import { customerRecipients } from "./recipients";
import { htmlDocument, inlineText, multilineText, renderTemplate, textToHtml } from "./render";
import { defaultTemplate, templateKey, templateKind, type TemplatePart } from "./templates";
import type {
  DraftLine,
  DraftOptions,
  DraftPenalties,
  DraftResult,
  ExcludedInvoice,
  IncludeOnPurpose,
  ReminderDraft,
  ReminderIssue,
} from "./types";

/** Days a formal notice gives the debtor to pay (the usual "sous huitaine"). */
export const FORMAL_NOTICE_DAYS = 8;

/** Stands for the invoice table in the rendered text; no cell text can hold a \u0001. */
const TABLE_MARKER = "\u0001invoiceTable\u0001";

type Exclusion = "disputed" | "recentlyContacted" | "promised";

function includedOnPurpose(include: IncludeOnPurpose | undefined, row: number, what: Exclusion) {
  if (include instanceof Set) return include.has(row);
  return include?.[what] === true;
}

const issue = (key: string, params: ReminderIssue["params"] = {}): ReminderIssue => ({
  key,
  params,
});

interface CustomerContext {
  asOf: Day;
  language: Language;
  ladder: readonly DunningLevel[];
  minDays: number;
  /** Days since the customer was last contacted about any of the selected invoices. */
  daysSinceContact?: number;
  lastContact?: Day;
  include?: IncludeOnPurpose;
}

/**
 * The level to remind an open invoice at, or why it is left out. The policy (nextAction) decides;
 * when the user selected an invoice the policy would not chase yet, a sensible level is used:
 * before the first level's window, the first level (the courtesy reminder); when the level due
 * was already sent, that same level again (selecting it never jumps ahead of the ladder).
 */
function invoiceLevel(
  invoice: Invoice,
  ctx: CustomerContext
): { level: number } | { excluded: ReminderIssue } {
  const days = daysOverdue(invoice.dueDate, ctx.asOf);
  let status: InvoiceStatus = "";
  if (invoice.disputed && !includedOnPurpose(ctx.include, invoice.row, "disputed")) {
    return { excluded: issue("disputed") };
  }
  if (invoice.promiseDate !== undefined && Number.isFinite(invoice.promiseDate)) {
    if (invoice.promiseDate >= ctx.asOf) {
      if (!includedOnPurpose(ctx.include, invoice.row, "promised")) {
        return {
          excluded: issue("promise", { date: toIsoDate(invoice.promiseDate) }),
        };
      }
    } else {
      status = "broken promise";
    }
  }
  const since = ctx.daysSinceContact;
  const tooSoon = since !== undefined && since < ctx.minDays;
  if (tooSoon && !includedOnPurpose(ctx.include, invoice.row, "recentlyContacted")) {
    return {
      excluded: issue("wait", {
        daysSinceContact: since,
        lastContact: toIsoDate(ctx.lastContact as Day),
        minDays: ctx.minDays,
      }),
    };
  }
  const action = nextAction(
    {
      daysOverdue: days,
      lastLevel: invoice.lastLevel,
      daysSinceContact: tooSoon ? undefined : since,
      status,
    },
    { ladder: ctx.ladder, minDaysBetweenContacts: ctx.minDays }
  );
  const params = action.reason.params;
  if (action.kind === "act" && action.level !== undefined) return { level: action.level };
  if (action.reason.key === "levelAlreadySent") return { level: Number(params.lastLevel) };
  if (action.reason.key === "lastLevelSent") return { level: Number(params.level) };
  if (action.kind === "wait" && action.level !== undefined) return { level: action.level };
  return { level: ctx.ladder[0].level };
}

/** The ladder level a draft is written at: that number, or the highest below it. */
function ladderLevelOf(ladder: readonly DunningLevel[], level: number): DunningLevel {
  let found = ladder[0];
  for (const l of ladder) if (l.level <= level) found = l;
  return found;
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

/**
 * One reminder per customer for the selected invoices (DESIGN section 6).
 * - Only open invoices are reminded; credit notes (negative amounts) are listed in the customer's
 *   reminder and deducted from the total, as a statement of account would; a customer whose
 *   credits cover the invoices gets no reminder.
 * - Each invoice's level comes from the dunning policy; the draft is written at the highest.
 * - Disputed invoices, promises not yet due and customers contacted within the minimum interval
 *   are left out with the reason, unless the user includes them on purpose.
 * - French or English per customer (the sheet's language column), else the fallback language.
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
  const drafts: ReminderDraft[] = [];
  const excluded: ExcludedInvoice[] = [];
  const exclude = (invoice: Invoice, reason: ReminderIssue) =>
    excluded.push({
      row: invoice.row,
      customer: invoice.customer,
      invoiceNumber: invoice.invoiceNumber,
      reason,
    });

  for (const [key, group] of byCustomer(invoices)) {
    const language =
      group.find((i) => i.language === "fr" || i.language === "en")?.language ??
      options.fallbackLanguage;
    let lastContact: Day | undefined;
    for (const i of group) {
      if (
        i.lastReminder !== undefined &&
        Number.isFinite(i.lastReminder) &&
        (lastContact === undefined || i.lastReminder > lastContact)
      ) {
        lastContact = i.lastReminder;
      }
    }
    const ctx: CustomerContext = {
      asOf,
      language,
      ladder,
      minDays,
      include: options.include,
      ...(lastContact !== undefined ? { lastContact, daysSinceContact: asOf - lastContact } : {}),
    };
    const lines: DraftLine[] = [];
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
        const level = invoiceLevel(invoice, ctx);
        if ("excluded" in level) exclude(invoice, level.excluded);
        else lines.push(lineOf(invoice, asOf, level.level));
      }
    }
    if (lines.length === 0) {
      for (const credit of credits)
        exclude(group.find((i) => i.row === credit.row) as Invoice, issue("creditNote"));
      continue;
    }
    const total = sum([...lines, ...credits].map((l) => l.open));
    if (total <= 0) {
      const shown = formatMoney(total, settings.currency, language);
      for (const line of [...lines, ...credits]) {
        exclude(
          group.find((i) => i.row === line.row) as Invoice,
          issue("netCredit", { total: shown })
        );
      }
      continue;
    }
    drafts.push(
      composeDraft(key, group[0].customer, group, lines, credits, total, { ...ctx, settings })
    );
  }
  return { drafts, excluded };
}

interface ComposeContext extends CustomerContext {
  settings: Settings;
}

/** Penalties of each line from the firm level on, and their totals; undefined when none apply. */
function applyPenalties(
  lines: DraftLine[],
  ctx: ComposeContext,
  warnings: ReminderIssue[]
): DraftPenalties | undefined {
  const { settings } = ctx;
  const reason = penaltyInputReason({
    amount: 0,
    annualRatePct: settings.annualRatePct,
    fixedFee: settings.fixedFee,
  });
  if (reason) {
    warnings.push(
      issue("penalty", { invoice: lines.map((l) => l.invoiceNumber).join(", "), why: reason })
    );
    return undefined;
  }
  for (const line of lines) {
    const penalty = latePenalty({
      amount: line.open,
      dueDate: line.dueDate,
      asOf: ctx.asOf,
      annualRatePct: settings.annualRatePct,
      fixedFee: settings.fixedFee,
      jurisdiction: settings.jurisdiction,
    });
    line.interest = penalty.interest;
    line.indemnity = penalty.indemnity;
  }
  const interest = sum(lines.map((l) => l.interest ?? 0));
  const indemnity = sum(lines.map((l) => l.indemnity ?? 0));
  if (interest === 0 && indemnity === 0) {
    for (const line of lines) {
      delete line.interest;
      delete line.indemnity;
    }
    return undefined;
  }
  return { interest, indemnity, total: roundCents(interest + indemnity) };
}

function composeDraft(
  key: string,
  customerCell: string,
  group: Invoice[],
  lines: DraftLine[],
  credits: DraftLine[],
  total: number,
  ctx: ComposeContext
): ReminderDraft {
  const { settings, language, asOf, ladder } = ctx;
  const warnings: ReminderIssue[] = [];
  const level = Math.max(...lines.map((l) => l.level));
  const ladderLevel = ladderLevelOf(ladder, level);
  const kind = templateKind(ladderLevel);
  const currency = settings.currency.trim().toUpperCase();
  if (!isKnownCurrency(currency)) warnings.push(issue("currency", { currency: settings.currency }));
  const money = (n: number) => formatMoney(n, currency, language);
  const day = (d: Day) => formatDay(d, language);

  // Penalties from the firm level on: the courtesy and first reminders stay friendly.
  const penalties =
    kind === "courtesy" || kind === "reminder1" ? undefined : applyPenalties(lines, ctx, warnings);
  const deadline = kind === "formalNotice" ? asOf + FORMAL_NOTICE_DAYS : undefined;

  const oldestDue = Math.min(...lines.map((l) => l.dueDate));
  const maxDays = Math.max(...lines.map((l) => l.daysOverdue));
  const nextIndex = ladder.indexOf(ladderLevel) + 1;
  const nextLevel = nextIndex > 0 && nextIndex < ladder.length ? ladder[nextIndex] : undefined;
  const next = nextLevel
    ? {
        level: nextLevel.level,
        action: nextLevel.action,
        date: deadline ?? Math.max(asOf + ctx.minDays, oldestDue + nextLevel.fromDay),
      }
    : undefined;

  const table: TableContext = { language, currency, withPenalties: penalties !== undefined };
  const invoiceViews = lines.map((l) => lineView(l, table));
  const creditViews = credits.map((l) => lineView(l, table));
  const paymentInstructions = multilineText(settings.paymentInstructions ?? "");
  const totalClaimed = total + (penalties?.total ?? 0);
  const notice = penalties
    ? penaltyNotice({
        jurisdiction: settings.jurisdiction,
        language,
        currency,
        annualRatePct: settings.annualRatePct,
        fixedFee: settings.fixedFee,
        invoiceCount: lines.length,
        penalties,
        indemnities: lines.map((l) => l.indemnity ?? 0),
      })
    : "";
  const view = {
    customer: inlineText(customerDisplayName(customerCell)),
    senderName: inlineText(settings.senderName ?? ""),
    signature: multilineText(settings.signature ?? ""),
    today: day(asOf),
    level: String(ladderLevel.level),
    action: actionLabel(ladderLevel.action, language),
    invoiceCount: String(lines.length),
    plural: lines.length > 1,
    invoiceNumbers: invoiceViews.map((l) => l.number).join(", "),
    invoiceTable: TABLE_MARKER,
    invoices: invoiceViews,
    credits: creditViews,
    hasCredits: credits.length > 0,
    creditTotal: money(sum(credits.map((l) => l.open))),
    invoicesTotal: money(sum(lines.map((l) => l.open))),
    total: money(total),
    oldestDueDate: day(oldestDue),
    maxDaysOverdue: String(Math.max(0, maxDays)),
    hasPaymentInstructions: paymentInstructions !== "",
    paymentInstructions,
    hasNextStep: next !== undefined,
    nextStep: next && nextLevel ? nextStepSentence(nextLevel, day(next.date), language) : "",
    nextStepDate: next ? day(next.date) : "",
    nextAction: nextLevel ? actionLabel(nextLevel.action, language) : "",
    deadline: deadline !== undefined ? day(deadline) : "",
    deadlineDays: String(FORMAL_NOTICE_DAYS),
    hasPenalties: notice !== "",
    penaltyNotice: notice,
    legalBasis: jurisdictionRules(settings.jurisdiction).legalBasis[language],
    rate: formatRatePct(settings.annualRatePct, language),
    interestTotal: money(penalties?.interest ?? 0),
    indemnityTotal: money(penalties?.indemnity ?? 0),
    penaltyTotal: money(penalties?.total ?? 0),
    totalClaimed: money(roundCents(totalClaimed)),
  };

  const render = (part: TemplatePart): string => {
    const partKey = templateKey(ladderLevel.level, language, part);
    const own = settings.templates?.[partKey];
    if (own !== undefined && own.trim() !== "") {
      const rendered = renderTemplate(own, view);
      if (rendered.ok) {
        for (const name of rendered.unknown)
          warnings.push(issue("unknownPlaceholder", { key: partKey, name }));
        return rendered.text;
      }
      // The user's words cannot be used: say so on the draft, and write it with the default.
      warnings.push(issue("templateError", { key: partKey, error: rendered.error }));
    }
    const fallback = renderTemplate(defaultTemplate(ladderLevel, language, part), view);
    return fallback.ok ? fallback.text : "";
  };

  const tableText = invoiceTableText(invoiceViews, creditViews, table);
  const tableHtml = invoiceTableHtml(invoiceViews, creditViews, table);
  const rawSubject = render("subject");
  if (/[\r\n]/.test(rawSubject.trim())) warnings.push(issue("subjectLineBreak"));
  const subject = inlineText(rawSubject.split(TABLE_MARKER).join(" "));
  const body = tidyText(render("body"));
  const text = body.split(TABLE_MARKER).join(tableText);
  const html = htmlDocument(textToHtml(body, { [TABLE_MARKER]: tableHtml }), language, subject);
  const callScript =
    kind === "call"
      ? tidyText(render("callScript")).split(TABLE_MARKER).join(tableText)
      : undefined;

  const recipients = customerRecipients(group.map((i) => i.email));
  warnings.push(...recipients.issues);

  return {
    id: `${key}|${ladderLevel.level}`,
    customer: customerCell,
    customerKey: key,
    language,
    level: ladderLevel.level,
    ladderLevel,
    kind,
    ...(recipients.addresses.length > 0 ? { to: recipients.addresses.join(", ") } : {}),
    subject,
    text,
    html,
    ...(callScript !== undefined ? { callScript } : {}),
    invoices: lines,
    credits,
    total,
    ...(penalties ? { penalties } : {}),
    ...(deadline !== undefined ? { deadline } : {}),
    ...(next ? { next } : {}),
    asOf,
    currency,
    senderName: inlineText(settings.senderName ?? ""),
    warnings,
  };
}

/** Text without trailing spaces and with at most one blank line in a row. */
function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
