/**
 * The Workbook contract on ownership (issue 10, findings 1 and 7): the add-in writes only cells
 * it wrote and can prove it wrote. Run against both adapters, like contract.ts.
 */
import { columnLetter } from "../../../src/core/sheet/a1";
import type { ReminderRecord } from "../../../src/core/workbook";
import { testSettings } from "../support/testSettings";
import type { WorkbookFactory, WorkbookFixture } from "./contract";

const AS_OF = 45383; // 2024-04-01
const OPTIONS = { asOf: AS_OF, settings: testSettings() };
const SHEET = "Receivables";

/** The sheet of finding 1: six columns of the user, A to F. */
const SIX_COLUMNS: unknown[][] = [
  ["Customer", "Invoice", "Due date", "Amount", "Disputed", "Email"],
  ["ACME", "F-1", 45352, 1200, "No", "ap@acme.test"],
  ["Beta", "F-2", 45397, 300, "Yes", "ap@beta.test"],
  ["ACME", "F-3", 45292, 500, "No", "ap@acme.test"],
];

async function analyse(fixture: WorkbookFixture): Promise<string[]> {
  const read = await fixture.workbook.readReceivables();
  return (await fixture.workbook.writeAnalysis(read, OPTIONS)).columns;
}

/** Every cell of columns A.. (count) and rows 1..rows, by address, to compare before and after. */
function cells(fixture: WorkbookFixture, columns: number, rows: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let c = 0; c < columns; c++) {
    for (let r = 1; r <= rows; r++) {
      const address = `${columnLetter(c)}${r}`;
      out[address] = fixture.cell(SHEET, address);
    }
  }
  return out;
}

/** The letter of the column whose header (row `row`) is `text`, among the first 30. */
function letterOf(fixture: WorkbookFixture, text: string, row = 1): string[] {
  const letters: string[] = [];
  for (let c = 0; c < 30; c++) {
    if (fixture.cell(SHEET, `${columnLetter(c)}${row}`)?.value === text)
      letters.push(columnLetter(c));
  }
  return letters;
}

export function ownershipContract(adapter: string, factory: WorkbookFactory): void {
  describe(`Workbook contract, ownership of cells: ${adapter}`, () => {
    const fresh = (cellsOf: unknown[][] = SIX_COLUMNS) =>
      factory([{ name: SHEET, cells: cellsOf.map((row) => [...row]) }]);

    it("never writes into a Risk column the user typed where its deleted columns were", async () => {
      const fixture = fresh();
      const written = await analyse(fixture);
      fixture.deleteColumns(SHEET, "G", written.length);
      fixture.input(SHEET, "G1", "Risk");
      fixture.input(SHEET, "G2", "user: low");
      const before = cells(fixture, 7, 5);
      const again = await analyse(fixture);
      expect(cells(fixture, 7, 5)).toEqual(before);
      expect(fixture.cell(SHEET, "G2")).toEqual({ value: "user: low" });
      // Its own columns come back past the user's, the Risk one under a name of its own.
      expect(again).toContain("Risk (Credit Control)");
      expect(letterOf(fixture, "Days overdue")).toEqual(["H"]);
      expect(fixture.cell(SHEET, "H2")?.formula).toMatch(/CREDIT\.DAYSOVERDUE/);
    });

    it("leaves alone a Risk column the user adds right of its columns after inserting a column at A", async () => {
      const fixture = fresh();
      const written = await analyse(fixture);
      fixture.insertColumns(SHEET, "A", 1);
      // The add-in's columns now run from H; the user's own Risk column comes after them.
      const user = columnLetter(7 + written.length);
      fixture.input(SHEET, `${user}1`, "Risk");
      fixture.input(SHEET, `${user}2`, "user: low");
      const before = cells(fixture, 8 + written.length, 5);
      const userCells = (all: Record<string, unknown>) =>
        Object.fromEntries(
          Object.entries(all).filter(([address]) => address.startsWith(user) || address < "H")
        );
      const again = await analyse(fixture);
      expect(again).toEqual(written);
      expect(userCells(cells(fixture, 8 + written.length, 5))).toEqual(userCells(before));
      expect(fixture.cell(SHEET, `${user}1`)?.value).toBe("Risk");
      expect(fixture.cell(SHEET, `${user}3`)).toBeUndefined();
      // Its own Risk column is found where it moved, and refreshed there.
      expect(letterOf(fixture, "Risk")).toEqual([columnLetter(7 + 2), user]);
      expect(fixture.cell(SHEET, "J2")?.formula).toMatch(/CREDIT\.RISKSCORE\(.*\bD2\b/);
    });

    it("keeps notes the user types in its columns: below the data, on a total row, on an invoice", async () => {
      const withTotal = [...SIX_COLUMNS, ["Total", "", "", 2000, "", ""]];
      const fixture = fresh(withTotal);
      await analyse(fixture);
      fixture.input(SHEET, "G5", "checked by Anna"); // Days overdue, on the total row
      fixture.input(SHEET, "H8", "ask for a statement"); // Ageing, below the data
      fixture.input(SHEET, "I3", "watch"); // Risk, on Beta's invoice
      await analyse(fixture);
      expect(fixture.cell(SHEET, "G5")).toEqual({ value: "checked by Anna" });
      expect(fixture.cell(SHEET, "H8")).toEqual({ value: "ask for a statement" });
      expect(fixture.cell(SHEET, "I3")).toEqual({ value: "watch" });
      expect(fixture.cell(SHEET, "I2")?.formula).toMatch(/CREDIT\.RISKSCORE/);
      expect(fixture.cell(SHEET, "I4")?.formula).toMatch(/CREDIT\.RISKSCORE/);
    });

    it("keeps notes below the data and on a total row in its columns, and beside its last column, through two re-runs (finding 7)", async () => {
      const withTotal = [...SIX_COLUMNS, ["Total", "", "", 2000, "", ""]];
      const fixture = fresh(withTotal);
      const written = await analyse(fixture);
      const first = "G";
      const last = columnLetter(6 + written.length - 1);
      const beside = columnLetter(6 + written.length);
      const notes: Record<string, string> = {
        [`${first}5`]: "checked by Anna", // its first column, on the total row
        [`${last}5`]: "total agreed", // its last column, on the total row
        [`${first}7`]: "ask for a statement", // below the data
        [`${last}9`]: "dispute file 12", // below the data
        [`${beside}2`]: "call back Monday", // the column right of its own, beside an invoice
        [`${beside}5`]: "see Anna", // and beside the total row
      };
      for (const [address, note] of Object.entries(notes)) fixture.input(SHEET, address, note);
      const userCells = cells(fixture, 6, 9);
      for (let run = 1; run <= 2; run++) {
        expect(await analyse(fixture)).toEqual(written);
        for (const [address, note] of Object.entries(notes))
          expect([address, fixture.cell(SHEET, address)]).toEqual([address, { value: note }]);
        expect(cells(fixture, 6, 9)).toEqual(userCells);
        // Its own cells on the invoices' rows are still its formulas.
        for (const row of [2, 3, 4]) {
          expect(fixture.cell(SHEET, `${first}${row}`)?.formula).toMatch(/CREDIT\.DAYSOVERDUE/);
          expect(fixture.cell(SHEET, `${last}${row}`)?.formula).toBeDefined();
        }
        expect(letterOf(fixture, "Days overdue")).toEqual([first]);
      }
    });

    it("keeps what the user typed in its Last reminder / Level cells, logs the letter, says so, and undoes only its own", async () => {
      const fixture = fresh();
      await analyse(fixture);
      const letter = (
        row: number,
        invoice: string,
        customer: string,
        date: number,
        level: number
      ): ReminderRecord => ({
        date,
        customer,
        rows: [row],
        invoiceNumbers: [invoice],
        level,
        channel: "email",
        total: 100,
        language: "en",
      });
      let read = await fixture.workbook.readReceivables();
      await fixture.workbook.recordReminders(read, [
        letter(2, "F-1", "ACME", 45380, 1),
        letter(4, "F-3", "ACME", 45380, 1),
      ]);
      const [last] = letterOf(fixture, "Last reminder");
      const [level] = letterOf(fixture, "Level");
      // The user records a call of their own on F-1's row and a note on Beta's, in its columns.
      fixture.input(SHEET, `${last}2`, 45382);
      fixture.input(SHEET, `${level}3`, "called, no answer");
      read = await fixture.workbook.readReceivables();
      const receipt = await fixture.workbook.recordReminders(read, [
        letter(2, "F-1", "ACME", 45383, 2),
        letter(3, "F-2", "Beta", 45383, 1),
        letter(4, "F-3", "ACME", 45383, 2),
      ]);
      expect([...(receipt.kept ?? [])].sort()).toEqual([2, 3]);
      expect(fixture.cell(SHEET, `${last}2`)?.value).toBe(45382);
      expect(fixture.cell(SHEET, `${level}2`)?.value).toBe(1);
      expect(fixture.cell(SHEET, `${last}3`)).toBeUndefined();
      expect(fixture.cell(SHEET, `${level}3`)?.value).toBe("called, no answer");
      // Its own record, proven by the Reminder log, moves on; every letter is logged.
      expect([
        fixture.cell(SHEET, `${last}4`)?.value,
        fixture.cell(SHEET, `${level}4`)?.value,
      ]).toEqual([45383, 2]);
      expect((await fixture.workbook.readReminderLog()).length).toBe(5);
      await fixture.workbook.undoReminders(read, receipt);
      expect([
        fixture.cell(SHEET, `${last}4`)?.value,
        fixture.cell(SHEET, `${level}4`)?.value,
      ]).toEqual([45380, 1]);
      expect(fixture.cell(SHEET, `${last}2`)?.value).toBe(45382);
      expect(fixture.cell(SHEET, `${level}3`)?.value).toBe("called, no answer");
    });

    it("gives up a column whose header the user typed over, and never writes into it again", async () => {
      const fixture = fresh();
      await analyse(fixture);
      fixture.input(SHEET, "I1", "My risk");
      fixture.input(SHEET, "I2", "low");
      const again = await analyse(fixture);
      expect(fixture.cell(SHEET, "I1")).toEqual({ value: "My risk" });
      expect(fixture.cell(SHEET, "I2")).toEqual({ value: "low" });
      expect(again).toContain("Risk");
      const [risk] = letterOf(fixture, "Risk");
      expect(risk > "O" || risk.length > 1).toBe(true);
    });
  });
}
