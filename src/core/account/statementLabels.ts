import type { Language } from "../types";

export interface StatementLabels {
  title: string;
  asOf: string;
  customer: string;
  invoice: string;
  invoiceDate: string;
  dueDate: string;
  amount: string;
  open: string;
  daysOverdue: string;
  creditNote: string;
  balance: string;
  ageing: string;
  /** An ageing bucket's label from its code ("Current", "1-30", "91+"). */
  bucket(label: string): string;
  howToPay: string;
  from: string;
  nothingOpen: string;
}

/**
 * The headers of a statement's open items, in column order: the same on the sheet and the page.
 * @example statementHeaders(STATEMENT_LABELS.en)[5] //=> "Days overdue"
 */
export function statementHeaders(labels: StatementLabels): string[] {
  const { invoice, invoiceDate, dueDate, amount, open, daysOverdue } = labels;
  return [invoice, invoiceDate, dueDate, amount, open, daysOverdue];
}

/** The statement's texts in each language (sheet, printable page and e-mail attachment). */
export const STATEMENT_LABELS: Readonly<Record<Language, StatementLabels>> = {
  en: {
    title: "Statement of account",
    asOf: "As of",
    customer: "Customer",
    invoice: "Invoice",
    invoiceDate: "Invoice date",
    dueDate: "Due date",
    amount: "Amount",
    open: "Open",
    daysOverdue: "Days overdue",
    creditNote: "credit note",
    balance: "Balance due",
    ageing: "Ageing of the balance",
    bucket: (label) => (label === "Current" ? "Not yet due" : `${label} days`),
    howToPay: "How to pay",
    from: "From",
    nothingOpen: "Nothing is open on this account.",
  },
  fr: {
    title: "Relevé de compte",
    asOf: "Arrêté au",
    customer: "Client",
    invoice: "Facture",
    invoiceDate: "Date facture",
    dueDate: "Échéance",
    amount: "Montant",
    open: "Reste dû",
    daysOverdue: "Jours de retard",
    creditNote: "avoir",
    balance: "Solde dû",
    ageing: "Ancienneté du solde",
    bucket: (label) => (label === "Current" ? "Non échu" : `${label} jours`),
    howToPay: "Modalités de paiement",
    from: "Émetteur",
    nothingOpen: "Aucune pièce ouverte sur ce compte.",
  },
};
