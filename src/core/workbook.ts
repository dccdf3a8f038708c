/**
 * The Workbook port: everything the task pane asks of a workbook. `src/excel` implements it with
 * Office.js, `src/preview` in memory; one contract test suite runs against both.
 */
import type { ActivityEntry } from "./account/activity";
import type { AgeingReport } from "./ageing/ageingReport";
import type { Journal } from "./account/journal";
import type { PaymentPlan } from "./account/paymentPlan";
import type { Statement } from "./account/statement";
import type { StatementSender } from "./account/statementHtml";
import type { CourtFileRequest } from "./legal/courtFileRequest";

export type { ReportForecast } from "./forecast/reportForecast";
export type { CourtFileRequest } from "./legal/courtFileRequest";
import type { RowProblemReason } from "./sheet/rowProblemReason";
import type { WriteBasis } from "./sheet/writeBasis";
import type { DateOrder, Day, Invoice, Language, Settings } from "./types";

export type { Journal } from "./account/journal";
export type { AgeingReport } from "./ageing/ageingReport";

/** A column the add-in knows how to use. */
export type ColumnKey =
  | "customer"
  | "invoiceNumber"
  | "invoiceDate"
  | "dueDate"
  | "amount"
  | "paid"
  | "paidDate"
  | "open"
  | "email"
  | "disputed"
  | "promiseDate"
  | "creditLimit"
  | "lastReminder"
  | "lastLevel"
  | "language";

/** How one column of the sheet was matched to a ColumnKey. */
export interface ColumnMatch {
  key: ColumnKey;
  /** 0-based column index within the data range. */
  index: number;
  header: string;
  /** 0..1: 1 for an exact synonym, lower for a partial match or a user's choice not yet confirmed. */
  confidence: number;
  /** A few values of the column as displayed, for the user to check the mapping. */
  samples: string[];
}

/** The user's corrections: ColumnKey -> header text, saved with the workbook. */
export type ColumnMapping = Partial<Record<ColumnKey, string>>;

/** A row that could not be used, and why (nothing throws on bad rows). */
export interface RowProblem {
  row: number;
  column?: string;
  value?: string;
  /** A key with typed params; the pane words it in its own language (docs/design.md §8). */
  reason: RowProblemReason;
  /** True when the row was still read (a warning, e.g. a duplicated invoice number or a bad optional value). */
  kept?: boolean;
}

export interface SheetRead {
  sheetName: string;
  tableName?: string;
  /** 1-based sheet row of the header. */
  headerRow: number;
  headers: string[];
  columns: ColumnMatch[];
  invoices: Invoice[];
  problems: RowProblem[];
  dateOrder: DateOrder;
  /** 0-based sheet column of headers[0] (0 = column A); 0 when absent. */
  firstColumn?: number;
  /** 1-based sheet row of the last row read (data rows end there). */
  lastRow?: number;
  /** Headers of the add-in's own contact memory columns on the sheet (Last reminder, Level). */
  memoryColumns?: Partial<Record<"lastReminder" | "lastLevel", string>>;
}

/** One draft marked as sent: what the reminder memory records. */
export interface ReminderRecord {
  date: Day;
  customer: string;
  /** Sheet rows of the invoices the draft covered. */
  rows: number[];
  invoiceNumbers: string[];
  level: number;
  channel: string;
  total: number;
  language: Language;
  /** "chosen": a held-back first contact the user chose to send (written in the log). */
  note?: "chosen";
}

/** A line of the "Reminder log" sheet as read back: one letter (or call) marked as sent. */
export interface LoggedReminder {
  date: Day;
  customer: string;
  invoiceNumbers: string[];
  level: number;
  channel: string;
}

/** What recordReminders changed, so that undoReminders can put it back. */
export interface RecordReceipt {
  /** Memory cells as they were before: per invoice row, [last reminder, level] (null when blank). */
  previous: { row: number; values: [unknown, unknown] }[];
  /** Sheet rows of the reminder log lines appended, first and count. */
  logFirstRow: number;
  logRowCount: number;
  /** Invoice rows whose memory cells hold what the user typed, left as they were (provenMemory). */
  kept?: number[];
}

export interface AnalysisOptions {
  asOf: Day;
  settings: Settings;
  /**
   * The pane's language (settings.language resolved): headers of the analysis columns and the
   * history sheet's name and labels. English when absent. Own columns written in the other
   * language are renamed in place.
   */
  language?: Language;
  /** The reminder log (readReminderLog): "Reminders sent" counts its letters per customer. */
  reminderLog?: readonly LoggedReminder[];
}

/** Options of recordReminders. */
export interface RecordOptions {
  /** The pane's language: memory column headers, reminder log name and headers. English when absent. */
  language?: Language;
}

/** What selectRows selected: `selected` of the `blocks` of consecutive rows asked for. */
export interface RowsSelected {
  blocks: number;
  selected: number;
}

export interface WriteResult {
  /** Headers of the analysis columns as written (they may have moved to free cells). */
  columns: string[];
  rowsWritten: number;
}

/** The statement sheet: the statements of one customer or of all selected, with the sender. */
export interface StatementRequest {
  statements: Statement[];
  sender: StatementSender;
  /** Language of the sheet's labels and name ("Statement" / "Relevé de compte"); English when absent. */
  language?: Language;
}

/** What went wrong, as a key the pane translates (docs/design.md §8). */
export type WorkbookErrorCode =
  | "empty-sheet"
  | "header-only"
  | "merged-header"
  | "missing-column"
  | "mixed-date-formats"
  | "no-header"
  | "no-sheet"
  | "sheet-missing"
  | "sheet-changed"
  | "sheet-protected"
  | "two-header-rows"
  | "edit-mode"
  | "grid-full"
  | "host-too-old"
  | "unsupported"
  | "invalid-settings"
  | "date-system-1904";

/** A failure the user must read: `code` selects the translated message, `message` is English. */
export class WorkbookError extends Error {
  constructor(
    public readonly code: WorkbookErrorCode,
    message: string,
    public readonly details: Record<string, string | number> = {}
  ) {
    super(message);
    this.name = "WorkbookError";
  }
}

export interface Workbook {
  /** Read the active sheet: its table if it has one, else its used range. */
  readReceivables(mapping?: ColumnMapping): Promise<SheetRead>;
  /** Add or refresh the analysis columns as CREDIT.* formulas with one as-of cell. */
  writeAnalysis(read: SheetRead, options: AnalysisOptions): Promise<WriteResult>;
  /** Sheet rows (1-based) of the invoices under the selected cells, visible rows only. */
  readSelection(): Promise<number[]>;
  /**
   * Select these sheet rows (e.g. a customer's invoices), as blocks of consecutive rows. Some
   * hosts select fewer blocks than asked (see RowsSelected): the pane says so.
   */
  selectRows(rows: number[]): Promise<RowsSelected>;
  /** Called when the user selects other cells; returns an unsubscribe function. */
  onSelectionChanged(handler: () => void): Promise<() => void>;
  /** Set last reminder date and level on the invoices and append lines to the "Reminder log" sheet. */
  recordReminders(
    read: SheetRead,
    records: ReminderRecord[],
    options?: RecordOptions
  ): Promise<RecordReceipt>;
  /**
   * Undo a recordReminders: its memory cells get their earlier values back and its log lines are
   * cleared (only while they still hold what it wrote: a line the user changed stays).
   */
  undoReminders(read: SheetRead, receipt: RecordReceipt): Promise<void>;
  /** The letters recorded in the add-in's "Reminder log" sheet, oldest first; none without it. */
  readReminderLog(): Promise<LoggedReminder[]>;
  /** Write or refresh the ageing report sheet (native column chart). With a basis (writeBasis), the
   * sheet is read again first and a change under its invoices refuses this write and the four below. */
  writeAgeingReport(report: AgeingReport, basis?: WriteBasis): Promise<void>;
  /** Read back the add-in's own sheets: Activity, Payment plans and the Reminder log. */
  readJournal(): Promise<Journal>;
  /** Append lines to the "Activity" sheet (the add-in's own), creating it on first use. */
  recordActivity(
    entries: ActivityEntry[],
    options?: RecordOptions,
    basis?: WriteBasis
  ): Promise<void>;
  /** Append a plan's instalments to the "Payment plans" sheet (the add-in's own). */
  recordPaymentPlan(plan: PaymentPlan, options?: RecordOptions, basis?: WriteBasis): Promise<void>;
  /** Write or refresh the statement sheet with these statements. */
  writeStatement(request: StatementRequest, basis?: WriteBasis): Promise<void>;
  /**
   * Write or refresh the court file sheet: the add-in's own, found by its id and confirmed by
   * the title it wrote in A1 (a sheet whose A1 the user changed is left alone: a new one is made).
   */
  writeCourtFile(request: CourtFileRequest, basis?: WriteBasis): Promise<void>;
  loadSettings(): Promise<{ settings?: Partial<Settings>; mapping?: ColumnMapping }>;
  saveSettings(settings: Settings, mapping?: ColumnMapping): Promise<void>;
}
