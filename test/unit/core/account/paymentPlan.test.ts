import fc from "fast-check";
import { dayFromYmd, toIsoDate } from "../../../../src/core/dates/calendar";
import { splitPlan } from "../../../../src/core/account/paymentPlan";

const day = (y: number, m: number, d: number) => dayFromYmd(y, m, d) as number;

describe("splitPlan: instalments of a payment plan", () => {
  it("gives equal instalments rounded down to the cent, the last one taking the rest", () => {
    const plan = splitPlan(100, 3, day(2024, 1, 15), "monthly");
    expect(plan?.map((i) => i.amount)).toEqual([33.33, 33.33, 33.34]);
    expect(plan?.map((i) => i.number)).toEqual([1, 2, 3]);
  });

  it.each([
    { frequency: "weekly" as const, dates: ["2024-01-31", "2024-02-07", "2024-02-14"] },
    { frequency: "fortnightly" as const, dates: ["2024-01-31", "2024-02-14", "2024-02-28"] },
    // Like Excel's EDATE: the 31st falls on the last day of shorter months, then back to the 31st.
    { frequency: "monthly" as const, dates: ["2024-01-31", "2024-02-29", "2024-03-31"] },
  ])("$frequency instalments fall on $dates", ({ frequency, dates }) => {
    const plan = splitPlan(300, 3, day(2024, 1, 31), frequency);
    expect(plan?.map((i) => toIsoDate(i.due))).toEqual(dates);
  });

  it.each([
    { debt: 0, count: 3 },
    { debt: -50, count: 3 },
    { debt: Number.NaN, count: 3 },
    { debt: 100, count: 0 },
    { debt: 100, count: 2.5 },
    { debt: 100, count: 121 },
  ])("refuses a debt of $debt in $count instalments", ({ debt, count }) => {
    expect(splitPlan(debt, count, day(2024, 1, 1), "monthly")).toBeUndefined();
  });

  it("always adds up to the debt to the cent, and only the last instalment differs", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000_00 }),
        fc.integer({ min: 1, max: 120 }),
        (cents, count) => {
          const plan = splitPlan(cents / 100, count, day(2024, 1, 1), "monthly");
          expect(plan).toHaveLength(count);
          const parts = (plan ?? []).map((i) => Math.round(i.amount * 100));
          expect(parts.reduce((a, b) => a + b, 0)).toBe(cents);
          for (const part of parts.slice(0, -1)) expect(part).toBe(parts[0]);
          expect(parts[count - 1]).toBeGreaterThanOrEqual(parts[0]);
          expect(parts[count - 1] - parts[0]).toBeLessThan(count);
          for (const i of plan ?? []) expect(Math.round(i.amount * 100) / 100).toBe(i.amount);
        }
      )
    );
  });
});
