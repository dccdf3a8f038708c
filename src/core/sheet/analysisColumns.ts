import type { Language } from "../types";
import type { ColumnKey } from "../workbook";

/**
 * The analysis columns, defined once as data. The Excel adapter renders each to a formula
 * calling CREDIT.* (renderFormula); the in-memory adapter evaluates the same definition with the
 * custom functions' implementations. Every per-row function gets the row's own cells and one
 * as-of cell (the workbook name CC_AsOf); customer history comes from the "Credit history" sheet,
 * looked up per row, so no formula passes a whole column to a per-row function.
 */

/** A text the add-in writes into the workbook, in each language of the pane. */
export type SheetText = Readonly<Record<Language, string>>;

export type AnalysisColumnId =
  | "daysOverdue"
  | "ageing"
  | "risk"
  | "riskClass"
  | "nextAction"
  | "status"
  | "avgDaysLate"
  | "lateShare"
  | "remindersSent";

/** Per-customer figures written on the history sheet and looked up by customer. */
export type HistoryField = "avgDaysLate" | "lateShare" | "remindersSent" | "creditUse";

/** The CREDIT.* functions the columns call (DESIGN section 5). */
export type CreditFunction =
  "DAYSOVERDUE" | "AGEBUCKET" | "RISKSCORE" | "RISKCLASS" | "NEXTACTION" | "STATUS";

/** One argument of a column's function. */
export type AnalysisArg =
  /** The row's cell of a mapped column; left out (blank) when the sheet has no such column. */
  | { kind: "column"; key: ColumnKey }
  /** The row's cell of another analysis column. */
  | { kind: "analysis"; id: AnalysisColumnId }
  /** The workbook's one as-of cell. */
  | { kind: "asOf" }
  /** The open amount: the open column, else amount - paid, else the amount unless a paid date is set. */
  | { kind: "open" }
  /** Days from a date column to as-of (blank when the cell is blank). */
  | { kind: "daysSince"; key: ColumnKey }
  /** The ageing bounds of the settings, as an array constant such as {30,60,90}. */
  | { kind: "bucketBounds" }
  /** The dunning ladder written on the history sheet (CC_Policy). */
  | { kind: "policy" }
  /** The row's customer's figure on the history sheet (blank when the customer has no history). */
  | { kind: "history"; field: HistoryField }
  /** A call nested in the argument, e.g. the days overdue without the paid guard of the column. */
  | AnalysisCall;

/** A call of a CREDIT.* function with the row's arguments. */
export interface AnalysisCall {
  kind: "call";
  fn: CreditFunction;
  args: AnalysisArg[];
}

export type AnalysisCompute = AnalysisCall | { kind: "lookup"; field: HistoryField };

export interface AnalysisColumn {
  id: AnalysisColumnId;
  /**
   * Header in each language the pane speaks (the pane's language picks one); moved to
   * "header (Credit Control)" when a user's column has the name. French names carry no ' # [ ]
   * so that structured references to them stay plain.
   */
  header: SheetText;
  compute: AnalysisCompute;
  numberFormat: string;
  /** A helper column the visible ones need (shown after them). */
  helper: boolean;
  /**
   * Blank ("") on a row whose Status column says "paid": a settled invoice is not 149 days
   * overdue nor a risk. Rendered IF(status="paid","",...), so an error in Status shows here too
   * (whether the invoice is paid is then unknown).
   */
  blankWhenPaid?: boolean;
}

const column = (key: ColumnKey): AnalysisArg => ({ kind: "column", key });
const analysis = (id: AnalysisColumnId): AnalysisArg => ({ kind: "analysis", id });
const AS_OF: AnalysisArg = { kind: "asOf" };

/** Days from the due date to as-of, whatever the status. */
const DAYS_OVERDUE: AnalysisCall = {
  kind: "call",
  fn: "DAYSOVERDUE",
  args: [column("dueDate"), AS_OF],
};

/** The helper column the paid guard reads, and the status word it tests (CREDIT.STATUS). */
export const STATUS_COLUMN_ID: AnalysisColumnId = "status";
export const PAID_STATUS = "paid";

/** In the order they appear on the sheet: the five a controller reads, then the helpers. */
export const ANALYSIS_COLUMNS: readonly AnalysisColumn[] = [
  {
    id: "daysOverdue",
    header: { en: "Days overdue", fr: "Jours de retard" },
    compute: DAYS_OVERDUE,
    numberFormat: "0",
    helper: false,
    blankWhenPaid: true,
  },
  {
    id: "ageing",
    header: { en: "Ageing", fr: "Ancienneté" },
    compute: {
      kind: "call",
      fn: "AGEBUCKET",
      args: [column("dueDate"), AS_OF, { kind: "bucketBounds" }],
    },
    numberFormat: "General",
    helper: false,
    blankWhenPaid: true,
  },
  {
    id: "risk",
    header: { en: "Risk", fr: "Risque" },
    compute: {
      kind: "call",
      fn: "RISKSCORE",
      args: [
        analysis("daysOverdue"),
        analysis("avgDaysLate"),
        analysis("lateShare"),
        column("disputed"),
        analysis("remindersSent"),
        { kind: "history", field: "creditUse" },
      ],
    },
    numberFormat: "0",
    helper: false,
    blankWhenPaid: true,
  },
  {
    id: "riskClass",
    header: { en: "Risk class", fr: "Classe de risque" },
    // No guard of its own: RISKCLASS of the blank Risk of a paid row is blank (fewer bytes per
    // row to send, which matters at 500,000 rows).
    compute: { kind: "call", fn: "RISKCLASS", args: [analysis("risk")] },
    numberFormat: "General",
    helper: false,
  },
  {
    id: "nextAction",
    header: { en: "Next action", fr: "Prochaine action" },
    compute: {
      kind: "call",
      fn: "NEXTACTION",
      args: [
        // Not the Days overdue column: it is blank on a paid row, and NEXTACTION gives "" for
        // blank days where a paid invoice should read "None". The call is repeated inline.
        DAYS_OVERDUE,
        analysis("risk"),
        column("lastLevel"),
        { kind: "daysSince", key: "lastReminder" },
        analysis("status"),
        { kind: "policy" },
      ],
    },
    numberFormat: "General",
    helper: false,
  },
  {
    id: "status",
    header: { en: "Status", fr: "Statut" },
    compute: {
      kind: "call",
      fn: "STATUS",
      args: [{ kind: "open" }, column("disputed"), column("promiseDate"), AS_OF],
    },
    numberFormat: "General",
    helper: true,
  },
  {
    id: "avgDaysLate",
    header: { en: "Avg days late", fr: "Retard moyen (j)" },
    compute: { kind: "lookup", field: "avgDaysLate" },
    numberFormat: "0.0",
    helper: true,
  },
  {
    id: "lateShare",
    header: { en: "Late share", fr: "Part payée en retard" },
    compute: { kind: "lookup", field: "lateShare" },
    numberFormat: "0%",
    helper: true,
  },
  {
    id: "remindersSent",
    header: { en: "Reminders sent", fr: "Relances envoyées" },
    compute: { kind: "lookup", field: "remindersSent" },
    numberFormat: "0",
    helper: true,
  },
];

/** The column a colour scale is put on. */
export const RISK_COLUMN_ID: AnalysisColumnId = "risk";

/** Workbook names the formulas use (defined by both adapters on the history sheet). */
export const AS_OF_NAME = "CC_AsOf";
export const POLICY_NAME = "CC_Policy";
export const HISTORY_CUSTOMER_NAME = "CC_HistCustomer";
export const HISTORY_NAMES: Readonly<Record<HistoryField, string>> = {
  avgDaysLate: "CC_HistAvgDaysLate",
  lateShare: "CC_HistLateShare",
  remindersSent: "CC_HistReminders",
  creditUse: "CC_HistCreditUse",
};

/** Columns of the reminder memory, owned by the add-in like the analysis columns. */
export const MEMORY_COLUMNS: readonly {
  id: "lastReminder" | "lastLevel";
  header: SheetText;
  numberFormat: string;
}[] = [
  {
    id: "lastReminder",
    header: { en: "Last reminder", fr: "Dernière relance" },
    numberFormat: "yyyy-mm-dd",
  },
  { id: "lastLevel", header: { en: "Level", fr: "Niveau" }, numberFormat: "0" },
];

/** The add-in's columns (id and header) as written in a language, for placeColumns. */
export function headersIn(
  columns: readonly { id: string; header: SheetText }[],
  language: Language
): { id: string; header: string }[] {
  return columns.map(({ id, header }) => ({ id, header: header[language] }));
}
