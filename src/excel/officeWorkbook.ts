import { parseAddress, rangeAddress, type SheetArea } from "../core/sheet/a1";
import { AGEING_REPORT_SHEET, ageingReportLayout } from "../core/sheet/ageingReportLayout";
import {
  headersIn,
  MEMORY_COLUMNS,
  RISK_COLUMN_ID,
  type SheetText,
} from "../core/sheet/analysisColumns";
import {
  analysisRows,
  analysisSpan,
  planAnalysis,
  renamedMemoryColumns,
} from "../core/sheet/analysisPlan";
import { assertColumnsFit, assertRowsFit } from "../core/sheet/gridLimits";
import { HISTORY_SHEET, historyLines, historySheetLayout } from "../core/sheet/historySheet";
import { placeColumns, type OwnedColumn } from "../core/sheet/ownedColumns";
import { readInvoices } from "../core/sheet/readInvoices";
import { fillRow, ROW_TOKEN } from "../core/sheet/renderFormula";
import {
  REMINDER_LOG_FORMATS,
  REMINDER_LOG_HEADERS,
  REMINDER_LOG_SHEET,
  reminderLogRow,
} from "../core/sheet/reminderLog";
import { invoiceRowsOf, rowRuns } from "../core/sheet/selectionRows";
import { emptySheetError, protectedSheetError } from "../core/sheet/sheetErrors";
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
import type { DateOrder, Language, Settings } from "../core/types";
import type {
  AgeingReport,
  AnalysisOptions,
  ColumnMapping,
  RecordOptions,
  ReminderRecord,
  SheetRead,
  Workbook,
  WriteResult,
} from "../core/workbook";
import { CHUNK_BYTES, planBatches, rowsPerReadChunk, type WriteJob } from "./chunking";
import { getSetting, saveSettingsAsync, setSetting } from "./documentSettings";
import { assertExcelApi, hasExcelApi } from "./requirements";

/** Rows read first to size the chunks, find the header and show samples. */
const SAMPLE_ROWS = 40;
/** A selection is at most this many areas (Excel's address strings are limited). */
export const MAX_SELECTED_AREAS = 500;

export interface OfficeWorkbookOptions {
  /** Estimated bytes per request (tests use a smaller budget to exercise chunking). */
  chunkBytes?: number;
}

/** Where the receivables are on the sheet. */
interface DataLocation {
  area: SheetArea;
  tableName?: string;
}

/**
 * The Workbook port over Office.js: the only code that touches Excel.* and Office.*.
 * Reading, mapping and planning are the pure code of src/core/sheet; this class moves cells.
 * Every operation uses a fixed number of context.sync() calls (at most 4) plus one per chunk,
 * chunks sized from the estimated payload (see chunking.ts), with calculation suspended while
 * formulas are written. A check that fails (protection, a bad sheet) throws before any write.
 */
export class OfficeWorkbook implements Workbook {
  private lastRead?: SheetRead;
  private readonly chunkBytes: number;

  constructor(options: OfficeWorkbookOptions = {}) {
    this.chunkBytes = options.chunkBytes ?? CHUNK_BYTES;
  }

  private run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    assertExcelApi();
    return Excel.run(batch);
  }

  // ---- Reading ----

  async readReceivables(mapping?: ColumnMapping): Promise<SheetRead> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load("name,id");
      const tables = sheet.tables.load("items/name");
      const used = sheet.getUsedRangeOrNullObject(true).load("address");
      const culture = hasExcelApi("1.12")
        ? context.application.cultureInfo.datetimeFormat.load("shortDatePattern")
        : undefined;
      await context.sync(); // 1: where the data is

      const table = tables.items[0];
      if (!table && used.isNullObject) throw emptySheetError(sheet.name);
      let location: DataLocation;
      if (table) {
        const tableRange = table.getRange().load("address");
        await context.sync(); // a table: where it is
        location = { area: parseAddress(tableRange.address)[0], tableName: table.name };
      } else location = { area: parseAddress(used.address)[0] };
      const { area } = location;
      // The first rows, no further than the data: a range past row 1,048,576 is an error in
      // Excel, and data ending near the last row leaves fewer than SAMPLE_ROWS below its top.
      const first = sheet.getRange(
        rangeAddress(area.column, area.row, area.columnCount, Math.min(SAMPLE_ROWS, area.rowCount))
      );
      first.load("values,text");
      const merges = hasExcelApi("1.13")
        ? first.getMergedAreasOrNullObject().load("address")
        : undefined;
      await context.sync(); // 2: the first rows, merged cells

      const chunkRows = rowsPerReadChunk(first.values, this.chunkBytes);
      const cells: unknown[][] = [];
      for (let offset = 0; offset < area.rowCount; offset += chunkRows) {
        const count = Math.min(chunkRows, area.rowCount - offset);
        const chunk = sheet
          .getRange(rangeAddress(area.column, area.row + offset, area.columnCount, count))
          .load("values");
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk, by design (request size limit)
        await context.sync(); // one per chunk
        for (const row of chunk.values) cells.push(row);
      }
      const mergedAreas =
        merges && !merges.isNullObject
          ? parseAddress(merges.address).map((m) => ({
              ...m,
              row: m.row - area.row,
              column: m.column - area.column,
            }))
          : [];
      const read = readInvoices(cells, {
        sheetName: sheet.name,
        tableName: location.tableName,
        firstRow: area.row,
        firstColumn: area.column,
        mapping: mapping ?? getSetting<ColumnMapping>(MAPPING_KEY),
        dateOrder: dateOrderOf(culture?.shortDatePattern),
        headerRowIndex: location.tableName ? 0 : undefined,
        mergedAreas,
        owned: this.ownedColumns(sheet.id),
        displayTexts: first.text,
      });
      this.lastRead = read;
      this.lastSheetId = sheet.id;
      return read;
    });
  }

  private lastSheetId?: string;

  // ---- Writing the analysis ----

  async writeAnalysis(read: SheetRead, options: AnalysisOptions): Promise<WriteResult> {
    return this.run(async (context) => {
      const target = await this.loadTarget(context, read); // sync 1
      const language = options.language ?? "en";
      const owned = this.ownedColumns(target.sheetId);
      const plan = planAnalysis(
        read,
        target.headerCells,
        owned,
        target.firstFree,
        options.settings,
        language
      );
      const memory = renamedMemoryColumns(target.headerCells, owned, language);
      const firstColumn = read.firstColumn ?? 0;
      assertColumnsFit(
        read.sheetName,
        firstColumn,
        plan.columns.map((c) => c.index)
      );
      const ladder = options.settings.ladder.length ? options.settings.ladder : DEFAULT_LADDER;
      const history = historySheetLayout(
        historyLines(read.invoices, options.asOf),
        options.asOf,
        ladder,
        language
      );
      const historySheetName = this.ownedSheetName(
        "history",
        HISTORY_SHEET,
        language,
        target.sheetNames
      );

      // New columns first: in a table they are table columns (Excel shifts the cells beside it).
      const lastRow = target.tableArea
        ? target.tableArea.row + target.tableArea.rowCount - 1
        : (read.lastRow ?? read.headerRow);
      if (target.table) {
        for (const column of plan.columns.filter((c) => c.isNew))
          target.table.columns.add(undefined, undefined, column.header);
      }
      // Headers before the formulas: in a table, a renamed column (the other language's header)
      // must have its new name before a structured reference uses it.
      const headers = [...plan.columns, ...memory].map((column) => {
        const header = target.sheet.getRange(
          rangeAddress(firstColumn + column.index, read.headerRow)
        );
        if (!target.table || column.renamedFrom !== undefined) header.values = [[column.header]];
        return header;
      });
      const jobs: WriteJob[] = [];
      const dataRows = lastRow - read.headerRow;
      // A table's calculated columns fill the table; beside a range, the rows from the first
      // invoice to the last, whatever lies further down (a stray cell in row 1,048,576).
      const span = target.table
        ? dataRows > 0
          ? { first: read.headerRow + 1, last: lastRow }
          : undefined
        : analysisSpan(read);
      if (!target.table) {
        // Cells an earlier run left in the add-in's own columns outside the span are cleared:
        // one range operation each, no payload.
        for (const column of plan.columns.filter((c) => !c.isNew)) {
          for (const [from, to] of rowsOutside(read.headerRow + 1, lastRow, span)) {
            target.sheet
              .getRange(rangeAddress(firstColumn + column.index, from, 1, to - from + 1))
              .clear(Excel.ClearApplyTo.contents);
          }
        }
      }
      if (span) {
        const invoiceRows = new Set(target.table ? [] : analysisRows(read));
        const spanRows = span.last - span.first + 1;
        for (const column of plan.columns) {
          const parts = column.formula.split(ROW_TOKEN);
          const formulas: unknown[][] = new Array(spanRows);
          const formats: string[][] = new Array(spanRows);
          for (let i = 0; i < spanRows; i++) {
            const row = span.first + i;
            const isInvoice = target.table ? true : invoiceRows.has(row);
            formulas[i] = [isInvoice ? (target.table ? column.formula : fillRow(parts, row)) : ""];
            formats[i] = [column.spec.numberFormat];
          }
          jobs.push({
            sheet: read.sheetName,
            row: span.first,
            column: firstColumn + column.index,
            formulas,
            numberFormat: formats,
          });
        }
      }
      const historyName = historySheetName.current ?? historySheetName.name;
      const historySheet = historySheetName.current
        ? context.workbook.worksheets.getItem(historyName)
        : context.workbook.worksheets.add(historyName);
      if (historySheetName.current) historySheet.getRange().clear(Excel.ClearApplyTo.contents);
      jobs.push({
        sheet: historyName,
        row: 1,
        column: 0,
        values: history.cells,
        numberFormat: history.formats,
      });
      await this.writeBatches(context, jobs); // one sync per chunk

      const sheet = target.sheet;
      headers.forEach(styleHeader);
      const risk = plan.columns.find((c) => c.id === RISK_COLUMN_ID);
      if (risk && dataRows > 0) {
        // An earlier run's colour scale may reach further down than this one's span.
        sheet
          .getRange(rangeAddress(firstColumn + risk.index, read.headerRow + 1, 1, dataRows))
          .conditionalFormats.clearAll();
      }
      if (risk && span) {
        const riskRange = sheet.getRange(
          rangeAddress(firstColumn + risk.index, span.first, 1, span.last - span.first + 1)
        );
        const scale = riskRange.conditionalFormats.add(Excel.ConditionalFormatType.colorScale);
        scale.colorScale.criteria = {
          minimum: {
            formula: "0",
            type: Excel.ConditionalFormatColorCriterionType.number,
            color: RISK_COLORS[0],
          },
          midpoint: {
            formula: "50",
            type: Excel.ConditionalFormatColorCriterionType.number,
            color: RISK_COLORS[1],
          },
          maximum: {
            formula: "100",
            type: Excel.ConditionalFormatColorCriterionType.number,
            color: RISK_COLORS[2],
          },
        };
      }
      for (const [name, area] of Object.entries(history.names)) {
        if (target.names.includes(name)) context.workbook.names.getItem(name).delete();
        context.workbook.names.add(
          name,
          historySheet.getRange(
            rangeAddress(area.column, area.row, area.columnCount, area.rowCount)
          )
        );
      }
      // Renamed last, once written under its name: workbook names follow a sheet's rename.
      if (historySheetName.name !== historyName) historySheet.name = historySheetName.name;
      context.application.suspendApiCalculationUntilNextSync();
      await context.sync(); // last: header styles, colour scale, names, sheet name

      this.saveOwnedColumns(
        target.sheetId,
        [...plan.columns, ...memory].map(({ id, header }) => ({ id, header }))
      );
      this.saveOwnedSheet("history", historySheetName.name);
      await saveSettingsAsync();
      return {
        columns: plan.columns.map((c) => c.header),
        rowsWritten: target.table ? dataRows : invoiceCount(read),
      };
    });
  }

  /** Sync 1 of a write: protection, the table or used range, the header row, sheet and name lists. */
  private async loadTarget(context: Excel.RequestContext, read: SheetRead) {
    const sheet = context.workbook.worksheets.getItem(read.sheetName);
    sheet.load("id,name,protection/protected");
    const table = read.tableName ? sheet.tables.getItem(read.tableName) : undefined;
    const tableRange = table?.getRange().load("address");
    const used = sheet.getUsedRangeOrNullObject(true).load("address");
    const headerUsed = sheet
      .getRange(`${read.headerRow}:${read.headerRow}`)
      .getUsedRangeOrNullObject(true)
      .load("address,values");
    const sheets = context.workbook.worksheets.load("items/name");
    const names = context.workbook.names.load("items/name");
    await context.sync();

    if (sheet.protection.protected) throw protectedSheetError(sheet.name);
    const firstColumn = read.firstColumn ?? 0;
    const tableArea = tableRange ? parseAddress(tableRange.address)[0] : undefined;
    const usedArea = used.isNullObject ? undefined : parseAddress(used.address)[0];
    const dataEnd = tableArea
      ? tableArea.column + tableArea.columnCount
      : Math.max(
          usedArea ? usedArea.column + usedArea.columnCount : 0,
          firstColumn + read.headers.length
        );
    const headerCells: unknown[] = new Array(Math.max(dataEnd - firstColumn, 0)).fill("");
    if (!headerUsed.isNullObject) {
      const area = parseAddress(headerUsed.address)[0];
      headerUsed.values[0].forEach((value, i) => {
        const index = area.column + i - firstColumn;
        if (index >= 0 && index < headerCells.length) headerCells[index] = value;
      });
    }
    return {
      sheet,
      sheetId: sheet.id,
      table,
      tableArea,
      headerCells,
      firstFree: headerCells.length,
      sheetNames: sheets.items.map((s) => s.name),
      names: names.items.map((n) => n.name),
    };
  }

  /** Write jobs in batches under the request budget: one sync each, calculation suspended. */
  private async writeBatches(context: Excel.RequestContext, jobs: WriteJob[]): Promise<void> {
    for (const batch of planBatches(jobs, this.chunkBytes)) {
      context.application.suspendApiCalculationUntilNextSync();
      for (const job of batch) {
        const rows = (job.formulas ?? job.values ?? job.numberFormat ?? []).length;
        const width = (job.formulas ?? job.values ?? job.numberFormat ?? [[]])[0].length;
        const range = context.workbook.worksheets
          .getItem(job.sheet)
          .getRange(rangeAddress(job.column, job.row, width, rows));
        // Number formats first, so "@" makes text of what follows.
        if (job.numberFormat) range.numberFormat = job.numberFormat;
        if (job.formulas) range.formulas = job.formulas;
        if (job.values) range.values = job.values;
      }
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk, by design (request size limit)
      await context.sync();
    }
  }

  // ---- Selection ----

  async readSelection(): Promise<number[]> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet().load("id");
      const selected = context.workbook.getSelectedRanges();
      const areas = selected.areas.load("items/address,items/rowHidden,items/cellCount");
      // Visible cells only (a filtered table's hidden rows are left out). On a single cell Excel
      // would search the whole sheet, so single cells are checked through rowHidden instead.
      const visible = selected
        .getSpecialCellsOrNullObject(Excel.SpecialCellType.visible)
        .load("address");
      await context.sync();
      const rows = new Set<number>();
      const multiCell = areas.items.some((a) => a.cellCount > 1);
      if (multiCell && !visible.isNullObject) {
        for (const area of parseAddress(visible.address)) addRows(rows, area);
      }
      for (const area of areas.items) {
        if (area.cellCount === 1 && !area.rowHidden) addRows(rows, parseAddress(area.address)[0]);
      }
      const read = this.lastSheetId === sheet.id ? this.lastRead : undefined;
      return invoiceRowsOf([...rows], read);
    });
  }

  async selectRows(rows: number[]): Promise<void> {
    const runs = rowRuns(rows).slice(0, MAX_SELECTED_AREAS);
    if (runs.length === 0) return;
    const read = this.lastRead;
    const column = read?.firstColumn ?? 0;
    const width = Math.max(read?.headers.length ?? 1, 1);
    await this.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet
        .getRanges(runs.map(([row, count]) => rangeAddress(column, row, width, count)).join(","))
        .select();
      await context.sync();
    });
  }

  async onSelectionChanged(handler: () => void): Promise<() => void> {
    return this.run(async (context) => {
      const registration = context.workbook.onSelectionChanged.add(async () => handler());
      await context.sync();
      return () => {
        void Excel.run(registration.context, async (removal) => {
          registration.remove();
          await removal.sync();
        });
      };
    });
  }

  // ---- Reminder memory ----

  async recordReminders(
    read: SheetRead,
    records: ReminderRecord[],
    options: RecordOptions = {}
  ): Promise<void> {
    const language = options.language ?? "en";
    await this.run(async (context) => {
      const target = await this.loadTarget(context, read); // sync 1
      const firstColumn = read.firstColumn ?? 0;
      const placements = placeColumns(
        target.headerCells,
        headersIn(MEMORY_COLUMNS, language),
        this.ownedColumns(target.sheetId),
        target.firstFree
      );
      assertColumnsFit(
        read.sheetName,
        firstColumn,
        placements.map((p) => p.index)
      );
      const logSheetName = this.ownedSheetName(
        "reminderLog",
        REMINDER_LOG_SHEET,
        language,
        target.sheetNames
      );
      const logIsNew = logSheetName.current === undefined;
      const logName = logSheetName.current ?? logSheetName.name;
      let nextLogRow = 2;
      if (!logIsNew) {
        const logUsed = context.workbook.worksheets
          .getItem(logName)
          .getUsedRangeOrNullObject(true)
          .load("address");
        await context.sync(); // 2: where the log ends
        if (!logUsed.isNullObject) {
          const area = parseAddress(logUsed.address)[0];
          nextLogRow = area.row + area.rowCount;
        }
      }
      assertRowsFit(logName, nextLogRow, records.length);
      if (target.table) {
        for (const p of placements.filter((c) => c.isNew))
          target.table.columns.add(undefined, undefined, p.header);
      }
      const headers = placements.map((p) => {
        const header = target.sheet.getRange(rangeAddress(firstColumn + p.index, read.headerRow));
        if (!target.table || p.renamedFrom !== undefined) header.values = [[p.header]];
        return header;
      });
      const log = logIsNew
        ? context.workbook.worksheets.add(logName)
        : context.workbook.worksheets.getItem(logName);

      const jobs: WriteJob[] = [];
      const byRow = new Map<number, ReminderRecord>();
      for (const record of records) for (const row of record.rows) byRow.set(row, record);
      for (const [row, count] of rowRuns([...byRow.keys()])) {
        const values: unknown[][] = [];
        for (let r = row; r < row + count; r++) {
          const record = byRow.get(r) as ReminderRecord;
          values.push([record.date, record.level]);
        }
        jobs.push(
          ...MEMORY_COLUMNS.map((spec, i) => ({
            sheet: read.sheetName,
            row,
            column: firstColumn + placements[i].index,
            values: values.map((v) => [v[i]]),
            numberFormat: values.map(() => [spec.numberFormat]),
          }))
        );
      }
      // The log's header row is the add-in's: rewritten in the pane's language every time.
      const logHeaders = [...REMINDER_LOG_HEADERS[language]];
      jobs.push({
        sheet: logName,
        row: 1,
        column: 0,
        values: [logHeaders],
        numberFormat: [logHeaders.map(() => "General")],
      });
      const lines = records.map(reminderLogRow);
      if (lines.length > 0) {
        jobs.push({
          sheet: logName,
          row: nextLogRow,
          column: 0,
          values: lines,
          numberFormat: lines.map(() => REMINDER_LOG_FORMATS),
        });
      }
      await this.writeBatches(context, jobs); // one sync per chunk

      headers.forEach(styleHeader);
      styleHeader(log.getRange(rangeAddress(0, 1, logHeaders.length, 1)));
      if (logSheetName.name !== logName) log.name = logSheetName.name;
      await context.sync(); // last: header styles, the log's name

      this.saveOwnedColumns(
        target.sheetId,
        placements.map(({ id, header }) => ({ id, header }))
      );
      this.saveOwnedSheet("reminderLog", logSheetName.name);
      await saveSettingsAsync();
    });
  }

  // ---- Ageing report ----

  async writeAgeingReport(report: AgeingReport): Promise<void> {
    await this.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync(); // 1: which sheets exist
      const names = sheets.items.map((s) => s.name);
      const owned = this.ownedSheetName(
        "ageingReport",
        AGEING_REPORT_SHEET,
        report.language ?? "en",
        names
      );
      const isNew = owned.current === undefined;
      const name = owned.current ?? owned.name;
      const sheet = isNew
        ? context.workbook.worksheets.add(name)
        : context.workbook.worksheets.getItem(name);
      if (!isNew) {
        const charts = sheet.charts.load("items/name");
        await context.sync(); // 2: the old chart, to replace it
        charts.items.forEach((chart) => chart.delete());
        sheet.getRange().clear(Excel.ClearApplyTo.all);
      }
      const layout = ageingReportLayout(report);
      await this.writeBatches(context, [
        { sheet: name, row: 1, column: 0, values: layout.cells, numberFormat: layout.formats },
      ]);
      const width = layout.cells[0].length;
      for (const row of [1, layout.headerRow, layout.totalsRow]) {
        sheet.getRange(rangeAddress(0, row, width, 1)).format.font.bold = true;
      }
      styleHeader(sheet.getRange(rangeAddress(0, layout.headerRow, width, 1)));
      const source = sheet.getRange(
        rangeAddress(
          layout.chart.column,
          layout.chart.row,
          layout.chart.columnCount,
          layout.chart.rowCount
        )
      );
      const chart = sheet.charts.add(
        Excel.ChartType.columnClustered,
        source,
        Excel.ChartSeriesBy.rows
      );
      chart.title.text = report.title;
      if (owned.name !== name) sheet.name = owned.name;
      await context.sync(); // last: styles, chart and name
      this.saveOwnedSheet("ageingReport", owned.name);
      await saveSettingsAsync();
    });
  }

  // ---- Settings ----

  async loadSettings(): Promise<{ settings?: Partial<Settings>; mapping?: ColumnMapping }> {
    assertExcelApi();
    const settings = getSetting<Partial<Settings>>(SETTINGS_KEY);
    const mapping = getSetting<ColumnMapping>(MAPPING_KEY);
    return { ...(settings ? { settings } : {}), ...(mapping ? { mapping } : {}) };
  }

  async saveSettings(settings: Settings, mapping?: ColumnMapping): Promise<void> {
    assertExcelApi();
    setSetting(SETTINGS_KEY, settings);
    if (mapping) setSetting(MAPPING_KEY, mapping);
    await saveSettingsAsync();
  }

  // ---- What the add-in owns ----

  private ownedColumns(sheetId: string): OwnedColumn[] {
    return getSetting<Record<string, OwnedColumn[]>>(OWNED_COLUMNS_KEY)?.[sheetId] ?? [];
  }

  private saveOwnedColumns(sheetId: string, columns: OwnedColumn[]): void {
    const all = { ...(getSetting<Record<string, OwnedColumn[]>>(OWNED_COLUMNS_KEY) ?? {}) };
    const kept = (all[sheetId] ?? []).filter((c) => !columns.some((n) => n.id === c.id));
    all[sheetId] = [...kept, ...columns];
    setSetting(OWNED_COLUMNS_KEY, all);
  }

  /**
   * A sheet the add-in owns: `current`, the name of the one it created when it still exists, and
   * `name`, the one it should have in the language (a rename when they differ).
   */
  private ownedSheetName(
    role: string,
    names: SheetText,
    language: Language,
    existing: readonly string[]
  ): { current?: string; name: string } {
    const owned = getSetting<Record<string, string>>(OWNED_SHEETS_KEY)?.[role];
    const current = owned && existing.includes(owned) ? owned : undefined;
    return { current, name: ownedSheetName(current, names, language, existing) };
  }

  private saveOwnedSheet(role: string, name: string): void {
    setSetting(OWNED_SHEETS_KEY, {
      ...(getSetting<Record<string, string>>(OWNED_SHEETS_KEY) ?? {}),
      [role]: name,
    });
  }
}

function styleHeader(range: Excel.Range): void {
  range.format.font.bold = HEADER_STYLE.bold;
  range.format.font.color = HEADER_STYLE.fontColor;
  range.format.fill.color = HEADER_STYLE.fill;
}

function addRows(rows: Set<number>, area: SheetArea): void {
  for (let r = area.row; r < area.row + area.rowCount; r++) rows.add(r);
}

/** The runs of rows from..to left out of a span: [first, last] pairs, none when all are in. */
function rowsOutside(
  from: number,
  to: number,
  span: { first: number; last: number } | undefined
): [number, number][] {
  if (!span) return from <= to ? [[from, to]] : [];
  const runs: [number, number][] = [];
  if (from < span.first) runs.push([from, Math.min(to, span.first - 1)]);
  if (span.last < to) runs.push([Math.max(from, span.last + 1), to]);
  return runs;
}

function invoiceCount(read: SheetRead): number {
  return read.invoices.length;
}

/** Day-first when the locale's short date starts with the day (dd/MM/yyyy), else month-first. */
function dateOrderOf(shortDatePattern: string | undefined): DateOrder {
  if (shortDatePattern) return /^\W*d/i.test(shortDatePattern) ? "dmy" : "mdy";
  const language = typeof Office === "undefined" ? undefined : Office.context?.displayLanguage;
  return language && /^fr\b/i.test(language) ? "dmy" : "mdy";
}
