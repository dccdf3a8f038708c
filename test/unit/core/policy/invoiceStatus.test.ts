import { invoiceStatus, statusOf } from "../../../../src/core/policy/invoiceStatus";
import type { Day, Invoice } from "../../../../src/core/types";

const ASOF = 45_400 as Day;

describe("statusOf", () => {
  it.each<[string, number, boolean, number | undefined, string]>([
    ["open, nothing special", 100, false, undefined, ""],
    ["nothing left to pay", 0, false, undefined, "paid"],
    ["a credit note (negative open amount)", -50, false, undefined, "paid"],
    ["paid wins over a dispute", 0, true, ASOF + 3, "paid"],
    ["disputed wins over a promise", 100, true, ASOF + 3, "disputed"],
    ["promise still to come", 100, false, ASOF + 3, "promise"],
    ["promise due on the as-of date", 100, false, ASOF, "promise"],
    ["promise gone by a day", 100, false, ASOF - 1, "broken promise"],
    ["a cent still open is not paid", 0.01, false, undefined, ""],
  ])("%s -> %j", (_case, open, disputed, promiseDate, expected) => {
    expect(statusOf(open, disputed, promiseDate as Day | undefined, ASOF)).toBe(expected);
  });
});

describe("invoiceStatus", () => {
  function invoice(extra: Partial<Invoice>): Invoice {
    const amount = extra.amount ?? 1000;
    const settled = extra.paidDate !== undefined;
    return {
      row: 2,
      customer: "ACME",
      invoiceNumber: "F1",
      dueDate: (ASOF - 10) as Day,
      amount,
      paid: settled ? amount : 0,
      open: settled ? 0 : amount,
      disputed: false,
      ...extra,
    };
  }

  it.each<[string, Partial<Invoice>, string]>([
    ["settled before asOf", { paidDate: (ASOF - 1) as Day }, "paid"],
    ["settled on asOf", { paidDate: ASOF }, "paid"],
    ["settled after asOf: still open then", { paidDate: (ASOF + 1) as Day }, ""],
    ["nothing left open", { open: 0 }, "paid"],
    ["credit note", { amount: -200 }, "paid"],
    ["disputed", { disputed: true, promiseDate: (ASOF + 5) as Day }, "disputed"],
    ["settled even though disputed", { disputed: true, paidDate: (ASOF - 3) as Day }, "paid"],
    [
      "disputed, settled only after asOf",
      { disputed: true, paidDate: (ASOF + 3) as Day },
      "disputed",
    ],
    ["promise still to come", { promiseDate: (ASOF + 5) as Day }, "promise"],
    ["promise due today", { promiseDate: ASOF }, "promise"],
    ["promise gone by", { promiseDate: (ASOF - 1) as Day }, "broken promise"],
    ["open, nothing special", {}, ""],
  ])("%s -> %j", (_case, extra, expected) => {
    expect(invoiceStatus(invoice(extra), ASOF)).toBe(expected);
  });
});
