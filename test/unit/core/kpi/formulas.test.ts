import { averageDaysDelinquent } from "../../../../src/core/kpi/averageDaysDelinquent";
import { bestPossibleDso } from "../../../../src/core/kpi/bestPossibleDso";
import { cei } from "../../../../src/core/kpi/cei";
import { dso } from "../../../../src/core/kpi/dso";
import { dsoCountback } from "../../../../src/core/kpi/dsoCountback";
import type { Parsed } from "../../../../src/core/values/parsed";

function valueOf(result: Parsed<number>): number {
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

function reasonOf(result: Parsed<number>): string {
  if (result.ok) throw new Error(`expected a refusal, got ${result.value}`);
  return result.reason;
}

describe("dso", () => {
  it("is receivables / credit sales x days", () => {
    expect(valueOf(dso(2000, 12000))).toBeCloseTo(60.83, 2);
    expect(valueOf(dso(3000, 9000, 90))).toBe(30);
    expect(valueOf(dso(0, 9000))).toBe(0);
  });

  it.each<[number, number, number, string]>([
    [2000, 0, 365, "credit sales must be more than 0"],
    [2000, -5, 365, "credit sales must be more than 0"],
    [2000, 12000, 0, "days must be more than 0"],
    [2000, 12000, -30, "days must be more than 0"],
    [-1, 12000, 365, "receivables cannot be negative"],
    [NaN, 12000, 365, "receivables is not a number"],
    [2000, Infinity, 365, "credit sales is not a number"],
  ])("refuses dso(%p, %p, %p)", (ar, sales, days, reason) => {
    expect(reasonOf(dso(ar, sales, days))).toContain(reason);
  });
});

describe("dsoCountback", () => {
  it("counts back from the newest period (worked example: 129.2 days)", () => {
    expect(
      valueOf(dsoCountback(2000, [500, 700, 600, 400, 200], [31, 31, 30, 31, 31]))
    ).toBeCloseTo(129.2, 10);
  });

  it("stops inside the newest period when it covers the receivables", () => {
    expect(valueOf(dsoCountback(100, [500, 400], [30, 31]))).toBeCloseTo(7.75, 10);
    expect(valueOf(dsoCountback(400, [500, 400], [30, 31]))).toBe(31);
    expect(valueOf(dsoCountback(0, [500, 400], [30, 31]))).toBe(0);
  });

  it("takes the full days of a period without sales", () => {
    expect(valueOf(dsoCountback(250, [500, 0], [30, 31]))).toBeCloseTo(31 + 15, 10);
  });

  it("refuses receivables beyond all the sales, giving the bound", () => {
    const reason = reasonOf(dsoCountback(5000, [1000, 1000], [30, 31]));
    expect(reason).toContain("exceed the sales of all 2 periods (2000)");
    expect(reason).toContain("more than 61 days");
  });

  it.each<[number, number[], number[], string]>([
    [100, [500, 400], [30], "2 periods of sales but 1 periods of days"],
    [100, [], [], "at least one period"],
    [100, [500, -1], [30, 30], "sales of period 2 cannot be negative"],
    [100, [500, 400], [30, 0], "days of period 2 must be more than 0"],
    [100, [500, NaN], [30, 30], "sales of period 2 is not a number"],
    [-100, [500], [30], "receivables cannot be negative"],
  ])("refuses dsoCountback(%p, %p, %p)", (ar, sales, days, reason) => {
    expect(reasonOf(dsoCountback(ar, sales, days))).toContain(reason);
  });
});

describe("bestPossibleDso and averageDaysDelinquent", () => {
  it("count only the current receivables, and the rest as delinquency", () => {
    const best = valueOf(bestPossibleDso(1200, 12000));
    expect(best).toBeCloseTo(36.5, 10);
    const total = valueOf(dso(2000, 12000));
    expect(valueOf(averageDaysDelinquent(total, best))).toBeCloseTo(24.33, 2);
    expect(valueOf(averageDaysDelinquent(30, 30))).toBe(0);
  });

  it("refuse impossible input", () => {
    expect(reasonOf(bestPossibleDso(100, 0))).toContain("credit sales must be more than 0");
    expect(reasonOf(bestPossibleDso(-1, 100))).toContain("current receivables cannot be negative");
    expect(reasonOf(averageDaysDelinquent(30, 45))).toContain("current receivables cannot exceed");
    expect(reasonOf(averageDaysDelinquent(NaN, 5))).toContain("DSO is not a number");
    expect(reasonOf(averageDaysDelinquent(30, -1))).toContain(
      "best possible DSO cannot be negative"
    );
  });
});

describe("cei", () => {
  it("follows the worked example: (20,000 + 30,000 - 22,000) / (20,000 + 30,000 - 15,000) = 80 %", () => {
    expect(valueOf(cei(20000, 30000, 22000, 15000))).toBeCloseTo(80, 10);
  });

  it("divides the sales by the number of periods", () => {
    // Three months of sales (90,000): one month is 30,000, as in the example above.
    expect(valueOf(cei(20000, 90000, 22000, 15000, 3))).toBeCloseTo(80, 10);
  });

  it("is 100 when everything due was collected", () => {
    expect(valueOf(cei(10000, 5000, 4000, 4000))).toBe(100);
  });

  it.each<[number[], string]>([
    [[0, 0, 0, 0], "nothing was due"],
    [[1000, 0, 1000, 1000], "nothing was due"],
    [[20000, 30000, 22000, 23000], "ending current receivables (23000) exceed ending receivables"],
    [[20000, 30000, 60000, 15000], "exceed beginning receivables plus sales"],
    [[-1, 30000, 22000, 15000], "beginning receivables cannot be negative"],
    [[20000, 30000, 22000, 15000, 0], "periods must be more than 0"],
    [[20000, NaN, 22000, 15000], "credit sales is not a number"],
  ])("refuses cei(%p)", (args, reason) => {
    const [begin, sales, end, current, periods] = args;
    expect(reasonOf(cei(begin, sales, end, current, periods))).toContain(reason);
  });
});
