// Over 250 lines: being split by rule under issue 8 (src/core/reminders belongs to that issue).
import { customerDisplayName } from "../history/customerKey";
import { jurisdictionRules } from "../penalty/jurisdictions";
import type { DunningPolicy } from "../policy/nextAction";
import type { Day, DunningLevel, Invoice, Language, Settings } from "../types";
import { roundCents } from "../values/roundCents";
import type { ContactFacts } from "./contactFacts";
import { applyPenalties } from "./draftPenalties";
import { FORMAL_NOTICE_DAYS, issue } from "./draftIssue";
import { formatDay, formatMoney, formatRatePct, isKnownCurrency } from "./format";
import { invoiceTableHtml, invoiceTableText, lineView, type TableContext } from "./invoiceTable";
import { actionLabel } from "../policy/actionNames";
import { nextStepSentence } from "./nextStep";
import { penaltyNotice } from "./penaltyNotice";
import { customerRecipients } from "./recipients";
import { htmlDocument, inlineText, multilineText, renderTemplate, textToHtml } from "./render";
import { senderLines } from "./senderLines";
import { draftPayNow, withPayNowText } from "./draftPayNow";
import { payNowHtml } from "../payment/payNow";
import { defaultTemplate, templateKey, templateKind, type TemplatePart } from "./templates";
import type { DraftLine, IncludeOnPurpose, ReminderDraft, ReminderIssue } from "./types";

/** Stand for the invoice tables in the rendered text; no cell text can hold a \u0001. */
const TABLE_MARKER = "\u0001invoiceTable\u0001";
const COMING_DUE_MARKER = "\u0001comingDueTable\u0001";

/** What the drafting knows of one customer when it writes the letter. */
export interface CustomerContext {
  asOf: Day;
  language: Language;
  ladder: readonly DunningLevel[];
  minDays: number;
  policy: DunningPolicy;
  /** Days since the customer was last contacted (the log or any invoice's last reminder). */
  daysSinceContact?: number;
  lastContact?: Day;
  include?: IncludeOnPurpose;
  facts: ContactFacts;
}

interface ComposeContext extends CustomerContext {
  settings: Settings;
}

/** The parts of one customer's letter, as draftReminders sorted them. */
export interface LetterParts {
  key: string;
  customerCell: string;
  group: Invoice[];
  /** The invoices reminded (overdue, or coming due in a courtesy letter). */
  lines: DraftLine[];
  /** Invoices not yet due the user included in a letter about overdue ones. */
  comingDue: DraftLine[];
  credits: DraftLine[];
  total: number;
  level: DunningLevel;
}

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

/**
 * The draft of one customer's letter at `letter.level`: its text from the template of the
 * level's kind, stating only the contacts ctx.facts records, with the warnings the user must see
 * before sending it (no sender name, a zero interest rate where the law sets one, no address).
 */
export function composeDraft(
  letter: LetterParts,
  ctx: ComposeContext,
  choice: { held?: ReminderIssue; chosen?: boolean }
): ReminderDraft {
  const { key, customerCell, group, lines, comingDue, credits, total } = letter;
  const { settings, language, asOf, ladder } = ctx;
  const warnings: ReminderIssue[] = [];
  const ladderLevel = letter.level;
  const kind = templateKind(ladderLevel);
  const currency = settings.currency.trim().toUpperCase();
  if (!isKnownCurrency(currency)) warnings.push(issue("currency", { currency: settings.currency }));
  const money = (n: number) => formatMoney(n, currency, language);
  const day = (d: Day) => formatDay(d, language);

  // Penalties from the firm level on: the courtesy and first reminders stay friendly.
  const firm = kind !== "courtesy" && kind !== "reminder1";
  const penalties = firm ? applyPenalties(lines, ctx, warnings) : undefined;
  if (
    firm &&
    !(settings.annualRatePct > 0) &&
    jurisdictionRules(settings.jurisdiction).marginPoints > 0
  ) {
    warnings.push(issue("zeroRate"));
  }
  const sender = senderLines(settings.senderName ?? "", settings.signature ?? "");
  if (!sender.hasName) warnings.push(issue("noSenderName"));
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
  const comingDueViews = comingDue.map((l) => lineView(l, { ...table, withPenalties: false }));
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
    hasSenderName: sender.hasName,
    senderBlock: sender.block,
    ...factsView(ctx.facts, day),
    hasComingDue: comingDue.length > 0,
    comingDuePlural: comingDue.length > 1,
    comingDueTable: COMING_DUE_MARKER,
    comingDueTotal: money(sum(comingDue.map((l) => l.open))),
    oneDueDate: new Set(lines.map((l) => l.dueDate)).size === 1,
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
  const dueTable = { ...table, withPenalties: false };
  const comingText = invoiceTableText(comingDueViews, [], dueTable);
  const comingHtml = invoiceTableHtml(comingDueViews, [], dueTable);
  const rawSubject = render("subject");
  if (/[\r\n]/.test(rawSubject.trim())) warnings.push(issue("subjectLineBreak"));
  const subject = inlineText(
    rawSubject.split(TABLE_MARKER).join(" ").split(COMING_DUE_MARKER).join(" ")
  );
  const body = tidyText(render("body"));
  const payNow = draftPayNow(settings, total, lines, currency, language);
  const text = withPayNowText(
    body.split(TABLE_MARKER).join(tableText).split(COMING_DUE_MARKER).join(comingText),
    payNow,
    language
  );
  const html = htmlDocument(
    textToHtml(body, { [TABLE_MARKER]: tableHtml, [COMING_DUE_MARKER]: comingHtml }) +
      (payNow ? `\n${payNowHtml(payNow, language)}` : ""),
    language,
    subject
  );
  const callScript =
    kind === "call"
      ? tidyText(render("callScript"))
          .split(TABLE_MARKER)
          .join(tableText)
          .split(COMING_DUE_MARKER)
          .join(comingText)
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
    comingDue,
    credits,
    total,
    ...(penalties ? { penalties } : {}),
    ...(payNow ? { payNow } : {}),
    ...(deadline !== undefined ? { deadline } : {}),
    ...(next ? { next } : {}),
    asOf,
    currency,
    senderName: inlineText(settings.senderName ?? ""),
    warnings,
    facts: ctx.facts,
    ...(choice.held ? { held: choice.held } : {}),
    ...(choice.chosen ? { chosenByUser: true } : {}),
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
