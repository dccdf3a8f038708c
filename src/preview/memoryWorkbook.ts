// Over 250 lines: the in-memory adapter implements the whole Workbook port in one class, as the Excel adapter does; each method hands its work to a file of its own.
import type { Day } from "../core/types";
import { quoteSheetName, rangeAddress, type SheetArea } from "../core/sheet/a1";
import { localeFromLanguage } from "../core/locale/localeFromLanguage";
import type { WorkbookLocale } from "../core/locale/workbookLocale";
import type { Settings } from "../core/types";
import { assertSettingsValid } from "../core/settings/validateSettings";
import type {
  AgeingReport,
  AnalysisOptions,
  ColumnMapping,
  LoggedReminder,
  RecordOptions,
  RecordReceipt,
  ReminderRecord,
  RowsSelected,
  SheetRead,
  StatementRequest,
  CourtFileRequest,
  Workbook,
  WriteResult,
} from "../core/workbook";
import type { ActivityEntry } from "../core/account/activity";
import { activityRow } from "../core/account/activitySheet";
import type { Journal } from "../core/account/journal";
import { ACTIVITY_JOURNAL, PLAN_JOURNAL } from "../core/account/journalSheets";
import type { PaymentPlan } from "../core/account/paymentPlan";
import { planRows } from "../core/account/planSheet";
import { setFunctionsLocale } from "../functions/functionsLocale";
import { findSheet, type BookState } from "./bookState";
import { restoreSnapshot, snapshotOf, type BookSnapshot } from "./bookSnapshot";
import { loadDocumentSettings, saveDocumentSettings } from "./documentSettings";
import { MemorySheet, type CellFormat } from "./memorySheet";
import { appendJournal, readJournal } from "./journal";
import { mappingOf, recordsNow, rowsNow } from "../core/sheet/rowsNow";
import { assertUnchanged, type WriteBasis } from "../core/sheet/writeBasis";
import { readReceivables } from "./readReceivables";
import { readReminderLog, recordReminders, undoReminders } from "./recordReminders";
import { readSelection, rowsSelection } from "./selection";
import { writeAgeingReport } from "./writeAgeingReport";
import { writeAnalysis } from "./writeAnalysis";
import { writeCourtFile } from "./writeCourtFile";
import { writeStatement } from "./writeStatement";

type Listener = () => void;

/**
 * The Workbook port in memory: sheets of cells with values, formulas and formats, an optional
 * table per sheet, a selection, hidden rows, protection, workbook names and document settings.
 * It runs the same pure reading and planning code as the Excel adapter and evaluates the
 * analysis formulas with the custom functions' own implementations, so the preview grid shows
 * the cells Excel would show. Each port operation lives in its own module of this folder; this
 * class holds the state and tells the grid when it changes.
 */
export class MemoryWorkbook implements Workbook {
  private readonly state: BookState = {
    sheets: [],
    active: "",
    selection: [],
    settings: new Map<string, unknown>(),
    names: new Map(),
  };
  private readonly listeners = new Set<Listener>();
  private readonly selectionHandlers = new Set<() => void>();
  /** Workbook names: name -> sheet and area. */
  readonly names = this.state.names;

  /** The workbook's locale model, as Excel's culture would give it. */
  readonly workbookLocale: WorkbookLocale;

  /**
   * @param locale the workbook's culture ("en-GB"): how its text dates and amounts read (the
   * model the pane and the functions share) and how cells are displayed (Excel's Range.text).
   */
  constructor(private readonly locale: string = "en-US") {
    this.workbookLocale = { ...localeFromLanguage(locale), source: "excel" };
  }

  // ---- The model, for the preview grid and tests ----

  addSheet(name: string, cells: readonly (readonly unknown[])[] = [], firstRow = 1): MemorySheet {
    if (this.getSheet(name)) throw new Error(`A sheet named "${name}" already exists`);
    const sheet = new MemorySheet(name);
    cells.forEach((row, r) => row.forEach((value, c) => sheet.input(firstRow + r, c, value)));
    this.state.sheets.push(sheet);
    if (!this.state.active) this.state.active = name;
    this.notify();
    return sheet;
  }

  /**
   * The user deletes a sheet. Workbook names that referred to it go too (Excel keeps them as
   * #REF!, which refer to no cells): they must not point at a sheet made later under its name.
   */
  deleteSheet(name: string): void {
    const sheet = this.getSheet(name);
    if (!sheet) throw new Error(`No sheet named "${name}"`);
    this.state.sheets.splice(this.state.sheets.indexOf(sheet), 1);
    for (const [key, entry] of this.state.names)
      if (entry.sheet === name) this.state.names.delete(key);
    if (this.state.active === name) {
      this.state.active = this.state.sheets[0]?.name ?? "";
      this.state.selection = [];
    }
    this.notify();
  }

  getSheet(name: string): MemorySheet | undefined {
    return findSheet(this.state, name);
  }

  listSheets(): string[] {
    return this.state.sheets.map((sheet) => sheet.name);
  }

  get activeSheetName(): string {
    return this.state.active;
  }

  setActiveSheet(name: string): void {
    if (!this.getSheet(name)) throw new Error(`No sheet named "${name}"`);
    this.state.active = name;
    this.state.selection = [];
    this.notify();
    this.selectionHandlers.forEach((handler) => handler());
  }

  getSelection(): SheetArea[] {
    return this.state.selection.map((area) => ({ ...area }));
  }

  /** The user selects cells (several areas allowed). */
  setSelection(areas: SheetArea[]): void {
    this.state.selection = areas.map((area) => ({ ...area }));
    this.notify();
    this.selectionHandlers.forEach((handler) => handler());
  }

  /** The whole book as data, to keep it across a reload of the preview (Excel keeps its file). */
  toSnapshot(): BookSnapshot {
    return snapshotOf(this.state);
  }

  /** Fill an empty workbook from a snapshot. */
  restore(snapshot: BookSnapshot): void {
    if (this.state.sheets.length > 0) throw new Error("Restore only into an empty workbook");
    restoreSnapshot(this.state, snapshot);
    this.notify();
  }

  /** Re-render on every change; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stored document settings (read-only view, for tests). */
  getStored(key: string): unknown {
    return this.state.settings.get(key);
  }

  /** A1 address of a workbook name, e.g. 'Credit history'!B1 (for tests and the grid). */
  nameAddress(name: string): string | undefined {
    const entry = this.names.get(name);
    return (
      entry &&
      `${quoteSheetName(entry.sheet)}!${rangeAddress(entry.area.column, entry.area.row, entry.area.columnCount, entry.area.rowCount)}`
    );
  }

  /** The format of a cell, for the grid. */
  formatOf(sheetName: string, row: number, column: number): CellFormat | undefined {
    return this.getSheet(sheetName)?.cell(row, column)?.format;
  }

  private notify(): void {
    this.listeners.forEach((listener) => listener());
  }

  // ---- The Workbook port ----

  async readReceivables(mapping?: ColumnMapping): Promise<SheetRead> {
    // As the Excel adapter does: the functions read with the workbook's model from here on.
    setFunctionsLocale(this.workbookLocale);
    this.state.lastRead = readReceivables(this.state, mapping, this.workbookLocale, this.locale);
    return this.state.lastRead;
  }

  /** The as-of date of the last analysis written (the page's toolbar shows it), if any. */
  analysedAsOf: Day | undefined;

  async writeAnalysis(read: SheetRead, options: AnalysisOptions): Promise<WriteResult> {
    setFunctionsLocale(this.workbookLocale);
    const result = writeAnalysis(this.state, read, options);
    this.analysedAsOf = options.asOf;
    this.notify();
    return result;
  }

  async readSelection(): Promise<number[]> {
    return readSelection(this.state);
  }

  async selectRows(rows: number[]): Promise<RowsSelected> {
    const areas = rowsSelection(this.state, rows);
    this.setSelection(areas);
    return { blocks: areas.length, selected: areas.length };
  }

  async onSelectionChanged(handler: () => void): Promise<() => void> {
    this.selectionHandlers.add(handler);
    return () => this.selectionHandlers.delete(handler);
  }

  async recordReminders(
    read: SheetRead,
    records: ReminderRecord[],
    options: RecordOptions = {}
  ): Promise<RecordReceipt> {
    const now = this.readAgain(read);
    const receipt = recordReminders(this.state, now, recordsNow(read, now, records), options);
    this.notify();
    return receipt;
  }

  async undoReminders(read: SheetRead, receipt: RecordReceipt): Promise<void> {
    const now = this.readAgain(read);
    const rows = rowsNow(
      read,
      now,
      receipt.previous.map((p) => p.row)
    );
    const previous = receipt.previous.map((p, i) => ({ ...p, row: rows[i] }));
    undoReminders(this.state, now, { ...receipt, previous });
    this.notify();
  }

  /** The sheet of `read` as it is now: a write lands where its invoices are now (see rowsNow). */
  private readAgain(read: SheetRead): SheetRead {
    setFunctionsLocale(this.workbookLocale);
    return readReceivables(
      this.state,
      mappingOf(read),
      this.workbookLocale,
      this.locale,
      read.sheetName
    );
  }

  /** A write from the pane goes ahead only on the sheet it was computed from (assertUnchanged). */
  private confirmBasis(basis?: WriteBasis): void {
    if (basis) assertUnchanged(basis, this.readAgain(basis.read));
  }

  async readReminderLog(): Promise<LoggedReminder[]> {
    return readReminderLog(this.state);
  }

  async writeAgeingReport(report: AgeingReport, basis?: WriteBasis): Promise<void> {
    this.confirmBasis(basis);
    writeAgeingReport(this.state, report);
    this.notify();
  }

  async readJournal(): Promise<Journal> {
    return readJournal(this.state);
  }

  async recordActivity(
    entries: ActivityEntry[],
    options: RecordOptions = {},
    basis?: WriteBasis
  ): Promise<void> {
    this.confirmBasis(basis);
    appendJournal(this.state, ACTIVITY_JOURNAL, entries.map(activityRow), options.language ?? "en");
    this.notify();
  }

  async recordPaymentPlan(
    plan: PaymentPlan,
    options: RecordOptions = {},
    basis?: WriteBasis
  ): Promise<void> {
    this.confirmBasis(basis);
    appendJournal(this.state, PLAN_JOURNAL, planRows(plan), options.language ?? "en");
    this.notify();
  }

  async writeCourtFile(request: CourtFileRequest, basis?: WriteBasis): Promise<void> {
    this.confirmBasis(basis);
    writeCourtFile(this.state, request);
  }

  async writeStatement(request: StatementRequest, basis?: WriteBasis): Promise<void> {
    this.confirmBasis(basis);
    writeStatement(this.state, request);
    this.notify();
  }

  async loadSettings(): Promise<{ settings?: Partial<Settings>; mapping?: ColumnMapping }> {
    return loadDocumentSettings(this.state);
  }

  async saveSettings(settings: Settings, mapping?: ColumnMapping): Promise<void> {
    assertSettingsValid(settings);
    saveDocumentSettings(this.state, settings, mapping);
  }
}
