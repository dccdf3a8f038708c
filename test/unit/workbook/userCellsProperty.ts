/**
 * Issue 10's promise as a property: over random sheets and random user edits between two runs of
 * the add-in (delete, insert and rename columns, type in its columns, notes under and beside the
 * data), no cell of the user changes. Run by jest with a few cases (userCells.test.ts) and by
 * `npm run fuzz` with many (test/fuzz/userCells.fuzz.ts), on either adapter.
 *
 * Which cells are the user's is tracked beside the sheet, not guessed from it: every cell the
 * first run wrote is the add-in's; each edit moves those marks as it moves the cells; a cell the
 * user types is the user's from then on, even in the add-in's columns.
 */
import fc from "fast-check";
import { columnLetter } from "../../../src/core/sheet/a1";
import { WorkbookError, type ReminderRecord, type Workbook } from "../../../src/core/workbook";
import type { MemorySheet } from "../../../src/preview/memorySheet";
import { MemoryWorkbook } from "../../../src/preview/memoryWorkbook";
import { excelFixture } from "../excel/excelFixture";
import { testSettings } from "../support/testSettings";
import { editColumns } from "./sheetFromSpec";

const SHEET = "Receivables";
const AS_OF = 45383; // 2024-04-01
const OPTIONS = { asOf: AS_OF, settings: testSettings() };

export type AdapterName = "in memory" | "Office.js (office-addin-mock)";

/** A workbook of one sheet in either adapter, and the sheet's cells to edit and look at. */
function openBook(
  adapter: AdapterName,
  cells: unknown[][]
): { workbook: Workbook; sheet: MemorySheet } {
  if (adapter === "in memory") {
    const workbook = new MemoryWorkbook("en-US");
    return { workbook, sheet: workbook.addSheet(SHEET, cells) };
  }
  const { workbook, excel } = excelFixture([{ name: SHEET, cells }]);
  return { workbook, sheet: excel.sheet(SHEET) as MemorySheet };
}

const OPTIONAL = ["Paid", "Disputed", "Email", "Notes", "Last reminder"] as const;

const dueDate = fc.oneof(
  fc.integer({ min: 45000, max: 45500 }),
  fc.constantFrom("2024-03-01", "15/02/2024")
);
const amount = fc.oneof(
  fc.integer({ min: -500, max: 5000 }),
  fc.constantFrom("1,250.00", "100", "EUR 90")
);
const optionalValue = (header: (typeof OPTIONAL)[number]) =>
  ({
    Paid: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 5000 }), fc.constant("50")),
    Disputed: fc.constantFrom("Yes", "No", null),
    Email: fc.constantFrom("ap@acme.test", null),
    Notes: fc.constantFrom("call Tuesday", "", null),
    "Last reminder": fc.oneof(fc.constant(null), fc.integer({ min: 45300, max: 45380 })),
  })[header];

/** A receivables sheet: the four columns the add-in needs, some optional ones, a total row. */
const sheetCells = fc
  .record({
    optional: fc.subarray([...OPTIONAL]),
    rows: fc.integer({ min: 1, max: 6 }),
    total: fc.boolean(),
  })
  .chain(({ optional, rows, total }) => {
    const row = (i: number) =>
      fc
        .tuple(
          fc.constantFrom("ACME", "Beta", "Total SA", 1001),
          dueDate,
          amount,
          ...optional.map(optionalValue)
        )
        .map(([customer, due, money, ...rest]) => [customer, `F-${i}`, due, money, ...rest]);
    return fc
      .tuple(...Array.from({ length: rows }, (_, i) => row(i + 1)))
      .map((data) => [
        ["Customer", "Invoice", "Due date", "Amount", ...optional],
        ...data,
        ...(total ? [["Total", "", "", 1000, ...optional.map(() => "")]] : []),
      ]);
  });

/** What a user does between two runs. Columns and rows are fractions of the sheet's extent. */
type Edit =
  | { kind: "delete"; at: number; count: number }
  | { kind: "insert"; at: number; count: number }
  | { kind: "rename"; at: number; header: string }
  /** `own`: in one of the add-in's columns, on a data row (the likeliest place to lose a note). */
  | { kind: "type"; at: number; row: number; value: unknown; own: boolean };

const HEADERS = ["Risk", "Days overdue", "Level", "Last reminder", "Status", "My notes", "Amount"];
const TYPED = fc.oneof(
  fc.constantFrom("checked by Anna", "user: low", "ask for a statement", "2", "paid?"),
  fc.integer({ min: 0, max: 50000 })
);
const fraction = fc.double({ min: 0, max: 0.999, noNaN: true });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant("delete" as const),
    at: fraction,
    count: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: fraction,
    count: fc.integer({ min: 1, max: 2 }),
  }),
  fc.record({
    kind: fc.constant("rename" as const),
    at: fraction,
    header: fc.constantFrom(...HEADERS),
  }),
  {
    // Typing is what users do most between runs.
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("type" as const),
      at: fraction,
      row: fraction,
      value: TYPED,
      own: fc.boolean(),
    }),
  }
);

/** Whose each cell is, by position, kept in step with the sheet as the user edits it. */
type Owners = ("user" | "add-in")[][];

function ownersAfterFirstRun(sheet: MemorySheet, before: unknown[][]): Owners {
  return sheet.rows.map((cells, r) =>
    Array.from({ length: cells?.length ?? 0 }, (_, c) => {
      const cell = cells?.[c];
      const typed = before[r]?.[c];
      if (!cell || (cell.value === null && !cell.formula)) return "user";
      return cell.formula || cell.value !== typed ? "add-in" : "user";
    })
  );
}

function applyEdit(sheet: MemorySheet, owners: Owners, e: Edit): void {
  const width = Math.max(1, ...sheet.rows.map((cells) => cells?.length ?? 0));
  const height = Math.max(1, sheet.rows.length);
  let column = Math.floor(e.at * (width + 2));
  if (e.kind === "type" && e.own) {
    const own = (owners[0] ?? []).flatMap((owner, c) => (owner === "add-in" ? [c] : []));
    if (own.length > 0) column = own[Math.floor(e.at * own.length)];
  }
  switch (e.kind) {
    case "delete":
    case "insert": {
      const count = e.kind === "delete" ? -e.count : e.count;
      editColumns(sheet, column, count);
      for (const row of owners) {
        if (!row || row.length <= column) continue;
        if (count > 0) row.splice(column, 0, ...Array<"user">(count).fill("user"));
        else row.splice(column, -count);
      }
      return;
    }
    case "rename":
    case "type": {
      const rows = e.kind === "type" && e.own ? height - 1 : height + 3;
      const row = e.kind === "rename" ? 1 : 1 + Math.floor(e.row * rows) + (rows < height ? 1 : 0);
      sheet.input(row, column, e.kind === "rename" ? e.header : e.value);
      owners[row - 1] ??= [];
      owners[row - 1][column] = "user";
    }
  }
}

/** The user's cells that hold something, by address: value and formula as they are. */
function userCells(sheet: MemorySheet, owners: Owners): Map<string, unknown> {
  const out = new Map<string, unknown>();
  sheet.rows.forEach((cells, r) =>
    cells?.forEach((cell, c) => {
      if ((owners[r]?.[c] ?? "user") !== "user") return;
      if (!cell || (cell.value === null && !cell.formula)) return;
      out.set(`${columnLetter(c)}${r + 1}`, { value: cell.value, formula: cell.formula });
    })
  );
  return out;
}

/** Mark as sent for the first invoices read: the memory columns get written. */
async function recordSome(workbook: Workbook, count: number): Promise<void> {
  const read = await workbook.readReceivables();
  const records: ReminderRecord[] = read.invoices.slice(0, count).map((invoice, i) => ({
    date: AS_OF - i,
    customer: invoice.customer,
    rows: [invoice.row],
    invoiceNumbers: [invoice.invoiceNumber],
    level: 1,
    channel: "email",
    total: invoice.open,
    language: "en",
  }));
  if (records.length > 0) await workbook.recordReminders(read, records);
}

/** A run of the add-in: read, analyse, mark some letters as sent. A refusal is fine. */
async function runAddIn(workbook: Workbook, letters: number): Promise<void> {
  try {
    const read = await workbook.readReceivables();
    await workbook.writeAnalysis(read, OPTIONS);
    await recordSome(workbook, letters);
  } catch (error) {
    if (!(error instanceof WorkbookError)) throw error;
  }
}

/** The property: after any edits, a second run changes none of the user's cells. */
export function userCellsProperty(adapter: AdapterName) {
  return fc.asyncProperty(
    sheetCells,
    fc.array(edit, { minLength: 1, maxLength: 5 }),
    fc.integer({ min: 0, max: 6 }),
    async (cells, edits, letters) => {
      const { workbook, sheet } = openBook(
        adapter,
        cells.map((row) => [...row])
      );
      await runAddIn(workbook, letters);
      const owners = ownersAfterFirstRun(sheet, cells);
      for (const e of edits) applyEdit(sheet, owners, e);
      const before = userCells(sheet, owners);
      await runAddIn(workbook, letters);
      const after = userCells(sheet, owners);
      // Every user's cell is still there as it was (the add-in may fill empty cells of its own).
      for (const [address, cell] of before) {
        if (JSON.stringify(after.get(address)) !== JSON.stringify(cell)) {
          throw new Error(
            `${address} was ${JSON.stringify(cell)}, now ${JSON.stringify(after.get(address))}`
          );
        }
      }
    }
  );
}
