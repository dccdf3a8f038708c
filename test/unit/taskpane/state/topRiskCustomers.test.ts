import type { Invoice } from "../../../../src/core/types";
import {
  topRiskCustomers,
  type RankedInvoice,
} from "../../../../src/taskpane/state/topRiskCustomers";

const invoice = (row: number, customer: string, open: number): Invoice => ({
  row,
  customer,
  invoiceNumber: `F${row}`,
  dueDate: 41000,
  amount: open,
  paid: 0,
  open,
  disputed: false,
});
const ranked = (
  row: number,
  customer: string,
  open: number,
  score: number,
  days: number
): RankedInvoice => ({
  invoice: invoice(row, customer, open),
  daysOverdue: days,
  risk: { score },
});

describe("topRiskCustomers", () => {
  it("ranks customers by their riskiest open invoice, then by the amount overdue", () => {
    const result = topRiskCustomers([
      ranked(2, "Alpha", 100, 40, 10),
      ranked(3, "Beta", 500, 80, 45),
      ranked(4, "Alpha", 300, 60, -3),
      ranked(5, "Gamma", 50, 80, 90),
      ranked(6, "Beta", 20, 10, 5),
    ]);
    expect(result.map((c) => c.customer)).toEqual(["Beta", "Gamma", "Alpha"]);
    expect(result[0]).toEqual({
      customer: "Beta",
      score: 80,
      riskClass: "Critical",
      overdue: 520,
      open: 520,
      rows: [3, 6],
    });
    // Alpha: 300 not yet due does not count as overdue.
    expect(result[2]).toMatchObject({ score: 60, riskClass: "High", overdue: 100, open: 400 });
  });

  it("leaves out credit notes, settled invoices and customers owing nothing", () => {
    const result = topRiskCustomers([
      ranked(2, "Alpha", -100, 90, 40),
      ranked(3, "Beta", 0, 95, 40),
      ranked(4, "Gamma", 10, 5, 1),
    ]);
    expect(result.map((c) => c.customer)).toEqual(["Gamma"]);
  });

  it("keeps the limit and copes with nothing at all", () => {
    const many = Array.from({ length: 15 }, (_v, i) => ranked(i + 2, `C${i}`, 10, i, 5));
    expect(topRiskCustomers(many)).toHaveLength(10);
    expect(topRiskCustomers(many, 3).map((c) => c.customer)).toEqual(["C14", "C13", "C12"]);
    expect(topRiskCustomers([])).toEqual([]);
    expect(topRiskCustomers(many, -1)).toEqual([]);
  });
});
