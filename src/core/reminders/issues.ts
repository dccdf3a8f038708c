import { dayFromYmd } from "../dates/calendar";
import type { Language } from "../types";
import { formatDay } from "./format";
import type { ReminderIssue } from "./types";

type Params = ReminderIssue["params"];
type Describe = (p: Params) => string;

/** Texts of the issue keys the drafting gives (exclusions and draft warnings). */
const TEXTS: Record<Language, Record<string, Describe>> = {
  en: {
    paid: () => "already paid",
    creditNote: () => "credit note: deducted from a reminder, never reminded alone",
    disputed: () => "disputed: settle the dispute before any reminder",
    promise: (p) => `payment promised by ${p.date}`,
    wait: (p) =>
      `contacted ${p.daysSinceContact} days ago (on ${p.lastContact}); wait ${p.minDays} days between contacts`,
    netCredit: (p) => `the credit notes cover the invoices (balance ${p.total})`,
    invalid: (p) => `cannot be reminded: ${p.why}`,
    noEmail: () => "No email address in the sheet: add the recipient in your mail app.",
    emailInvalid: (p) => `"${p.value}" is not a valid email address; it was left out.`,
    emailLineBreak: (p) =>
      `The email address "${p.value}" contains a line break, which could add hidden recipients; it was left out.`,
    templateError: (p) =>
      `Your template "${p.key}" cannot be used (${p.error}); the default text was used instead. Correct it in the settings.`,
    unknownPlaceholder: (p) =>
      `Your template "${p.key}" uses {{${p.name}}}, which is not a placeholder: it is left blank.`,
    subjectLineBreak: () => "The subject had a line break; it was replaced by a space.",
    currency: (p) =>
      `"${p.currency}" is not a three-letter currency code (EUR, GBP...): amounts are shown without a currency symbol.`,
    penalty: (p) =>
      `Late-payment penalties could not be computed for invoice ${p.invoice}: ${p.why}`,
  },
  fr: {
    paid: () => "déjà réglée",
    creditNote: () => "avoir : déduit d’une relance, jamais relancé seul",
    disputed: () => "en litige : réglez le litige avant toute relance",
    promise: (p) => `règlement promis pour le ${p.date}`,
    wait: (p) =>
      `contacté il y a ${p.daysSinceContact} jours (le ${p.lastContact}) ; ${p.minDays} jours minimum entre deux contacts`,
    netCredit: (p) => `les avoirs couvrent les factures (solde ${p.total})`,
    invalid: (p) => `relance impossible : ${p.why}`,
    noEmail: () =>
      "Pas d’adresse e-mail dans la feuille : ajoutez le destinataire dans votre messagerie.",
    emailInvalid: (p) => `« ${p.value} » n’est pas une adresse e-mail valide ; elle a été écartée.`,
    emailLineBreak: (p) =>
      `L’adresse « ${p.value} » contient un saut de ligne, qui pourrait ajouter des destinataires cachés ; elle a été écartée.`,
    templateError: (p) =>
      `Votre modèle « ${p.key} » est inutilisable (${p.error}) ; le texte par défaut a été utilisé. Corrigez-le dans les paramètres.`,
    unknownPlaceholder: (p) =>
      `Votre modèle « ${p.key} » utilise {{${p.name}}}, qui n’est pas une balise connue : elle reste vide.`,
    subjectLineBreak: () => "L’objet contenait un saut de ligne, remplacé par une espace.",
    currency: (p) =>
      `« ${p.currency} » n’est pas un code devise à trois lettres (EUR, GBP...) : les montants sont affichés sans symbole.`,
    penalty: (p) => `Pénalités de retard non calculables pour la facture ${p.invoice} : ${p.why}`,
  },
};

/** Dates travel as ISO text ("2024-03-02") and are written in words in the reader's language. */
function localDates(params: Params, language: Language): Params {
  const local: Params = {};
  for (const [name, value] of Object.entries(params)) {
    const iso = typeof value === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
    const day = iso ? dayFromYmd(Number(iso[1]), Number(iso[2]), Number(iso[3])) : undefined;
    local[name] = day === undefined ? value : formatDay(day, language);
  }
  return local;
}

/** The issue as a sentence in French or English, for the pane to show. */
export function describeIssue(issue: ReminderIssue, language: Language): string {
  const describe = TEXTS[language][issue.key];
  if (describe) return describe(localDates(issue.params, language));
  const params = Object.entries(issue.params)
    .map(([k, v]) => `${k}: ${v}`)
    .join(", ");
  return params ? `${issue.key} (${params})` : issue.key;
}

/** Keys describeIssue knows, so a test can check both languages have each. */
export const ISSUE_KEYS: readonly string[] = Object.keys(TEXTS.en);
