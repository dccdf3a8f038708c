import type { PlanLetterKind, PlanTemplate } from "./kinds";

/**
 * English payment-plan letters (Mustache, plain text). Placeholders: customer, total, count,
 * frequency, schedule (one line per instalment), missedNumber, missedDate, missedAmount,
 * planDate, paymentInstructions / hasPaymentInstructions, senderName, signature.
 */
export const en: Record<PlanLetterKind, PlanTemplate> = {
  planProposal: {
    subject: "Proposed payment plan for {{total}}",
    body: `Dear Accounts Payable team,

Further to our conversation, we propose to settle the outstanding balance of {{total}} in {{count}} {{frequency}} instalments:

{{schedule}}

{{#hasPaymentInstructions}}
Payment details:
{{paymentInstructions}}

{{/hasPaymentInstructions}}
Please confirm by return that this schedule suits you. If an instalment is not paid on its date, the full balance becomes due again.

Kind regards,

{{senderName}}
{{signature}}`,
  },
  missedInstalment: {
    subject: "Payment plan: instalment {{missedNumber}} of {{missedAmount}} not received",
    body: `Dear Accounts Payable team,

Under the payment plan agreed on {{planDate}}, instalment {{missedNumber}} of {{missedAmount}} was due on {{missedDate}}. We have not received it.

The schedule was:

{{schedule}}

{{#hasPaymentInstructions}}
Payment details:
{{paymentInstructions}}

{{/hasPaymentInstructions}}
Please pay this instalment without delay. As the plan provided, a missed instalment ends it: unless we receive payment, our usual collection process resumes for the full balance.

Kind regards,

{{senderName}}
{{signature}}`,
  },
};
