import { accountContext, withActivity } from "../../../../src/core/account/accountContext";
import { splitPlan, type PaymentPlan } from "../../../../src/core/account/paymentPlan";
import { matchInstalments, planStatus } from "../../../../src/core/account/planStatus";
import { analyseInvoices } from "../../../../src/core/analyse";
import { invoiceBuilder } from "../../support/invoiceBuilder";

/** Fresh invoice numbers F2, F3, F4 for each test. */
const acme = (dues: number[], extra: Parameters<ReturnType<typeof invoiceBuilder>>[2][] = []) => {
  const inv = invoiceBuilder(300);
  return dues.map((due, i) => inv("Acme", due, extra[i]));
};

describe("matchInstalments: payments fill the instalments oldest first", () => {
  const instalments = [
    { number: 1, due: 10, amount: 100 },
    { number: 2, due: 40, amount: 100 },
    { number: 3, due: 70, amount: 100 },
  ];
  it.each([
    { received: 0, asOf: 5, states: ["upcoming", "upcoming", "upcoming"] },
    { received: 0, asOf: 10, states: ["due", "upcoming", "upcoming"] },
    { received: 0, asOf: 11, states: ["missed", "upcoming", "upcoming"] },
    { received: 150, asOf: 41, states: ["paid", "missed", "upcoming"] },
    { received: 200, asOf: 41, states: ["paid", "paid", "upcoming"] },
    { received: 300, asOf: 100, states: ["paid", "paid", "paid"] },
  ])("$received received at day $asOf -> $states", ({ received, asOf, states }) => {
    expect(matchInstalments(instalments, received, asOf).map((i) => i.state)).toEqual(states);
  });

  it("records what part of an instalment was paid", () => {
    expect(matchInstalments(instalments, 150, 20).map((i) => i.paid)).toEqual([100, 50, 0]);
  });
});

describe("planStatus: a plan against the payments on its invoices", () => {
  const plan = (created: number): PaymentPlan => ({
    id: "PLAN-1",
    customer: "Acme",
    created,
    invoices: ["F2", "F3", "F4"],
    frequency: "monthly",
    instalments: splitPlan(900, 3, created + 10, "monthly") ?? [],
  });

  it("is active while every instalment due is paid", () => {
    const invoices = acme([50, 60, 70], [{}, { paidDate: 105 }]);
    const status = planStatus(plan(100), invoices, 112);
    expect(status.state).toBe("active");
    expect(status.received).toBe(300);
    expect(status.next?.number).toBe(2);
  });

  it("is broken once an instalment's day has passed unpaid", () => {
    const invoices = acme([50, 60, 70]);
    const status = planStatus(plan(100), invoices, 111);
    expect(status.state).toBe("broken");
    expect(status.missed?.number).toBe(1);
  });

  it("is completed when the whole debt is paid", () => {
    const paid = { paidDate: 150 };
    const invoices = acme([50, 60, 70], [paid, paid, paid]);
    expect(planStatus(plan(100), invoices, 200).state).toBe("completed");
  });

  it("an active plan is awaited; a broken one sends the debt back to the ladder, one level up", () => {
    const invoices = acme([100, 105, 110]);
    const at = (asOf: number) => {
      const context = accountContext([], [plan(100)], invoices, asOf);
      return analyseInvoices(withActivity(invoices, context), { asOf }).rows[0];
    };
    expect(at(105).status).toBe("promise");
    expect(at(105).next.action).toBe("Await promised payment");
    const broken = at(111);
    expect(broken.status).toBe("broken promise");
    expect(broken.next.kind).toBe("act");
    // 11 days overdue is Reminder 1's window; the broken plan brings Reminder 2.
    expect(broken.next.reason.key).toBe("brokenPromise");
    expect(broken.next.action).toBe("Reminder 2");
  });
});
