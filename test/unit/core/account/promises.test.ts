import type { ActivityEntry } from "../../../../src/core/account/activity";
import { promisesOf } from "../../../../src/core/account/promises";
import { invoiceBuilder } from "../../support/invoiceBuilder";

const promise = (extra: Partial<ActivityEntry> = {}): ActivityEntry => ({
  date: 100,
  customer: "Acme",
  kind: "promise",
  invoices: [],
  promiseDate: 110,
  amount: 500,
  text: "",
  ...extra,
});

describe("promisesOf: kept, due, broken or pending", () => {
  it.each([
    { name: "pending before its day", asOf: 105, paidDate: undefined, state: "pending" },
    { name: "due on its day", asOf: 110, paidDate: undefined, state: "due" },
    { name: "broken the day after, unpaid", asOf: 111, paidDate: undefined, state: "broken" },
    { name: "kept when paid by its day", asOf: 120, paidDate: 109, state: "kept" },
    { name: "broken when paid only after its day", asOf: 120, paidDate: 115, state: "broken" },
  ])("$name", ({ asOf, paidDate, state }) => {
    const inv = invoiceBuilder(500);
    const invoices = [inv("Acme", 50, paidDate === undefined ? {} : { paidDate })];
    expect(promisesOf([promise()], invoices, asOf)[0].state).toBe(state);
  });

  it("covers the invoices it names, else every invoice the customer owed when it was made", () => {
    const inv = invoiceBuilder(500);
    const invoices = [
      inv("Acme", 50),
      inv("Acme", 60),
      inv("Beta", 60),
      inv("Acme", 70, { paidDate: 90 }),
    ];
    expect(promisesOf([promise()], invoices, 105)[0].invoices).toEqual(["F2", "F3"]);
    expect(promisesOf([promise({ invoices: ["F3"] })], invoices, 105)[0].invoices).toEqual(["F3"]);
  });

  it("without an amount, promises what the covered invoices owed", () => {
    const inv = invoiceBuilder(500);
    const invoices = [inv("Acme", 50), inv("Acme", 60)];
    expect(promisesOf([promise({ amount: undefined })], invoices, 105)[0].amount).toBe(1000);
  });

  it("ignores a promise recorded after asOf", () => {
    const inv = invoiceBuilder(500);
    expect(promisesOf([promise({ date: 200 })], [inv("Acme", 50)], 150)).toEqual([]);
  });
});
