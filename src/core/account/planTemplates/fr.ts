import type { PlanLetterKind, PlanTemplate } from "./kinds";

/** Courriers d'échéancier en français (Mustache, texte brut) ; mêmes champs que en.ts. */
export const fr: Record<PlanLetterKind, PlanTemplate> = {
  planProposal: {
    subject: "Proposition d’échéancier pour {{total}}",
    body: `Madame, Monsieur,

Suite à notre échange, nous vous proposons de régler le solde dû de {{total}} en {{count}} échéances {{frequency}} :

{{schedule}}

{{#hasPaymentInstructions}}
Modalités de paiement :
{{paymentInstructions}}

{{/hasPaymentInstructions}}
Nous vous remercions de nous confirmer votre accord par retour. À défaut de paiement d’une échéance à sa date, la totalité du solde redeviendra exigible.

Nous vous prions d’agréer, Madame, Monsieur, nos salutations distinguées.

{{senderName}}
{{signature}}`,
  },
  missedInstalment: {
    subject: "Échéancier : échéance n° {{missedNumber}} de {{missedAmount}} non reçue",
    body: `Madame, Monsieur,

Selon l’échéancier convenu le {{planDate}}, l’échéance n° {{missedNumber}} de {{missedAmount}} était due le {{missedDate}}. Nous ne l’avons pas reçue.

Pour rappel, l’échéancier prévoyait :

{{schedule}}

{{#hasPaymentInstructions}}
Modalités de paiement :
{{paymentInstructions}}

{{/hasPaymentInstructions}}
Nous vous prions de régler cette échéance sans délai. Comme prévu, une échéance impayée met fin à l’échéancier : à défaut de règlement, notre procédure de recouvrement reprendra pour la totalité du solde.

Nous vous prions d’agréer, Madame, Monsieur, nos salutations distinguées.

{{senderName}}
{{signature}}`,
  },
};
