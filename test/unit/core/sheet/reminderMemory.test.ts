import { MAX_COLUMNS } from "../../../../src/core/sheet/a1";
import {
  firstLogLine,
  latestReminderByRow,
  memoryValues,
  placeMemoryColumns,
} from "../../../../src/core/sheet/reminderMemory";
import type { ReminderRecord, SheetRead } from "../../../../src/core/workbook";

const read = (firstColumn?: number): SheetRead => ({
  sheetName: "AR",
  headerRow: 1,
  headers: ["Customer", "Invoice", "Due date", "Amount"],
  columns: [],
  invoices: [],
  problems: [],
  dateOrder: "dmy",
  firstColumn,
});

const record = (date: number, level: number, rows: number[]): ReminderRecord => ({
  date,
  customer: "ACME",
  rows,
  invoiceNumbers: rows.map((row) => `F-${row}`),
  level,
  channel: "email",
  total: 1200,
  language: "fr",
});

describe("placeMemoryColumns", () => {
  it("adds Last reminder and Level after the data, headers in the language", () => {
    const headers = ["Client", "Facture", "Échéance", "Montant"];
    expect(placeMemoryColumns(read(), headers, [], 4, "fr")).toEqual([
      { id: "lastReminder", header: "Dernière relance", index: 4, isNew: true },
      { id: "lastLevel", header: "Niveau", index: 5, isNew: true },
    ]);
  });

  it("suffixes Level when the user's sheet already has a Level column", () => {
    const headers = ["Customer", "Invoice", "Due date", "Amount", "LEVEL"];
    expect(placeMemoryColumns(read(), headers, [], 5, "en").map((p) => p.header)).toEqual([
      "Last reminder",
      "Level (Credit Control)",
    ]);
  });

  it("reuses its own columns, renaming them into the language", () => {
    const owned = [
      { id: "lastReminder", header: "Last reminder", index: 1 },
      { id: "lastLevel", header: "Level", index: 2 },
    ];
    const headers = ["Client", "Last reminder", "Level", "Montant"];
    expect(placeMemoryColumns(read(), headers, owned, 4, "fr")).toEqual([
      {
        id: "lastReminder",
        header: "Dernière relance",
        index: 1,
        isNew: false,
        renamedFrom: "Last reminder",
      },
      { id: "lastLevel", header: "Niveau", index: 2, isNew: false, renamedFrom: "Level" },
    ]);
  });

  it("fits the two columns ending on XFD, and refuses one past it", () => {
    const start = MAX_COLUMNS - 6;
    expect(() => placeMemoryColumns(read(start), [], [], 4, "en")).not.toThrow();
    expect(() => placeMemoryColumns(read(start), [], [], 5, "en")).toThrow(
      'The add-in cannot write on the sheet "AR": its data reaches column XFD'
    );
  });
});

describe("latestReminderByRow", () => {
  it("keeps, for each invoice row, the later of two drafts covering it", () => {
    const first = record(45400, 1, [2, 3]);
    const second = record(45415, 2, [3, 4]);
    const byRow = latestReminderByRow([first, second]);
    expect([...byRow.keys()].sort((a, b) => a - b)).toEqual([2, 3, 4]);
    expect(byRow.get(2)).toBe(first);
    expect(byRow.get(3)).toBe(second);
    expect(byRow.get(4)).toBe(second);
  });

  it("is empty without records or rows", () => {
    expect(latestReminderByRow([]).size).toBe(0);
    expect(latestReminderByRow([record(45400, 1, [])]).size).toBe(0);
  });
});

describe("memoryValues", () => {
  it("gives the date and the level, in the memory columns' order", () => {
    expect(memoryValues(record(45415, 3, [2]))).toEqual([45415, 3]);
    expect(memoryValues(record(45415, 0, [2]))).toEqual([45415, 0]);
  });
});

describe("firstLogLine", () => {
  it("starts a new log under its header row", () => {
    expect(firstLogLine(undefined)).toBe(2);
    expect(firstLogLine({ column: 0, row: 1, columnCount: 7, rowCount: 1 })).toBe(2);
  });

  it("appends under the last line used", () => {
    expect(firstLogLine({ column: 0, row: 1, columnCount: 7, rowCount: 41 })).toBe(42);
    // A log whose top rows were cleared: the used range starts lower.
    expect(firstLogLine({ column: 0, row: 5, columnCount: 7, rowCount: 3 })).toBe(8);
  });

  it("gives row 1,048,577 for a full log, which assertRowsFit then refuses", () => {
    expect(firstLogLine({ column: 0, row: 1, columnCount: 7, rowCount: 1048576 })).toBe(1048577);
  });
});
