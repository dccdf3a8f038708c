/**
 * Issue 10, finding 6: text amounts with a Paid column. Excel converts text in arithmetic by its
 * own rules ("100" yes, "EUR 1,250.00" no), so the analysis never computes Amount - Paid on text:
 * CREDIT.STATUS reads both cells in the workbook's locale, as the pane does. Each adapter writes
 * its formulas (the in-memory one also computes them); the engine computes what each wrote, blanks
 * as null and as 0, and every cell must agree with what the pane read.
 */
import { ANALYSIS_COLUMNS } from "../../../src/core/sheet/analysisColumns";
import type { SheetRead } from "../../../src/core/workbook";
import { statusCells } from "../../../src/functions/policy";
import { MemoryWorkbook } from "../../../src/preview/memoryWorkbook";
import { testSettings } from "../support/testSettings";
import { mismatches } from "./analysedBook";
import type { CellBook } from "./engineBook";
import { EN_GB_ADAPTERS, engineRow, type Adapter } from "./enGbAdapters";

const AS_OF = 45383; // 2024-04-01
const SHEET = "Receivables";
const HEADERS = ["Customer", "Invoice", "Due date", "Amount", "Paid", "Disputed"];

/** An en-GB sheet: text amounts a CSV import leaves, beside numbers. */
const CELLS: unknown[][] = [
  HEADERS,
  ["ACME", "T-1", 45352, "EUR 1,250.00", 250, "No"], // 1000 open
  ["ACME", "T-2", 45300, "£1,250.00", "1,250.00", "No"], // paid in full, both text
  ["Beta", "T-3", 45200, "100", null, "No"], // numeric text, nothing paid: 100 open
  ["Beta", "T-4", 45200, 500, "500", "No"], // a text paid: paid
  ["Gamma", "T-5", 45250, "1 234,56 €", "34,56", "Yes"], // 1200 open, disputed
  ["Gamma", "T-6", 45250, 300, 100, "No"], // numbers: 200 open
];
const OPEN = [1000, 0, 100, 0, 1200, 200];
const STATUS = ["", "paid", "", "paid", "disputed", ""];

const ADAPTERS = EN_GB_ADAPTERS.map(
  ([name, make]) => [name, (cells: unknown[][]) => make(SHEET, cells)] as const
);

const engineRowOf = (book: CellBook, blanks: "null" | "zero", row: number) =>
  engineRow(book, SHEET, blanks, row);

async function analysed(adapter: Adapter): Promise<SheetRead> {
  const read = await adapter.workbook.readReceivables();
  await adapter.workbook.writeAnalysis(read, { asOf: AS_OF, settings: testSettings() });
  return read;
}

const TRUE_CELL = true;

const isError = (value: unknown) => typeof value === "string" && value.startsWith("#");

describe.each(ADAPTERS)("text amounts with a Paid column (issue 10, finding 6): %s", (_, make) => {
  it("gives every row the open amount and status the pane reads, no #VALUE!, blanks as null and as 0", async () => {
    const adapter = make(CELLS.map((row) => [...row]));
    const read = await analysed(adapter);
    expect(read.invoices.map((invoice) => invoice.open)).toEqual(OPEN);
    for (const blanks of ["null", "zero"] as const) {
      const rows = CELLS.slice(1).map((_cells, i) => engineRowOf(adapter.book, blanks, i + 2));
      expect(rows.map((row) => row.Status)).toEqual(STATUS);
      expect(rows.flatMap((row) => Object.values(row).filter(isError))).toEqual([]);
      // A paid row is never dunned, whatever Excel makes of its text.
      rows.forEach((row, i) => {
        if (STATUS[i] === "paid") expect(row["Next action"]).toBe("None");
        else expect(row["Next action"]).not.toBe("None");
      });
    }
  });

  it('reads "1.250" as the en-GB locale says (1.25) in the pane and in the cell alike', async () => {
    const adapter = make([HEADERS, ["ACME", "T-1", 45352, "1.250", "250", "No"]]);
    // en-GB: "." is the decimal point, so "1.250" is 1.25 everywhere; a French workbook is
    // where "1.250" is ambiguous (its marks are "," and a space).
    const read = await analysed(adapter);
    expect(read.invoices[0].open).toBeCloseTo(1.25 - 250);
    expect(engineRowOf(adapter.book, "null", 2).Status).toBe("paid");
  });
});

describe("the preview and the engine on text amounts with a Paid column", () => {
  it("agree on every cell, blanks as null and as 0", async () => {
    const workbook = new MemoryWorkbook("en-GB");
    workbook.addSheet(SHEET, CELLS);
    const read = await workbook.readReceivables();
    await workbook.writeAnalysis(read, { asOf: AS_OF, settings: testSettings() });
    expect(mismatches(workbook, "null")).toEqual([]);
    expect(mismatches(workbook, "zero")).toEqual([]);
    const status = ANALYSIS_COLUMNS.findIndex((c) => c.id === "status");
    expect(workbook.getSheet(SHEET)?.value(3, HEADERS.length + status)).toBe("paid");
  });

  it("agree where Excel's text functions decide the paid test: every text form, blanks as null and as 0", async () => {
    const pairs: [unknown, unknown][] = [
      ["EUR 1,250.00", "1,250.00"], // paid, read by Excel's text functions
      ["1 234,56 €", "1 234,56"], // paid
      ["£2,000.00", 1999.99], // open by a cent
      ["1.234,56", "1.234,56"], // paid, German marks
      ["100", null], // nothing paid
      ["1,250", "1,250"], // the locale settles it: CREDIT.STATUS reads it
      ["CHF 1'234.50", 1234.5], // outside what the text functions read
      ["(120.00)", 0], // a credit note
      [500, "500.00"], // a text paid
      [TRUE_CELL, "1.00"], // a yes/no value is no amount
      ["abc", "1.00"],
      ["EUR 100 €", "100"], // two currencies: refused
      [null, "10.00"], // no amount
    ];
    const workbook = new MemoryWorkbook("en-GB");
    workbook.addSheet(SHEET, [
      HEADERS,
      ...pairs.map(([amount, paid], i) => ["ACME", `N-${i}`, 45300, amount, paid, "No"]),
    ]);
    const read = await workbook.readReceivables();
    await workbook.writeAnalysis(read, { asOf: AS_OF, settings: testSettings() });
    expect(mismatches(workbook, "null")).toEqual([]);
    expect(mismatches(workbook, "zero")).toEqual([]);
    // Days overdue is blank on the rows Excel's text functions prove paid, and only there.
    const days = ANALYSIS_COLUMNS.findIndex((c) => c.id === "daysOverdue");
    const blankDays = pairs.flatMap((_, i) =>
      workbook.getSheet(SHEET)?.value(i + 2, HEADERS.length + days) === "" ? [i] : []
    );
    expect(blankDays).toEqual([0, 1, 3, 8]);
  });

  it("refuses text amounts a French workbook leaves ambiguous, saying why, in the pane and the cell", async () => {
    const workbook = new MemoryWorkbook("fr-FR");
    workbook.addSheet(SHEET, [
      ["Client", "Facture", "Échéance", "Montant", "Payé", "Litige"],
      ["ACME", "T-1", 45352, "1.250", 250, "Non"],
      ["ACME", "T-2", 45352, 2000, "1.250", "Non"],
    ]);
    const read = await workbook.readReceivables();
    await workbook.writeAnalysis(read, { asOf: AS_OF, settings: testSettings() });
    const ambiguous = expect.stringMatching(/"1\.250" is ambiguous/);
    // The pane: the amount drops its row, the paid is left out of it, each with its reason.
    const why = (field: string) =>
      expect.objectContaining({ key: "unreadValue", field, detail: ambiguous });
    expect(read.problems).toEqual([
      expect.objectContaining({ row: 2, reason: why("amount") }),
      expect.objectContaining({ row: 3, reason: why("paid"), kept: true }),
    ]);
    const status = ANALYSIS_COLUMNS.findIndex((c) => c.id === "status");
    const sheet = workbook.getSheet(SHEET);
    expect(sheet?.cell(2, 6 + status)).toBeUndefined();
    expect(sheet?.value(3, 6 + status)).toBe("#VALUE!");
    // What Excel shows on the #VALUE!: the reason, from the same reader.
    const [[refused]] = statusCells(2000, "Non", null, AS_OF, null, "1.250");
    expect(refused).toMatchObject({ code: "#VALUE!", message: ambiguous });
    expect(mismatches(workbook, "null")).toEqual([]);
  });
});
