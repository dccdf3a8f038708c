import { agedBalance } from "../../../../src/core/ageing/agedBalance";
import type { Invoice } from "../../../../src/core/types";

const asOf = 45400;

function invoice(customer: string, dueInDaysAgo: number, open: number, amount = open): Invoice {
  return {
    row: 2,
    customer,
    invoiceNumber: `${customer}-${dueInDaysAgo}`,
    dueDate: asOf - dueInDaysAgo,
    amount,
    paid: amount - open,
    open,
    disputed: false,
  };
}

describe("agedBalance", () => {
  it("spreads open amounts over the buckets per customer, largest balance first", () => {
    const result = agedBalance(
      [
        invoice("Alpha", -5, 100),
        invoice("Alpha", 10, 200.1),
        invoice("Alpha", 10, 0.2),
        invoice("Beta", 45, 1000),
        invoice("Beta", 95, 500),
        invoice("Gamma", 75, 50),
      ],
      asOf
    );
    expect(result.labels).toEqual(["Current", "1-30", "31-60", "61-90", "91+"]);
    expect(result.customers).toEqual([
      { customer: "Beta", buckets: [0, 0, 1000, 0, 500], total: 1500 },
      { customer: "Alpha", buckets: [100, 200.3, 0, 0, 0], total: 300.3 },
      { customer: "Gamma", buckets: [0, 0, 0, 50, 0], total: 50 },
    ]);
    expect(result.totals).toEqual([100, 200.3, 1000, 50, 500]);
    expect(result.total).toBe(1850.3);
  });

  it("lets credit notes reduce the balance and ignores settled invoices", () => {
    const result = agedBalance(
      [
        invoice("Alpha", 40, 1000),
        invoice("Alpha", 5, -250),
        invoice("Alpha", 100, 0, 800),
        invoice("Beta", 10, 300),
        invoice("Beta", 20, -300),
      ],
      asOf
    );
    expect(result.customers).toEqual([
      { customer: "Alpha", buckets: [0, -250, 1000, 0, 0], total: 750 },
    ]);
    expect(result.total).toBe(750);
    expect(result.totals).toEqual([0, -250, 1000, 0, 0]);
  });

  it("keeps a customer whose credit notes exceed their invoices, last", () => {
    const result = agedBalance([invoice("Alpha", 10, 100), invoice("Credit", 10, -40)], asOf);
    expect(result.customers.map((c) => [c.customer, c.total])).toEqual([
      ["Alpha", 100],
      ["Credit", -40],
    ]);
  });

  it("follows custom bounds and orders equal balances by name", () => {
    const result = agedBalance([invoice("Zed", 20, 10), invoice("Abe", 50, 10)], asOf, [15, 45]);
    expect(result.labels).toEqual(["Current", "1-15", "16-45", "46+"]);
    expect(result.customers).toEqual([
      { customer: "Abe", buckets: [0, 0, 0, 10], total: 10 },
      { customer: "Zed", buckets: [0, 0, 10, 0], total: 10 },
    ]);
  });

  it("gives zeros for an empty sheet", () => {
    expect(agedBalance([], asOf)).toEqual({
      customers: [],
      totals: [0, 0, 0, 0, 0],
      total: 0,
      labels: ["Current", "1-30", "31-60", "61-90", "91+"],
    });
  });

  // Its speed is a figure of npm run bench (core agedBalance rows/s), not asserted here.
  it("buckets every one of 200,000 invoices: one line per customer, totals exact at scale", () => {
    const many: Invoice[] = [];
    for (let i = 0; i < 200_000; i++) many.push(invoice(`C${i % 5000}`, (i % 200) - 20, 10));
    const result = agedBalance(many, asOf);
    expect(result.customers).toHaveLength(5000);
    expect(result.total).toBe(2_000_000);
  });
});
