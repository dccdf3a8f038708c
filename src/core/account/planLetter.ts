import { formatDay, formatMoney } from "../reminders/format";
import {
  htmlDocument,
  inlineText,
  multilineText,
  renderTemplate,
  textToHtml,
} from "../reminders/render";
import type { Language } from "../types";
import type { PaymentPlan, PlanFrequency } from "./paymentPlan";
import { en } from "./planTemplates/en";
import type { PlanLetterKind } from "./planTemplates/kinds";
import { fr } from "./planTemplates/fr";
import type { TrackedInstalment } from "./planStatus";

const TEMPLATES = { en, fr };

const FREQUENCY_WORDS: Readonly<Record<Language, Record<PlanFrequency, string>>> = {
  en: { weekly: "weekly", fortnightly: "fortnightly", monthly: "monthly" },
  fr: { weekly: "hebdomadaires", fortnightly: "bimensuelles", monthly: "mensuelles" },
};

const NUMBER_WORD: Readonly<Record<Language, string>> = { en: "Instalment", fr: "Échéance n°" };

/** A payment-plan letter, ready to copy or download as an .eml draft. */
export interface PlanLetter {
  id: string;
  customer: string;
  language: Language;
  subject: string;
  text: string;
  html: string;
  senderName: string;
  to?: string;
}

export interface PlanLetterOptions {
  language: Language;
  currency: string;
  senderName: string;
  signature: string;
  paymentInstructions: string;
  to?: string;
}

/**
 * The proposal of a plan, or the reminder of its missed instalment (`missed` given). States only
 * what the "Payment plans" sheet records: the schedule, the date agreed and the instalment missed.
 * @example planLetter("planProposal", { id: "P1", customer: "ACME", created: 45000, invoices: ["F-1"], frequency: "monthly", instalments: splitPlan(1000, 2, 45010, "monthly") },
 *   { language: "en", currency: "EUR", senderName: "Bolt SA", signature: "Ann", paymentInstructions: "" }).subject
 * //=> "Proposed payment plan for €1,000.00"
 */
export function planLetter(
  kind: PlanLetterKind,
  plan: PaymentPlan,
  options: PlanLetterOptions,
  missed?: TrackedInstalment
): PlanLetter {
  const { language, currency } = options;
  const money = (amount: number) => formatMoney(amount, currency, language);
  const total = plan.instalments.reduce((sum, i) => sum + Math.round(i.amount * 100), 0) / 100;
  const schedule = plan.instalments
    .map(
      (i) =>
        `${NUMBER_WORD[language]} ${i.number}: ${formatDay(i.due, language)}, ${money(i.amount)}`
    )
    .join("\n");
  const instructions = multilineText(options.paymentInstructions);
  const view = {
    customer: inlineText(plan.customer),
    total: money(total),
    count: plan.instalments.length,
    frequency: FREQUENCY_WORDS[language][plan.frequency],
    schedule,
    planDate: formatDay(plan.created, language),
    missedNumber: missed?.number ?? "",
    missedDate: missed ? formatDay(missed.due, language) : "",
    missedAmount: missed ? money(missed.amount - missed.paid) : "",
    paymentInstructions: instructions,
    hasPaymentInstructions: instructions !== "",
    senderName: inlineText(options.senderName),
    signature: multilineText(options.signature),
  };
  const template = TEMPLATES[language][kind];
  const render = (text: string) => {
    const rendered = renderTemplate(text, view);
    return rendered.ok ? rendered.text.trim() : text;
  };
  const subject = inlineText(render(template.subject));
  const text = render(template.body);
  const letter: PlanLetter = {
    id: `${kind}-${plan.id}`,
    customer: plan.customer,
    language,
    subject,
    text,
    html: htmlDocument(textToHtml(text), language, subject),
    senderName: options.senderName,
  };
  if (options.to) letter.to = options.to;
  return letter;
}
