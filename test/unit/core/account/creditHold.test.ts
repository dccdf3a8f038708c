import { creditHold, isOnHold } from "../../../../src/core/account/creditHold";
import { customerHolds } from "../../../../src/core/account/customerHolds";
import { analyseInvoices } from "../../../../src/core/analyse";
import { invoiceBuilder } from "../../support/invoiceBuilder";

describe("isOnHold: over the credit limit, or an invoice past the hold day", () => {
  it.each([
    { days: 61, use: undefined, hold: true },
    { days: 60, use: undefined, hold: false },
    { days: 0, use: 1.01, hold: true },
    { days: 0, use: 1, hold: false },
    { days: undefined, use: undefined, hold: false },
  ])("days $days, credit use $use -> $hold", ({ days, use, hold }) => {
    expect(isOnHold(days, use)).toBe(hold);
  });

  it("takes the hold day from the settings", () => {
    expect(isOnHold(31, undefined, 30)).toBe(true);
    expect(isOnHold(61, undefined, 90)).toBe(false);
  });
});

describe("creditHold gives the reasons", () => {
  it("names both reasons with their figures", () => {
    expect(creditHold({ openExposure: 1500, creditLimit: 1000, oldestDaysOverdue: 75 })).toEqual([
      { key: "overLimit", exposure: 1500, limit: 1000 },
      { key: "pastDay", daysOverdue: 75, holdDay: 60 },
    ]);
  });
  it("reads a limit of 0 as not set", () => {
    expect(creditHold({ openExposure: 1500, creditLimit: 0 })).toEqual([]);
  });
});

describe("customerHolds over an analysis", () => {
  const inv = invoiceBuilder(600);
  it("holds the customer over their limit and the one with an invoice 61 days late, not the others", () => {
    const invoices = [
      inv("Over", 1000, { creditLimit: 1000 }),
      inv("Over", 1000),
      inv("Late", 939),
      inv("Fine", 990),
      inv("Settled late", 900, { paidDate: 995 }),
    ];
    const analysis = analyseInvoices(invoices, { asOf: 1000 });
    const holds = customerHolds(analysis.rows, analysis.histories);
    expect([...holds.keys()].sort()).toEqual(["late", "over"]);
    expect(holds.get("late")).toEqual([{ key: "pastDay", daysOverdue: 61, holdDay: 60 }]);
  });
});
