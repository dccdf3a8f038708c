import type { ActivityEntry } from "../core/account/activity";
import { activityRow } from "../core/account/activitySheet";
import type { Journal } from "../core/account/journal";
import { ACTIVITY_JOURNAL, PLAN_JOURNAL } from "../core/account/journalSheets";
import type { PaymentPlan } from "../core/account/paymentPlan";
import { planRows } from "../core/account/planSheet";
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
import { mappingOf, recordsNow, rowsNow } from "../core/sheet/rowsNow";
import { assertUnchanged, type WriteBasis } from "../core/sheet/writeBasis";
import { CHUNK_BYTES } from "./chunking";
import { loadDocumentSettings, saveDocumentSettings } from "./documentSettings";
import { appendJournal, readJournal } from "./journal";
import { readReceivables } from "./readReceivables";
import { recordReminders } from "./recordReminders";
import { readReminderLog, undoReminders } from "./reminderLogAccess";
import { assertExcelApi, hasExcelApi, SELECT_AREAS_API } from "./requirements";
import {
  onSelectionChanged,
  readSelection,
  rowsSelectionAreas,
  selectableAreas,
  selectAreas,
  type LastRead,
} from "./selection";
import { writeAgeingReport } from "./writeAgeingReport";
import { writeAnalysis } from "./writeAnalysis";
import { writeCourtFile } from "./writeCourtFile";
import { writeStatement } from "./writeStatement";

export { MAX_SELECTED_AREAS } from "./selection";

export interface OfficeWorkbookOptions {
  /** Estimated bytes per request (tests use a smaller budget to exercise chunking). */
  chunkBytes?: number;
}

/**
 * The Workbook port over Office.js: the only code that touches Excel.* and Office.*.
 * Reading, mapping and planning are the pure code of src/core/sheet; each operation moves cells
 * in its own module of this folder. Every operation uses a fixed number of context.sync() calls
 * (at most 4) plus one per chunk, chunks sized from the estimated payload (see chunking.ts), with
 * calculation suspended while formulas are written. A check that fails (protection, a bad
 * sheet) throws before any write.
 */
export class OfficeWorkbook implements Workbook {
  /** The last sheet read: selected rows are invoices only on it, selectRows spans its columns. */
  private lastRead?: LastRead;
  private readonly chunkBytes: number;

  constructor(options: OfficeWorkbookOptions = {}) {
    this.chunkBytes = options.chunkBytes ?? CHUNK_BYTES;
  }

  private run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    assertExcelApi();
    return Excel.run(batch);
  }

  async readReceivables(mapping?: ColumnMapping): Promise<SheetRead> {
    return this.run(async (context) => {
      this.lastRead = await readReceivables(context, mapping, this.chunkBytes);
      return this.lastRead.read;
    });
  }

  async writeAnalysis(read: SheetRead, options: AnalysisOptions): Promise<WriteResult> {
    return this.run((context) => writeAnalysis(context, read, options, this.chunkBytes));
  }

  async readSelection(): Promise<number[]> {
    return this.run((context) => readSelection(context, this.lastRead));
  }

  async selectRows(rows: number[]): Promise<RowsSelected> {
    const areas = rowsSelectionAreas(rows, this.lastRead?.read);
    const chosen = selectableAreas(areas, hasExcelApi(SELECT_AREAS_API));
    if (chosen.length > 0) await this.run((context) => selectAreas(context, chosen));
    return { blocks: areas.length, selected: chosen.length };
  }

  async onSelectionChanged(handler: () => void): Promise<() => void> {
    return this.run((context) => onSelectionChanged(context, handler));
  }

  async recordReminders(
    read: SheetRead,
    records: ReminderRecord[],
    options: RecordOptions = {}
  ): Promise<RecordReceipt> {
    return this.run(async (context) => {
      const now = await this.readAgain(context, read);
      const moved = recordsNow(read, now, records);
      return recordReminders(context, now, moved, options, this.chunkBytes);
    });
  }

  async undoReminders(read: SheetRead, receipt: RecordReceipt): Promise<void> {
    await this.run(async (context) => {
      const now = await this.readAgain(context, read);
      const rows = rowsNow(
        read,
        now,
        receipt.previous.map((p) => p.row)
      );
      const previous = receipt.previous.map((p, i) => ({ ...p, row: rows[i] }));
      await undoReminders(context, now, { ...receipt, previous }, this.chunkBytes);
    });
  }

  /**
   * The sheet of `read` as it is now, read in the write's own batch: the user may have inserted
   * rows or columns since the pane read it (a pane kept open, or loaded hidden by the shared
   * runtime), and a write must land where the invoices are now, never on stale cells.
   */
  private async readAgain(context: Excel.RequestContext, read: SheetRead): Promise<SheetRead> {
    const again = await readReceivables(context, mappingOf(read), this.chunkBytes, read.sheetName);
    return again.read;
  }

  /** A write from the pane goes ahead only on the sheet it was computed from (assertUnchanged). */
  private async confirmBasis(context: Excel.RequestContext, basis?: WriteBasis): Promise<void> {
    if (basis) assertUnchanged(basis, await this.readAgain(context, basis.read));
  }

  async readReminderLog(): Promise<LoggedReminder[]> {
    return this.run((context) => readReminderLog(context));
  }

  async writeAgeingReport(report: AgeingReport, basis?: WriteBasis): Promise<void> {
    await this.run(async (context) => {
      await this.confirmBasis(context, basis);
      await writeAgeingReport(context, report, this.chunkBytes);
    });
  }

  async readJournal(): Promise<Journal> {
    return this.run((context) => readJournal(context, this.chunkBytes));
  }

  async recordActivity(
    entries: ActivityEntry[],
    options: RecordOptions = {},
    basis?: WriteBasis
  ): Promise<void> {
    const lines = entries.map(activityRow);
    const language = options.language ?? "en";
    await this.run(async (context) => {
      await this.confirmBasis(context, basis);
      await appendJournal(context, ACTIVITY_JOURNAL, lines, language, this.chunkBytes);
    });
  }

  async recordPaymentPlan(
    plan: PaymentPlan,
    options: RecordOptions = {},
    basis?: WriteBasis
  ): Promise<void> {
    const language = options.language ?? "en";
    await this.run(async (context) => {
      await this.confirmBasis(context, basis);
      await appendJournal(context, PLAN_JOURNAL, planRows(plan), language, this.chunkBytes);
    });
  }

  async writeCourtFile(request: CourtFileRequest, basis?: WriteBasis): Promise<void> {
    await this.run(async (context) => {
      await this.confirmBasis(context, basis);
      await writeCourtFile(context, request, this.chunkBytes);
    });
  }

  async writeStatement(request: StatementRequest, basis?: WriteBasis): Promise<void> {
    await this.run(async (context) => {
      await this.confirmBasis(context, basis);
      await writeStatement(context, request, this.chunkBytes);
    });
  }

  async loadSettings(): Promise<{ settings?: Partial<Settings>; mapping?: ColumnMapping }> {
    assertExcelApi();
    return loadDocumentSettings();
  }

  async saveSettings(settings: Settings, mapping?: ColumnMapping): Promise<void> {
    assertExcelApi();
    assertSettingsValid(settings);
    await saveDocumentSettings(settings, mapping);
  }
}
