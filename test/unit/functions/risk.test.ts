import fc from "fast-check";
import { riskClass, riskScore } from "../../../src/functions/functions";
import { column, expectValueError } from "./cells";

const score = (...args: unknown[]): number => {
  const [[value]] = (riskScore as (...a: unknown[]) => unknown[][])(...args.map((a) => [[a]]));
  if (typeof value !== "number") throw new Error(`expected a score, got ${JSON.stringify(value)}`);
  return value;
};

describe("CREDIT.RISKSCORE", () => {
  it("scores an early payer with nothing late as 0 and grows with lateness", () => {
    expect(score(null, 0, 0, null, null, null, -30, 0, 100)).toBe(0);
    expect(score(0, 0, 0, null, null, null, -30, 0, 100)).toBe(0);
    // Six arguments keep their meaning: the usual delay is then the average days late.
    expect(score(0, 0, 0)).toBe(14);
    expect(score(45, 12, 0.4, "Yes")).toBe(60);
    // Blank history is an unknown payer, scored as the typical payer (core's UNKNOWN_PAYER).
    expect(score(0)).toBe(29);
    expect(score(30)).toBeGreaterThan(score(10));
    expect(score(30, 20, 0.5, "Yes", 2, 1.2)).toBeGreaterThan(score(30));
  });

  it("treats every blank argument as neutral", () => {
    expect(score(45, "", null, "", "", "")).toBe(score(45));
    expect(score("", 12)).toBe(score(0, 12));
  });

  it("reads disputed as TRUE/FALSE, Yes/No, Oui/Non, 1/0", () => {
    const disputed = score(10, null, null, true);
    for (const yes of [true, "Yes", "oui", 1, "X"])
      expect(score(10, null, null, yes)).toBe(disputed);
    for (const no of [false, "No", "Non", 0]) expect(score(10, null, null, no)).toBe(score(10));
    expect(disputed).toBeGreaterThan(score(10));
  });

  it("spills a column, broadcasting single cells", () => {
    const result = riskScore(column(0, 30, 90, ""), [[10]]);
    expect(result).toHaveLength(4);
    expect(result.map((row) => row.length)).toEqual([1, 1, 1, 1]);
    expect(result[3][0]).toBe(score(null, 10));
    expect(result[1][0]).toBe(score(30, 10));
  });

  it("refuses a late share outside 0-1 and a fractional reminder count", () => {
    expectValueError(riskScore([[10]], undefined, [[40]])[0][0], "lateShare");
    expectValueError(
      riskScore([[10]], undefined, undefined, undefined, [[1.5]])[0][0],
      "remindersSent"
    );
    expectValueError(riskScore([[10]], undefined, undefined, [["maybe"]])[0][0], "disputed");
  });

  const days = fc.option(fc.double({ min: -400, max: 4000, noNaN: true }), { nil: null });
  const share = fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null });
  const count = fc.option(fc.integer({ min: 0, max: 50 }), { nil: null });
  const use = fc.option(fc.double({ min: 0, max: 10, noNaN: true }), { nil: null });
  const flag = fc.option(fc.boolean(), { nil: null });
  const inputs = fc.tuple(days, days, share, flag, count, use);

  it("is an integer 0-100 for any valid input", () => {
    fc.assert(
      fc.property(inputs, (args) => {
        const s = score(...args);
        expect(Number.isInteger(s)).toBe(true);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(100);
      })
    );
  });

  it("never goes down when one argument goes up", () => {
    const increase = [
      fc.double({ min: 0, max: 500, noNaN: true }),
      fc.double({ min: 0, max: 500, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.constant(true),
      fc.integer({ min: 0, max: 10 }),
      fc.double({ min: 0, max: 5, noNaN: true }),
    ];
    fc.assert(
      fc.property(inputs, fc.integer({ min: 0, max: 5 }), fc.tuple(...increase), (args, i, ups) => {
        // Blank history is the typical payer, not the lowest value: compare numbers with numbers.
        const start: unknown[] = [...args];
        if ((i === 1 || i === 2) && (start[i] === null || start[i] === "")) start[i] = 0;
        const base = start[i];
        let higher: unknown;
        if (i === 3) higher = true;
        else if (i === 2) higher = Math.min(1, ((base as number | null) ?? 0) + (ups[2] as number));
        else higher = ((base as number | null) ?? 0) + (ups[i] as number);
        const raised: unknown[] = [...start];
        raised[i] = higher;
        expect(score(...raised)).toBeGreaterThanOrEqual(score(...start));
      })
    );
  });
});

describe("CREDIT.RISKCLASS", () => {
  it("cuts at 25, 50 and 75", () => {
    expect(riskClass(column(0, 24, 25, 49.9, 50, 74, 75, 100, ""))).toEqual(
      column("Low", "Low", "Medium", "Medium", "High", "High", "Critical", "Critical", "")
    );
  });

  it("refuses a score outside 0-100", () => {
    expectValueError(riskClass([[101]])[0][0], "score");
    expectValueError(riskClass([[-1]])[0][0], "score");
    expectValueError(riskClass([["high"]])[0][0], "score");
  });
});

describe("CREDIT.RISKSCORE with a due date (its last two arguments)", () => {
  const AS_OF = 45383; // 2024-04-01
  const R = riskScore as (...a: unknown[]) => unknown[][];
  const withDue = (days: unknown, due: unknown, asOf: unknown = AS_OF) =>
    R([[days]], [[12]], [[0.4]], [["Yes"]], null, null, null, null, null, [[due]], [[asOf]]);
  /** Days and due dates with every history argument omitted (null, as Excel passes them). */
  const onlyDays = (days: unknown[][], due: unknown[][], avgDaysLate: unknown = null) =>
    R(days, avgDaysLate, null, null, null, null, null, null, null, due, [[AS_OF]]);

  it("counts the days from a text due date where daysOverdue is blank, as DAYSOVERDUE does", () => {
    // 2024-02-16 is 45 days before the as-of date.
    expect(withDue("", "2024-02-16")).toEqual([[score(45, 12, 0.4, "Yes")]]);
    expect(withDue(null, "2024-02-16")).toEqual([[score(45, 12, 0.4, "Yes")]]);
  });

  it("keeps the days given, and a blank (or 0) due date adds nothing", () => {
    expect(withDue(10, "2024-02-16")).toEqual([[score(10, 12, 0.4, "Yes")]]);
    expect(withDue("", null)).toEqual([[score("", 12, 0.4, "Yes")]]);
    expect(withDue("", 0)).toEqual([[score("", 12, 0.4, "Yes")]]);
  });

  it("says why a due date is not a date, per cell, before any other argument", () => {
    const [[value]] = onlyDays([[""]], [["soon"]], [["lots"]]);
    expectValueError(value, "dueDate");
  });

  it("counts a column of due dates where the days are blank", () => {
    const out = onlyDays([[""], [5]], [["2024-02-16"], ["x"]]);
    expect(out).toEqual([[score(45)], [score(5)]]);
  });
});
