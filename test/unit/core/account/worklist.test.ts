import type { PromiseToPay } from "../../../../src/core/account/promises";
import { filterWorklist } from "../../../../src/core/account/filterWorklist";
import { worklist } from "../../../../src/core/account/worklist";
import { analyseInvoices } from "../../../../src/core/analyse";
import { DEFAULT_LADDER } from "../../../../src/core/policy/defaultLadder";
import { invoiceBuilder } from "../../support/invoiceBuilder";

const inv = invoiceBuilder(1000);
const AS_OF = 1000;

/** Customers at each step of the ladder at day 1000 (no history: the assumed payer). */
const invoices = [
  inv("Reminder small", 990, { amount: 200 }), // 10 days: Reminder 1
  inv("Reminder big", 990, { amount: 5000 }), // 10 days: Reminder 1, more at stake
  inv("Caller", 965, { amount: 800, lastLevel: 2, lastReminder: 980 }), // 35 days: Phone call
  inv("Notice", 950, { amount: 300, lastLevel: 3, lastReminder: 980 }), // 50 days: Formal notice
  inv("Broken", 995, { amount: 100, promiseDate: 998 }), // promise broken 2 days ago
  inv("Promised today", 990, { amount: 400, promiseDate: 1000 }), // promise due today
  inv("Disputed", 940, { amount: 9000, disputed: true }), // resolve first: not on the list
  inv("Not yet due", 1020), // nothing today
  inv("Waiting", 990, { lastLevel: 1, lastReminder: 997 }), // contacted 3 days ago: wait
];

const promiseDueToday: PromiseToPay = {
  customer: "Promised today",
  made: 980,
  date: 1000,
  amount: 400,
  invoices: ["F7"],
  paid: 0,
  state: "due",
};

describe("worklist: who needs an action today, ranked by what is at stake", () => {
  const { rows } = analyseInvoices(invoices, { asOf: AS_OF });
  const lines = worklist(rows, [promiseDueToday], DEFAULT_LADDER);

  it("lists promises first, then calls and formal notices, then reminders", () => {
    expect(lines.map((line) => [line.tier, line.customer])).toEqual([
      [0, "Promised today"],
      [0, "Broken"],
      [1, "Caller"],
      [1, "Notice"],
      [2, "Reminder big"],
      [2, "Reminder small"],
    ]);
  });

  it("ranks within a group by expected loss = overdue amount x risk / 100", () => {
    for (let i = 1; i < lines.length; i++) {
      if (lines[i].tier !== lines[i - 1].tier) continue;
      expect(lines[i - 1].expectedLoss).toBeGreaterThanOrEqual(lines[i].expectedLoss);
    }
    for (const line of lines) {
      expect(line.expectedLoss).toBeCloseTo((line.overdue * line.score) / 100, 2);
    }
  });

  it("says why each customer is there and the next action", () => {
    const byName = new Map(lines.map((line) => [line.customer, line]));
    expect(byName.get("Broken")?.why).toEqual({ key: "brokenPromise", date: 998 });
    expect(byName.get("Promised today")?.why).toEqual({ key: "promiseDue", amount: 400 });
    expect(byName.get("Caller")?.why).toMatchObject({ key: "stepDue", action: "Phone call" });
    expect(byName.get("Notice")?.next?.action).toBe("Formal notice");
    expect(byName.get("Reminder big")?.rows).toEqual([3]);
  });

  it("leaves out disputed, waiting and not-yet-due customers", () => {
    const names = lines.map((line) => line.customer);
    for (const name of ["Disputed", "Not yet due", "Waiting"]) expect(names).not.toContain(name);
  });

  it("filters by amount band, bucket, risk class and level", () => {
    expect(filterWorklist(lines, { band: "medium" }).map((l) => l.customer)).toEqual([
      "Reminder big",
    ]);
    expect(filterWorklist(lines, { level: 3 }).map((l) => l.customer)).toEqual(["Caller"]);
    expect(filterWorklist(lines, { bucketIndex: 2 }).map((l) => l.customer)).toEqual([
      "Caller",
      "Notice",
    ]);
    const cls = lines[0].riskClass;
    expect(filterWorklist(lines, { riskClass: cls }).every((l) => l.riskClass === cls)).toBe(true);
    expect(filterWorklist(lines, {})).toEqual(lines);
  });
});
