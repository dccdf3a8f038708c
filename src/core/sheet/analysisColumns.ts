// Over 250 lines: the analysis columns as one data table (formulas, headers and words in both languages) that both adapters read.
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
export type HistoryField =
  | "avgDaysLate"
  | "lateShare"
  | "remindersSent"
  | "creditUse"
  | "usualDelay"
  | "recentDelay"
  | "severeLateShare"
  | "settledCount";

/** The CREDIT.* functions the columns call (docs/design.md §5). */
export type CreditFunction = "DAYSOVERDUE" | "RISKSCORE" | "NEXTACTION" | "STATUS";

/** One argument of a column's function. */
export type AnalysisArg =
  /**
   * The row's cell of a mapped column; left out (blank) when the sheet has no such column.
   * `zeroIsValue`: 0 means something there (level 0 = courtesy reminder sent), so a blank is
   * passed as "" (IF(ISBLANK(x),"",x)): some Excel builds pass an empty cell as 0, not null.
   */
  | { kind: "column"; key: ColumnKey; zeroIsValue?: boolean }
  /** The row's cell of another analysis column. */
  | { kind: "analysis"; id: AnalysisColumnId }
  /** The workbook's one as-of cell. */
  | { kind: "asOf" }
  /**
   * The open amount: the open column, else the amount (with `paidAmount` after it when the sheet
   * has a paid column), else the amount unless a paid date is set. A single cell left blank is
   * passed as "" (0 would read as paid).
   */
  | { kind: "open" }
  /**
   * The paid column's cell when the open amount is amount minus paid, else left out: the function
   * subtracts it, reading text amounts in the workbook's locale as the pane does (finding 6).
   */
  | { kind: "paidAmount" }
  /** Days from a date column to as-of; "" when the cell is blank (see AnalysisDays). */
  | AnalysisDays
  /** The dunning ladder written on the history sheet (CC_Policy). */
  | { kind: "policy" }
  /** The row's customer's figure on the history sheet ("" when the customer has none). */
  | { kind: "history"; field: HistoryField }
  /**
   * The invoice's contact memory (docs/design.md §4): the level of the last reminder sent, or the
   * days since it, from the user's Last reminder / Level columns when mapped, else from the
   * add-in's own memory columns; when both are there, the later record wins (contactMemory).
   */
  | { kind: "contact"; what: "level" | "daysSince" }
  /**
   * The workbook's language, last argument of the functions that write words: left out in an
   * English workbook (the contract's default), "fr" in a French one, which then reads French values.
   */
  | { kind: "language" }
  /** A call nested in the argument, e.g. the days overdue without the paid guard of the column. */
  | AnalysisCall;

/**
 * Days from a date cell to as-of, like CREDIT.DAYSOVERDUE(x,CC_AsOf), without a call when the
 * cell is a number (an Excel date: as-of minus its whole day) or blank (""): only a text date
 * needs CREDIT.DAYSOVERDUE to read it. A call saved here is one asynchronous custom-function
 * call less per row in Excel, and one link less in a chain of custom-function cells.
 */
export interface AnalysisDays {
  kind: "days";
  key: ColumnKey;
  /**
   * A text date gives "" instead of a CREDIT.DAYSOVERDUE call: the function taking the argument
   * counts it itself from the date passed after (CREDIT.RISKSCORE's dueDate), in the same call.
   */
  textLeftBlank?: boolean;
}

/** A call of a CREDIT.* function with the row's arguments. */
export interface AnalysisCall {
  kind: "call";
  fn: CreditFunction;
  args: AnalysisArg[];
}

/** How a column's cell is computed. */
export type AnalysisCompute =
  | AnalysisCall
  | AnalysisDays
  /** The history figure of the row's customer. */
  | { kind: "lookup"; field: HistoryField }
  /** The ageing bucket of the days in another column, by Excel's IF (what CREDIT.AGEBUCKET gives). */
  | { kind: "bucket"; of: AnalysisColumnId }
  /** The risk class of the score in another column, by Excel's IF (what CREDIT.RISKCLASS gives). */
  | { kind: "riskClass"; of: AnalysisColumnId };

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
   * What the cell shows on a paid row (open amount 0 or less), tested by Excel itself:
   * IF(AND(D2<=0,D2<>""),"",...). IF evaluates only the branch it takes, so a paid row makes no
   * custom-function call, and the test reads no custom-function cell, so it adds no link to a
   * chain of them. A settled invoice is not 149 days overdue nor a risk; its next action is None.
   */
  whenPaid?: string;
  /**
   * How the paid test reads a row whose Amount or Paid is text (with a Paid column): "native"
   * by Excel's text functions where they read as the pane does (nativeAmount), "status" from the
   * row's Status cell (for a column whose call already reads it); absent, not paid: the column's
   * own call reads the texts. Neither makes a call nor makes a custom-function cell wait for
   * another, so a paid row makes at most CREDIT.STATUS's call (issue 9).
   */
  textAmounts?: "native" | "status";
}

const column = (key: ColumnKey): AnalysisArg => ({ kind: "column", key });
const analysis = (id: AnalysisColumnId): AnalysisArg => ({ kind: "analysis", id });
const history = (field: HistoryField): AnalysisArg => ({ kind: "history", field });
const AS_OF: AnalysisArg = { kind: "asOf" };
const DUE_DAYS: AnalysisDays = { kind: "days", key: "dueDate" };
const LANGUAGE: AnalysisArg = { kind: "language" };

/**
 * The status word of a paid row, as CREDIT.STATUS gives it, and the next action it gets, in
 * English: a French workbook writes them in French (paidWordIn).
 */
export const PAID_STATUS = "paid";
export const PAID_NEXT_ACTION = "None";

/**
 * In the order they appear on the sheet: the five a controller reads, then the helpers.
 *
 * Cost in Excel (issue 9): custom functions are asynchronous, and a chain of cells that each wait
 * for another custom-function cell recalculates level by level. So Risk computes its own days
 * (no call for a date serial) rather than read Days overdue, ageing and risk class are Excel's
 * own IF, and the paid test is Excel arithmetic: Status, Days overdue and Risk read only the
 * row's cells and the native history lookups, and Next action, which reads them, ends every
 * chain at 2. An open row with date serials makes 3 calls (STATUS, RISKSCORE, NEXTACTION), a
 * paid row none; text dates add one call each to Days overdue and to the days since the last
 * reminder (RISKSCORE reads a text due date itself), 5 at most. `npm run bench` prints the
 * figures from the written formulas.
 */
export const ANALYSIS_COLUMNS: readonly AnalysisColumn[] = [
  {
    id: "daysOverdue",
    header: { en: "Days overdue", fr: "Jours de retard" },
    compute: DUE_DAYS,
    numberFormat: "0",
    helper: false,
    whenPaid: "",
    textAmounts: "native",
  },
  {
    id: "ageing",
    header: { en: "Ageing", fr: "Ancienneté" },
    // From Days overdue: blank on a paid row and for a blank due date, like the days.
    compute: { kind: "bucket", of: "daysOverdue" },
    numberFormat: "General",
    helper: false,
  },
  {
    id: "risk",
    header: { en: "Risk", fr: "Risque" },
    compute: {
      kind: "call",
      fn: "RISKSCORE",
      args: [
        { ...DUE_DAYS, textLeftBlank: true },
        analysis("avgDaysLate"),
        analysis("lateShare"),
        column("disputed"),
        analysis("remindersSent"),
        history("creditUse"),
        // Appended after the first six so that formulas written before keep their meaning.
        history("usualDelay"),
        history("severeLateShare"),
        history("settledCount"),
        // A text due date is read by the score's own call: 1 call, not 2 (issue 9, <= 5 a row).
        column("dueDate"),
        AS_OF,
      ],
    },
    numberFormat: "0",
    helper: false,
    whenPaid: "",
    textAmounts: "native",
  },
  {
    id: "riskClass",
    header: { en: "Risk class", fr: "Classe de risque" },
    compute: { kind: "riskClass", of: "risk" },
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
        analysis("daysOverdue"),
        analysis("risk"),
        { kind: "contact", what: "level" },
        { kind: "contact", what: "daysSince" },
        analysis("status"),
        { kind: "policy" },
        LANGUAGE,
      ],
    },
    numberFormat: "General",
    helper: false,
    whenPaid: PAID_NEXT_ACTION,
    textAmounts: "status",
  },
  {
    id: "status",
    header: { en: "Status", fr: "Statut" },
    compute: {
      kind: "call",
      fn: "STATUS",
      args: [
        { kind: "open" },
        column("disputed"),
        column("promiseDate"),
        AS_OF,
        LANGUAGE,
        { kind: "paidAmount" },
      ],
    },
    numberFormat: "General",
    helper: true,
    whenPaid: PAID_STATUS,
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
  usualDelay: "CC_HistUsualDelay",
  recentDelay: "CC_HistRecentDelay",
  severeLateShare: "CC_HistSevereLate",
  settledCount: "CC_HistSettled",
};

/** The reminder memory's two columns: the date of the last reminder sent and its level. */
export type MemoryColumnId = "lastReminder" | "lastLevel";

/** Columns of the reminder memory, owned by the add-in like the analysis columns. */
export const MEMORY_COLUMNS: readonly {
  id: MemoryColumnId;
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

/**
 * The add-in's columns (id and header) as written in a language, for placeColumns.
 * @example headersIn([{ id: "risk", header: { en: "Risk", fr: "Risque" } }], "fr") //=> [{ id: "risk", header: "Risque" }]
 */
export function headersIn(
  columns: readonly { id: string; header: SheetText }[],
  language: Language
): { id: string; header: string }[] {
  return columns.map(({ id, header }) => ({ id, header: header[language] }));
}
