import { isTotalRow } from "../../../../src/core/sheet/isTotalRow";

// Columns: customer, invoice number, due date (a serial day), amount.
const NUMBER = 1;
const DUE = 2;

describe("isTotalRow", () => {
  it("recognises the total rows credit controllers put under a customer or a sheet", () => {
    for (const label of [
      "Total",
      "TOTAL",
      "total:",
      "Total TTC",
      "TOTAL TTC",
      "Sous-total",
      "Sous total",
      "SOUS-TOTAL ACME",
      "Subtotal",
      "Sub-total",
      "Grand total",
      "Grand-Total",
      "Total général",
      "TOTAL CLIENT X",
      "  total",
      "Totals",
      "Totaux",
      "TOTAUX HT",
      "Sous-totaux",
    ])
      expect(isTotalRow([label, "", "", 12500], NUMBER, DUE)).toBe(true);
  });

  it("finds the label in any cell of the row", () => {
    expect(isTotalRow(["", "", "Total", 12500], NUMBER, DUE)).toBe(true);
    expect(isTotalRow(["ACME", "Total", null, 12500], NUMBER, DUE)).toBe(true);
  });

  it("keeps an invoice of a customer whose name starts with Total", () => {
    expect(isTotalRow(["Total Energies", "F-2024-001", 45400, 1200], NUMBER, DUE)).toBe(false);
    expect(isTotalRow(["TOTAL SA", "F-2024-002", 45400, 800], NUMBER, DUE)).toBe(false);
  });

  it("takes a labelled row with a number but no due date, or a due date but no number, as a total", () => {
    expect(isTotalRow(["Total", "12 invoices", "", 9000], NUMBER, DUE)).toBe(true);
    expect(isTotalRow(["Total", "  ", 45400, 9000], NUMBER, DUE)).toBe(true);
  });

  it("does not read a word that only starts like total, or total in the middle", () => {
    expect(isTotalRow(["Totalement payé", "", "", 0], NUMBER, DUE)).toBe(false);
    expect(isTotalRow(["Totalisation", "", "", 0], NUMBER, DUE)).toBe(false);
    expect(isTotalRow(["Totalités des achats", "", "", 0], NUMBER, DUE)).toBe(false);
    expect(isTotalRow(["Montant total", "", "", 0], NUMBER, DUE)).toBe(false);
    expect(isTotalRow(["ACME", "", "", 0], NUMBER, DUE)).toBe(false);
  });

  it("reads only text cells as labels", () => {
    expect(isTotalRow([0, null, undefined, 12500, true], NUMBER, DUE)).toBe(false);
    expect(isTotalRow([], NUMBER, DUE)).toBe(false);
  });

  it("takes a labelled row as a total when the sheet maps no number or no due date column", () => {
    expect(isTotalRow(["Total", "F-1", 45400, 100], undefined, DUE)).toBe(true);
    expect(isTotalRow(["Total", "F-1", 45400, 100], NUMBER, undefined)).toBe(true);
  });
});
