import { localeFromLanguage } from "../../../../../src/core/locale/localeFromLanguage";
import { readInvoices } from "../../../../../src/core/sheet/readInvoices";
import { memoryColumnOf } from "../../../../../src/taskpane/views/mapping/memoryColumnOf";

const OPTIONS = { sheetName: "Invoices", locale: localeFromLanguage("en-GB") };
const sheet = [
  ["Customer", "Invoice", "Due date", "Amount"],
  ["Acme", "F-1", "2024-01-31", 100],
];

describe("memoryColumnOf: the mapping view names the add-in's memory for Last reminder and Level", () => {
  it("names the column the first Mark as sent will add, before it exists", () => {
    const read = readInvoices(sheet, OPTIONS);
    expect(read.memoryColumns).toBeUndefined();
    expect(memoryColumnOf("lastReminder", read, "en")).toEqual({
      header: "Last reminder",
      written: false,
    });
    expect(memoryColumnOf("lastLevel", read, "fr")).toEqual({ header: "Niveau", written: false });
  });

  it("names the column on the sheet once Mark as sent wrote it", () => {
    const read = readInvoices(sheet, OPTIONS);
    const marked = { ...read, memoryColumns: { lastReminder: "Dernière relance" } };
    expect(memoryColumnOf("lastReminder", marked, "en")).toEqual({
      header: "Dernière relance",
      written: true,
    });
  });

  it("says nothing of the other fields", () => {
    expect(memoryColumnOf("customer", undefined, "en")).toBeUndefined();
  });
});
