import type { ReminderTemplate, TemplateKind } from "./kinds";

/**
 * Relances en français, dans le ton d'un credit manager : courtoises d'abord, puis fermes, puis
 * formelles (mise en demeure), sans jamais menacer au-delà de ce que permet la loi. Texte brut
 * avec des balises Mustache (voir placeholders.ts) ; une ligne vide commence un paragraphe et
 * `{{invoiceTable}}` seul sur sa ligne devient le tableau des factures.
 */
export const fr: Record<TemplateKind, ReminderTemplate> = {
  courtesy: {
    subject:
      "Rappel amical : {{#plural}}factures{{/plural}}{{^plural}}facture{{/plural}} {{invoiceNumbers}}{{#oneDueDate}} à échéance du {{oldestDueDate}}{{/oneDueDate}}",
    body: `Bonjour,

Nous nous permettons de vous rappeler que {{#plural}}les factures suivantes arrivent{{/plural}}{{^plural}}la facture suivante arrive{{/plural}} prochainement à échéance :

{{invoiceTable}}

Montant total : {{total}}

{{#hasPaymentInstructions}}
Modalités de règlement :
{{paymentInstructions}}

{{/hasPaymentInstructions}}
Si votre règlement est déjà en cours, nous vous en remercions et vous prions de ne pas tenir compte de ce message. Pour toute question sur {{#plural}}ces factures{{/plural}}{{^plural}}cette facture{{/plural}}, il vous suffit de répondre à ce courriel.

Bien cordialement,

{{senderBlock}}`,
  },

  reminder1: {
    subject:
      "Relance : {{#plural}}factures{{/plural}}{{^plural}}facture{{/plural}} {{invoiceNumbers}} {{#plural}}échues{{/plural}}{{^plural}}échue{{/plural}}",
    body: `Bonjour,

Sauf erreur ou omission de notre part, {{#plural}}les factures suivantes restent impayées{{/plural}}{{^plural}}la facture suivante reste impayée{{/plural}} alors que l’échéance est dépassée :

{{invoiceTable}}

Total restant dû : {{total}}

{{#hasComingDue}}
Pour information, {{#comingDuePlural}}les factures suivantes arrivent{{/comingDuePlural}}{{^comingDuePlural}}la facture suivante arrive{{/comingDuePlural}} prochainement à échéance (non échues, {{comingDueTotal}}) :

{{comingDueTable}}

{{/hasComingDue}}
Nous vous remercions de bien vouloir procéder au règlement dans les meilleurs délais.

{{#hasPaymentInstructions}}
Modalités de règlement :
{{paymentInstructions}}

{{/hasPaymentInstructions}}
Si vous avez effectué ce règlement entre-temps, nous vous prions de ne pas tenir compte de la présente relance. En cas de difficulté, n’hésitez pas à nous contacter afin que nous trouvions rapidement une solution.

{{nextStep}}

Bien cordialement,

{{senderBlock}}`,
  },

  reminder2: {
    subject:
      "Deuxième relance : {{#plural}}factures{{/plural}}{{^plural}}facture{{/plural}} {{invoiceNumbers}} {{#plural}}impayées{{/plural}}{{^plural}}impayée{{/plural}} ({{total}})",
    body: `Madame, Monsieur,

{{#hasPreviousReminder}}Malgré notre relance du {{previousReminderDate}}, nous n’avons toujours pas reçu{{/hasPreviousReminder}}{{^hasPreviousReminder}}Sauf erreur de notre part, nous n’avons pas reçu{{/hasPreviousReminder}} le règlement {{#plural}}des factures suivantes{{/plural}}{{^plural}}de la facture suivante{{/plural}} :

{{invoiceTable}}

Total restant dû : {{total}}

{{penaltyNotice}}

{{#hasComingDue}}
Pour information, {{#comingDuePlural}}les factures suivantes arrivent{{/comingDuePlural}}{{^comingDuePlural}}la facture suivante arrive{{/comingDuePlural}} prochainement à échéance (non échues, {{comingDueTotal}}) :

{{comingDueTable}}

{{/hasComingDue}}
Nous vous demandons de régulariser cette situation sans plus tarder.

{{#hasPaymentInstructions}}
Modalités de règlement :
{{paymentInstructions}}

{{/hasPaymentInstructions}}
Si votre règlement s’est croisé avec ce courrier, nous vous prions de ne pas en tenir compte. Si vous contestez tout ou partie de ces sommes, merci de nous en indiquer le motif par retour.

{{nextStep}}

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

{{senderBlock}}`,
  },

  call: {
    subject:
      "{{#plural}}Factures{{/plural}}{{^plural}}Facture{{/plural}} {{invoiceNumbers}} {{#plural}}impayées{{/plural}}{{^plural}}impayée{{/plural}} ({{total}})",
    body: `Madame, Monsieur,

{{#hasCall}}Suite à notre entretien téléphonique du {{callDate}}, je{{/hasCall}}{{^hasCall}}Je{{/hasCall}} reviens vers vous au sujet {{#plural}}des factures suivantes, qui restent impayées{{/plural}}{{^plural}}de la facture suivante, qui reste impayée{{/plural}}{{#hasPreviousReminder}} malgré notre relance du {{previousReminderDate}}{{/hasPreviousReminder}} :

{{invoiceTable}}

Total restant dû : {{total}}

{{penaltyNotice}}

{{#hasComingDue}}
Pour information, {{#comingDuePlural}}les factures suivantes arrivent{{/comingDuePlural}}{{^comingDuePlural}}la facture suivante arrive{{/comingDuePlural}} prochainement à échéance (non échues, {{comingDueTotal}}) :

{{comingDueTable}}

{{/hasComingDue}}
Je vous remercie de me confirmer par retour la date et le montant du règlement.

{{#hasPaymentInstructions}}
Modalités de règlement :
{{paymentInstructions}}

{{/hasPaymentInstructions}}
Si vous contestez tout ou partie de ces sommes, merci de m’en indiquer le motif par écrit afin que nous puissions l’examiner.

{{nextStep}}

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

{{senderBlock}}`,
    callScript: `Script d’appel : {{customer}}, {{today}}

1. Se présenter : « Bonjour, {{#hasSenderName}}{{senderName}} à l’appareil. {{/hasSenderName}}Pourrais-je parler à la personne chargée du règlement des fournisseurs ? »
2. Annoncer l’objet : « {{#hasPreviousReminder}}Suite à notre relance du {{previousReminderDate}}, je{{/hasPreviousReminder}}{{^hasPreviousReminder}}Je{{/hasPreviousReminder}} vous appelle au sujet {{#plural}}de {{invoiceCount}} factures échues{{/plural}}{{^plural}}d’une facture échue{{/plural}}, pour un total de {{total}} ; la plus ancienne était payable le {{oldestDueDate}}, il y a {{maxDaysOverdue}} jours. »
3. Citer les factures :
{{#invoices}}
   - {{number}} : {{open}}, échéance le {{dueDate}} ({{status}})
{{/invoices}}
4. Demander : « Avez-vous bien reçu {{#plural}}ces factures{{/plural}}{{^plural}}cette facture{{/plural}} ? Quelque chose empêche-t-il le règlement ? » Noter tout litige, son motif et son auteur.
5. Obtenir un engagement : le montant, la date de règlement et le nom de la personne qui s’engage.
{{#hasPenalties}}
   Le cas échéant, rappeler calmement que les pénalités de retard et l’indemnité forfaitaire sont dues de plein droit ({{penaltyTotal}} à ce jour).
{{/hasPenalties}}
6. Sans engagement, annoncer l’étape suivante : {{nextStep}}
7. Conclure : annoncer la confirmation de l’appel par courriel (le courriel de suivi), puis noter le résultat et la date promise dans le classeur.`,
  },

  formalNotice: {
    subject:
      "Mise en demeure de payer {{totalClaimed}} au plus tard le {{deadline}} : {{#plural}}factures{{/plural}}{{^plural}}facture{{/plural}} {{invoiceNumbers}}",
    body: `Madame, Monsieur,

MISE EN DEMEURE DE PAYER

{{#hasPreviousReminder}}Malgré notre relance du {{previousReminderDate}}{{#hasCall}} et notre entretien téléphonique du {{callDate}}{{/hasCall}}, nous constatons que{{/hasPreviousReminder}}{{^hasPreviousReminder}}{{#hasCall}}Malgré notre entretien téléphonique du {{callDate}}, nous constatons que{{/hasCall}}{{^hasCall}}Nous constatons que{{/hasCall}}{{/hasPreviousReminder}} {{#plural}}les factures suivantes restent impayées{{/plural}}{{^plural}}la facture suivante reste impayée{{/plural}} bien qu’échue{{#plural}}s{{/plural}} :

{{invoiceTable}}

Principal restant dû : {{total}}

{{penaltyNotice}}

{{#hasPenalties}}
Total réclamé : {{totalClaimed}}

{{/hasPenalties}}
{{#hasComingDue}}
Pour information, {{#comingDuePlural}}les factures suivantes arrivent{{/comingDuePlural}}{{^comingDuePlural}}la facture suivante arrive{{/comingDuePlural}} prochainement à échéance (non échues, {{comingDueTotal}}) :

{{comingDueTable}}

{{/hasComingDue}}
Par la présente, nous vous mettons en demeure de nous régler la somme de {{totalClaimed}} au plus tard le {{deadline}}, soit dans un délai de {{deadlineDays}} jours.

{{#hasPaymentInstructions}}
Modalités de règlement :
{{paymentInstructions}}

{{/hasPaymentInstructions}}
À défaut de règlement intégral à cette date, nous confierons, sans autre préavis, le recouvrement de cette créance à une société de recouvrement ou engagerons une procédure judiciaire (injonction de payer), les intérêts, indemnités et frais prévus par la loi restant à votre charge.

Cette mise en demeure vous est également adressée par lettre recommandée avec accusé de réception.

Si vous estimez que cette somme n’est pas due, merci de nous en exposer les motifs par écrit dès réception.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

{{senderBlock}}`,
  },

  legal: {
    subject:
      "{{#plural}}Factures{{/plural}}{{^plural}}Facture{{/plural}} {{invoiceNumbers}} : transmission au recouvrement contentieux ({{totalClaimed}})",
    body: `Madame, Monsieur,

{{#hasFormalNotice}}Malgré notre mise en demeure du {{formalNoticeDate}}, nous constatons que{{/hasFormalNotice}}{{^hasFormalNotice}}Nous constatons que{{/hasFormalNotice}} {{#plural}}les factures suivantes restent impayées{{/plural}}{{^plural}}la facture suivante reste impayée{{/plural}} bien qu’échue{{#plural}}s{{/plural}} :

{{invoiceTable}}

Principal restant dû : {{total}}

{{penaltyNotice}}

{{#hasPenalties}}
Total réclamé : {{totalClaimed}}

{{/hasPenalties}}
{{#hasFormalNotice}}Le délai fixé par notre mise en demeure étant expiré, nous{{/hasFormalNotice}}{{^hasFormalNotice}}Nous{{/hasFormalNotice}} transmettons ce dossier à notre société de recouvrement et, à défaut de règlement amiable, engagerons une procédure d’injonction de payer devant la juridiction compétente. Les frais de recouvrement vous seront réclamés dans les limites prévues par la loi.

Seul le règlement intégral de {{totalClaimed}}, reçu avant l’engagement de la procédure, permettra de clore ce dossier.

{{#hasPaymentInstructions}}
Modalités de règlement :
{{paymentInstructions}}

{{/hasPaymentInstructions}}
Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

{{senderBlock}}`,
  },
};
