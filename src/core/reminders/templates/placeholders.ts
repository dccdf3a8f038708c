import type { Language } from "../../types";

/** A placeholder the templates may use, described for the pane's template editor. */
export interface PlaceholderHelp {
  name: string;
  /** "text" is `{{name}}`, "section" is `{{#name}}...{{/name}}` (a yes/no or a list). */
  use: "text" | "section";
  description: Record<Language, string>;
  /** For a list: the placeholders each item has, used between `{{#name}}` and `{{/name}}`. */
  fields?: string[];
}

const text = (name: string, en: string, fr: string): PlaceholderHelp => ({
  name,
  use: "text",
  description: { en, fr },
});
const section = (name: string, en: string, fr: string, fields?: string[]): PlaceholderHelp => ({
  name,
  use: "section",
  description: { en, fr },
  ...(fields ? { fields } : {}),
});

/** Fields of each item of `invoices` and `credits`. */
export const INVOICE_FIELDS = [
  "number",
  "invoiceDate",
  "dueDate",
  "amount",
  "open",
  "daysOverdue",
  "status",
  "interest",
  "indemnity",
] as const;

/** Every placeholder of the reminder templates. Amounts and dates come formatted for the language. */
export const PLACEHOLDERS: readonly PlaceholderHelp[] = [
  text("customer", "Customer name", "Nom du client"),
  text("senderName", "Sender name (settings)", "Nom de l’expéditeur (paramètres)"),
  text("signature", "Signature (settings)", "Signature (paramètres)"),
  text("today", "Date of the reminder", "Date de la relance"),
  text("level", "Level of the ladder (0, 1, ...)", "Niveau de relance (0, 1, ...)"),
  text("action", "Action of the level, e.g. Reminder 1", "Action du niveau, p. ex. Relance 1"),
  text("invoiceCount", "Number of invoices reminded", "Nombre de factures relancées"),
  section("plural", "Shown when there are several invoices", "Affiché s’il y a plusieurs factures"),
  text(
    "invoiceNumbers",
    "Invoice numbers, comma-separated",
    "Numéros de facture, séparés par des virgules"
  ),
  text(
    "invoiceTable",
    "Table of the invoices (on its own line)",
    "Tableau des factures (seul sur sa ligne)"
  ),
  section("invoices", "List of the invoices reminded", "Liste des factures relancées", [
    ...INVOICE_FIELDS,
  ]),
  section(
    "hasCredits",
    "Shown when credit notes are deducted",
    "Affiché si des avoirs sont déduits"
  ),
  section("credits", "List of the credit notes deducted", "Liste des avoirs déduits", [
    ...INVOICE_FIELDS,
  ]),
  text("creditTotal", "Total of the credit notes", "Total des avoirs"),
  text("invoicesTotal", "Total of the invoices before credits", "Total des factures avant avoirs"),
  text("total", "Total due (invoices less credits)", "Total dû (factures moins avoirs)"),
  text("oldestDueDate", "Oldest due date", "Échéance la plus ancienne"),
  text(
    "maxDaysOverdue",
    "Days overdue of the oldest invoice",
    "Jours de retard de la plus ancienne"
  ),
  section(
    "hasPaymentInstructions",
    "Shown when payment instructions are set",
    "Affiché si les modalités de règlement sont renseignées"
  ),
  text(
    "paymentInstructions",
    "Payment instructions (settings)",
    "Modalités de règlement (paramètres)"
  ),
  section("hasNextStep", "Shown when a next step follows", "Affiché s’il y a une étape suivante"),
  text("nextStep", "What happens next, as a sentence", "Étape suivante, en une phrase"),
  text("nextStepDate", "Date of the next step", "Date de l’étape suivante"),
  text("nextAction", "Action of the next level", "Action du niveau suivant"),
  text("deadline", "Payment deadline of the formal notice", "Date limite de la mise en demeure"),
  text(
    "deadlineDays",
    "Days given by the formal notice (8)",
    "Délai de la mise en demeure (8 jours)"
  ),
  section(
    "hasPenalties",
    "Shown when late-payment penalties apply",
    "Affiché si des pénalités de retard s’appliquent"
  ),
  text(
    "penaltyNotice",
    "Legal mention of the penalties, as a paragraph",
    "Mention légale des pénalités, en un paragraphe"
  ),
  text("legalBasis", "Legal basis of the penalties", "Fondement légal des pénalités"),
  text("rate", "Annual late-interest rate", "Taux annuel des pénalités"),
  text("interestTotal", "Late-payment interest to date", "Intérêts de retard à ce jour"),
  text("indemnityTotal", "Fixed indemnities", "Indemnités forfaitaires"),
  text("penaltyTotal", "Interest plus indemnities", "Intérêts et indemnités"),
  text("totalClaimed", "Total due plus penalties", "Total dû, pénalités comprises"),
  text(
    "senderBlock",
    "Sender name and signature, the name once",
    "Nom de l’expéditeur et signature, le nom une seule fois"
  ),
  section(
    "hasSenderName",
    "Shown when a sender name is set",
    "Affiché si le nom de l’expéditeur est renseigné"
  ),
  section(
    "hasPreviousReminder",
    "Shown when the workbook records an earlier reminder to this customer",
    "Affiché si le classeur enregistre une relance antérieure à ce client"
  ),
  text(
    "previousReminderDate",
    "Date of the latest reminder recorded",
    "Date de la dernière relance enregistrée"
  ),
  section(
    "hasCall",
    "Shown when the workbook records a call to this customer",
    "Affiché si le classeur enregistre un appel à ce client"
  ),
  text("callDate", "Date of the latest call recorded", "Date du dernier appel enregistré"),
  section(
    "hasFormalNotice",
    "Shown when the workbook records a formal notice to this customer",
    "Affiché si le classeur enregistre une mise en demeure à ce client"
  ),
  text(
    "formalNoticeDate",
    "Date of the formal notice recorded",
    "Date de la mise en demeure enregistrée"
  ),
  section(
    "oneDueDate",
    "Shown when all the invoices reminded have the same due date",
    "Affiché si toutes les factures relancées ont la même échéance"
  ),
  section(
    "hasComingDue",
    "Shown when invoices not yet due are listed apart",
    "Affiché si des factures non échues sont listées à part"
  ),
  section(
    "comingDuePlural",
    "Shown when several invoices are coming due",
    "Affiché s’il y a plusieurs factures non échues"
  ),
  text(
    "comingDueTable",
    "Table of the invoices coming due (on its own line)",
    "Tableau des factures non échues (seul sur sa ligne)"
  ),
  text("comingDueTotal", "Total of the invoices coming due", "Total des factures non échues"),
];

/** Names a template may use at the top level (the list fields only inside their section). */
export const PLACEHOLDER_NAMES: ReadonlySet<string> = new Set(PLACEHOLDERS.map((p) => p.name));
