import { customerHistories, customerKey } from "../../../../src/core/history/customerHistory";
import { openAt } from "../../../../src/core/history/openAt";
import type { Invoice } from "../../../../src/core/types";
import { invoiceBuilder } from "../../support/invoiceBuilder";

/** Invoices of 100; settled rows have paid = amount and open = 0. */
const inv = invoiceBuilder(100);

const ASOF = 1000;

describe("customerKey", () => {
  it.each([
    ["ACME Sarl", "acme sarl"],
    ["  Acme   SARL ", "acme sarl"],
    ["Acme\u00a0Sarl", "acme sarl"],
    ["Ete\u0301 SA", "et\u00e9 sa"],
    ["", ""],
  ])("%j -> %j", (name, key) => {
    expect(customerKey(name)).toBe(key);
  });
});

describe("customerHistories on a hand-made sheet", () => {
  // Acme: settled 4 invoices: 0, 10, 0, 30 days late -> average 10, half paid late.
  // One credit note settled late (never late), one paid after asOf (open then), one open overdue
  // with a broken promise and a reminder, one open not yet due with a kept promise.
  const sheet: Invoice[] = [
    inv("Acme", 900, { paidDate: 895 }),
    inv("ACME ", 910, { paidDate: 920, lastLevel: 1 }),
    inv("acme", 930, { paidDate: 930 }),
    inv("Acme", 940, { paidDate: 970, lastReminder: 960, lastLevel: 2 }),
    inv("Acme", 950, { amount: -50, paidDate: 990 }),
    inv("Acme", 980, { amount: 300, paidDate: 1010 }),
    inv("Acme", 985, { amount: 200, promiseDate: 995, lastReminder: 990, creditLimit: 2000 }),
    inv("Acme", 1020, { amount: 120, promiseDate: 1030 }),
    // Issued after asOf: not part of the story yet.
    inv("Acme", 1060, { invoiceDate: 1030, amount: 999, promiseDate: 990 }),
    // Beta: nothing settled, a credit note open, limit 500.
    inv("Beta", 990, { amount: 400, creditLimit: 500 }),
    inv("Beta", 995, { amount: -100 }),
  ];
  const histories = customerHistories(sheet, ASOF);

  it("groups rows by customer key and keeps the first spelling", () => {
    expect([...histories.keys()]).toEqual(["acme", "beta"]);
    expect(histories.get("acme")?.customer).toBe("Acme");
  });

  it("computes the payment habit over invoices settled on or before asOf", () => {
    const acme = histories.get("acme");
    expect(acme).toMatchObject({
      paidCount: 4,
      averageDaysLate: 10,
      lateShare: 0.5,
      recentAverageDaysLate: 10,
    });
    expect(acme?.trend).toBeUndefined();
  });

  it("counts what was open at asOf, credit notes deducted, overdue apart", () => {
    const acme = histories.get("acme");
    // open at asOf: 300 (paid later) + 200 + 120 = 620; overdue: 300 + 200
    expect(acme).toMatchObject({ openCount: 3, openExposure: 620, overdueExposure: 500 });
    expect(histories.get("beta")).toMatchObject({
      openCount: 1,
      openExposure: 300,
      overdueExposure: 400,
    });
  });

  it("uses the credit limit given on the rows", () => {
    expect(histories.get("acme")).toMatchObject({ creditLimit: 2000, creditUse: 0.31 });
    expect(histories.get("beta")).toMatchObject({ creditLimit: 500, creditUse: 0.6 });
  });

  it("counts one reminder per dated letter (a level without a date may be one of them) and broken promises", () => {
    expect(histories.get("acme")).toMatchObject({ remindersSent: 2, brokenPromises: 1 });
    expect(histories.get("beta")).toMatchObject({ remindersSent: 0, brokenPromises: 0 });
  });

  it("leaves the habit blank when nothing was settled", () => {
    const beta = histories.get("beta");
    expect(beta?.paidCount).toBe(0);
    expect(beta?.averageDaysLate).toBeUndefined();
    expect(beta?.lateShare).toBeUndefined();
    expect(beta?.recentAverageDaysLate).toBeUndefined();
  });

  it("reads the same sheet as of an earlier day", () => {
    const early = customerHistories(sheet, 925).get("acme");
    // settled by 925: the first two (0 and 10 days late)
    expect(early).toMatchObject({ paidCount: 2, averageDaysLate: 5, lateShare: 0.5 });
    // reminder dated 960 is after 925: only the lastLevel-only row counts
    expect(early?.remindersSent).toBe(1);
  });
});

describe("customerHistories: reminders sent, one per letter", () => {
  const letter = (customer: string, date: number) => ({
    date,
    customer,
    invoiceNumbers: ["F"],
    level: 1,
    channel: "email",
  });

  it("counts the letters of the reminder log, not the invoices a letter covered (add-in's memory)", () => {
    // One letter on day 950 covered both invoices: their memory holds 950; a second on 980.
    const sheet = [
      inv("Acme", 900, { lastReminder: 980, lastLevel: 2 }),
      inv("Acme", 905, { lastReminder: 980, lastLevel: 2 }),
    ];
    const log = [letter("ACME", 950), letter("Acme", 980), letter("Other", 980)];
    expect(customerHistories(sheet, 1000, {}, log).get("acme")?.remindersSent).toBe(2);
    // As of a day between the letters, only the first was sent.
    expect(customerHistories(sheet, 960, {}, log).get("acme")?.remindersSent).toBe(1);
  });

  it("counts one letter per date of the user's own last-reminder column, plus the log's other letters", () => {
    const sheet = [
      inv("Acme", 900, { lastReminder: 930, lastLevel: 1 }),
      inv("Acme", 905, { lastReminder: 930, lastLevel: 1 }),
      inv("Acme", 910, { lastReminder: 940, lastLevel: 1 }),
    ];
    expect(customerHistories(sheet, 1000).get("acme")?.remindersSent).toBe(2);
    expect(
      customerHistories(sheet, 1000, {}, [letter("Acme", 970)]).get("acme")?.remindersSent
    ).toBe(3);
  });
});

describe("customerHistories: recent payments and trend", () => {
  // Gamma pays on time for 6 invoices, then 20 days late for the last 3 (by paid date, listed out of order).
  const days = [0, 0, 0, 0, 0, 0, 20, 20, 20];
  const sheet = days.map((late, i) =>
    inv("Gamma", 100 + 10 * i, { paidDate: 100 + 10 * i + late })
  );
  sheet.reverse();

  it("averages the latest settlements by paid date and gives the trend", () => {
    const gamma = customerHistories(sheet, ASOF).get("gamma");
    // overall 60 / 9 = 6.67; recent 5: 20, 20, 20, 0, 0 -> 12
    expect(gamma?.averageDaysLate).toBeCloseTo(60 / 9, 10);
    expect(gamma?.recentAverageDaysLate).toBe(12);
    expect(gamma?.trend).toBeCloseTo(12 - 60 / 9, 10);
  });

  it("takes the recent window from the options", () => {
    const gamma = customerHistories(sheet, ASOF, { recentCount: 3 }).get("gamma");
    expect(gamma?.recentAverageDaysLate).toBe(20);
    expect(gamma?.trend).toBeCloseTo(20 - 60 / 9, 10);
  });

  it("falls back to 5 for a window that is not a whole number of 1 or more", () => {
    for (const recentCount of [0, -2, 2.5, NaN]) {
      expect(
        customerHistories(sheet, ASOF, { recentCount }).get("gamma")?.recentAverageDaysLate
      ).toBe(12);
    }
  });

  it("gives no trend while the settled invoices fit in the window", () => {
    const five = customerHistories(sheet.slice(0, 5), ASOF).get("gamma");
    expect(five?.paidCount).toBe(5);
    expect(five?.trend).toBeUndefined();
  });
});

describe("openAt", () => {
  it("is 0 once settled, the whole amount when settled later, the open column otherwise", () => {
    const invoice = inv("X", 100, { amount: 250, paidDate: 150 });
    expect(openAt(invoice, 150)).toBe(0);
    expect(openAt(invoice, 149)).toBe(250);
    expect(openAt(inv("X", 100, { amount: 250, paid: 100, open: 150 }), 149)).toBe(150);
  });
});

it("returns an empty map for an empty sheet", () => {
  expect(customerHistories([], ASOF).size).toBe(0);
});
