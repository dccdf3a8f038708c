import type { JournalLineProblem, ValueKind } from "../../core/sheet/rowProblemReason";
import type { RowProblemTexts } from "./rowProblemTexts";

const valueKinds = {
  text: "a text",
  date: "a date",
  amount: "an amount",
  yesNo: "a yes/no value",
  level: "a reminder level",
  language: "a language",
} satisfies Record<ValueKind, string>;

const journalLines = {
  notReminderLine: "not a reminder line (date or level missing)",
  activityDate: "not a date",
  activityKind: "unknown kind",
  activityCustomer: "no customer",
  incompleteInstalment: "incomplete instalment line",
} satisfies Record<JournalLineProblem, string>;

/** English texts of the rows the reader could not use (the value readers' own wording). */
export const rowProblemsEn = {
  totalRow: () =>
    "Total row (labelled like a total, no invoice number or due date): not an invoice, skipped",
  blankValue: (reason, field) => `${field}: ${reason.detail}`,
  cellError: (reason, field) => `${field}: ${reason.detail}`,
  unreadValue: (reason, field) => `${field}: ${reason.detail}`,
  amountFromColumn: (reason, field) =>
    `${field}: "${reason.value}" read as ${reason.amount} from the column's other amounts; ` +
    `the workbook's locale does not settle it, so a CREDIT function given this cell alone refuses it: write ${reason.amount}`,
  duplicateInvoice: (reason) =>
    `Invoice number ${reason.invoiceNumber} is also on row ${reason.earlierRow}; both rows are kept, check they are not the same invoice`,
  kept: " (ignored, the row is kept)",
  valueKinds,
  journalLines,
} satisfies RowProblemTexts;
