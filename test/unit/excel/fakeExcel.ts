/**
 * A fake Excel host for the Office.js adapter, built on office-addin-mock: every entity the
 * adapter gets (worksheet, range, table, chart...) is an OfficeMockObject, so its properties
 * cannot be read before load() + context.sync(), like in Excel. Collections (items/name) are
 * small hand-written objects because the mock does not model them. Cells live in MemorySheets.
 *
 * Queued writes (values, formulas, numberFormat, formats) are applied at context.sync(); methods
 * (add, delete, clear) at call time. Each sync is counted with its request size: the JSON of the
 * values written plus the JSON of the values loaded (the response), the two payloads the 5 MB
 * limit of Excel on the web applies to.
 */
import { OfficeMockObject } from "office-addin-mock";
import {
  columnIndex,
  MAX_COLUMNS,
  MAX_ROWS,
  parseAddress,
  quoteSheetName,
  rangeAddress,
  type SheetArea,
} from "../../../src/core/sheet/a1";
import { isSignedFormula, MemorySheet, type CellFormat } from "../../../src/preview/memorySheet";

type Any = Record<string, any>;

export interface SyncStats {
  syncs: number;
  /** Bytes of each request (write payload + load response). */
  requests: number[];
  /** Ranges written with values or formulas. */
  writes: { sheet: string; address: string }[];
}

interface Tracked {
  object: Any;
  kind: "range";
  sheet: MemorySheet;
  area: SheetArea;
  baseline: Map<string, unknown>;
}

export class FakeExcel {
  readonly sheets: MemorySheet[] = [];
  active = "";
  selection: SheetArea[] = [];
  readonly names = new Map<string, { sheet: string; area: SheetArea }>();
  readonly settings = new Map<string, unknown>();
  readonly selectionHandlers = new Set<() => Promise<void>>();
  readonly protectedSheets = new Set<string>();
  /** False in benchmarks: writes are measured but not stored (a 500k-row sheet of objects is big). */
  storeWrites = true;
  /** The workbook uses the 1904 date system (Excel's worksheet functions compute in it). */
  date1904 = false;
  /** ExcelApi 1.x supported: x (1.18 and later: current Microsoft 365 and Excel on the web). */
  apiMinor = 18;
  /**
   * Excel on the web refuses a request, or a response, over 5 MB (Microsoft's "Resource limits
   * and performance optimization for Office Add-ins" page): the sync fails with
   * RequestPayloadSizeLimitExceeded (nothing of the batch is applied) or
   * ResponsePayloadSizeLimitExceeded (nothing loaded comes back).
   */
  payloadLimit = 5 * 1024 * 1024;
  /**
   * Cells written while API calculation was suspended (suspendApiCalculationUntilNextSync), not
   * calculated since: Excel leaves their recalculation to the add-in. A later batch that is not
   * suspended clears them with application.calculate("Full"), or "Recalculate" over ranges marked
   * with setDirty().
   */
  uncalculated: { sheet: string; area: SheetArea }[] = [];
  /** Calculation requests of the current batch and whether the batch suspends calculation. */
  private calculation: {
    suspended: boolean;
    type?: string;
    dirty: { sheet: string; area: SheetArea }[];
  } = { suspended: false, dirty: [] };
  /**
   * Excel's culture as Application (separators, 1.11) and Application.cultureInfo (name 1.11,
   * short date pattern 1.12) give it: a French Excel by default.
   */
  culture = {
    name: "fr-FR",
    decimalSeparator: ",",
    thousandsSeparator: "\u202f",
    shortDatePattern: "dd/MM/yyyy",
  };
  stats: SyncStats = { syncs: 0, requests: [], writes: [] };
  /** Objects created in the current batch whose loads or writes are settled at sync. */
  private tracked: Tracked[] = [];
  /** Worksheet objects of the current batch, whose `name` may be set (a rename). */
  private worksheetObjects: { object: Any; sheet: MemorySheet; last: unknown }[] = [];
  private loaded: { object: Any; props: string[] }[] = [];
  private pendingBytes = 0;
  /** The first operation of the current batch the host refused, thrown at its sync. */
  private failure?: Error;
  /** Ranges written (values or formulas) by the sync under way. */
  private batchWrites: { sheet: string; area: SheetArea }[] = [];
  private nextId = 1;
  private readonly ids = new Map<MemorySheet, string>();

  resetStats(): void {
    this.stats = { syncs: 0, requests: [], writes: [] };
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /**
   * Worksheet.id as Excel gives it: a GUID in braces, given when the sheet is made and kept
   * through renames; a sheet added later under a deleted sheet's name gets a new one.
   */
  private sheetId(sheet: MemorySheet): string {
    if (!this.ids.has(sheet)) {
      const serial = (this.nextId++).toString(16).toUpperCase().padStart(12, "0");
      this.ids.set(sheet, `{5C2A81D3-0E4B-4F6A-9B1D-${serial}}`);
    }
    return this.ids.get(sheet) as string;
  }

  /**
   * The workbook is closed and opened again: Excel gives the sheets new ids, made from their
   * positions ({00000000-0001-0000-000N-000000000000}), as office-js-docs #297 and office-js
   * #1390 report. A sheet at the same position after the next opening gets the same id again.
   */
  reopen(): void {
    this.sheets.forEach((sheet, index) => {
      const position = index.toString(16).toUpperCase().padStart(4, "0");
      this.ids.set(sheet, `{00000000-0001-0000-${position}-000000000000}`);
    });
  }

  /** The globals Excel and Office as the adapter uses them. */
  install(): void {
    const fake = this;
    const g = globalThis as Any;
    g.Excel = {
      run: async (...args: unknown[]) => {
        const batch = args[args.length - 1] as (context: Any) => Promise<unknown>;
        return batch(fake.context());
      },
      ClearApplyTo: { all: "All", contents: "Contents", formats: "Formats" },
      ConditionalFormatType: { colorScale: "ColorScale" },
      ConditionalFormatColorCriterionType: { number: "Number" },
      ChartType: { columnClustered: "ColumnClustered" },
      ChartSeriesBy: { rows: "Rows", columns: "Columns" },
      SpecialCellType: { visible: "Visible", constants: "Constants" },
      CalculationType: { recalculate: "Recalculate", full: "Full", fullRebuild: "FullRebuild" },
    };
    g.Office = {
      context: {
        displayLanguage: "en-US",
        contentLanguage: "en-US",
        requirements: {
          isSetSupported: (name: string, version: string) =>
            name === "ExcelApi" && Number(version.split(".")[1]) <= fake.apiMinor,
        },
        document: {
          settings: {
            get: (key: string) =>
              fake.settings.has(key) ? structuredClone(fake.settings.get(key)) : null,
            set: (key: string, value: unknown) => fake.settings.set(key, structuredClone(value)),
            saveAsync: (callback: (result: Any) => void) => callback({ status: "succeeded" }),
          },
        },
      },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    };
  }

  // ---- The request context ----

  private context(): Any {
    const fake = this;
    const context = new OfficeMockObject({
      workbook: {
        getSelectedRanges: () => fake.selectedRanges(),
      },
      application: {
        suspendApiCalculationUntilNextSync: () => {
          fake.calculation.suspended = true;
        },
        calculate: (type: string) => {
          fake.calculation.type = type;
        },
        decimalSeparator: fake.culture.decimalSeparator,
        thousandsSeparator: fake.culture.thousandsSeparator,
        cultureInfo: {
          name: fake.culture.name,
          datetimeFormat: { shortDatePattern: fake.culture.shortDatePattern },
        },
      },
    }) as Any;
    context.workbook.worksheets = fake.worksheets();
    context.workbook.names = fake.namesCollection();
    // Worksheet functions (ExcelApi 1.2) compute in the workbook's date system.
    context.workbook.functions = {
      date: (year: number, month: number, day: number) =>
        fake.mock({ value: excelDate(year, month, day) - (fake.date1904 ? 1462 : 0) }),
    };
    context.workbook.onSelectionChanged = {
      add: (handler: () => Promise<void>) => {
        fake.selectionHandlers.add(handler);
        return { context, remove: () => fake.selectionHandlers.delete(handler) };
      },
    };
    context.sync = () => fake.sync(context);
    fake.tracked = [];
    fake.loaded = [];
    fake.calculation = { suspended: false, dirty: [] };
    fake.failure = undefined;
    fake.worksheetObjects = [];
    return context;
  }

  private async sync(context: Any): Promise<void> {
    this.stats.syncs++;
    let bytes = this.pendingBytes;
    this.pendingBytes = 0;
    const written = this.pendingWriteBytes();
    if (bytes + written > this.payloadLimit) {
      this.dropBatch();
      throw officeError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit."
      );
    }
    this.applyRenames();
    this.batchWrites = [];
    // Writes: number formats first ("@" then text), then formulas and values.
    for (const prop of ["numberFormat", "formulas", "values"]) {
      for (const t of this.tracked) {
        const value = t.object[prop];
        if (value === t.baseline.get(prop) || !Array.isArray(value)) continue;
        bytes += JSON.stringify(value).length;
        this.applyWrite(t, prop, value as unknown[][]);
        t.baseline.set(prop, value);
      }
    }
    for (const t of this.tracked) this.applyFormat(t);
    this.settleCalculation();
    // Loads: settle the mock objects, then count the response.
    const loaded = this.loaded;
    this.loaded = [];
    for (const { object } of loaded) await object.sync?.();
    await OfficeMockObject.prototype.sync.call(context);
    await new Promise((resolve) => setImmediate(resolve));
    for (const { object, props } of loaded) {
      for (const prop of props) {
        const value = object[prop] ?? object.items;
        if (value !== undefined) bytes += JSON.stringify(value).length;
      }
    }
    for (const t of this.tracked)
      for (const prop of ["values", "formulas", "numberFormat"])
        t.baseline.set(prop, t.object[prop]);
    for (const w of this.worksheetObjects) w.last = w.object.name;
    const failure = this.failure;
    this.failure = undefined;
    if (failure) throw failure;
    if (bytes - written > this.payloadLimit) {
      throw officeError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit."
      );
    }
    this.stats.requests.push(bytes);
  }

  /** What this batch leaves uncalculated, and what its calculate() request calculates. */
  private settleCalculation(): void {
    const { suspended, type, dirty } = this.calculation;
    this.calculation = { suspended: false, dirty: [] };
    if (suspended) {
      for (const w of this.batchWrites) this.uncalculated.push(w);
      return;
    }
    if (type === "Full" || type === "FullRebuild") this.uncalculated = [];
    else if (type === "Recalculate") {
      this.uncalculated = this.uncalculated.filter(
        (u) => !dirty.some((d) => d.sheet === u.sheet && contains(d.area, u.area))
      );
    }
  }

  /**
   * An operation the host refuses: the batch's sync throws it, once the operations queued
   * before it were carried out (Excel does not roll a batch back).
   */
  failAtSync(error: Error): void {
    this.failure ??= error;
  }

  /** JSON bytes of the values, formulas and formats queued since the last sync. */
  private pendingWriteBytes(): number {
    let bytes = 0;
    for (const t of this.tracked) {
      for (const prop of ["numberFormat", "formulas", "values"]) {
        const value = t.object[prop];
        if (value !== t.baseline.get(prop) && Array.isArray(value))
          bytes += JSON.stringify(value).length;
      }
    }
    return bytes;
  }

  /** A refused request: what was queued is dropped, as Excel never received it. */
  private dropBatch(): void {
    for (const t of this.tracked)
      for (const prop of ["values", "formulas", "numberFormat"])
        t.baseline.set(prop, t.object[prop]);
    this.loaded = [];
    this.calculation = { suspended: false, dirty: [] };
  }

  /**
   * A worksheet whose name was set in the batch is renamed, like Excel: workbook names that
   * refer to it follow. Before the loads settle, which would put the loaded name back.
   */
  private applyRenames(): void {
    for (const { object, sheet, last } of this.worksheetObjects) {
      const name: unknown = object.name;
      if (typeof name !== "string" || name === last || name.startsWith("Error")) continue;
      if (name === sheet.name) continue;
      if (this.sheet(name)) throw new Error(`ItemAlreadyExists: ${name}`);
      const before = sheet.name;
      sheet.name = name;
      if (this.active === before) this.active = name;
      for (const entry of this.names.values()) if (entry.sheet === before) entry.sheet = name;
    }
  }

  private applyWrite(t: Tracked, prop: string, rows: unknown[][]): void {
    if (rows.length !== t.area.rowCount || rows.some((r) => r.length !== t.area.columnCount)) {
      throw new Error(
        `InvalidArgument: ${prop} has ${rows.length} rows for ${rangeAddress(t.area.column, t.area.row, t.area.columnCount, t.area.rowCount)}`
      );
    }
    if (this.protectedSheets.has(t.sheet.name))
      throw new Error(`AccessDenied: ${t.sheet.name} is protected`);
    if (prop !== "numberFormat") {
      this.batchWrites.push({ sheet: t.sheet.name, area: t.area });
      this.stats.writes.push({
        sheet: t.sheet.name,
        address: rangeAddress(t.area.column, t.area.row, t.area.columnCount, t.area.rowCount),
      });
    }
    if (!this.storeWrites) return;
    rows.forEach((row, r) =>
      row.forEach((input, c) => {
        const at = t.area.row + r;
        const column = t.area.column + c;
        if (prop === "numberFormat") {
          const cell = t.sheet.cell(at, column);
          t.sheet.setCell(at, column, {
            value: cell?.value ?? null,
            formula: cell?.formula,
            format: { ...cell?.format, numberFormat: String(input) },
          });
          return;
        }
        const format = t.sheet.cell(at, column)?.format;
        // A text-formatted cell takes what is typed as text, like Excel.
        if (format?.numberFormat === "@" && typeof input === "string" && !input.startsWith("'")) {
          t.sheet.setCell(at, column, { value: input, format });
        } else if (typeof input === "string" && isSignedFormula(input)) {
          // MemorySheet's rule (Range.values takes "+call" as =+call); Excel computes #NAME?.
          t.sheet.setCell(at, column, { value: "#NAME?", formula: `=${input}`, format });
        } else t.sheet.input(at, column, input === "" ? null : input);
      })
    );
  }

  private applyFormat(t: Tracked): void {
    const format = t.object.format;
    if (!format) return;
    const style: CellFormat = {};
    if (typeof format.font?.bold === "boolean") style.bold = format.font.bold;
    if (typeof format.font?.color === "string" && !format.font.color.startsWith("Error"))
      style.fontColor = format.font.color;
    if (typeof format.fill?.color === "string" && !format.fill.color.startsWith("Error"))
      style.fill = format.fill.color;
    if (Object.keys(style).length === 0) return;
    for (let r = 0; r < t.area.rowCount; r++) {
      for (let c = 0; c < t.area.columnCount; c++) {
        const cell = t.sheet.cell(t.area.row + r, t.area.column + c);
        t.sheet.setCell(t.area.row + r, t.area.column + c, {
          value: cell?.value ?? null,
          formula: cell?.formula,
          format: { ...cell?.format, ...style },
        });
      }
    }
    format.font.bold = undefined;
    format.font.color = undefined;
    format.fill.color = undefined;
  }

  /** An OfficeMockObject whose load() also registers it to be settled at the next sync. */
  private mock(data: Any, lazy: Record<string, () => unknown> = {}): Any {
    const object = new OfficeMockObject(data) as Any;
    const load = object.load.bind(object);
    object.load = (props?: string | string[]) => {
      const list = (Array.isArray(props) ? props : String(props ?? "").split(","))
        .map((p) => p.trim())
        .filter(Boolean);
      for (const prop of list) if (lazy[prop]) object.setValue(prop, lazy[prop]());
      load(list.join(","));
      this.loaded.push({ object, props: list });
      return object;
    };
    return object;
  }

  // ---- Collections ----

  private worksheets(): Any {
    const fake = this;
    const collection: Any = {
      items: undefined,
      // Only the item properties asked for ("items/name,items/id") come back, as in Excel.
      load: (props: string) => {
        const asked = props.split(",").map((p) => p.trim().replace(/^items\//, ""));
        fake.loaded.push({ object: collection, props: ["items"] });
        collection.items = fake.sheets.map((s) => {
          const item: Any = {};
          if (asked.includes("name")) item.name = s.name;
          if (asked.includes("id")) item.id = fake.sheetId(s);
          return item;
        });
        return collection;
      },
      getActiveWorksheet: () => fake.worksheet(fake.sheet(fake.active) as MemorySheet),
      getItem: (name: string) => {
        const sheet = fake.sheet(name);
        if (!sheet) throw new Error(`ItemNotFound: ${name}`);
        return fake.worksheet(sheet);
      },
      add: (name: string) => {
        if (fake.sheet(name)) throw new Error(`ItemAlreadyExists: ${name}`);
        const sheet = new MemorySheet(name);
        fake.sheets.push(sheet);
        return fake.worksheet(sheet);
      },
    };
    return collection;
  }

  private namesCollection(): Any {
    const fake = this;
    const collection: Any = {
      load: () => {
        collection.items = [...fake.names.keys()].map((name) => ({ name }));
        fake.loaded.push({ object: collection, props: ["items"] });
        return collection;
      },
      getItem: (name: string) => ({ delete: () => fake.names.delete(name) }),
      add: (name: string, range: Any) => {
        if (fake.names.has(name)) throw new Error(`ItemAlreadyExists: name ${name}`);
        fake.names.set(name, { sheet: range.__sheet.name, area: range.__area });
      },
    };
    return collection;
  }

  /**
   * A worksheet's names (sheet-scoped): each refers to a cell, "=Sheet!$C$1", or "=#REF!" once its
   * column was deleted (the name stays, under its name, as in Excel).
   */
  private sheetNames(sheet: MemorySheet): Any {
    const fake = this;
    const formulaOf = (cell: { row: number; column: number }) =>
      cell.column < 0
        ? "=#REF!"
        : `=${quoteSheetName(sheet.name)}!${rangeAddress(cell.column, cell.row).replace(/([A-Z]+)(\d+)/, "$$$1$$$2")}`;
    const collection: Any = {
      load: () => {
        collection.items = [...sheet.names].map(([name, cell]) => ({
          name,
          formula: formulaOf(cell),
        }));
        fake.loaded.push({ object: collection, props: ["items"] });
        return collection;
      },
      getItem: (name: string) => {
        if (!sheet.names.has(name)) throw new Error(`ItemNotFound: name ${name}`);
        return { delete: () => sheet.names.delete(name) };
      },
      add: (name: string, range: Any) => {
        if (sheet.names.has(name)) throw new Error(`ItemAlreadyExists: name ${name}`);
        const area = range.__area as SheetArea;
        sheet.names.set(name, { row: area.row, column: area.column });
        fake.pendingBytes += 100;
        return { visible: true };
      },
    };
    return collection;
  }

  // ---- Entities ----

  private worksheet(sheet: MemorySheet): Any {
    const fake = this;
    const object = this.mock({
      name: sheet.name,
      id: this.sheetId(sheet),
      protection: { protected: this.protectedSheets.has(sheet.name) },
      getUsedRangeOrNullObject: () => {
        const used = sheet.usedArea();
        return used ? fake.range(sheet, used) : fake.nullObject();
      },
      getRange: (address?: string) =>
        fake.range(
          sheet,
          address
            ? parseAddress(address)[0]
            : { row: 1, column: 0, rowCount: 1048576, columnCount: 16384 }
        ),
      getRanges: (address: string) => ({
        select: () => {
          // RangeAreas.select() is ExcelApi 1.18: an older host fails the batch at sync.
          if (fake.apiMinor < 18) {
            fake.failAtSync(officeError("ApiNotFound", "RangeAreas.select is not available"));
            return;
          }
          fake.active = sheet.name;
          fake.selection = parseAddress(address);
        },
      }),
    });
    this.worksheetObjects.push({ object, sheet, last: object.name });
    object.tables = {
      load: () => {
        // "items/name": each item's name is loaded with the collection.
        object.tables.items = sheet.table ? [fake.table(sheet).load("name")] : [];
        fake.loaded.push({ object: object.tables, props: ["items"] });
        return object.tables;
      },
      getItem: (name: string) => {
        if (sheet.table?.name !== name) throw new Error(`ItemNotFound: table ${name}`);
        return fake.table(sheet);
      },
    };
    object.names = fake.sheetNames(sheet);
    object.charts = {
      load: () => {
        object.charts.items = sheet.charts.map((chart) => ({
          delete: () => sheet.charts.splice(sheet.charts.indexOf(chart), 1),
        }));
        fake.loaded.push({ object: object.charts, props: ["items"] });
        return object.charts;
      },
      add: (type: string, source: Any, seriesBy?: string) => {
        const chart = {
          type: type as "ColumnClustered",
          title: "",
          source: source.__area as SheetArea,
          seriesBy: (seriesBy === "Columns" ? "columns" : "rows") as "rows" | "columns",
        };
        sheet.charts.push(chart);
        const title = {};
        Object.defineProperty(title, "text", {
          set: (text: string) => {
            chart.title = text;
          },
        });
        // Chart.setPosition (ExcelApi 1.1) only moves the chart over the cells: nothing to model.
        return { title, setPosition: () => undefined };
      },
    };
    return object;
  }

  private table(sheet: MemorySheet): Any {
    const fake = this;
    const table = sheet.table as NonNullable<MemorySheet["table"]>;
    // Like Excel: getRange() covers the header, the data body and the Total row when shown;
    // getDataBodyRange() the data rows only.
    const totals = table.showTotals ? 1 : 0;
    const { area } = table;
    return this.mock({
      name: table.name,
      showTotals: table.showTotals === true,
      getRange: () => fake.range(sheet, table.area),
      getHeaderRowRange: () => fake.range(sheet, { ...area, rowCount: 1 }),
      getDataBodyRange: () =>
        fake.range(sheet, { ...area, row: area.row + 1, rowCount: area.rowCount - 1 - totals }),
      getTotalRowRange: () => {
        if (!totals) throw new Error(`InvalidOperation: table ${table.name} has no Total row`);
        return fake.range(sheet, { ...area, row: area.row + area.rowCount - 1, rowCount: 1 });
      },
      columns: {
        add: (_index: unknown, _values: unknown, name: string) => {
          const { area } = table;
          const column = area.column + area.columnCount;
          sheet.insertCells(area, column, 1);
          table.area = { ...area, columnCount: area.columnCount + 1 };
          sheet.input(area.row, column, name);
          fake.pendingBytes += 100;
        },
      },
    });
  }

  private nullObject(): Any {
    const object: Any = { isNullObject: true, load: () => object };
    return object;
  }

  private range(sheet: MemorySheet, area: SheetArea): Any {
    const fake = this;
    // Like Excel: a range (an address, a resize) past row 1,048,576 or column XFD is an error.
    if (
      area.row < 1 ||
      area.column < 0 ||
      area.row + area.rowCount - 1 > MAX_ROWS ||
      area.column + area.columnCount > MAX_COLUMNS
    )
      throw new Error(`InvalidArgument: a range past the last row or column of ${sheet.name}`);
    const address = `${sheet.name}!${rangeAddress(area.column, area.row, area.columnCount, area.rowCount)}`;
    const object = this.mock(
      {
        address,
        format: { font: {}, fill: {} },
        getRow: (i: number) => fake.range(sheet, { ...area, row: area.row + i, rowCount: 1 }),
        getResizedRange: (rows: number, columns: number) =>
          fake.range(sheet, {
            ...area,
            rowCount: area.rowCount + rows,
            columnCount: area.columnCount + columns,
          }),
        getMergedAreasOrNullObject: () => {
          const merges = sheet.merges.filter((m) => intersects(m, area));
          if (merges.length === 0) return fake.nullObject();
          const result = fake.mock({
            address: merges
              .map(
                (m) => `${sheet.name}!${rangeAddress(m.column, m.row, m.columnCount, m.rowCount)}`
              )
              .join(", "),
          });
          result.isNullObject = false;
          return result;
        },
        getUsedRangeOrNullObject: () => {
          const used = sheet.usedArea();
          const within = used && intersection(used, area);
          return within ? fake.range(sheet, within) : fake.nullObject();
        },
        clear: () => {
          for (let r = area.row; r < area.row + Math.min(area.rowCount, sheet.rows.length); r++) {
            for (
              let c = area.column;
              c < area.column + area.columnCount && c < (sheet.rows[r - 1]?.length ?? 0);
              c++
            )
              sheet.setCell(r, c, undefined);
          }
        },
        select: () => {
          fake.selection = [area];
        },
        setDirty: () => {
          fake.calculation.dirty.push({ sheet: sheet.name, area });
        },
        // Constants: cells holding a typed value (not a formula, not empty), one area per cell.
        getSpecialCellsOrNullObject: (type: string) => {
          if (type !== "Constants") throw new Error(`Not modelled: special cells ${type}`);
          const cells: string[] = [];
          // forEach skips the rows never written: a sheet stretched to row 1,048,576 is sparse.
          sheet.rows.forEach((_row, i) => {
            const r = i + 1;
            if (r < area.row || r >= area.row + area.rowCount) return;
            for (let c = area.column; c < area.column + area.columnCount; c++) {
              const cell = sheet.cell(r, c);
              if (cell && cell.formula === undefined && cell.value !== null && cell.value !== "")
                cells.push(`${sheet.name}!${rangeAddress(c, r)}`);
            }
          });
          if (cells.length === 0) return fake.nullObject();
          const result = fake.mock({ address: cells.join(",") });
          result.isNullObject = false;
          return result;
        },
      },
      {
        values: () => sheet.values(area),
        text: () => sheet.values(area).map((row) => row.map((v) => (v === null ? "" : String(v)))),
      }
    );
    object.isNullObject = false;
    object.__sheet = sheet;
    object.__area = area;
    object.conditionalFormats = {
      clearAll: () => {
        const kept = sheet.conditionalFormats.filter((f) => !intersects(f.area, area));
        sheet.conditionalFormats.splice(0, sheet.conditionalFormats.length, ...kept);
      },
      add: () => {
        const entry = {
          type: "colorScale" as const,
          area,
          colors: ["", "", ""] as [string, string, string],
        };
        sheet.conditionalFormats.push(entry);
        const colorScale = {};
        Object.defineProperty(colorScale, "criteria", {
          set: (criteria: Any) => {
            entry.colors = [
              criteria.minimum.color,
              criteria.midpoint.color,
              criteria.maximum.color,
            ];
          },
        });
        return { colorScale };
      },
    };
    const baseline = new Map<string, unknown>();
    for (const prop of ["values", "formulas", "numberFormat"]) baseline.set(prop, object[prop]);
    this.tracked.push({ object, kind: "range", sheet, area, baseline });
    return object;
  }

  private selectedRanges(): Any {
    const fake = this;
    const sheet = this.sheet(this.active) as MemorySheet;
    const areas = this.selection;
    const ranges: Any = {
      areas: {
        load: () => {
          ranges.areas.items = areas.map((area) => ({
            address: `${sheet.name}!${rangeAddress(area.column, area.row, area.columnCount, area.rowCount)}`,
            cellCount: area.rowCount * area.columnCount,
            rowHidden: hiddenState(sheet, area),
          }));
          fake.loaded.push({ object: ranges.areas, props: ["items"] });
          return ranges.areas;
        },
      },
      getSpecialCellsOrNullObject: () => {
        const visible = areas.flatMap((area) => visibleAreas(sheet, area));
        if (visible.length === 0) return fake.nullObject();
        const result = fake.mock({
          address: visible
            .map((a) => `${sheet.name}!${rangeAddress(a.column, a.row, a.columnCount, a.rowCount)}`)
            .join(","),
        });
        result.isNullObject = false;
        return result;
      },
    };
    return ranges;
  }

  // ---- For tests ----

  /** The user selects cells: the handlers registered through onSelectionChanged run. */
  select(areas: SheetArea[]): void {
    this.selection = areas;
    for (const handler of this.selectionHandlers) void handler();
  }

  /** The user deletes a sheet; workbook names that referred to it are left, as #REF! in Excel. */
  deleteSheet(name: string): void {
    const index = this.sheets.findIndex((s) => s.name === name);
    if (index < 0) throw new Error(`ItemNotFound: ${name}`);
    this.sheets.splice(index, 1);
    if (this.active === name) this.active = this.sheets[0]?.name ?? "";
  }

  /** The user adds a sheet of their own with some cells (from A1). */
  addSheet(name: string, cells: readonly (readonly unknown[])[]): void {
    if (this.sheet(name)) throw new Error(`ItemAlreadyExists: ${name}`);
    const sheet = new MemorySheet(name);
    cells.forEach((row, r) => row.forEach((value, c) => sheet.input(r + 1, c, value)));
    this.sheets.push(sheet);
  }

  /** A cell by A1 address. */
  cell(sheetName: string, address: string) {
    const match = /^([A-Z]+)(\d+)$/.exec(address) as RegExpExecArray;
    return this.sheet(sheetName)?.cell(Number(match[2]), columnIndex(match[1]));
  }
}

/** DATE(year, month, day) in the 1900 date system (from 1900-03-01 on). */
function excelDate(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** An error as Office.js raises it at sync (OfficeExtension.Error): a code and a message. */
function officeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { name: "RichApi.Error", code });
}

/** Whether area `outer` holds all of `inner`. */
function contains(outer: SheetArea, inner: SheetArea): boolean {
  return (
    outer.row <= inner.row &&
    outer.column <= inner.column &&
    outer.row + outer.rowCount >= inner.row + inner.rowCount &&
    outer.column + outer.columnCount >= inner.column + inner.columnCount
  );
}

function intersects(a: SheetArea, b: SheetArea): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount
  );
}

function intersection(a: SheetArea, b: SheetArea): SheetArea | undefined {
  if (!intersects(a, b)) return undefined;
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  return {
    row,
    column,
    rowCount: Math.min(a.row + a.rowCount, b.row + b.rowCount) - row,
    columnCount: Math.min(a.column + a.columnCount, b.column + b.columnCount) - column,
  };
}

/** Excel's rowHidden of a range: true, false, or null when some rows are hidden and others not. */
function hiddenState(sheet: MemorySheet, area: SheetArea): boolean | null {
  let hidden = 0;
  for (let r = area.row; r < area.row + area.rowCount; r++) if (sheet.hiddenRows.has(r)) hidden++;
  return hidden === 0 ? false : hidden === area.rowCount ? true : null;
}

/** The visible parts of an area (runs of rows that are not hidden). */
function visibleAreas(sheet: MemorySheet, area: SheetArea): SheetArea[] {
  const out: SheetArea[] = [];
  for (let r = area.row; r < area.row + area.rowCount; r++) {
    if (sheet.hiddenRows.has(r)) continue;
    const last = out[out.length - 1];
    if (last && last.row + last.rowCount === r) last.rowCount++;
    else out.push({ ...area, row: r, rowCount: 1 });
  }
  return out;
}
