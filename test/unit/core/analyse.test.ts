import { analyseInvoices } from "../../../src/core/analyse";
import { ladderFromRange } from "../../../src/core/policy/ladderFromRange";
import { riskScore } from "../../../src/core/risk/riskScore";
import type { Invoice } from "../../../src/core/types";
import { invoiceBuilder } from "../support/invoiceBuilder";

const ASOF = 45_400;
const inv = invoiceBuilder(1000);

describe("analyseInvoices", () => {
  // Late Ltd pays 30 days late, always; Prompt SA always on time.
  const sheet: Invoice[] = [
    inv("Late Ltd", ASOF - 200, { paidDate: ASOF - 170 }),
    inv("Late Ltd", ASOF - 150, { paidDate: ASOF - 120 }),
    inv("Late Ltd", ASOF - 35, { lastLevel: 2, lastReminder: ASOF - 10 }),
    inv("Prompt SA", ASOF - 100, { paidDate: ASOF - 100 }),
    inv("Prompt SA", ASOF - 35),
    inv("prompt sa", ASOF - 20, { disputed: true }),
    inv("Prompt SA", ASOF - 3, { promiseDate: ASOF - 1 }),
    inv("Prompt SA", ASOF + 3),
    inv("Prompt SA", ASOF - 70, { amount: -100 }),
  ];
  const analysis = analyseInvoices(sheet, { asOf: ASOF });
  const [
    latePaid1,
    ,
    lateOpen,
    promptPaid,
    promptOpen,
    promptDisputed,
    promptBroken,
    promptCurrent,
    creditNote,
  ] = analysis.rows;

  it("returns one row per invoice, in order, with the customers' histories", () => {
    expect(analysis.asOf).toBe(ASOF);
    expect(analysis.rows.map((r) => r.invoice)).toEqual(sheet);
    expect([...analysis.histories.keys()]).toEqual(["late ltd", "prompt sa"]);
    expect(analysis.histories.get("late ltd")).toMatchObject({
      paidCount: 2,
      averageDaysLate: 30,
      lateShare: 1,
    });
  });

  it("ages every row", () => {
    expect(analysis.rows.map((r) => [r.daysOverdue, r.bucket])).toEqual([
      [200, "91+"],
      [150, "91+"],
      [35, "31-60"],
      [100, "91+"],
      [35, "31-60"],
      [20, "1-30"],
      [3, "1-30"],
      [-3, "Current"],
      [70, "61-90"],
    ]);
    expect(promptCurrent.bucketIndex).toBe(0);
  });

  it("scores an open invoice of a late payer above the same invoice of a prompt one", () => {
    // Late Ltd: 35 days (20.6) + usually 30 days late (28) + habit (5.4 + 5 + 2) + 1 reminder
    // (1.4) + only 2 invoices settled (1.5)
    const expected = riskScore({
      daysOverdue: 35,
      averageDaysLate: 30,
      lateShare: 1,
      remindersSent: 1,
      usualDelay: 30,
      severeLateShare: 1,
      settledCount: 2,
    });
    expect(lateOpen.risk).toEqual(expected);
    expect(lateOpen.risk.score).toBe(64);
    expect(lateOpen.riskClass).toBe("High");
    expect(promptOpen.risk).toEqual(
      riskScore({
        daysOverdue: 35,
        averageDaysLate: 0,
        lateShare: 0,
        usualDelay: 0,
        severeLateShare: 0,
        settledCount: 1,
      })
    );
    expect(promptOpen.riskClass).toBe("Medium");
  });

  it("scores settled rows on the habit alone", () => {
    const habit = {
      averageDaysLate: 30,
      lateShare: 1,
      remindersSent: 1,
      usualDelay: 30,
      severeLateShare: 1,
      settledCount: 2,
    };
    expect(latePaid1.risk).toEqual(riskScore(habit));
    // Prompt SA pays on the due date (14 points on the usual-delay line), one invoice settled.
    expect(promptPaid.risk.score).toBe(16);
    expect(promptCurrent.risk.score).toBe(16);
  });

  it("gives each row its status and next action", () => {
    expect(analysis.rows.map((r) => [r.status, r.next.text])).toEqual([
      ["paid", "None"],
      ["paid", "None"],
      // Reminder 2 sent 10 days ago: the call (from day 30) is next.
      ["", "Phone call"],
      ["paid", "None"],
      // No reminder known: the days alone (35) say Phone call.
      ["", "Phone call"],
      ["disputed", "Resolve dispute"],
      // Broken promise on day 3: one level above Reminder 1.
      ["broken promise", "Reminder 2"],
      ["", "Courtesy reminder"],
      ["paid", "None"],
    ]);
    expect(creditNote.next.reason.key).toBe("creditNote");
    expect(promptDisputed.next.kind).toBe("resolve");
    expect(promptBroken.next.reason.key).toBe("brokenPromise");
  });

  it("counts the days since the last reminder for the contact interval", () => {
    const recent = analyseInvoices(
      [inv("C", ASOF - 20, { lastLevel: 1, lastReminder: ASOF - 2 })],
      {
        asOf: ASOF,
      }
    );
    expect(recent.rows[0].next.text).toBe("Wait: Reminder 2 in 5 days");
  });

  it("follows the settings: ladder, contact interval and bucket bounds", () => {
    const ladder = ladderFromRange([
      [7, "Relance"],
      [40, "Mise en demeure"],
    ]);
    if (!ladder.ok) throw new Error(ladder.reason);
    const custom = analyseInvoices(
      [inv("C", ASOF - 45, { lastLevel: 0, lastReminder: ASOF - 4 }), inv("C", ASOF - 10)],
      {
        asOf: ASOF,
        settings: { ladder: ladder.value, minDaysBetweenContacts: 3, bucketBounds: [15, 45] },
      }
    );
    expect(custom.rows.map((r) => [r.bucket, r.next.text])).toEqual([
      ["16-45", "Mise en demeure"],
      ["1-15", "Relance"],
    ]);
  });

  it("falls back to the default buckets when the bounds cannot make buckets", () => {
    const result = analyseInvoices([inv("C", ASOF - 45)], {
      asOf: ASOF,
      settings: { bucketBounds: [60, 30] },
    });
    expect(result.rows[0].bucket).toBe("31-60");
  });

  it("reads a sheet of settled invoices as of a past date", () => {
    const past = analyseInvoices(sheet, { asOf: ASOF - 130 });
    // The second Late Ltd invoice was settled at ASOF - 120: open then, 20 days overdue.
    expect(past.rows[1]).toMatchObject({
      status: "",
      daysOverdue: 20,
      next: { text: "Reminder 2" },
    });
    expect(past.histories.get("late ltd")).toMatchObject({ paidCount: 1, openExposure: 2000 });
  });

  it("gives no rows and no customer histories for an empty sheet", () => {
    expect(analyseInvoices([], { asOf: ASOF })).toEqual({
      asOf: ASOF,
      rows: [],
      histories: new Map(),
    });
  });
});
