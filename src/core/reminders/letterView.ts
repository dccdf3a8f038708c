import { customerDisplayName } from "../history/customerKey";
import { jurisdictionRules } from "../penalty/jurisdictions";
import type { Day, DunningLevel, Language, Settings } from "../types";
import { roundCents } from "../values/roundCents";
import type { ContactFacts } from "./contactFacts";
import { FORMAL_NOTICE_DAYS } from "./draftIssue";
import { formatDay, formatMoney, formatRatePct } from "./format";
import { lineView } from "./invoiceTable";
import { actionLabel } from "../policy/actionNames";
import type { LetterParts } from "./letterParts";
import type { LetterSchedule } from "./letterSchedule";
import { nextStepSentence } from "./nextStep";
import { inlineText, multilineText } from "./render";
import type { DraftPenalties } from "./types";

/** Stand for the invoice tables in the rendered text; no cell text can hold a \u0001. */
export const TABLE_MARKER = "\u0001invoiceTable\u0001";
export const COMING_DUE_MARKER = "\u0001comingDueTable\u0001";

const sum = (values: number[]) => roundCents(values.reduce((a, b) => a + b, 0));

/** The recorded contacts as the templates' placeholders: a section and its date each. */
function factsView(facts: ContactFacts, day: (d: Day) => string) {
  return {
    hasPreviousReminder: facts.reminder !== undefined,
    previousReminderDate: facts.reminder !== undefined ? day(facts.reminder) : "",
    hasCall: facts.call !== undefined,
    callDate: facts.call !== undefined ? day(facts.call) : "",
    hasFormalNotice: facts.formalNotice !== undefined,
    formalNoticeDate: facts.formalNotice !== undefined ? day(facts.formalNotice) : "",
  };
}

/** Everything a letter's template may show, already formatted in the letter's language. */
export interface LetterViewInput {
  letter: LetterParts;
  level: DunningLevel;
  settings: Settings;
  language: Language;
  currency: string;
  asOf: Day;
  facts: ContactFacts;
  sender: { block: string; hasName: boolean };
  schedule: LetterSchedule;
  penalties?: DraftPenalties;
  notice: string;
  /** The invoice lines as the table and the templates' lists show them. */
  views: { invoices: ReturnType<typeof lineView>[]; credits: ReturnType<typeof lineView>[] };
}

/**
 * The placeholders of a letter's templates (templates/placeholders.ts lists them for the user):
 * the contacts recorded with their dates, the invoices, totals, penalties and the next step.
 * The invoice tables stand as markers, replaced once the template is rendered.
 */
export function letterView(input: LetterViewInput) {
  const { letter, settings, language, currency, asOf, schedule, penalties, views } = input;
  const { lines, comingDue, credits, total } = letter;
  const money = (n: number) => formatMoney(n, currency, language);
  const day = (d: Day) => formatDay(d, language);
  const { deadline, next, nextLevel } = schedule;
  const oldestDue = Math.min(...lines.map((l) => l.dueDate));
  const maxDays = Math.max(...lines.map((l) => l.daysOverdue));
  return {
    customer: inlineText(customerDisplayName(letter.customerCell)),
    senderName: inlineText(settings.senderName ?? ""),
    signature: multilineText(settings.signature ?? ""),
    hasSenderName: input.sender.hasName,
    senderBlock: input.sender.block,
    ...factsView(input.facts, day),
    hasComingDue: comingDue.length > 0,
    comingDuePlural: comingDue.length > 1,
    comingDueTable: COMING_DUE_MARKER,
    comingDueTotal: money(sum(comingDue.map((l) => l.open))),
    oneDueDate: new Set(lines.map((l) => l.dueDate)).size === 1,
    today: day(asOf),
    level: String(input.level.level),
    action: actionLabel(input.level.action, language),
    invoiceCount: String(lines.length),
    plural: lines.length > 1,
    invoiceNumbers: views.invoices.map((l) => l.number).join(", "),
    invoiceTable: TABLE_MARKER,
    invoices: views.invoices,
    credits: views.credits,
    hasCredits: credits.length > 0,
    creditTotal: money(sum(credits.map((l) => l.open))),
    invoicesTotal: money(sum(lines.map((l) => l.open))),
    total: money(total),
    oldestDueDate: day(oldestDue),
    maxDaysOverdue: String(Math.max(0, maxDays)),
    hasPaymentInstructions: multilineText(settings.paymentInstructions ?? "") !== "",
    paymentInstructions: multilineText(settings.paymentInstructions ?? ""),
    hasNextStep: next !== undefined,
    nextStep: next && nextLevel ? nextStepSentence(nextLevel, day(next.date), language) : "",
    nextStepDate: next ? day(next.date) : "",
    nextAction: nextLevel ? actionLabel(nextLevel.action, language) : "",
    deadline: deadline !== undefined ? day(deadline) : "",
    deadlineDays: String(FORMAL_NOTICE_DAYS),
    hasPenalties: input.notice !== "",
    penaltyNotice: input.notice,
    legalBasis: jurisdictionRules(settings.jurisdiction).legalBasis[language],
    rate: formatRatePct(settings.annualRatePct, language),
    interestTotal: money(penalties?.interest ?? 0),
    indemnityTotal: money(penalties?.indemnity ?? 0),
    penaltyTotal: money(penalties?.total ?? 0),
    totalClaimed: money(roundCents(total + (penalties?.total ?? 0))),
  };
}

export type LetterViewData = ReturnType<typeof letterView>;
