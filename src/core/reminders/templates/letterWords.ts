import type { Language } from "../../types";
import type { TemplateKind } from "./kinds";

/** The invoice table's column titles (HTML) and the word a credit note's line shows. */
export interface TableHeaders {
  number: string;
  invoiceDate: string;
  dueDate: string;
  amount: string;
  open: string;
  days: string;
  interest: string;
  indemnity: string;
  credit: string;
  deducted: string;
}

/** An invoice or credit note as the text table writes it, its values already formatted. */
export interface TextLine {
  number: string;
  invoiceDate: string;
  dueDate: string;
  amount: string;
  open: string;
  status: string;
}

/**
 * The words a letter is built with outside its template: the invoice table, the status of a
 * line, the sentence on what comes next and the percent sign. One table per language, typed, so
 * a missing French text does not compile (test/types/languageTables.types.ts).
 */
export interface LetterWords {
  /** A formatted rate with the language's percent sign: "12.15%", "12,15 %". */
  percent(rate: string): string;
  /** How far past its due date an invoice is: "30 days overdue", "due in 3 days". */
  lineStatus(days: number): string;
  headers: TableHeaders;
  /** A text line of an invoice; `penalty` is its interest and indemnity, when charged. */
  invoiceLine(line: TextLine, penalty?: { interest: string; indemnity: string }): string;
  creditLine(line: TextLine): string;
  /** What each kind of letter does next, and the sentence that says it with its date. */
  nextSteps: Record<TemplateKind, string>;
  nextStep(date: string, step: string): string;
}

const partOf = (line: TextLine, word: string): string =>
  line.open !== line.amount ? ` ${word} ${line.amount}` : "";
const datedBy = (line: TextLine, word: string): string =>
  line.invoiceDate ? ` ${word} ${line.invoiceDate}` : "";

const en: LetterWords = {
  // English writes no space before %.
  percent: (rate) => `${rate}%`,
  lineStatus: (days) => {
    if (days > 1) return `${days} days overdue`;
    if (days === 1) return "1 day overdue";
    if (days === 0) return "due today";
    return days === -1 ? "due tomorrow" : `due in ${-days} days`;
  },
  headers: {
    number: "Invoice",
    invoiceDate: "Invoice date",
    dueDate: "Due date",
    amount: "Amount",
    open: "Balance due",
    days: "Days overdue",
    interest: "Interest",
    indemnity: "Indemnity",
    credit: "Credit note",
    deducted: "deducted",
  },
  invoiceLine: (line, penalty) =>
    `- Invoice ${line.number}${datedBy(line, "of")}, due on ${line.dueDate}: ${line.open}` +
    `${partOf(line, "of")} (${line.status}` +
    `${penalty ? `; interest ${penalty.interest}, indemnity ${penalty.indemnity}` : ""})`,
  creditLine: (line) =>
    `- Credit note ${line.number}${datedBy(line, "of")}: ${line.open} (deducted)`,
  nextSteps: {
    courtesy: "we will send you a reminder",
    reminder1: "we will send you a reminder",
    reminder2: "we will send you a second reminder",
    call: "we will contact you by telephone",
    formalNotice: "we will send you a formal notice by registered letter",
    legal: "we will refer the matter to a debt collection agency or take legal action",
  },
  nextStep: (date, step) => `If we have not received payment by ${date}, ${step}.`,
};

const fr: LetterWords = {
  // French typography puts a narrow no-break space before %.
  percent: (rate) => `${rate}\u202f%`,
  lineStatus: (days) => {
    if (days > 1) return `${days} jours de retard`;
    if (days === 1) return "1 jour de retard";
    if (days === 0) return "échéance aujourd’hui";
    return days === -1 ? "échéance demain" : `échéance dans ${-days} jours`;
  },
  headers: {
    number: "Facture",
    invoiceDate: "Date de facture",
    dueDate: "Échéance",
    amount: "Montant",
    open: "Reste dû",
    days: "Jours de retard",
    interest: "Intérêts",
    indemnity: "Indemnité",
    credit: "Avoir",
    deducted: "déduit",
  },
  invoiceLine: (line, penalty) =>
    `- Facture ${line.number}${datedBy(line, "du")}, échéance le ${line.dueDate} : ${line.open}` +
    `${partOf(line, "sur")} (${line.status}` +
    `${penalty ? ` ; intérêts ${penalty.interest}, indemnité ${penalty.indemnity}` : ""})`,
  creditLine: (line) => `- Avoir ${line.number}${datedBy(line, "du")} : ${line.open} (déduit)`,
  nextSteps: {
    courtesy: "nous vous adresserons un rappel",
    reminder1: "nous vous adresserons une relance",
    reminder2: "nous vous adresserons une deuxième relance",
    call: "nous prendrons contact avec vous par téléphone",
    formalNotice: "nous vous adresserons une mise en demeure par lettre recommandée",
    legal:
      "nous confierons ce dossier à une société de recouvrement ou engagerons une procédure judiciaire",
  },
  nextStep: (date, step) => `À défaut de règlement d’ici le ${date}, ${step}.`,
};

export const LETTER_WORDS = { en, fr } satisfies Record<Language, LetterWords>;
