import fc from "fast-check";
import {
  RISK_WEIGHTS,
  UNKNOWN_PAYER,
  riskScore,
  riskScoreValue,
  type RiskInput,
} from "../../../../src/core/risk/riskScore";

/** A customer known to pay on time: isolates the other factors in the worked examples. */
const punctual = { averageDaysLate: 0, lateShare: 0 };

const pointsOf = (input: RiskInput, key: string) =>
  riskScore(input).factors.find((f) => f.key === key)?.points ?? 0;

describe("riskScore: worked examples", () => {
  it("gives 0 and no factor when the payer is punctual and nothing is wrong", () => {
    expect(riskScore(punctual)).toEqual({ score: 0, factors: [] });
    expect(
      riskScore({ daysOverdue: 0, averageDaysLate: 0, lateShare: 0, disputed: false })
    ).toEqual({
      score: 0,
      factors: [],
    });
  });

  it("follows the saturating curves: 35 x (1 - e^(-d/30)) for days overdue", () => {
    // 35 * (1 - e^-1) = 22.12 -> 22; 35 * (1 - e^-2) = 30.26 -> 30; 35 * (1 - e^-3) = 33.26 -> 33
    expect(riskScore({ daysOverdue: 30, ...punctual }).score).toBe(22);
    expect(riskScore({ daysOverdue: 60, ...punctual }).score).toBe(30);
    expect(riskScore({ daysOverdue: 90, ...punctual }).score).toBe(33);
  });

  it("scores an unknown payer (blank history) as the typical payer, and says it assumed so", () => {
    // 20 x (1 - e^(-12/20)) = 9.02 and 15 x 0.5 = 7.5: 16.53 -> 17
    const unknown = riskScore({});
    expect(unknown.score).toBe(17);
    expect(unknown.score).toBe(riskScore({ ...UNKNOWN_PAYER }).score);
    expect(unknown.factors).toEqual([
      { key: "averageDaysLate", points: 9, value: 12, assumed: true },
      { key: "lateShare", points: 8, value: 0.5, assumed: true },
    ]);
    // Each habit argument is assumed on its own: a known share keeps its own value.
    expect(riskScore({ lateShare: 0 }).factors).toEqual([
      { key: "averageDaysLate", points: 9, value: 12, assumed: true },
    ]);
    // Known history never carries the flag.
    expect(riskScore({ averageDaysLate: 12, lateShare: 0.5 }).factors.some((f) => f.assumed)).toBe(
      false
    );
  });

  it("gives the same score alone as with its factors", () => {
    const inputs: RiskInput[] = [
      {},
      { daysOverdue: 45, averageDaysLate: 3, lateShare: 0.2, disputed: true },
      { daysOverdue: -4, remindersSent: 2, creditUse: 1.3 },
    ];
    for (const input of inputs) expect(riskScoreValue(input)).toBe(riskScore(input).score);
  });

  it("explains a customer who pays 28 days late on average, 80 % of the time", () => {
    // habit 20 * (1 - e^-1.4) = 15.07; share 15 * 0.8 = 12; total 27.07 -> 27
    const result = riskScore({ averageDaysLate: 28, lateShare: 0.8 });
    expect(result.score).toBe(27);
    expect(result.factors).toEqual([
      { key: "averageDaysLate", points: 15, value: 28 },
      { key: "lateShare", points: 12, value: 0.8 },
    ]);
  });

  it("adds 15 for a dispute", () => {
    expect(riskScore({ disputed: true, ...punctual })).toEqual({
      score: 15,
      factors: [{ key: "disputed", points: 15, value: 1 }],
    });
  });

  it("counts credit use only above half the limit", () => {
    expect(riskScore({ creditUse: 0.5, ...punctual }).score).toBe(0);
    // 10 * (1 - e^-1) = 6.32 at the limit
    expect(riskScore({ creditUse: 1, ...punctual }).score).toBe(6);
    expect(riskScore({ creditUse: 2, ...punctual }).score).toBe(10);
  });

  it("makes the factors' points sum to the score, largest first", () => {
    const input = {
      daysOverdue: 45,
      averageDaysLate: 12,
      lateShare: 0.37,
      disputed: true,
      remindersSent: 2,
      creditUse: 1.1,
    };
    const result = riskScore(input);
    expect(result.factors.reduce((s, f) => s + f.points, 0)).toBe(result.score);
    const points = result.factors.map((f) => f.points);
    expect(points).toEqual([...points].sort((a, b) => b - a));
    expect(result.factors.map((f) => f.key)).toEqual([
      "daysOverdue",
      "disputed",
      "averageDaysLate",
      "creditUse",
      "lateShare",
      "remindersSent",
    ]);
  });

  it("reaches at most 100 when everything is at its worst", () => {
    const worst = {
      daysOverdue: Infinity,
      averageDaysLate: Infinity,
      lateShare: 1,
      disputed: true,
      remindersSent: Infinity,
      creditUse: Infinity,
    };
    expect(riskScore(worst).score).toBe(100);
    expect(Object.values(RISK_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
  });
});

describe("riskScore: bad input is clamped or blank, never NaN", () => {
  it("treats NaN as blank", () => {
    expect(riskScore({ daysOverdue: NaN, averageDaysLate: NaN, lateShare: NaN })).toEqual(
      riskScore({})
    );
    expect(riskScore({ daysOverdue: NaN, ...punctual })).toEqual({ score: 0, factors: [] });
  });

  it("clamps negative values and -Infinity to 0", () => {
    expect(
      riskScore({
        daysOverdue: -40,
        averageDaysLate: -3,
        lateShare: -1,
        remindersSent: -1,
        creditUse: -2,
      }).score
    ).toBe(0);
    expect(riskScore({ daysOverdue: -Infinity, ...punctual }).score).toBe(0);
  });

  it("clamps a late share above 1 to 1 and reports the clamped value", () => {
    expect(riskScore({ lateShare: 7 })).toEqual(riskScore({ lateShare: 1 }));
    expect(riskScore({ lateShare: 7, averageDaysLate: 0 }).factors[0]).toEqual({
      key: "lateShare",
      points: 15,
      value: 1,
    });
  });

  it("gives a factor's maximum for +Infinity", () => {
    expect(pointsOf({ daysOverdue: Infinity }, "daysOverdue")).toBe(35);
  });
});

describe("riskScore: properties", () => {
  const anyNumber = fc.oneof(
    fc.constant(undefined),
    fc.double({ noNaN: false }),
    fc.double({ min: 0, max: 400, noNaN: true }),
    fc.integer({ min: -10, max: 50 })
  );
  const anyInput: fc.Arbitrary<RiskInput> = fc.record({
    daysOverdue: anyNumber,
    averageDaysLate: anyNumber,
    lateShare: fc.oneof(
      fc.constant(undefined),
      fc.double({ min: -0.5, max: 1.5, noNaN: true }),
      fc.double()
    ),
    disputed: fc.oneof(fc.constant(undefined), fc.boolean()),
    remindersSent: anyNumber,
    creditUse: anyNumber,
  });

  it("is an integer in 0..100 whose factors sum to it", () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const { score, factors } = riskScore(input);
        expect(Number.isInteger(score)).toBe(true);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
        expect(factors.reduce((s, f) => s + f.points, 0)).toBe(score);
        for (const f of factors) expect(f.points).toBeGreaterThan(0);
      }),
      { numRuns: 2000 }
    );
  });

  const numericKeys = [
    "daysOverdue",
    "averageDaysLate",
    "lateShare",
    "remindersSent",
    "creditUse",
  ] as const;

  it.each(numericKeys)("never goes down when %s goes up", (key) => {
    fc.assert(
      fc.property(
        anyInput,
        fc.double({ min: -50, max: 500, noNaN: true }),
        fc.double({ min: 0, max: 300, noNaN: true }),
        (input, from, step) => {
          const lower = riskScore({ ...input, [key]: from }).score;
          const higher = riskScore({ ...input, [key]: from + step }).score;
          expect(higher).toBeGreaterThanOrEqual(lower);
        }
      ),
      { numRuns: 1500 }
    );
  });

  it.each(numericKeys)(
    "never goes down when %s goes up in small steps near the curves' knees",
    (key) => {
      fc.assert(
        fc.property(anyInput, fc.integer({ min: 0, max: 200 }), (input, start) => {
          const at = (x: number) =>
            riskScore({ ...input, [key]: key === "lateShare" || key === "creditUse" ? x / 100 : x })
              .score;
          expect(at(start + 1)).toBeGreaterThanOrEqual(at(start));
        }),
        { numRuns: 1500 }
      );
    }
  );

  it("never goes down when the invoice becomes disputed", () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const undisputed = riskScore({ ...input, disputed: false }).score;
        expect(riskScore({ ...input, disputed: true }).score).toBeGreaterThanOrEqual(undisputed);
        expect(riskScore({ ...input, disputed: undefined }).score).toBe(undisputed);
      }),
      { numRuns: 1500 }
    );
  });
});
