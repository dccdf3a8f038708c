import type { JournalLineProblem, ValueKind } from "../../core/sheet/rowProblemReason";
import type { RowProblemTexts } from "./rowProblemTexts";

/** A number as a French user writes it in a cell: 1250,5. */
const frenchNumber = (value: number): string => String(value).replace(".", ",");

const valueKinds = {
  text: "un texte",
  date: "une date lisible (jj/mm/aaaa, aaaa-mm-jj ou date Excel)",
  amount: "un montant lisible (par exemple 1 234,56 €)",
  yesNo: "une valeur oui/non (Oui/Non, 1/0, X)",
  level: "un niveau de relance (nombre entier à partir de 0)",
  language: "une langue (fr ou en)",
} satisfies Record<ValueKind, string>;

const journalLines = {
  notReminderLine: "ce n’est pas une ligne de relance (date ou niveau manquant)",
  activityDate: "ce n’est pas une date",
  activityKind: "type d’activité inconnu",
  activityCustomer: "pas de client",
  incompleteInstalment: "ligne d’échéance incomplète",
} satisfies Record<JournalLineProblem, string>;

/** French texts of the rows the reader could not use: the same keys as rowProblemsEn.ts. */
export const rowProblemsFr = {
  totalRow: () =>
    "Ligne de total (libellée comme un total, sans n° de facture ni échéance) : ce n’est pas une facture, ignorée",
  blankValue: (_reason, field) => `${field} : cellule vide, la valeur est obligatoire`,
  cellError: (reason, field) => `${field} : la cellule contient l’erreur ${reason.error}`,
  unreadValue: (reason, field) => `${field} : ce n’est pas ${valueKinds[reason.kind]}`,
  amountFromColumn: (reason, field) =>
    `${field} : « ${reason.value} » lu comme ${frenchNumber(reason.amount)} d’après les autres montants de la colonne ; ` +
    `les paramètres régionaux du classeur ne tranchent pas, une fonction CREDIT qui reçoit cette cellule seule la refuse : écrivez ${frenchNumber(reason.amount)}`,
  duplicateInvoice: (reason) =>
    `La facture n° ${reason.invoiceNumber} figure aussi ligne ${reason.earlierRow} ; les deux lignes sont gardées, vérifiez qu’il ne s’agit pas de la même facture`,
  kept: " (valeur ignorée, la ligne est gardée)",
  valueKinds,
  journalLines,
} satisfies RowProblemTexts;
