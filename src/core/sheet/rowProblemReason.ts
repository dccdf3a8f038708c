import type { ColumnKey } from "../workbook";

/** What a cell was expected to hold, which the pane names in its own language. */
export type ValueKind = "text" | "date" | "amount" | "yesNo" | "level" | "language";

/** Why a line of the add-in's own sheets (Activity, Payment plans, Reminder log) was not read. */
export type JournalLineProblem =
  "notReminderLine" | "activityDate" | "activityKind" | "activityCustomer" | "incompleteInstalment";

/**
 * Why a row of the sheet was not used, or was used with a warning: a key with typed params, which
 * the pane turns into a sentence in its own language (docs/design.md §3, §8). `detail` is the
 * value reader's own English wording (the one a CREDIT function's #VALUE! message gives); the
 * French pane says the same from `kind` and the value.
 */
export type RowProblemReason =
  | { key: "totalRow" }
  | { key: "blankValue"; field: ColumnKey; detail: string }
  | { key: "cellError"; field: ColumnKey; error: string; detail: string }
  | { key: "unreadValue"; field: ColumnKey; kind: ValueKind; detail: string }
  | { key: "amountFromColumn"; field: ColumnKey; value: string; amount: number }
  | { key: "duplicateInvoice"; invoiceNumber: string; earlierRow: number }
  | { key: "journalLine"; line: JournalLineProblem };

export type RowProblemKey = RowProblemReason["key"];
