import { quoteSheetName, rangeAddress, type SheetArea } from "../core/sheet/a1";
import { AGEING_REPORT_SHEET, ageingReportLayout } from "../core/sheet/ageingReportLayout";
import {
  ANALYSIS_COLUMNS,
  headersIn,
  MEMORY_COLUMNS,
  RISK_COLUMN_ID,
  type SheetText,
} from "../core/sheet/analysisColumns";
import { fillRow, ROW_TOKEN } from "../core/sheet/renderFormula";
import {
  analysisRows,
  analysisSpan,
  planAnalysis,
  renamedMemoryColumns,
} from "../core/sheet/analysisPlan";
import {
  HISTORY_SHEET,
  historyLines,
  historySheetLayout,
  type HistoryLine,
} from "../core/sheet/historySheet";
import { assertColumnsFit, assertRowsFit } from "../core/sheet/gridLimits";
import { placeColumns, type OwnedColumn } from "../core/sheet/ownedColumns";
import { readInvoices } from "../core/sheet/readInvoices";
import { invoiceRowsOf, rowRuns } from "../core/sheet/selectionRows";
import { emptySheetError, protectedSheetError } from "../core/sheet/sheetErrors";
import {
  REMINDER_LOG_FORMATS,
  REMINDER_LOG_HEADERS,
  REMINDER_LOG_SHEET,
  reminderLogRow,
} from "../core/sheet/reminderLog";
import {
  HEADER_STYLE,
  MAPPING_KEY,
  OWNED_COLUMNS_KEY,
  OWNED_SHEETS_KEY,
  ownedSheetName,
  RISK_COLORS,
  SETTINGS_KEY,
} from "../core/sheet/storedKeys";
import { DEFAULT_LADDER } from "../core/policy/defaultLadder";
import type { DateOrder, DunningLevel, Language, Settings } from "../core/types";
import {
  WorkbookError,
  type AgeingReport,
  type AnalysisOptions,
  type ColumnKey,
  type ColumnMapping,
  type RecordOptions,
  type ReminderRecord,
  type SheetRead,
  type Workbook,
  type WriteResult,
} from "../core/workbook";
import { isCellError } from "../functions/errors";
import { evaluateRow } from "./evaluateAnalysis";
import { MemorySheet, type CellFormat } from "./memorySheet";

type Listener = () => void;

/** Rows whose displayed text is read for the mapping screen's samples. */
const DISPLAY_TEXT_ROWS = 50;

/** Where a sheet's receivables are: its table, else its used range. */
interface DataArea {
  area: SheetArea;
  tableName?: string;
}

/**
 * The Workbook port in memory: sheets of cells with values, formulas and formats, an optional
 * table per sheet, a selection, hidden rows, protection, workbook names and document settings.
 * It runs the same pure reading and planning code as the Excel adapter and evaluates the
 * analysis formulas with the custom functions' own implementations, so the preview grid shows
 * the cells Excel would show.
 */
export class MemoryWorkbook implements Workbook {
  private readonly sheets: MemorySheet[] = [];
  private active = "";
  private selection: SheetArea[] = [];
  private readonly listeners = new Set<Listener>();
  private readonly selectionHandlers = new Set<() => void>();
  private readonly settings = new Map<string, unknown>();
  /** Workbook names: name -> sheet and area. */
  readonly names = new Map<string, { sheet: string; area: SheetArea }>();
  /** The last sheet read, to tell which selected rows are invoices. */
  private lastRead?: SheetRead;

  /**
   * @param dateOrder order of text dates when the sheet does not tell (the workbook's locale).
   * @param locale how cells are displayed (Excel's Range.text): French workbooks write 55,94.
   */
  constructor(
    private readonly dateOrder: DateOrder = "mdy",
    private readonly locale: string = dateOrder === "dmy" ? "fr-FR" : "en-US"
  ) {}

  // ---- The model, for the preview grid and tests ----

  addSheet(name: string, cells: readonly (readonly unknown[])[] = [], firstRow = 1): MemorySheet {
    if (this.getSheet(name)) throw new Error(`A sheet named "${name}" already exists`);
    const sheet = new MemorySheet(name);
    cells.forEach((row, r) => row.forEach((value, c) => sheet.input(firstRow + r, c, value)));
    this.sheets.push(sheet);
    if (!this.active) this.active = name;
    this.notify();
    return sheet;
  }

  getSheet(name: string): MemorySheet | undefined {
    return this.sheets.find((sheet) => sheet.name === name);
  }

  listSheets(): string[] {
    return this.sheets.map((sheet) => sheet.name);
  }

  get activeSheetName(): string {
    return this.active;
  }

  setActiveSheet(name: string): void {
    if (!this.getSheet(name)) throw new Error(`No sheet named "${name}"`);
    this.active = name;
    this.selection = [];
    this.notify();
    this.selectionHandlers.forEach((handler) => handler());
  }

  getSelection(): SheetArea[] {
    return this.selection.map((area) => ({ ...area }));
  }

  /** The user selects cells (several areas allowed). */
  setSelection(areas: SheetArea[]): void {
    this.selection = areas.map((area) => ({ ...area }));
    this.notify();
    this.selectionHandlers.forEach((handler) => handler());
  }

  /** Re-render on every change; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stored document settings (read-only view, for tests). */
  getStored(key: string): unknown {
    return this.settings.get(key);
  }

  private notify(): void {
    this.listeners.forEach((listener) => listener());
  }

  private activeSheet(): MemorySheet {
    const sheet = this.getSheet(this.active);
    if (!sheet) throw new WorkbookError("no-sheet", "The workbook has no sheet to read.");
    return sheet;
  }

  private dataArea(sheet: MemorySheet): DataArea | undefined {
    if (sheet.table) return { area: sheet.table.area, tableName: sheet.table.name };
    const used = sheet.usedArea();
    return used ? { area: used } : undefined;
  }

  private owned(sheetName: string): OwnedColumn[] {
    const all = (this.settings.get(OWNED_COLUMNS_KEY) ?? {}) as Record<string, OwnedColumn[]>;
    return all[sheetName] ?? [];
  }

  private saveOwned(sheetName: string, columns: OwnedColumn[]): void {
    const all = {
      ...((this.settings.get(OWNED_COLUMNS_KEY) ?? {}) as Record<string, OwnedColumn[]>),
    };
    const kept = (all[sheetName] ?? []).filter((c) => !columns.some((n) => n.id === c.id));
    all[sheetName] = [...kept, ...columns];
    this.settings.set(OWNED_COLUMNS_KEY, all);
  }

  // ---- The Workbook port ----

  async readReceivables(mapping?: ColumnMapping): Promise<SheetRead> {
    const sheet = this.activeSheet();
    const data = this.dataArea(sheet);
    if (!data) {
      throw emptySheetError(sheet.name);
    }
    const read = readInvoices(sheet.values(data.area), {
      sheetName: sheet.name,
      tableName: data.tableName,
      firstRow: data.area.row,
      firstColumn: data.area.column,
      mapping: mapping ?? (this.settings.get(MAPPING_KEY) as ColumnMapping | undefined),
      dateOrder: this.dateOrder,
      headerRowIndex: data.tableName ? 0 : undefined,
      mergedAreas: sheet.merges.map((m) => ({
        ...m,
        row: m.row - data.area.row,
        column: m.column - data.area.column,
      })),
      owned: this.owned(sheet.name),
      // What the mapping screen shows as samples (dates as dates, not serials): the first rows
      // are enough, as Excel's adapter reads them too.
      displayTexts: sheet.texts(
        { ...data.area, rowCount: Math.min(data.area.rowCount, DISPLAY_TEXT_ROWS) },
        this.locale
      ),
    });
    this.lastRead = read;
    return read;
  }

  async writeAnalysis(read: SheetRead, options: AnalysisOptions): Promise<WriteResult> {
    const sheet = this.writableSheet(read);
    const data = this.dataArea(sheet) as DataArea;
    const firstColumn = read.firstColumn ?? 0;
    const headerCells = this.headerCells(sheet, read, data);
    const language = options.language ?? "en";
    const owned = this.owned(sheet.name);
    const plan = planAnalysis(
      read,
      headerCells,
      owned,
      headerCells.length,
      options.settings,
      language
    );
    const memory = renamedMemoryColumns(headerCells, owned, language);
    assertColumnsFit(
      sheet.name,
      firstColumn,
      plan.columns.map((c) => c.index)
    );

    const lines = historyLines(read.invoices, options.asOf);
    this.writeHistory(
      lines,
      options.asOf,
      options.settings.ladder.length ? options.settings.ladder : DEFAULT_LADDER,
      language
    );
    if (sheet.table) this.growTable(sheet, plan.columns.filter((c) => c.isNew).length);

    const lastRow = sheet.table
      ? sheet.table.area.row + sheet.table.area.rowCount - 1
      : (read.lastRow ?? read.headerRow);
    const rows = sheet.table ? range(read.headerRow + 1, lastRow) : analysisRows(read);
    const rowSet = new Set(rows);
    const mappedIndex = new Map(read.columns.map((c) => [c.key, firstColumn + c.index]));
    const history = new Map(
      lines.map((line) => [line.customer.toLowerCase(), line] as [string, HistoryLine])
    );
    const ladder = options.settings.ladder.length ? options.settings.ladder : DEFAULT_LADDER;
    const templates = new Map<string, string[]>(
      plan.columns.map((c) => [c.id, c.formula.split(ROW_TOKEN)])
    );

    for (const column of [...plan.columns, ...memory]) {
      sheet.input(read.headerRow, firstColumn + column.index, column.header, { ...HEADER_STYLE });
    }
    for (let row = read.headerRow + 1; row <= lastRow; row++) {
      if (!rowSet.has(row)) {
        for (const column of plan.columns)
          sheet.setCell(row, firstColumn + column.index, undefined);
        continue;
      }
      const values = evaluateRow(ANALYSIS_COLUMNS, {
        cell: (key: ColumnKey) => sheet.value(row, mappedIndex.get(key) as number),
        has: (key: ColumnKey) => mappedIndex.has(key),
        asOf: options.asOf,
        bucketBounds: options.settings.bucketBounds,
        ladder,
        history,
        hasCreditUse: mappedIndex.has("creditLimit"),
      });
      for (const column of plan.columns) {
        const value = values.get(column.spec.id);
        sheet.setCell(row, firstColumn + column.index, {
          value: isCellError(value) ? value.code : value,
          formula:
            plan.mode === "table"
              ? column.formula
              : fillRow(templates.get(column.id) as string[], row),
          format: { numberFormat: column.spec.numberFormat },
        });
      }
    }
    const risk = plan.columns.find((c) => c.id === RISK_COLUMN_ID);
    // A table's whole column; beside a range, the invoices' span (not down to a stray cell).
    const span = sheet.table
      ? lastRow > read.headerRow
        ? { first: read.headerRow + 1, last: lastRow }
        : undefined
      : analysisSpan(read);
    if (risk && span) {
      const area = {
        row: span.first,
        column: firstColumn + risk.index,
        rowCount: span.last - span.first + 1,
        columnCount: 1,
      };
      const others = sheet.conditionalFormats.filter((f) => f.area.column !== area.column);
      sheet.conditionalFormats.splice(0, sheet.conditionalFormats.length, ...others, {
        type: "colorScale",
        area,
        colors: RISK_COLORS,
      });
    }
    this.saveOwned(
      sheet.name,
      [...plan.columns, ...memory].map(({ id, header }) => ({ id, header }))
    );
    this.notify();
    return { columns: plan.columns.map((c) => c.header), rowsWritten: rows.length };
  }

  async readSelection(): Promise<number[]> {
    const sheet = this.activeSheet();
    const rows = new Set<number>();
    for (const area of this.selection) {
      for (let row = area.row; row < area.row + area.rowCount; row++) {
        if (!sheet.hiddenRows.has(row)) rows.add(row);
      }
    }
    return invoiceRowsOf(
      [...rows],
      this.lastRead?.sheetName === sheet.name ? this.lastRead : undefined
    );
  }

  async selectRows(rows: number[]): Promise<void> {
    const sheet = this.activeSheet();
    const data = this.dataArea(sheet);
    const column = data?.area.column ?? 0;
    const columnCount = data?.area.columnCount ?? 1;
    this.setSelection(
      rowRuns(rows).map(([row, rowCount]) => ({ row, rowCount, column, columnCount }))
    );
  }

  async onSelectionChanged(handler: () => void): Promise<() => void> {
    this.selectionHandlers.add(handler);
    return () => this.selectionHandlers.delete(handler);
  }

  async recordReminders(
    read: SheetRead,
    records: ReminderRecord[],
    options: RecordOptions = {}
  ): Promise<void> {
    const language = options.language ?? "en";
    const sheet = this.writableSheet(read);
    const data = this.dataArea(sheet) as DataArea;
    const firstColumn = read.firstColumn ?? 0;
    const headerCells = this.headerCells(sheet, read, data);
    const placements = placeColumns(
      headerCells,
      headersIn(MEMORY_COLUMNS, language),
      this.owned(sheet.name),
      headerCells.length
    );
    assertColumnsFit(
      sheet.name,
      firstColumn,
      placements.map((p) => p.index)
    );
    const ownedLog = this.ownedSheetNames().reminderLog;
    const logUsed = ownedLog ? this.getSheet(ownedLog)?.usedArea() : undefined;
    // Lines go under the log's last used row (its header row is row 1).
    const firstLogLine = logUsed ? Math.max(2, logUsed.row + logUsed.rowCount) : 2;
    assertRowsFit(ownedLog ?? REMINDER_LOG_SHEET[language], firstLogLine, records.length);
    if (sheet.table) this.growTable(sheet, placements.filter((p) => p.isNew).length);
    MEMORY_COLUMNS.forEach((spec, i) => {
      sheet.input(read.headerRow, firstColumn + placements[i].index, placements[i].header, {
        ...HEADER_STYLE,
      });
    });
    for (const record of records) {
      for (const row of record.rows) {
        sheet.input(row, firstColumn + placements[0].index, record.date, {
          numberFormat: MEMORY_COLUMNS[0].numberFormat,
        });
        sheet.input(row, firstColumn + placements[1].index, record.level, {
          numberFormat: MEMORY_COLUMNS[1].numberFormat,
        });
      }
    }
    this.saveOwned(
      sheet.name,
      placements.map(({ id, header }) => ({ id, header }))
    );

    const log = this.ownedSheet("reminderLog", REMINDER_LOG_SHEET, language);
    // The header row is the add-in's: rewritten in the pane's language every time.
    REMINDER_LOG_HEADERS[language].forEach((header, c) =>
      log.input(1, c, header, { ...HEADER_STYLE })
    );
    let next = firstLogLine;
    for (const record of records) {
      reminderLogRow(record).forEach((input, c) =>
        log.input(next, c, input, { numberFormat: REMINDER_LOG_FORMATS[c] })
      );
      next++;
    }
    this.notify();
  }

  async writeAgeingReport(report: AgeingReport): Promise<void> {
    const sheet = this.ownedSheet("ageingReport", AGEING_REPORT_SHEET, report.language ?? "en");
    const layout = ageingReportLayout(report);
    sheet.clear();
    layout.cells.forEach((row, r) =>
      row.forEach((input, c) => {
        const bold = r + 1 === layout.headerRow || r + 1 === layout.totalsRow || r === 0;
        sheet.input(r + 1, c, input, {
          numberFormat: layout.formats[r][c],
          ...(bold ? { bold: true } : {}),
        });
      })
    );
    sheet.charts.push({ type: "ColumnClustered", title: report.title, source: layout.chart });
    this.notify();
  }

  async loadSettings(): Promise<{ settings?: Partial<Settings>; mapping?: ColumnMapping }> {
    return {
      settings: this.settings.get(SETTINGS_KEY) as Partial<Settings> | undefined,
      mapping: this.settings.get(MAPPING_KEY) as ColumnMapping | undefined,
    };
  }

  async saveSettings(settings: Settings, mapping?: ColumnMapping): Promise<void> {
    this.settings.set(SETTINGS_KEY, structuredClone(settings));
    if (mapping) this.settings.set(MAPPING_KEY, { ...mapping });
  }

  // ---- Helpers ----

  /** The read's sheet, refused when it is protected (nothing is written then). */
  private writableSheet(read: SheetRead): MemorySheet {
    const sheet = this.getSheet(read.sheetName);
    if (!sheet)
      throw new WorkbookError(
        "sheet-missing",
        `The sheet "${read.sheetName}" no longer exists. Read the sheet again.`
      );
    if (sheet.protected) {
      throw protectedSheetError(sheet.name);
    }
    return sheet;
  }

  /** The header row across the data area (table columns or used range). */
  private headerCells(sheet: MemorySheet, read: SheetRead, data: DataArea): unknown[] {
    const firstColumn = read.firstColumn ?? 0;
    const width = data.area.column + data.area.columnCount - firstColumn;
    return (
      sheet.values({
        row: read.headerRow,
        column: firstColumn,
        rowCount: 1,
        columnCount: Math.max(width, 0),
      })[0] ?? []
    );
  }

  /** Add `count` columns at the right of the table, shifting the cells beside it like Excel. */
  private growTable(sheet: MemorySheet, count: number): void {
    if (!sheet.table || count === 0) return;
    const { area } = sheet.table;
    sheet.insertCells(area, area.column + area.columnCount, count);
    sheet.table.area = { ...area, columnCount: area.columnCount + count };
  }

  /**
   * A sheet the add-in owns (created by it), refreshed in place and named in the pane's
   * language (renamed from the other language's name, like Excel: workbook names follow it);
   * never a user's sheet.
   */
  /** The sheets the add-in created, by role ("history", "reminderLog", "ageingReport"). */
  private ownedSheetNames(): Record<string, string> {
    return (this.settings.get(OWNED_SHEETS_KEY) ?? {}) as Record<string, string>;
  }

  private ownedSheet(role: string, names: SheetText, language: Language): MemorySheet {
    const owned = { ...this.ownedSheetNames() };
    const existing = owned[role] ? this.getSheet(owned[role]) : undefined;
    const name = ownedSheetName(existing?.name, names, language, this.listSheets());
    let sheet = existing;
    if (!sheet) {
      sheet = new MemorySheet(name);
      this.sheets.push(sheet);
    } else if (sheet.name !== name) this.renameSheet(sheet, name);
    owned[role] = name;
    this.settings.set(OWNED_SHEETS_KEY, owned);
    return sheet;
  }

  private renameSheet(sheet: MemorySheet, name: string): void {
    const before = sheet.name;
    sheet.name = name;
    if (this.active === before) this.active = name;
    for (const entry of this.names.values()) if (entry.sheet === before) entry.sheet = name;
  }

  private writeHistory(
    lines: HistoryLine[],
    asOf: number,
    ladder: readonly DunningLevel[],
    language: Language
  ): void {
    const sheet = this.ownedSheet("history", HISTORY_SHEET, language);
    const layout = historySheetLayout(lines, asOf, ladder, language);
    sheet.clear();
    layout.cells.forEach((row, r) =>
      row.forEach((input, c) =>
        sheet.input(r + 1, c, input, { numberFormat: layout.formats[r][c] })
      )
    );
    for (const [name, area] of Object.entries(layout.names))
      this.names.set(name, { sheet: sheet.name, area });
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
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let n = from; n <= to; n++) out.push(n);
  return out;
}
