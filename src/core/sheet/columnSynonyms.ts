import type { ColumnKey } from "../workbook";
import { normalizeHeader } from "./normalizeHeader";

/**
 * Header texts that name each column, in French and English, as credit controllers and ERP exports
 * write them. They are compared after normalizeHeader, so "Date d'échéance", "date_echeance" and
 * "DATE ECHEANCE" are one synonym. The longest synonym found in a header wins a partial match, which
 * is why "montant payé" and "paid date" are listed: they must beat "montant" and "date".
 */
const SYNONYMS: Record<ColumnKey, string[]> = {
  customer: [
    "customer",
    "client",
    "débiteur",
    "debtor",
    "raison sociale",
    "customerID",
    "customer id",
    "customer name",
    "nom client",
    "code client",
    "compte client",
    "tiers",
  ],
  invoiceNumber: [
    "invoice",
    "invoiceNumber",
    "invoice number",
    "invoice no",
    "invoice #",
    "facture",
    "n° facture",
    "numéro facture",
    "numéro de facture",
    "n° pièce",
    "pièce",
  ],
  invoiceDate: [
    "invoice date",
    "InvoiceDate",
    "date facture",
    "date de facture",
    "date pièce",
    "issue date",
    "date d'émission",
  ],
  dueDate: [
    "due date",
    "DueDate",
    "échéance",
    "date d'échéance",
    "date échéance",
    "payment due",
    "due on",
  ],
  amount: [
    "amount",
    "InvoiceAmount",
    "invoice amount",
    "montant",
    "montant TTC",
    "TTC",
    "total TTC",
    "amount incl tax",
    "gross amount",
  ],
  paid: [
    "paid",
    "amount paid",
    "paid amount",
    "réglé",
    "montant réglé",
    "encaissé",
    "montant encaissé",
    "montant payé",
    "payé",
    "payments",
  ],
  paidDate: [
    "paid date",
    "date paid",
    "payment date",
    "SettledDate",
    "settled date",
    "date de règlement",
    "date règlement",
    "date de paiement",
    "date d'encaissement",
  ],
  open: [
    "open",
    "open amount",
    "balance",
    "outstanding",
    "amount due",
    "solde",
    "solde dû",
    "reste dû",
    "reste à payer",
    "restant dû",
    "montant dû",
  ],
  email: [
    "email",
    "e-mail",
    "mail",
    "courriel",
    "adresse email",
    "contact email",
    "adresse e-mail",
  ],
  disputed: ["disputed", "dispute", "in dispute", "litige", "litigieux", "en litige", "contestée"],
  promiseDate: [
    "promise",
    "promise date",
    "promise to pay",
    "promesse",
    "promesse de paiement",
    "date promesse",
    "date promise",
  ],
  creditLimit: [
    "credit limit",
    "encours autorisé",
    "limite de crédit",
    "plafond",
    "encours maximum",
  ],
  lastReminder: [
    "last reminder",
    "last reminder date",
    "dernière relance",
    "date dernière relance",
    "date de relance",
  ],
  lastLevel: ["level", "reminder level", "niveau", "niveau de relance", "dunning level"],
  language: ["language", "langue", "lang", "locale"],
};

/** Normalized synonyms per column key. */
export const COLUMN_SYNONYMS: Readonly<Record<ColumnKey, readonly string[]>> = Object.fromEntries(
  Object.entries(SYNONYMS).map(([key, list]) => [
    key,
    Array.from(new Set(list.map(normalizeHeader))),
  ])
) as Record<ColumnKey, string[]>;

/** Every column key, in the order the pane lists them. */
export const COLUMN_KEYS = Object.keys(SYNONYMS) as ColumnKey[];

/** Columns without which no reminder can be drafted. `amount` or `open` is checked apart. */
export const REQUIRED_COLUMNS: readonly ColumnKey[] = ["customer", "invoiceNumber", "dueDate"];
