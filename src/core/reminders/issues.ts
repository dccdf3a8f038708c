import { dayFromYmd } from "../dates/calendar";
import type { Language } from "../types";
import { formatDay } from "./format";
import { actionLabel } from "../policy/actionNames";
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
    notDue: (p) =>
      Number(p.days) >= 0
        ? `not due yet (due in ${p.days} days): no reminder before day ${p.fromDay}`
        : `no reminder level before day ${p.fromDay} overdue`,
    levelSent: (p) =>
      `${actionLabel(String(p.sent), "en")} already sent: ${actionLabel(String(p.next), "en")} from day ${p.fromDay} overdue`,
    lastLevelSent: (p) => `${actionLabel(String(p.action), "en")}, the last level, already sent`,
    contactInterval: (p) =>
      `contacted recently: ${actionLabel(String(p.action), "en")} in ${p.days} days`,
    firstContactHeld: (p) =>
      `Held back: nothing was ever sent to this customer, and a first contact should not open at "${actionLabel(String(p.action), "en")}". Send it anyway only if you mean to (the Reminder log will say you chose it).`,
    zeroRate: () =>
      "The late-payment interest rate is 0 % in the settings: this letter claims no interest. Enter the rate in force (reference rate + the legal margin).",
    noSenderName: () =>
      "No sender name in the settings: the letter is signed with the signature only. Enter your name in the settings.",
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
    notDue: (p) =>
      Number(p.days) >= 0
        ? `pas encore échue (échéance dans ${p.days} jours) : pas de relance avant le jour ${p.fromDay}`
        : `aucun niveau de relance avant ${p.fromDay} jours de retard`,
    levelSent: (p) =>
      `${actionLabel(String(p.sent), "fr")} déjà envoyée : ${actionLabel(String(p.next), "fr")} à partir de ${p.fromDay} jours de retard`,
    lastLevelSent: (p) => `${actionLabel(String(p.action), "fr")}, dernier niveau, déjà envoyé`,
    contactInterval: (p) =>
      `contacté récemment : ${actionLabel(String(p.action), "fr")} dans ${p.days} jours`,
    firstContactHeld: (p) =>
      `Mis de côté : rien n’a jamais été envoyé à ce client, et un premier contact ne devrait pas commencer par « ${actionLabel(String(p.action), "fr")} ». Envoyez-le quand même seulement si c’est voulu (le journal des relances l’indiquera).`,
    zeroRate: () =>
      "Le taux des pénalités de retard est de 0 % dans les paramètres : cette lettre ne réclame aucun intérêt. Saisissez le taux en vigueur (taux de référence + la marge légale).",
    noSenderName: () =>
      "Aucun nom d’expéditeur dans les paramètres : la lettre n’est signée que de la signature. Saisissez votre nom dans les paramètres.",
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

/**
 * The issue as a sentence in French or English, for the pane to show.
 * @example describeIssue({ key: "emailInvalid", params: { value: "nobody" } }, "en").includes("nobody") //=> true
 */
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
