import { cashForecast } from "../../../../src/core/forecast/cashForecast";
import { DISPUTE_DELAY_DAYS, expectedPayDate } from "../../../../src/core/forecast/payDate";
import { paymentExpectation } from "../../../../src/core/forecast/paymentExpectation";
import { customerHistories } from "../../../../src/core/history/customerHistory";
import { invoiceBuilder } from "../../support/invoiceBuilder";

const ASOF = 45_400;
const inv = invoiceBuilder(1000);

describe("expectedPayDate (CREDIT.PAYDATE)", () => {
  it("adds the usual delay to the due date, rounded to a day", () => {
    expect(expectedPayDate({ dueDate: ASOF + 10, usualDelay: 9, asOf: ASOF })).toBe(ASOF + 19);
    expect(expectedPayDate({ dueDate: ASOF + 10, usualDelay: -4.5, asOf: ASOF })).toBe(ASOF + 6);
    expect(expectedPayDate({ dueDate: ASOF + 10, asOf: ASOF })).toBe(ASOF + 10);
  });

  it("takes a pending promise, but not a broken one", () => {
    const due = ASOF - 20;
    expect(
      expectedPayDate({ dueDate: due, usualDelay: 5, promiseDate: ASOF + 3, asOf: ASOF })
    ).toBe(ASOF + 3);
    expect(
      expectedPayDate({ dueDate: due, usualDelay: 30, promiseDate: ASOF - 1, asOf: ASOF })
    ).toBe(due + 30);
  });

  it("never expects an unpaid invoice before as-of", () => {
    expect(expectedPayDate({ dueDate: ASOF - 60, usualDelay: 5, asOf: ASOF })).toBe(ASOF);
  });

  it("adds the dispute delay to a disputed invoice", () => {
    expect(expectedPayDate({ dueDate: ASOF, usualDelay: 2, asOf: ASOF, disputed: true })).toBe(
      ASOF + 2 + DISPUTE_DELAY_DAYS
    );
  });
});

describe("cashForecast", () => {
  // Steady pays 7 days after the due date; New has no history.
  const sheet = [
    inv("Steady", ASOF - 100, { paidDate: ASOF - 93 }),
    inv("Steady", ASOF - 70, { paidDate: ASOF - 63 }),
    inv("Steady", ASOF + 3),
    inv("Steady", ASOF + 20, { amount: 500, open: 500 }),
    inv("New", ASOF + 40),
    inv("New", ASOF - 200),
    inv("Steady", ASOF - 5, { disputed: true }),
    inv("Steady", ASOF - 1, { amount: -100, open: -100 }),
  ];
  const forecast = cashForecast(sheet, ASOF);

  it("puts each open invoice in the week its customer's recent delays say", () => {
    // Steady +3 +7 = day 10 (week 1); +20 +7 = day 27 (week 3); New +40 = day 40 (week 5);
    // disputed -5 +7 +13 = day 15 (week 2).
    expect(forecast.weeks.slice(0, 6)).toEqual([0, 1000, 1000, 500, 0, 1000]);
  });

  it("counts what is past the last ageing bucket as unlikely, credit notes not at all", () => {
    expect(forecast.unlikely).toBe(1000);
    expect(forecast.later).toBe(0);
    expect(forecast.total).toBe(4500);
  });

  it("reads past dates: an invoice paid after as-of was still open then", () => {
    const replay = cashForecast([inv("Steady", ASOF + 5, { paidDate: ASOF + 9 })], ASOF);
    expect(replay.total).toBe(1000);
  });

  it("puts a promise's invoice on its day and a Critical one in unlikely when told", () => {
    const promised = cashForecast([inv("New", ASOF - 10, { promiseDate: ASOF + 100 })], ASOF);
    expect(promised.later).toBe(1000);
    const critical = cashForecast([inv("New", ASOF - 10)], ASOF, { isDoubtful: () => true });
    expect(critical.unlikely).toBe(1000);
  });
});

describe("paymentExpectation", () => {
  const sheet = [
    inv("Steady", ASOF - 100, { paidDate: ASOF - 91 }),
    inv("Steady", ASOF - 70, { paidDate: ASOF - 61 }),
    inv("Steady", ASOF + 3),
  ];
  const history = customerHistories(sheet, ASOF).get("steady");

  it("explains the date with the recent delay and the counts", () => {
    expect(paymentExpectation(sheet[2], history, ASOF)).toEqual({
      day: ASOF + 12,
      basis: "habit",
      delay: 9,
      recentCount: 2,
      settledCount: 2,
      disputeDays: 0,
      overdue: false,
    });
  });

  it("says when there is no history or a promise, and when the day has passed", () => {
    expect(paymentExpectation(inv("New", ASOF + 3), undefined, ASOF).basis).toBe("dueDate");
    const promised = inv("New", ASOF - 3, { promiseDate: ASOF + 2 });
    expect(paymentExpectation(promised, undefined, ASOF)).toMatchObject({
      day: ASOF + 2,
      basis: "promise",
    });
    expect(paymentExpectation(inv("New", ASOF - 30), undefined, ASOF)).toMatchObject({
      day: ASOF,
      overdue: true,
    });
  });
});
