/**
 * The Workbook port's contract: one suite, run against the in-memory adapter
 * (test/unit/preview/memoryWorkbook.test.ts) and the Office.js adapter over office-addin-mock
 * (test/unit/excel/officeWorkbook.test.ts). A fixture builds the same sheets in either and lets
 * the suite look at the cells afterwards.
 */
import { en } from "../../../src/taskpane/i18n/en";
import { describeRowProblem } from "../../../src/taskpane/state/describeRowProblem";
import type { SheetArea } from "../../../src/core/sheet/a1";
import type { CourtFile } from "../../../src/core/legal/courtFile";
import { testSettings } from "../support/testSettings";
import {
  WorkbookError,
  type AgeingReport,
  type ReminderRecord,
  type Workbook,
} from "../../../src/core/workbook";

export interface SheetSpec {
  name: string;
  cells: unknown[][];
  /** Sheet row of cells[0] (1 when absent): a sheet whose data ends on row 1,048,576. */
  firstRow?: number;
  /** Single cells anywhere else, by A1 address: a stray "x" in A1048576, a note in XFD2. */
  extraCells?: { address: string; value: unknown }[];
  /** Make the cells (from column A, row firstRow) an Excel table with this name. */
  table?: string;
  /** The table shows its Total row: the last row of `cells` (Excel's Table.showTotals). */
  tableTotals?: boolean;
  protected?: boolean;
  /** Merged areas: 1-based rows, 0-based columns. */
  merges?: SheetArea[];
  hiddenRows?: number[];
}

export interface CellView {
  value: unknown;
  formula?: string;
}

export interface WorkbookFixture {
  workbook: Workbook;
  /** A cell of a sheet by A1 address ("C2"), undefined when empty. */
  cell(sheet: string, address: string): CellView | undefined;
  /** The user types a value into a cell. */
  input(sheet: string, address: string, value: unknown): void;
  sheetNames(): string[];
  /** The user selects cells on the active sheet. */
  select(areas: SheetArea[]): void;
  /** Everything a user could see or the add-in could store, to prove that nothing changed. */
  snapshot(): string;
  /** One sheet's cells, table, charts and conditional formats, to prove it did not change. */
  sheetSnapshot(sheet: string): string;
  /** The user inserts `count` empty columns at column `at` ("A"), shifting the others right. */
  insertColumns(sheet: string, at: string, count: number): void;
  /** The user inserts `count` empty rows above row `at` (1-based), shifting the others down. */
  insertRows(sheet: string, at: number, count: number): void;
  /** The user deletes `count` columns from column `at` ("G"), shifting the others left. */
  deleteColumns(sheet: string, at: string, count: number): void;
  /** The user deletes a sheet. */
  deleteSheet(sheet: string): void;
  /** The user adds a sheet of their own with some cells (from A1). */
  addSheet(sheet: string, cells: unknown[][]): void;
  /** Number of charts on a sheet. */
  chartCount(sheet: string): number;
  /**
   * Whether a formula cell's value is its computed result (the in-memory workbook evaluates
   * the CREDIT.* formulas; the fake Excel only stores them, as Excel computes them later).
   */
  evaluatesFormulas: boolean;
}

export type WorkbookFactory = (sheets: SheetSpec[]) => WorkbookFixture;

const AS_OF = 45383; // 2024-04-01
const SETTINGS = testSettings({ senderName: "Credit team" });

/** A court file of two invoices whose totals are the sums of their lines. */
export function smallCourtFile(): CourtFile {
  const line = (invoiceNumber: string, principal: number, interest: number) => ({
    invoiceNumber,
    dueDate: AS_OF - 100,
    principal,
    periods: [{ from: AS_OF - 100, to: AS_OF, days: 100, ratePct: 12.15, interest }],
    interest,
    indemnity: 40,
    reminders: [AS_OF - 80],
    formalNotice: AS_OF - 40,
    limitation: { date: AS_OF + 1726, state: "ok" as const },
    total: principal + interest + 40,
  });
  const lines = [line("F-1", 1200, 66.3), line("F-2", 300, 0)];
  return {
    customer: "=ACME",
    asOf: AS_OF,
    lines,
    totals: { principal: 1500, interest: 66.3, indemnity: 80, total: 1646.3 },
  };
}

/** An ageing report of one customer in two buckets; `overrides` changes any field. */
export function smallReport(overrides: Partial<AgeingReport> = {}): AgeingReport {
  return {
    asOf: AS_OF,
    title: "Aged balance",
    customerHeader: "Customer",
    totalHeader: "Total",
    bucketLabels: ["Current", "1-30"],
    rows: [{ customer: "ACME", buckets: [0, 1200], total: 1200 }],
    totals: { label: "Total", buckets: [0, 1200], total: 1200 },
    kpis: [],
    currency: "EUR",
    ...overrides,
  };
}

const RECEIVABLES: unknown[][] = [
  ["Open invoices", "", "", "", ""],
  ["Customer", "Invoice", "Due date", "Amount", "Disputed"],
  ["ACME", "F-1", 45352, 1200, "No"], // due 2024-03-01: 31 days late
  ["Beta", "F-2", 45397, 300, "Yes"], // due 2024-04-15
  ["", "", "", "", ""],
  ["ACME", "F-3", 45292, 500, "No"], // due 2024-01-01
  ["Total", "", "", 2000, ""],
];

async function codeOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (error instanceof WorkbookError) {
      expect(error.message.length).toBeGreaterThan(30);
      return error.code;
    }
    throw error;
  }
  return "no error";
}

export function workbookContract(adapter: string, factory: WorkbookFactory): void {
  describe(`Workbook contract: ${adapter}`, () => {
    const sheet = (cells: unknown[][], extra: Partial<SheetSpec> = {}): SheetSpec[] => [
      { name: "Receivables", cells, ...extra },
    ];

    it("reads the used range below a title, skipping blank and total rows", async () => {
      const { workbook } = factory(sheet(RECEIVABLES));
      const read = await workbook.readReceivables();
      expect(read.headerRow).toBe(2);
      expect(read.tableName).toBeUndefined();
      expect(read.invoices.map((i) => [i.row, i.customer, i.open, i.disputed])).toEqual([
        [3, "ACME", 1200, false],
        [4, "Beta", 300, true],
        [6, "ACME", 500, false],
      ]);
    });

    it("reads a table, with the table's name", async () => {
      const { workbook } = factory(sheet(RECEIVABLES.slice(1, 5), { table: "Invoices" }));
      const read = await workbook.readReceivables();
      expect(read.tableName).toBe("Invoices");
      expect(read.headerRow).toBe(1);
      expect(read.invoices.map((i) => i.row)).toEqual([2, 3]);
    });

    it.each([
      ["an empty sheet", [] as unknown[][], {}, "empty-sheet"],
      ["a header only", [RECEIVABLES[1]], {}, "header-only"],
      [
        "no due-date column",
        [
          ["Customer", "Invoice", "Amount"],
          ["A", "F1", 3],
        ],
        {},
        "missing-column",
      ],
      [
        "two header rows",
        [RECEIVABLES[1], ["Client", "Facture", "Échéance", "Montant"], RECEIVABLES[2]],
        {},
        "two-header-rows",
      ],
      [
        "merged header cells",
        RECEIVABLES.slice(1, 4),
        { merges: [{ row: 1, column: 0, rowCount: 1, columnCount: 2 }] },
        "merged-header",
      ],
      [
        "mixed text date formats",
        [RECEIVABLES[1], ["A", "F1", "25/03/2024", 1, ""], ["B", "F2", "03/25/2024", 1, ""]],
        {},
        "mixed-date-formats",
      ],
    ])("refuses %s with a clear message and changes nothing", async (_name, cells, extra, code) => {
      const fixture = factory(sheet(cells, extra as Partial<SheetSpec>));
      const before = fixture.snapshot();
      expect(await codeOf(() => fixture.workbook.readReceivables())).toBe(code);
      expect(fixture.snapshot()).toBe(before);
    });

    it("refuses to write on a protected sheet and changes nothing", async () => {
      const fixture = factory(sheet(RECEIVABLES, { protected: true }));
      const read = await fixture.workbook.readReceivables();
      const before = fixture.snapshot();
      expect(
        await codeOf(() =>
          fixture.workbook.writeAnalysis(read, { asOf: AS_OF, settings: SETTINGS })
        )
      ).toBe("sheet-protected");
      const record: ReminderRecord = {
        date: AS_OF,
        customer: "ACME",
        rows: [3],
        invoiceNumbers: ["F-1"],
        level: 1,
        channel: "email",
        total: 1200,
        language: "en",
      };
      expect(await codeOf(() => fixture.workbook.recordReminders(read, [record]))).toBe(
        "sheet-protected"
      );
      expect(fixture.snapshot()).toBe(before);
    });

    it("writes the analysis columns beside a range as CREDIT.* formulas with one as-of cell", async () => {
      const fixture = factory(sheet(RECEIVABLES));
      const read = await fixture.workbook.readReceivables();
      const result = await fixture.workbook.writeAnalysis(read, {
        asOf: AS_OF,
        settings: SETTINGS,
      });
      expect(result.columns).toEqual([
        "Days overdue",
        "Ageing",
        "Risk",
        "Risk class",
        "Next action",
        "Status",
        "Avg days late",
        "Late share",
        "Reminders sent",
      ]);
      expect(result.rowsWritten).toBe(3);
      expect(fixture.cell("Receivables", "F2")?.value).toBe("Days overdue");
      expect(fixture.cell("Receivables", "F3")?.formula).toBe(
        '=IF(AND(D3<=0,D3<>""),"",IF(ISNUMBER(C3),CC_AsOf-INT(C3),IF(ISBLANK(C3),"",CREDIT.DAYSOVERDUE(C3,CC_AsOf))))'
      );
      expect(fixture.cell("Receivables", "G6")?.formula).toBe(
        '=IF(F6="","",IF(F6<=0,"Current",IF(F6<=30,"1-30",IF(F6<=60,"31-60",IF(F6<=90,"61-90","91+")))))'
      );
      expect(fixture.cell("Receivables", "H3")?.formula).toBe(
        '=IF(AND(D3<=0,D3<>""),"",CREDIT.RISKSCORE(IF(ISNUMBER(C3),CC_AsOf-INT(C3),""),L3,M3,E3,N3,,XLOOKUP(A3,CC_HistCustomer,CC_HistUsualDelay,""),XLOOKUP(A3,CC_HistCustomer,CC_HistSevereLate,""),XLOOKUP(A3,CC_HistCustomer,CC_HistSettled,""),C3,CC_AsOf))'
      );
      expect(fixture.cell("Receivables", "I3")?.formula).toBe(
        '=IF(H3="","",IF(H3<25,"Low",IF(H3<50,"Medium",IF(H3<75,"High","Critical"))))'
      );
      expect(fixture.cell("Receivables", "J3")?.formula).toBe(
        '=IF(AND(D3<=0,D3<>""),"None",CREDIT.NEXTACTION(F3,H3,,,K3,CC_Policy))'
      );
      expect(fixture.cell("Receivables", "K3")?.formula).toBe(
        '=IF(AND(D3<=0,D3<>""),"paid",CREDIT.STATUS(IF(ISBLANK(D3),"",D3),E3,,CC_AsOf))'
      );
      expect(fixture.cell("Receivables", "L3")?.formula).toBe(
        '=XLOOKUP(A3,CC_HistCustomer,CC_HistAvgDaysLate,"")'
      );
      // Blank and total rows get no formula; the user's cells are as they were.
      expect(fixture.cell("Receivables", "F5")).toBeUndefined();
      expect(fixture.cell("Receivables", "F7")).toBeUndefined();
      expect(fixture.cell("Receivables", "D7")?.value).toBe(2000);
      expect(fixture.cell("Credit history", "A1")?.value).toBe("As of");
      expect(fixture.cell("Credit history", "B1")?.value).toBe(AS_OF);
    });

    it("gives the same sheet when run twice", async () => {
      const fixture = factory(sheet(RECEIVABLES));
      const options = { asOf: AS_OF, settings: SETTINGS };
      await fixture.workbook.writeAnalysis(await fixture.workbook.readReceivables(), options);
      const once = fixture.snapshot();
      const again = await fixture.workbook.readReceivables();
      expect(again.columns.map((c) => c.key)).toEqual([
        "customer",
        "invoiceNumber",
        "dueDate",
        "amount",
        "disputed",
      ]);
      await fixture.workbook.writeAnalysis(again, options);
      expect(fixture.snapshot()).toBe(once);
    });

    it("never takes a column the user adds later under one of its headers", async () => {
      const fixture = factory(sheet(RECEIVABLES));
      const options = { asOf: AS_OF, settings: SETTINGS };
      await fixture.workbook.writeAnalysis(await fixture.workbook.readReceivables(), options);
      const letters = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"];
      const headerOf = (letter: string) => fixture.cell("Receivables", `${letter}2`)?.value;
      const ours = letters.find((letter) => headerOf(letter) === "Status") as string;
      const free = letters.find((letter) => headerOf(letter) === undefined) as string;
      expect(letters.indexOf(free)).toBeGreaterThan(letters.indexOf(ours));
      // The user adds their own "Status" column right of the add-in's, with a note in it.
      fixture.input("Receivables", `${free}2`, "Status");
      fixture.input("Receivables", `${free}3`, "call back Monday");
      await fixture.workbook.writeAnalysis(await fixture.workbook.readReceivables(), options);
      expect(fixture.cell("Receivables", `${free}2`)?.value).toBe("Status");
      expect(fixture.cell("Receivables", `${free}3`)?.value).toBe("call back Monday");
      expect(fixture.cell("Receivables", `${free}3`)?.formula).toBeUndefined();
      expect(fixture.cell("Receivables", `${ours}3`)?.formula).toMatch(/CREDIT\.STATUS/);
    });

    it("moves a column whose name a user column already has, never writing into it", async () => {
      const cells = RECEIVABLES.map((row, r) => [
        ...row,
        r === 1 ? "Risk" : r === 2 ? "watch" : "",
      ]);
      const fixture = factory(sheet(cells));
      const read = await fixture.workbook.readReceivables();
      const result = await fixture.workbook.writeAnalysis(read, {
        asOf: AS_OF,
        settings: SETTINGS,
      });
      expect(result.columns).toContain("Risk (Credit Control)");
      expect(fixture.cell("Receivables", "F2")?.value).toBe("Risk");
      expect(fixture.cell("Receivables", "F3")?.value).toBe("watch");
      expect(fixture.cell("Receivables", "G2")?.value).toBe("Days overdue");
      expect(fixture.cell("Receivables", "I2")?.value).toBe("Risk (Credit Control)");
    });

    it("writes calculated columns with structured references inside a table", async () => {
      const fixture = factory(sheet(RECEIVABLES.slice(1, 5), { table: "Invoices" }));
      const read = await fixture.workbook.readReceivables();
      await fixture.workbook.writeAnalysis(read, { asOf: AS_OF, settings: SETTINGS });
      expect(fixture.cell("Receivables", "F1")?.value).toBe("Days overdue");
      expect(fixture.cell("Receivables", "F2")?.formula).toBe(
        '=IF(AND([@[Amount]]<=0,[@[Amount]]<>""),"",IF(ISNUMBER([@[Due date]]),CC_AsOf-INT([@[Due date]]),IF(ISBLANK([@[Due date]]),"",CREDIT.DAYSOVERDUE([@[Due date]],CC_AsOf))))'
      );
      expect(fixture.cell("Receivables", "H2")?.formula).toBe(
        '=IF(AND([@[Amount]]<=0,[@[Amount]]<>""),"",CREDIT.RISKSCORE(IF(ISNUMBER([@[Due date]]),CC_AsOf-INT([@[Due date]]),""),[@[Avg days late]],[@[Late share]],[@[Disputed]],[@[Reminders sent]],,XLOOKUP([@[Customer]],CC_HistCustomer,CC_HistUsualDelay,""),XLOOKUP([@[Customer]],CC_HistCustomer,CC_HistSevereLate,""),XLOOKUP([@[Customer]],CC_HistCustomer,CC_HistSettled,""),[@[Due date]],CC_AsOf))'
      );
      expect(fixture.cell("Receivables", "J2")?.formula).toBe(
        '=IF(AND([@[Amount]]<=0,[@[Amount]]<>""),"None",CREDIT.NEXTACTION([@[Days overdue]],[@[Risk]],,,[@[Status]],CC_Policy))'
      );
    });

    // A table's Total row (Table.showTotals) is part of Table.getRange() in Excel, not of its
    // data body (getDataBodyRange): it is neither an invoice nor a row to write formulas into.
    it("reads and writes only the data rows of a table with a Total row", async () => {
      const cells = [
        ["Customer", "Invoice", "Due date", "Amount", "Disputed"],
        ["ACME", "F-1", 45352, 1200, "No"],
        ["Beta", "F-2", 45397, 300, "No"],
        ["", "", "", "=SUBTOTAL(109,[Amount])", ""],
      ];
      const fixture = factory(sheet(cells, { table: "Invoices", tableTotals: true }));
      const read = await fixture.workbook.readReceivables();
      expect(read.invoices.map((i) => i.row)).toEqual([2, 3]);
      expect(read.problems.filter((p) => p.row === 4)).toEqual([]);
      const result = await fixture.workbook.writeAnalysis(read, {
        asOf: AS_OF,
        settings: SETTINGS,
      });
      expect(result.rowsWritten).toBe(2);
      expect(fixture.cell("Receivables", "F3")?.formula).toContain("CREDIT.DAYSOVERDUE");
      for (const column of ["F", "G", "H", "I", "J", "K"])
        expect(fixture.cell("Receivables", `${column}4`)).toBeUndefined();
      expect(fixture.cell("Receivables", "D4")?.formula).toBe("=SUBTOTAL(109,[Amount])");
    });

    it.each([
      ["beside a range", undefined, "IF(IF(ISBLANK(E2),D2,0)<=0,"],
      ["in a table", "Ledger", "IF(IF(ISBLANK([@[Paid date]]),[@[Amount]],0)<=0,"],
    ])(
      "leaves days overdue, ageing and risk blank on a paid row %s",
      async (_layout, table, guard) => {
        const cells = [
          ["Customer", "Invoice", "Due date", "Amount", "Paid date"],
          ["ACME", "F-0", 45200, 100, 45230], // due 2023-10-01, paid 30 days late
          ["ACME", "F-1", 45352, 1200, ""], // due 2024-03-01, open: 31 days late
        ];
        const fixture = factory(sheet(cells, { table }));
        const read = await fixture.workbook.readReceivables();
        await fixture.workbook.writeAnalysis(read, { asOf: AS_OF, settings: SETTINGS });
        const at = (column: string, row: number) => fixture.cell("Receivables", `${column}${row}`);
        // F Days overdue, G Ageing, H Risk, I Risk class, J Next action, K Status.
        // The paid test is Excel's own: a paid row makes no CREDIT.* call.
        expect(at("F", 2)?.formula?.startsWith(`=${guard}"",IF(ISNUMBER(`)).toBe(true);
        expect(at("H", 2)?.formula?.startsWith(`=${guard}"",CREDIT.RISKSCORE(`)).toBe(true);
        expect(at("J", 2)?.formula?.startsWith(`=${guard}"None",CREDIT.NEXTACTION(`)).toBe(true);
        expect(at("K", 2)?.formula?.startsWith(`=${guard}"paid",CREDIT.STATUS(`)).toBe(true);
        if (!fixture.evaluatesFormulas) return;
        const values = (row: number) =>
          ["F", "G", "H", "I", "J", "K"].map((c) => at(c, row)?.value);
        expect(values(2)).toEqual(["", "", "", "", "None", "paid"]);
        const open = values(3);
        expect(open.slice(0, 2)).toEqual([31, "31-60"]);
        expect(open[2]).toEqual(expect.any(Number));
        expect(["Low", "Medium", "High", "Critical"]).toContain(open[3]);
        expect(open[4]).toMatch(/^Reminder|^Phone|^Wait/);
        expect(open[5]).toBe("");
      }
    );

    it("reads the selected invoices: several areas, hidden rows and non-invoice rows left out", async () => {
      const fixture = factory(sheet(RECEIVABLES, { hiddenRows: [4] }));
      await fixture.workbook.readReceivables();
      fixture.select([
        { row: 2, column: 0, rowCount: 3, columnCount: 2 },
        { row: 6, column: 3, rowCount: 2, columnCount: 1 },
      ]);
      expect(await fixture.workbook.readSelection()).toEqual([3, 6]);
    });

    it("selects rows and reports selection changes until unsubscribed", async () => {
      const fixture = factory(sheet(RECEIVABLES));
      await fixture.workbook.readReceivables();
      let calls = 0;
      const unsubscribe = await fixture.workbook.onSelectionChanged(() => calls++);
      expect(await fixture.workbook.selectRows([6, 3, 4])).toEqual({ blocks: 2, selected: 2 });
      expect(await fixture.workbook.readSelection()).toEqual([3, 4, 6]);
      fixture.select([{ row: 3, column: 0, rowCount: 1, columnCount: 1 }]);
      expect(calls).toBeGreaterThanOrEqual(1);
      const seen = calls;
      unsubscribe();
      fixture.select([{ row: 4, column: 0, rowCount: 1, columnCount: 1 }]);
      expect(calls).toBe(seen);
    });

    it("records reminders in its own columns and the reminder log, text never as a formula", async () => {
      const cells = RECEIVABLES.map((row) => [...row]);
      // A customer name typed as text ('=...): it must stay text wherever the add-in copies it.
      cells[2][0] = "'=HYPERLINK(1)";
      const fixture = factory(sheet(cells));
      const read = await fixture.workbook.readReceivables();
      expect(read.invoices[0].customer).toBe("=HYPERLINK(1)");
      const record: ReminderRecord = {
        date: AS_OF,
        customer: "=HYPERLINK(1)",
        rows: [3],
        invoiceNumbers: ["F-1"],
        level: 2,
        channel: "email",
        total: 1200,
        language: "en",
      };
      await fixture.workbook.recordReminders(read, [record]);
      expect(fixture.cell("Receivables", "F2")?.value).toBe("Last reminder");
      expect(fixture.cell("Receivables", "G2")?.value).toBe("Level");
      expect(fixture.cell("Receivables", "F3")?.value).toBe(AS_OF);
      expect(fixture.cell("Receivables", "G3")?.value).toBe(2);
      expect(fixture.cell("Receivables", "F4")).toBeUndefined();
      expect(fixture.cell("Reminder log", "A1")?.value).toBe("Date");
      expect(fixture.cell("Reminder log", "B2")).toEqual({ value: "=HYPERLINK(1)" });
      expect(fixture.cell("Reminder log", "C2")?.value).toBe("F-1");
      await fixture.workbook.recordReminders(read, [
        { ...record, customer: "Beta", rows: [4], invoiceNumbers: ["F-2"] },
      ]);
      expect(fixture.cell("Reminder log", "B3")?.value).toBe("Beta");
      const again = await fixture.workbook.readReceivables();
      expect(again.invoices.find((i) => i.row === 3)).toMatchObject({
        lastReminder: AS_OF,
        lastLevel: 2,
      });
      expect(again.columns.map((c) => c.key)).not.toContain("lastLevel");
    });

    it("reads the reminder memory in its formulas once recorded, logs one line per letter, and undoes the last mark", async () => {
      const fixture = factory(sheet(RECEIVABLES));
      const read = await fixture.workbook.readReceivables();
      await fixture.workbook.writeAnalysis(read, { asOf: AS_OF, settings: SETTINGS });
      expect(await fixture.workbook.readReminderLog()).toEqual([]);
      const letter: ReminderRecord = {
        date: AS_OF,
        customer: "ACME",
        rows: [3, 6],
        invoiceNumbers: ["F-1", "F-3"],
        level: 3,
        channel: "phone",
        total: 1700,
        language: "en",
      };
      const receipt = await fixture.workbook.recordReminders(read, [letter]);
      const again = await fixture.workbook.readReceivables();
      await fixture.workbook.writeAnalysis(again, { asOf: AS_OF + 3, settings: SETTINGS });
      // The column check shows them as the add-in's memory, not as "(not used)".
      expect(again.memoryColumns).toEqual({ lastReminder: "Last reminder", lastLevel: "Level" });
      // The memory columns, placed after the analysis columns, are what NEXTACTION reads.
      const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
      const headerAt = (text: string) =>
        [...letters].find((l) => fixture.cell("Receivables", `${l}2`)?.value === text) as string;
      const [date, level, next, sent] = [
        headerAt("Last reminder"),
        headerAt("Level"),
        headerAt("Next action"),
        headerAt("Reminders sent"),
      ];
      const formula = fixture.cell("Receivables", `${next}3`)?.formula ?? "";
      expect(formula).toContain(`IF(ISBLANK(${level}3),"",${level}3)`);
      expect(formula).toContain(`CC_AsOf-INT(${date}3)`);
      if (fixture.evaluatesFormulas) {
        expect(fixture.cell("Receivables", `${next}3`)?.value).toMatch(/^Wait/);
        expect(fixture.cell("Receivables", `${sent}3`)?.value).toBe(1);
        // After the contact interval, the next level: never the phone call just made again.
        await fixture.workbook.writeAnalysis(again, { asOf: AS_OF + 14, settings: SETTINGS });
        expect(fixture.cell("Receivables", `${next}3`)?.value).toBe("Formal notice");
      }
      expect(await fixture.workbook.readReminderLog()).toEqual([
        {
          date: AS_OF,
          customer: "ACME",
          invoiceNumbers: ["F-1", "F-3"],
          level: 3,
          channel: "phone",
        },
      ]);
      await fixture.workbook.undoReminders(again, receipt);
      expect(fixture.cell("Receivables", `${date}3`)?.value ?? "").toBe("");
      expect(fixture.cell("Receivables", `${level}6`)?.value ?? "").toBe("");
      expect(await fixture.workbook.readReminderLog()).toEqual([]);
    });

    it("writes the ageing report with a column chart, refreshed in place", async () => {
      const fixture = factory(sheet(RECEIVABLES));
      const report: AgeingReport = {
        asOf: AS_OF,
        title: "Aged balance",
        customerHeader: "Customer",
        totalHeader: "Total",
        bucketLabels: ["Current", "1-30", "31-60", "61-90", "91+"],
        rows: [
          { customer: "ACME", buckets: [0, 0, 1200, 0, 500], total: 1700 },
          { customer: "@Beta", buckets: [300, 0, 0, 0, 0], total: 300 },
        ],
        totals: { label: "Total", buckets: [300, 0, 1200, 0, 500], total: 2000 },
        kpis: [{ label: "Overdue share", value: 0.85, format: "percent" }],
        currency: "EUR",
      };
      await fixture.workbook.writeAgeingReport(report);
      const once = fixture.snapshot();
      expect(fixture.cell("Ageing report", "A5")?.value).toBe("Customer");
      expect(fixture.cell("Ageing report", "A7")).toEqual({ value: "@Beta" });
      expect(fixture.cell("Ageing report", "G8")?.value).toBe(2000);
      expect(fixture.chartCount("Ageing report")).toBe(1);
      await fixture.workbook.writeAgeingReport(report);
      expect(fixture.snapshot()).toBe(once);
      expect(fixture.sheetNames()).toEqual(["Receivables", "Ageing report"]);
    });

    it("writes the cash-in forecast under the ageing report with its own chart", async () => {
      const fixture = factory(sheet(RECEIVABLES));
      const report: AgeingReport = {
        asOf: AS_OF,
        title: "Aged balance",
        customerHeader: "Customer",
        totalHeader: "Total",
        bucketLabels: ["Current", "91+"],
        rows: [{ customer: "ACME", buckets: [1200, 500], total: 1700 }],
        totals: { label: "Total", buckets: [1200, 500], total: 1700 },
        kpis: [],
        currency: "EUR",
        forecast: {
          title: "Expected receipts",
          periodHeader: "Period",
          amountHeader: "Expected",
          periods: [
            { label: "From 2024-04-18", amount: 1200 },
            { label: "Later", amount: 0 },
            { label: "Unlikely", amount: 500 },
          ],
        },
      };
      await fixture.workbook.writeAgeingReport(report);
      // A1 title, then as-of, currency, blank, header (5), ACME, Total (7), a blank after the
      // totals and one after the (no) KPIs, the chart source (10-11), blank, forecast title (13),
      // its header (14) and the three periods (15-17).
      expect(fixture.cell("Ageing report", "A13")?.value).toBe("Expected receipts");
      expect(fixture.cell("Ageing report", "B14")?.value).toBe("Expected");
      expect(fixture.cell("Ageing report", "A15")?.value).toBe("From 2024-04-18");
      expect(fixture.cell("Ageing report", "B17")?.value).toBe(500);
      expect(fixture.chartCount("Ageing report")).toBe(2);
      await fixture.workbook.writeAgeingReport(report);
      expect(fixture.chartCount("Ageing report")).toBe(2);
    });

    it("writes the court file sheet, totals under the lines, refreshed in place", async () => {
      const fixture = factory(sheet(RECEIVABLES));
      await fixture.workbook.writeCourtFile({ file: smallCourtFile(), language: "fr" });
      expect(fixture.sheetNames()).toEqual(["Receivables", "Injonction de payer"]);
      expect(fixture.cell("Injonction de payer", "A1")?.value).toBe(
        "Dossier d’injonction de payer : =ACME"
      );
      expect(fixture.cell("Injonction de payer", "A4")?.value).toBe("Facture");
      expect(fixture.cell("Injonction de payer", "A5")?.value).toBe("F-1");
      expect(fixture.cell("Injonction de payer", "C5")?.value).toBe(1200);
      expect(fixture.cell("Injonction de payer", "J7")?.value).toBe(1646.3);
      const once = fixture.snapshot();
      await fixture.workbook.writeCourtFile({ file: smallCourtFile(), language: "fr" });
      expect(fixture.snapshot()).toBe(once);
    });

    it("makes a new court file sheet when the user typed over the title of the add-in's", async () => {
      const fixture = factory(sheet(RECEIVABLES));
      await fixture.workbook.writeCourtFile({ file: smallCourtFile() });
      fixture.deleteSheet("Court file");
      fixture.addSheet("Court file", [["My own notes"], ["keep", 1]]);
      const users = fixture.sheetSnapshot("Court file");
      await fixture.workbook.writeCourtFile({ file: smallCourtFile() });
      expect(fixture.sheetSnapshot("Court file")).toBe(users);
      expect(fixture.sheetNames()).toEqual(["Receivables", "Court file", "Court file (2)"]);
      expect(fixture.cell("Court file (2)", "A4")?.value).toBe("Invoice");
    });

    describe("a sheet the user makes under the name of a deleted sheet of the add-in", () => {
      // The user's own sheet: text, a number, a date serial and text that looks like a formula.
      const USER_CELLS = [
        ["My notes", "Amount"],
        ["'=call ACME", 1200],
        ["Due", 45352],
      ];
      const ANALYSIS = { asOf: AS_OF, settings: SETTINGS };

      it("writes the history to a new sheet and leaves the user's exactly as it was", async () => {
        const fixture = factory(sheet(RECEIVABLES));
        await fixture.workbook.writeAnalysis(await fixture.workbook.readReceivables(), ANALYSIS);
        expect(fixture.cell("Credit history", "A1")?.value).toBe("As of");
        fixture.deleteSheet("Credit history");
        fixture.addSheet("Credit history", USER_CELLS);
        const users = fixture.sheetSnapshot("Credit history");
        await fixture.workbook.writeAnalysis(await fixture.workbook.readReceivables(), ANALYSIS);
        expect(fixture.sheetSnapshot("Credit history")).toBe(users);
        expect(fixture.sheetNames()).toEqual([
          "Receivables",
          "Credit history",
          "Credit history (2)",
        ]);
        expect(fixture.cell("Credit history (2)", "A1")?.value).toBe("As of");
        // The new sheet is the add-in's now: refreshed in place on the next run.
        const once = fixture.snapshot();
        await fixture.workbook.writeAnalysis(await fixture.workbook.readReceivables(), ANALYSIS);
        expect(fixture.snapshot()).toBe(once);
      });

      it("starts a new reminder log and appends nothing to the user's sheet", async () => {
        const fixture = factory(sheet(RECEIVABLES));
        const read = await fixture.workbook.readReceivables();
        const record: ReminderRecord = {
          date: AS_OF,
          customer: "ACME",
          rows: [3],
          invoiceNumbers: ["F-1"],
          level: 1,
          channel: "email",
          total: 1200,
          language: "en",
        };
        await fixture.workbook.recordReminders(read, [record]);
        expect(fixture.cell("Reminder log", "B2")?.value).toBe("ACME");
        fixture.deleteSheet("Reminder log");
        fixture.addSheet("Reminder log", USER_CELLS);
        const users = fixture.sheetSnapshot("Reminder log");
        const beta = { ...record, customer: "Beta", rows: [4], invoiceNumbers: ["F-2"] };
        await fixture.workbook.recordReminders(await fixture.workbook.readReceivables(), [beta]);
        expect(fixture.sheetSnapshot("Reminder log")).toBe(users);
        expect(fixture.sheetNames()).toEqual(["Receivables", "Reminder log", "Reminder log (2)"]);
        expect(fixture.cell("Reminder log (2)", "A1")?.value).toBe("Date");
        expect(fixture.cell("Reminder log (2)", "B2")?.value).toBe("Beta");
        expect(fixture.cell("Reminder log (2)", "B3")).toBeUndefined();
        // The next lines go below it in the add-in's new log.
        await fixture.workbook.recordReminders(await fixture.workbook.readReceivables(), [record]);
        expect(fixture.cell("Reminder log (2)", "B3")?.value).toBe("ACME");
        expect(fixture.sheetSnapshot("Reminder log")).toBe(users);
      });

      it("writes the ageing report to a new sheet and leaves the user's exactly as it was", async () => {
        const fixture = factory(sheet(RECEIVABLES));
        const report = smallReport();
        await fixture.workbook.writeAgeingReport(report);
        fixture.deleteSheet("Ageing report");
        fixture.addSheet("Ageing report", USER_CELLS);
        const users = fixture.sheetSnapshot("Ageing report");
        await fixture.workbook.writeAgeingReport(report);
        expect(fixture.sheetSnapshot("Ageing report")).toBe(users);
        expect(fixture.chartCount("Ageing report")).toBe(0);
        expect(fixture.sheetNames()).toEqual(["Receivables", "Ageing report", "Ageing report (2)"]);
        expect(fixture.cell("Ageing report (2)", "A5")?.value).toBe("Customer");
        expect(fixture.chartCount("Ageing report (2)")).toBe(1);
        const once = fixture.snapshot();
        await fixture.workbook.writeAgeingReport(report);
        expect(fixture.snapshot()).toBe(once);
      });
    });

    describe("in the pane's language", () => {
      const FR = { asOf: AS_OF, settings: SETTINGS, language: "fr" as const };
      const EN = { asOf: AS_OF, settings: SETTINGS, language: "en" as const };
      const FRENCH_HEADERS = [
        "Jours de retard",
        "Ancienneté",
        "Risque",
        "Classe de risque",
        "Prochaine action",
        "Statut",
        "Retard moyen (j)",
        "Part payée en retard",
        "Relances envoyées",
      ];
      const record: ReminderRecord = {
        date: AS_OF,
        customer: "ACME",
        rows: [3],
        invoiceNumbers: ["F-1"],
        level: 1,
        channel: "email",
        total: 1200,
        language: "fr",
      };
      /** The header row's texts from column A, as far as they go. */
      const headerRow = (fixture: WorkbookFixture, row: number): unknown[] => {
        const out: unknown[] = [];
        for (let c = 0; c < 26; c++) {
          const value = fixture.cell("Receivables", `${String.fromCharCode(65 + c)}${row}`)?.value;
          if (value === undefined) break;
          out.push(value);
        }
        return out;
      };
      /** Every formula of the analysis columns F..N on rows 3..6. */
      const formulas = (fixture: WorkbookFixture): (string | undefined)[] =>
        [3, 4, 5, 6].flatMap((row) =>
          [..."FGHIJKLMN"].map((c) => fixture.cell("Receivables", `${c}${row}`)?.formula)
        );

      it("writes French headers and a French history sheet", async () => {
        const fixture = factory(sheet(RECEIVABLES));
        const read = await fixture.workbook.readReceivables();
        const result = await fixture.workbook.writeAnalysis(read, FR);
        expect(result.columns).toEqual(FRENCH_HEADERS);
        expect(headerRow(fixture, 2).slice(5)).toEqual(FRENCH_HEADERS);
        // A1 references beside a range: the same formulas whatever the language.
        expect(fixture.cell("Receivables", "F3")?.formula).toBe(
          '=IF(AND(D3<=0,D3<>""),"",IF(ISNUMBER(C3),CC_AsOf-INT(C3),IF(ISBLANK(C3),"",CREDIT.DAYSOVERDUE(C3,CC_AsOf))))'
        );
        expect(fixture.sheetNames()).toEqual(["Receivables", "Historique crédit"]);
        expect(fixture.cell("Historique crédit", "A1")?.value).toBe("Arrêté au");
        expect(fixture.cell("Historique crédit", "B1")?.value).toBe(AS_OF);
        expect(fixture.cell("Historique crédit", "A3")?.value).toBe("Client");
        // The add-in's own French columns are not read as the user's on the next read.
        const again = await fixture.workbook.readReceivables();
        expect(again.columns.map((c) => c.key)).toEqual([
          "customer",
          "invoiceNumber",
          "dueDate",
          "amount",
          "disputed",
        ]);
      });

      it("uses the French headers in a table's structured references", async () => {
        const fixture = factory(sheet(RECEIVABLES.slice(1, 5), { table: "Invoices" }));
        const read = await fixture.workbook.readReceivables();
        await fixture.workbook.writeAnalysis(read, FR);
        expect(fixture.cell("Receivables", "F1")?.value).toBe("Jours de retard");
        expect(fixture.cell("Receivables", "H2")?.formula).toBe(
          '=IF(AND([@[Amount]]<=0,[@[Amount]]<>""),"",CREDIT.RISKSCORE(IF(ISNUMBER([@[Due date]]),CC_AsOf-INT([@[Due date]]),""),[@[Retard moyen (j)]],[@[Part payée en retard]],[@[Disputed]],[@[Relances envoyées]],,XLOOKUP([@[Customer]],CC_HistCustomer,CC_HistUsualDelay,""),XLOOKUP([@[Customer]],CC_HistCustomer,CC_HistSevereLate,""),XLOOKUP([@[Customer]],CC_HistCustomer,CC_HistSettled,""),[@[Due date]],CC_AsOf))'
        );
      });

      it.each([
        ["beside a range", undefined, 2],
        ["in a table", "Invoices", 1],
      ])(
        "renames its columns and sheet in place when the language changes %s",
        async (_layout, table, header) => {
          const cells = table ? RECEIVABLES.slice(1, 5) : RECEIVABLES;
          const fixture = factory(sheet(cells, { table }));
          await fixture.workbook.writeAnalysis(await fixture.workbook.readReceivables(), EN);
          const english = fixture.snapshot();
          const englishFormulas = formulas(fixture);
          const englishHeaders = headerRow(fixture, header);

          await fixture.workbook.writeAnalysis(await fixture.workbook.readReceivables(), FR);
          const french = headerRow(fixture, header);
          expect(french).toEqual([...englishHeaders.slice(0, 5), ...FRENCH_HEADERS]);
          expect(fixture.sheetNames()).toEqual(["Receivables", "Historique crédit"]);
          // The same formulas writing French words: "fr" last, Aucune / payée / Non échu / Faible...
          const asEnglish = (formula: string | undefined) =>
            formula
              ?.replace(/,"fr"\)/g, ")")
              .replace(/"Aucune"/g, '"None"')
              .replace(/"payée"/g, '"paid"')
              .replace(/"Non échu"/g, '"Current"')
              .replace(/"Faible"/g, '"Low"')
              .replace(/"Moyen"/g, '"Medium"')
              .replace(/"Élevé"/g, '"High"')
              .replace(/"Critique"/g, '"Critical"');
          if (!table) expect(formulas(fixture).map(asEnglish)).toEqual(englishFormulas);
          else
            expect(fixture.cell("Receivables", "F2")?.formula).toBe(
              '=IF(AND([@[Amount]]<=0,[@[Amount]]<>""),"",IF(ISNUMBER([@[Due date]]),CC_AsOf-INT([@[Due date]]),IF(ISBLANK([@[Due date]]),"",CREDIT.DAYSOVERDUE([@[Due date]],CC_AsOf))))'
            );
          const reread = await fixture.workbook.readReceivables();
          expect(reread.columns).toHaveLength(5);
          expect(reread.invoices).toHaveLength(table ? 2 : 3);

          // And back: the very sheet of the first English run.
          await fixture.workbook.writeAnalysis(await fixture.workbook.readReceivables(), EN);
          expect(fixture.snapshot()).toBe(english);
        }
      );

      it("leaves the user's own Risque column alone and suffixes its own", async () => {
        const cells = RECEIVABLES.map((row, r) => [
          ...row,
          r === 1 ? "Risque" : r === 2 ? "à surveiller" : "",
        ]);
        const fixture = factory(sheet(cells));
        // English first: "Risk" is free; then French: "Risque" is the user's.
        await fixture.workbook.writeAnalysis(await fixture.workbook.readReceivables(), EN);
        expect(fixture.cell("Receivables", "I2")?.value).toBe("Risk");
        const result = await fixture.workbook.writeAnalysis(
          await fixture.workbook.readReceivables(),
          FR
        );
        expect(result.columns).toContain("Risque (Credit Control)");
        expect(fixture.cell("Receivables", "F2")?.value).toBe("Risque");
        expect(fixture.cell("Receivables", "F3")?.value).toBe("à surveiller");
        expect(fixture.cell("Receivables", "I2")?.value).toBe("Risque (Credit Control)");
        expect(headerRow(fixture, 2)).toHaveLength(15);
        // A fresh French run on the same kind of sheet gives the same names.
        const fresh = factory(sheet(cells));
        await fresh.workbook.writeAnalysis(await fresh.workbook.readReceivables(), FR);
        expect(headerRow(fresh, 2)).toEqual(headerRow(fixture, 2));
      });

      it("records reminders in French, reads its memory back, and switches language in place", async () => {
        const fixture = factory(sheet(RECEIVABLES));
        const read = await fixture.workbook.readReceivables();
        await fixture.workbook.recordReminders(read, [record], { language: "fr" });
        expect(fixture.cell("Receivables", "F2")?.value).toBe("Dernière relance");
        expect(fixture.cell("Receivables", "G2")?.value).toBe("Niveau");
        expect(fixture.sheetNames()).toEqual(["Receivables", "Journal des relances"]);
        expect(
          ["A1", "B1", "C1", "D1", "E1", "F1", "G1"].map(
            (a) => fixture.cell("Journal des relances", a)?.value
          )
        ).toEqual(["Date", "Client", "Factures", "Niveau", "Canal", "Total", "Langue"]);
        expect(fixture.cell("Journal des relances", "B2")?.value).toBe("ACME");

        const again = await fixture.workbook.readReceivables();
        expect(again.invoices.find((i) => i.row === 3)).toMatchObject({
          lastReminder: AS_OF,
          lastLevel: 1,
        });
        expect(again.columns.map((c) => c.key)).not.toContain("lastLevel");
        expect(again.columns.map((c) => c.key)).not.toContain("lastReminder");

        // The French analysis leaves them French; an English one renames them with its own.
        await fixture.workbook.writeAnalysis(again, FR);
        expect(headerRow(fixture, 2).slice(5, 7)).toEqual(["Dernière relance", "Niveau"]);
        await fixture.workbook.writeAnalysis(await fixture.workbook.readReceivables(), EN);
        expect(headerRow(fixture, 2).slice(5, 7)).toEqual(["Last reminder", "Level"]);
        expect(headerRow(fixture, 2)).toHaveLength(16);

        // Recorded in English: the same log, renamed, its header row in English, lines appended.
        await fixture.workbook.recordReminders(
          await fixture.workbook.readReceivables(),
          [{ ...record, customer: "Beta", rows: [4], invoiceNumbers: ["F-2"], language: "en" }],
          { language: "en" }
        );
        expect(fixture.sheetNames()).toEqual(["Receivables", "Reminder log", "Credit history"]);
        expect(fixture.cell("Reminder log", "B1")?.value).toBe("Customer");
        expect(fixture.cell("Reminder log", "B2")?.value).toBe("ACME");
        expect(fixture.cell("Reminder log", "B3")?.value).toBe("Beta");
        const last = await fixture.workbook.readReceivables();
        expect(last.invoices.find((i) => i.row === 4)).toMatchObject({ lastLevel: 1 });
      });

      it("keeps a sheet name the user gave to its sheet, and never takes a user's sheet", async () => {
        const fixture = factory([
          { name: "Receivables", cells: RECEIVABLES },
          { name: "Historique crédit", cells: [["mes notes"]] },
        ]);
        await fixture.workbook.writeAnalysis(await fixture.workbook.readReceivables(), FR);
        expect(fixture.sheetNames()).toEqual([
          "Receivables",
          "Historique crédit",
          "Historique crédit (2)",
        ]);
        expect(fixture.cell("Historique crédit", "A1")?.value).toBe("mes notes");
        await fixture.workbook.writeAnalysis(await fixture.workbook.readReceivables(), EN);
        expect(fixture.sheetNames()).toEqual([
          "Receivables",
          "Historique crédit",
          "Credit history",
        ]);
        expect(fixture.cell("Credit history", "A1")?.value).toBe("As of");
      });

      it("writes the ageing report sheet under its French name", async () => {
        const fixture = factory(sheet(RECEIVABLES));
        const report = smallReport({
          title: "Balance âgée",
          customerHeader: "Client",
          bucketLabels: ["Non échu", "1-30"],
          language: "fr",
        });
        await fixture.workbook.writeAgeingReport(report);
        expect(fixture.sheetNames()).toEqual(["Receivables", "Balance âgée"]);
        expect(fixture.cell("Balance âgée", "A2")?.value).toBe("Arrêté au");
        expect(fixture.cell("Balance âgée", "A3")?.value).toBe("Devise : EUR");
        await fixture.workbook.writeAgeingReport({ ...report, language: "en" });
        expect(fixture.sheetNames()).toEqual(["Receivables", "Ageing report"]);
        expect(fixture.cell("Ageing report", "A2")?.value).toBe("As of");
        expect(fixture.chartCount("Ageing report")).toBe(1);
      });
    });

    describe("at the edges of the grid: row 1,048,576 and column XFD", () => {
      const LAST_ROW = 1048576;
      const OPTIONS = { asOf: AS_OF, settings: SETTINGS };
      const record = (row: number, invoiceNumber: string): ReminderRecord => ({
        date: AS_OF,
        customer: "ACME",
        rows: [row],
        invoiceNumbers: [invoiceNumber],
        level: 1,
        channel: "email",
        total: 100,
        language: "en",
      });

      it("reads invoices above a stray cell in the last row, reports it, and writes only beside the invoices", async () => {
        // An "x" typed in A1048576 by accident: the used range is 1,048,576 rows tall.
        const fixture = factory(
          sheet(RECEIVABLES, { extraCells: [{ address: `A${LAST_ROW}`, value: "x" }] })
        );
        const read = await fixture.workbook.readReceivables();
        expect(read.headerRow).toBe(2);
        expect(read.lastRow).toBe(LAST_ROW);
        expect(read.invoices.map((i) => [i.row, i.invoiceNumber])).toEqual([
          [3, "F-1"],
          [4, "F-2"],
          [6, "F-3"],
        ]);
        // The million blank rows between are skipped quietly; the total row and the stray row
        // are listed with their reasons.
        expect(new Set(read.problems.map((p) => p.row))).toEqual(new Set([7, LAST_ROW]));
        const stray = read.problems.find((p) => p.row === LAST_ROW);
        expect(stray && describeRowProblem(stray, en)).toMatch(/invoice number|due date|amount/i);

        const result = await fixture.workbook.writeAnalysis(read, OPTIONS);
        expect(result.rowsWritten).toBe(3);
        expect(fixture.cell("Receivables", "F6")?.formula).toBe(
          '=IF(AND(D6<=0,D6<>""),"",IF(ISNUMBER(C6),CC_AsOf-INT(C6),IF(ISBLANK(C6),"",CREDIT.DAYSOVERDUE(C6,CC_AsOf))))'
        );
        for (const row of [7, 8, 1000, LAST_ROW - 1, LAST_ROW])
          for (const column of [..."FGHIJKLMN"])
            expect(fixture.cell("Receivables", `${column}${row}`)).toBeUndefined();
        expect(fixture.cell("Receivables", `A${LAST_ROW}`)).toEqual({ value: "x" });

        // And again, on the sheet as the first run left it: the same cells.
        const once = fixture.snapshot();
        await fixture.workbook.writeAnalysis(await fixture.workbook.readReceivables(), OPTIONS);
        expect(fixture.snapshot()).toBe(once);
      }, 30_000); // two reads of a million rows, in chunks through the fake Excel

      it.each([
        [
          "beside a range",
          undefined,
          '=IF(AND(D1048576<=0,D1048576<>""),"",IF(ISNUMBER(C1048576),CC_AsOf-INT(C1048576),IF(ISBLANK(C1048576),"",CREDIT.DAYSOVERDUE(C1048576,CC_AsOf))))',
        ],
        [
          "in a table",
          "Invoices",
          '=IF(AND([@[Amount]]<=0,[@[Amount]]<>""),"",IF(ISNUMBER([@[Due date]]),CC_AsOf-INT([@[Due date]]),IF(ISBLANK([@[Due date]]),"",CREDIT.DAYSOVERDUE([@[Due date]],CC_AsOf))))',
        ],
      ])(
        "reads, analyses and records invoices that end on row 1,048,576 %s",
        async (_layout, table, lastFormula) => {
          const cells = [
            RECEIVABLES[1],
            ["ACME", "F-1", 45352, 1200, "No"],
            ["Beta", "F-2", 45397, 300, "Yes"],
            ["Gamma", "F-3", 45300, 50, "No"],
            ["Delta", "F-4", 45310, 60, "No"],
            ["ACME", "F-5", 45320, 70, "No"],
            ["Beta", "F-6", 45330, 80, "No"],
          ];
          const fixture = factory(sheet(cells, { firstRow: LAST_ROW - 6, table }));
          const read = await fixture.workbook.readReceivables();
          expect(read.headerRow).toBe(LAST_ROW - 6);
          expect(read.lastRow).toBe(LAST_ROW);
          expect(read.invoices.map((i) => i.row)).toEqual([
            1048571, 1048572, 1048573, 1048574, 1048575, 1048576,
          ]);
          expect(read.problems).toEqual([]);

          const result = await fixture.workbook.writeAnalysis(read, OPTIONS);
          expect(result.rowsWritten).toBe(6);
          expect(fixture.cell("Receivables", `F${LAST_ROW - 6}`)?.value).toBe("Days overdue");
          expect(fixture.cell("Receivables", `F${LAST_ROW}`)?.formula).toBe(lastFormula);
          expect(fixture.cell("Receivables", `N${LAST_ROW}`)?.formula).toMatch(/^=/);
          expect(fixture.cell("Receivables", `D${LAST_ROW}`)?.value).toBe(80);

          const again = await fixture.workbook.readReceivables();
          await fixture.workbook.recordReminders(again, [record(LAST_ROW, "F-6")]);
          expect(fixture.cell("Receivables", `O${LAST_ROW - 6}`)?.value).toBe("Last reminder");
          expect(fixture.cell("Receivables", `O${LAST_ROW}`)?.value).toBe(AS_OF);
          expect(fixture.cell("Receivables", `P${LAST_ROW}`)?.value).toBe(1);
          expect(fixture.cell("Reminder log", "C2")?.value).toBe("F-6");
          const last = await fixture.workbook.readReceivables();
          expect(last.invoices.find((i) => i.row === LAST_ROW)).toMatchObject({
            invoiceNumber: "F-6",
            lastReminder: AS_OF,
            lastLevel: 1,
          });
        }
      );

      it.each([
        ["reaches column XFD", "XFD2"],
        ["leaves 3 columns free, not the 9 the analysis needs", "XFA2"],
      ])(
        "refuses to add columns when the data %s, with a clear message, and changes nothing",
        async (_case, address) => {
          const fixture = factory(
            sheet(RECEIVABLES, { extraCells: [{ address, value: "Notes" }] })
          );
          const read = await fixture.workbook.readReceivables();
          expect(read.invoices).toHaveLength(3);
          const before = fixture.snapshot();
          expect(await codeOf(() => fixture.workbook.writeAnalysis(read, OPTIONS))).toBe(
            "grid-full"
          );
          expect(fixture.snapshot()).toBe(before);
          if (address === "XFD2") {
            expect(
              await codeOf(() => fixture.workbook.recordReminders(read, [record(3, "F-1")]))
            ).toBe("grid-full");
            expect(fixture.snapshot()).toBe(before);
          }
        }
      );

      it("refuses to append to a reminder log that has reached row 1,048,576 and changes nothing", async () => {
        const fixture = factory(sheet(RECEIVABLES));
        const read = await fixture.workbook.readReceivables();
        await fixture.workbook.recordReminders(read, [record(3, "F-1")]);
        fixture.input("Reminder log", `A${LAST_ROW}`, AS_OF);
        const before = fixture.snapshot();
        expect(await codeOf(() => fixture.workbook.recordReminders(read, [record(4, "F-2")]))).toBe(
          "grid-full"
        );
        expect(fixture.snapshot()).toBe(before);
      });
    });

    it("saves settings and the mapping with the workbook", async () => {
      const { workbook } = factory(sheet(RECEIVABLES));
      expect(await workbook.loadSettings()).toEqual({});
      await workbook.saveSettings(SETTINGS, { customer: "Customer" });
      expect(await workbook.loadSettings()).toEqual({
        settings: SETTINGS,
        mapping: { customer: "Customer" },
      });
    });

    it("refuses to save settings that break a rule, naming them, and keeps what was saved", async () => {
      const { workbook } = factory(sheet(RECEIVABLES));
      await workbook.saveSettings(SETTINGS, { customer: "Customer" });
      const hostile = { ...SETTINGS, minDaysBetweenContacts: 1e308, ladder: [null] };
      const error = await workbook
        .saveSettings(hostile as unknown as typeof SETTINGS)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WorkbookError);
      expect((error as WorkbookError).code).toBe("invalid-settings");
      expect((error as WorkbookError).details.settings).toBe("ladder, minDaysBetweenContacts");
      expect((await workbook.loadSettings()).settings).toEqual(SETTINGS);
    });
  });
}
