import type { Settings } from "../types";
import type { CustomerContext } from "./customerContext";
import { issue } from "./draftIssue";
import { draftPayNow } from "./draftPayNow";
import { isKnownCurrency } from "./format";
import { lineView, type TableContext } from "./invoiceTable";
import type { LetterParts } from "./letterParts";
import { letterPenalties } from "./letterPenalties";
import { letterSchedule } from "./letterSchedule";
import { letterView } from "./letterView";
import { customerRecipients } from "./recipients";
import { inlineText } from "./render";
import { renderLetter } from "./renderLetter";
import { senderLines } from "./senderLines";
import { templateKind } from "./templates";
import type { ReminderDraft, ReminderIssue } from "./types";

export type { CustomerContext } from "./customerContext";
export type { LetterParts } from "./letterParts";

/**
 * The draft of one customer's letter at `letter.level`: its text from the template of the
 * level's kind, stating only the contacts ctx.facts records, with the warnings the user must see
 * before sending it (no sender name, a zero interest rate where the law sets one, no address).
 */
export function composeDraft(
  letter: LetterParts,
  ctx: CustomerContext & { settings: Settings },
  choice: { held?: ReminderIssue; chosen?: boolean }
): ReminderDraft {
  const { key, customerCell, group, lines, comingDue, credits, total } = letter;
  const { settings, language, asOf } = ctx;
  const warnings: ReminderIssue[] = [];
  const level = letter.level;
  const kind = templateKind(level);
  const currency = settings.currency.trim().toUpperCase();
  if (!isKnownCurrency(currency)) warnings.push(issue("currency", { currency: settings.currency }));

  const { penalties, notice } = letterPenalties(
    kind,
    lines,
    { settings, asOf, language, currency },
    warnings
  );
  const sender = senderLines(settings.senderName ?? "", settings.signature ?? "");
  if (!sender.hasName) warnings.push(issue("noSenderName"));
  const schedule = letterSchedule(level, ctx.ladder, lines, { asOf, minDays: ctx.minDays, kind });

  const table: TableContext = { language, currency, withPenalties: penalties !== undefined };
  const views = {
    invoices: lines.map((l) => lineView(l, table)),
    credits: credits.map((l) => lineView(l, table)),
  };
  const comingDueViews = comingDue.map((l) => lineView(l, { ...table, withPenalties: false }));
  const view = letterView({
    letter,
    level,
    settings,
    language,
    currency,
    asOf,
    facts: ctx.facts,
    sender,
    schedule,
    ...(penalties ? { penalties } : {}),
    notice,
    views,
  });
  const payNow = draftPayNow(settings, total, lines, currency, language);
  const rendered = renderLetter(
    view,
    { level, kind, language, settings, ...(payNow ? { payNow } : {}) },
    { table, ...views, comingDue: comingDueViews },
    warnings
  );

  const recipients = customerRecipients(group.map((i) => i.email));
  warnings.push(...recipients.issues);

  return {
    id: `${key}|${level.level}`,
    customer: customerCell,
    customerKey: key,
    language,
    level: level.level,
    ladderLevel: level,
    kind,
    ...(recipients.addresses.length > 0 ? { to: recipients.addresses.join(", ") } : {}),
    subject: rendered.subject,
    text: rendered.text,
    html: rendered.html,
    ...(rendered.callScript !== undefined ? { callScript: rendered.callScript } : {}),
    invoices: lines,
    comingDue,
    credits,
    total,
    ...(penalties ? { penalties } : {}),
    ...(payNow ? { payNow } : {}),
    ...(schedule.deadline !== undefined ? { deadline: schedule.deadline } : {}),
    ...(schedule.next ? { next: schedule.next } : {}),
    asOf,
    currency,
    senderName: inlineText(settings.senderName ?? ""),
    warnings,
    facts: ctx.facts,
    ...(choice.held ? { held: choice.held } : {}),
    ...(choice.chosen ? { chosenByUser: true } : {}),
  };
}
