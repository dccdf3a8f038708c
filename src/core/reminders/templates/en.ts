import type { ReminderTemplate, TemplateKind } from "./kinds";

/**
 * English reminders, in the register of a British credit controller: polite first, then firm,
 * then formal, never a threat the law does not allow. Plain text with Mustache placeholders
 * (see placeholders.ts); a blank line starts a new paragraph and `{{invoiceTable}}` on its own
 * line becomes the table of invoices.
 */
export const en: Record<TemplateKind, ReminderTemplate> = {
  courtesy: {
    subject:
      "Friendly reminder: {{#plural}}invoices{{/plural}}{{^plural}}invoice{{/plural}} {{invoiceNumbers}}{{#oneDueDate}} due on {{oldestDueDate}}{{/oneDueDate}}",
    body: `Dear Accounts Payable team,

This is a friendly reminder that the following {{#plural}}invoices fall{{/plural}}{{^plural}}invoice falls{{/plural}} due shortly:

{{invoiceTable}}

Total: {{total}}

{{#hasPaymentInstructions}}
Payment details:
{{paymentInstructions}}

{{/hasPaymentInstructions}}
If payment is already on its way, thank you, and please disregard this message. Should you have any question about {{#plural}}these invoices{{/plural}}{{^plural}}this invoice{{/plural}}, simply reply to this email.

Kind regards,

{{senderBlock}}`,
  },

  reminder1: {
    subject:
      "Reminder: overdue {{#plural}}invoices{{/plural}}{{^plural}}invoice{{/plural}} {{invoiceNumbers}}",
    body: `Dear Accounts Payable team,

According to our records, the following {{#plural}}invoices remain{{/plural}}{{^plural}}invoice remains{{/plural}} unpaid although the due date has passed:

{{invoiceTable}}

Total due: {{total}}

{{#hasComingDue}}
For your planning, the following {{#comingDuePlural}}invoices fall{{/comingDuePlural}}{{^comingDuePlural}}invoice falls{{/comingDuePlural}} due shortly (not overdue, {{comingDueTotal}}):

{{comingDueTable}}

{{/hasComingDue}}
We should be grateful if you would arrange payment at your earliest convenience.

{{#hasPaymentInstructions}}
Payment details:
{{paymentInstructions}}

{{/hasPaymentInstructions}}
If you have already paid, thank you, and please disregard this reminder. If anything prevents payment, please let us know so that we can resolve it quickly.

{{nextStep}}

Kind regards,

{{senderBlock}}`,
  },

  reminder2: {
    subject:
      "Second reminder: overdue {{#plural}}invoices{{/plural}}{{^plural}}invoice{{/plural}} {{invoiceNumbers}} ({{total}})",
    body: `Dear Sir or Madam,

{{#hasPreviousReminder}}Despite our reminder of {{previousReminderDate}}, we{{/hasPreviousReminder}}{{^hasPreviousReminder}}According to our records, we{{/hasPreviousReminder}} have not yet received payment of the following overdue {{#plural}}invoices{{/plural}}{{^plural}}invoice{{/plural}}:

{{invoiceTable}}

Total due: {{total}}

{{penaltyNotice}}

{{#hasComingDue}}
For your planning, the following {{#comingDuePlural}}invoices fall{{/comingDuePlural}}{{^comingDuePlural}}invoice falls{{/comingDuePlural}} due shortly (not overdue, {{comingDueTotal}}):

{{comingDueTable}}

{{/hasComingDue}}
We ask you to settle this amount without further delay.

{{#hasPaymentInstructions}}
Payment details:
{{paymentInstructions}}

{{/hasPaymentInstructions}}
If your payment has crossed with this letter, please disregard it. If you dispute any of these amounts, please tell us why by return.

{{nextStep}}

Yours faithfully,

{{senderBlock}}`,
  },

  call: {
    subject:
      "Overdue {{#plural}}invoices{{/plural}}{{^plural}}invoice{{/plural}} {{invoiceNumbers}} ({{total}})",
    body: `Dear Sir or Madam,

{{#hasCall}}Further to our telephone call of {{callDate}}, I{{/hasCall}}{{^hasCall}}I{{/hasCall}} am writing about the following {{#plural}}invoices, which remain{{/plural}}{{^plural}}invoice, which remains{{/plural}} unpaid{{#hasPreviousReminder}} despite our reminder of {{previousReminderDate}}{{/hasPreviousReminder}}:

{{invoiceTable}}

Total due: {{total}}

{{penaltyNotice}}

{{#hasComingDue}}
For your planning, the following {{#comingDuePlural}}invoices fall{{/comingDuePlural}}{{^comingDuePlural}}invoice falls{{/comingDuePlural}} due shortly (not overdue, {{comingDueTotal}}):

{{comingDueTable}}

{{/hasComingDue}}
Please confirm by return the date on which payment will be made, and the amount.

{{#hasPaymentInstructions}}
Payment details:
{{paymentInstructions}}

{{/hasPaymentInstructions}}
If you dispute any of these amounts, please tell me why in writing so that we can look into it.

{{nextStep}}

Yours sincerely,

{{senderBlock}}`,
    callScript: `Call script: {{customer}}, {{today}}

1. Introduce yourself: "Good morning, {{#hasSenderName}}this is {{senderName}}. {{/hasSenderName}}May I speak to the person who handles supplier payments?"
2. State the purpose: "{{#hasPreviousReminder}}Further to our reminder of {{previousReminderDate}}, {{/hasPreviousReminder}}I am calling about {{invoiceCount}} overdue {{#plural}}invoices{{/plural}}{{^plural}}invoice{{/plural}} totalling {{total}}; the oldest was due on {{oldestDueDate}}, {{maxDaysOverdue}} days ago."
3. Quote the invoices:
{{#invoices}}
   - {{number}}: {{open}}, due on {{dueDate}} ({{status}})
{{/invoices}}
4. Ask: "Have you received {{#plural}}these invoices{{/plural}}{{^plural}}this invoice{{/plural}}? Is anything preventing payment?" Note any dispute, its reason and who raised it.
5. Obtain a commitment: the amount, the payment date and the name of the person who gives it.
{{#hasPenalties}}
   If relevant, mention calmly that late-payment interest and fixed compensation are due by law ({{penaltyTotal}} to date).
{{/hasPenalties}}
6. If no commitment is given, explain the next step: {{nextStep}}
7. Close: say you will confirm the call by email (the follow-up email), then record the outcome and any promised date in the sheet.`,
  },

  formalNotice: {
    subject:
      "Formal notice to pay {{totalClaimed}} by {{deadline}}: {{#plural}}invoices{{/plural}}{{^plural}}invoice{{/plural}} {{invoiceNumbers}}",
    body: `Dear Sir or Madam,

FORMAL NOTICE TO PAY

{{#hasPreviousReminder}}Despite our reminder of {{previousReminderDate}}{{#hasCall}} and our telephone call of {{callDate}}{{/hasCall}}, the{{/hasPreviousReminder}}{{^hasPreviousReminder}}{{#hasCall}}Despite our telephone call of {{callDate}}, the{{/hasCall}}{{^hasCall}}The{{/hasCall}}{{/hasPreviousReminder}} following {{#plural}}invoices remain{{/plural}}{{^plural}}invoice remains{{/plural}} unpaid although {{#plural}}they are{{/plural}}{{^plural}}it is{{/plural}} overdue:

{{invoiceTable}}

Principal due: {{total}}

{{penaltyNotice}}

{{#hasPenalties}}
Total claimed: {{totalClaimed}}

{{/hasPenalties}}
{{#hasComingDue}}
For your planning, the following {{#comingDuePlural}}invoices fall{{/comingDuePlural}}{{^comingDuePlural}}invoice falls{{/comingDuePlural}} due shortly (not overdue, {{comingDueTotal}}):

{{comingDueTable}}

{{/hasComingDue}}
We hereby give you formal notice to pay the sum of {{totalClaimed}} by {{deadline}} at the latest, that is within {{deadlineDays}} days.

{{#hasPaymentInstructions}}
Payment details:
{{paymentInstructions}}

{{/hasPaymentInstructions}}
Failing payment in full by that date, we will, without further notice, refer the matter to a debt collection agency or issue court proceedings to recover the debt, together with the interest, compensation and costs allowed by law.

This formal notice is also being sent to you by registered letter (recorded delivery).

If you consider that this sum is not due, please set out your reasons in writing by return.

Yours faithfully,

{{senderBlock}}`,
  },

  legal: {
    subject:
      "Unpaid {{#plural}}invoices{{/plural}}{{^plural}}invoice{{/plural}} {{invoiceNumbers}}: debt recovery proceedings ({{totalClaimed}})",
    body: `Dear Sir or Madam,

{{#hasFormalNotice}}Despite our formal notice of {{formalNoticeDate}}, the{{/hasFormalNotice}}{{^hasFormalNotice}}The{{/hasFormalNotice}} following {{#plural}}invoices remain{{/plural}}{{^plural}}invoice remains{{/plural}} unpaid although {{#plural}}they are{{/plural}}{{^plural}}it is{{/plural}} overdue:

{{invoiceTable}}

Principal due: {{total}}

{{penaltyNotice}}

{{#hasPenalties}}
Total claimed: {{totalClaimed}}

{{/hasPenalties}}
{{#hasFormalNotice}}As the deadline set in our formal notice has passed, we{{/hasFormalNotice}}{{^hasFormalNotice}}We{{/hasFormalNotice}} are referring this debt to a debt collection agency and, failing an amicable settlement, will start court proceedings to recover it (in France, a payment order: "injonction de payer"). The costs of recovery will be claimed from you to the extent the law allows.

Only payment in full of {{totalClaimed}}, received before the proceedings are issued, will close the matter.

{{#hasPaymentInstructions}}
Payment details:
{{paymentInstructions}}

{{/hasPaymentInstructions}}
Yours faithfully,

{{senderBlock}}`,
  },
};
