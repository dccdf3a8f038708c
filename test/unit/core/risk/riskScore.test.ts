import fc from "fast-check";
import {
  RISK_WEIGHTS,
  UNKNOWN_PAYER,
  riskScore,
  riskScoreValue,
  type RiskInput,
} from "../../../../src/core/risk/riskScore";

/** A well-known customer who pays on issue (30 days early): isolates the other factors. */
const punctual = { usualDelay: -30, averageDaysLate: 0, lateShare: 0, settledCount: 1e9 };

const pointsOf = (input: RiskInput, key: string) =>
  riskScore(input).factors.find((f) => f.key === key)?.points ?? 0;

describe("riskScore: worked examples", () => {
  it("gives 0 and no factor when the payer pays early, is well known and nothing is wrong", () => {
    expect(riskScore(punctual)).toEqual({ score: 0, factors: [] });
    expect(riskScore({ ...punctual, daysOverdue: 0, disputed: false })).toEqual({
      score: 0,
      factors: [],
    });
  });

  it("follows the saturating curve 30 x (1 - e^(-d/30)) for days overdue", () => {
    // 30 * (1 - e^-1) = 18.96 -> 19; 30 * (1 - e^-2) = 25.94 -> 26; 30 * (1 - e^-3) = 28.51 -> 29
    expect(riskScore({ daysOverdue: 30, ...punctual }).score).toBe(19);
    expect(riskScore({ daysOverdue: 60, ...punctual }).score).toBe(26);
    expect(riskScore({ daysOverdue: 90, ...punctual }).score).toBe(29);
  });

  it("puts the usual delay on a line from 30 days early (0) to 30 days late (28 points)", () => {
    expect(pointsOf({ ...punctual, usualDelay: -30 }, "usualDelay")).toBe(0);
    expect(pointsOf({ ...punctual, usualDelay: 0 }, "usualDelay")).toBe(14);
    expect(pointsOf({ ...punctual, usualDelay: 15 }, "usualDelay")).toBe(21);
    expect(pointsOf({ ...punctual, usualDelay: 30 }, "usualDelay")).toBe(28);
    expect(pointsOf({ ...punctual, usualDelay: 300 }, "usualDelay")).toBe(28);
  });

  it("reads a blank usual delay as the average days late, so six-argument formulas keep their meaning", () => {
    const six = { daysOverdue: 45, averageDaysLate: 12, lateShare: 0.4, disputed: true };
    expect(riskScore(six)).toEqual(riskScore({ ...six, usualDelay: 12 }));
    expect(riskScore(six).score).toBe(60);
  });

  it("scores an unknown payer (blank history) as the typical payer, and says it assumed so", () => {
    // usual delay (12 + 30) / 60 x 28 = 19.6; 7 x (1 - e^(-12/20)) = 3.16; 5 x 0.5 = 2.5;
    // 2 x 0.25 = 0.5; 3 x e^0 = 3: 28.76 -> 29
    const unknown = riskScore({});
    expect(unknown.score).toBe(29);
    expect(unknown.score).toBe(riskScore({ ...UNKNOWN_PAYER }).score);
    expect(unknown.factors).toEqual([
      { key: "usualDelay", points: 20, value: 12, assumed: true },
      { key: "averageDaysLate", points: 3, value: 12, assumed: true },
      { key: "lateShare", points: 3, value: 0.5, assumed: true },
      { key: "fewSettled", points: 3, value: 0, assumed: true },
    ]);
    // Any known habit figure makes the payer known: the blank ones add no assumed points then.
    expect(riskScore({ lateShare: 0 }).factors.map((f) => f.key)).toEqual([
      "usualDelay",
      "averageDaysLate",
    ]);
    // Known history never carries the flag.
    const known = riskScore({
      averageDaysLate: 12,
      lateShare: 0.5,
      usualDelay: 3,
      settledCount: 4,
    });
    expect(known.factors.some((f) => f.assumed)).toBe(false);
  });

  it("gives the same score alone as with its factors", () => {
    const inputs: RiskInput[] = [
      {},
      { daysOverdue: 45, averageDaysLate: 3, lateShare: 0.2, disputed: true },
      { daysOverdue: -4, remindersSent: 2, creditUse: 1.3, usualDelay: -8, settledCount: 2 },
    ];
    for (const input of inputs) expect(riskScoreValue(input)).toBe(riskScore(input).score);
  });

  it("explains a customer who pays 9 days after the due date, over 14 invoices", () => {
    // usual delay 39/60 x 28 = 18.2; 7 x (1 - e^-0.6) = 3.16; 5 x 0.6 = 3; 2 x 0.3 = 0.6;
    // 3 x e^(-14/3) = 0.03: 24.99 -> 25
    const result = riskScore({
      usualDelay: 9,
      averageDaysLate: 12,
      lateShare: 0.6,
      severeLateShare: 0.3,
      settledCount: 14,
    });
    expect(result).toEqual({
      score: 25,
      factors: [
        { key: "usualDelay", points: 18, value: 9 },
        { key: "averageDaysLate", points: 3, value: 12 },
        { key: "lateShare", points: 3, value: 0.6 },
        { key: "severeLateShare", points: 1, value: 0.3 },
      ],
    });
  });

  it("adds 12 for a dispute", () => {
    expect(riskScore({ disputed: true, ...punctual })).toEqual({
      score: 12,
      factors: [{ key: "disputed", points: 12, value: 1 }],
    });
  });

  it("counts credit use only above half the limit", () => {
    expect(riskScore({ creditUse: 0.5, ...punctual }).score).toBe(0);
    // 8 * (1 - e^-1) = 5.06 at the limit
    expect(riskScore({ creditUse: 1, ...punctual }).score).toBe(5);
    expect(riskScore({ creditUse: 2, ...punctual }).score).toBe(8);
  });

  it("never raises the score when more invoices are settled", () => {
    const few = riskScore({ usualDelay: 0, settledCount: 0 }).score;
    expect(riskScore({ usualDelay: 0, settledCount: 3 }).score).toBeLessThanOrEqual(few);
    expect(pointsOf({ usualDelay: 0, settledCount: 0 }, "fewSettled")).toBe(3);
    expect(pointsOf({ usualDelay: 0, settledCount: 30 }, "fewSettled")).toBe(0);
  });

  it("makes the factors' points sum to the score, largest first", () => {
    const input = {
      daysOverdue: 45,
      averageDaysLate: 12,
      lateShare: 0.37,
      disputed: true,
      remindersSent: 2,
      creditUse: 1.1,
      usualDelay: 6,
      severeLateShare: 0.4,
      settledCount: 2,
    };
    const result = riskScore(input);
    expect(result.factors.reduce((s, f) => s + f.points, 0)).toBe(result.score);
    const points = result.factors.map((f) => f.points);
    expect(points).toEqual([...points].sort((a, b) => b - a));
    expect(result.factors).toHaveLength(9);
  });

  it("reaches 100 when everything is at its worst", () => {
    const worst = {
      daysOverdue: Infinity,
      averageDaysLate: Infinity,
      lateShare: 1,
      disputed: true,
      remindersSent: Infinity,
      creditUse: Infinity,
      usualDelay: Infinity,
      severeLateShare: 1,
      settledCount: 0,
    };
    expect(riskScore(worst).score).toBe(100);
    expect(Object.values(RISK_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
  });
});

describe("riskScore: bad input is clamped or blank, never NaN", () => {
  it("treats NaN as blank", () => {
    expect(
      riskScore({
        daysOverdue: NaN,
        averageDaysLate: NaN,
        lateShare: NaN,
        usualDelay: NaN,
        severeLateShare: NaN,
        settledCount: NaN,
      })
    ).toEqual(riskScore({}));
    expect(riskScore({ daysOverdue: NaN, ...punctual })).toEqual({ score: 0, factors: [] });
  });

  it("clamps negative values and -Infinity to 0", () => {
    expect(
      riskScore({
        ...punctual,
        daysOverdue: -40,
        averageDaysLate: -3,
        lateShare: -1,
        remindersSent: -1,
        creditUse: -2,
        severeLateShare: -1,
      }).score
    ).toBe(0);
    expect(riskScore({ daysOverdue: -Infinity, ...punctual }).score).toBe(0);
  });

  it("clamps a late share above 1 to 1 and reports the clamped value", () => {
    expect(riskScore({ lateShare: 7 })).toEqual(riskScore({ lateShare: 1 }));
    expect(pointsOf({ ...punctual, lateShare: 7 }, "lateShare")).toBe(5);
    expect(riskScore({ ...punctual, lateShare: 7 }).factors[0]).toEqual({
      key: "lateShare",
      points: 5,
      value: 1,
    });
  });

  it("gives a factor's maximum for +Infinity", () => {
    expect(pointsOf({ daysOverdue: Infinity }, "daysOverdue")).toBe(30);
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
    usualDelay: anyNumber,
    severeLateShare: fc.oneof(fc.constant(undefined), fc.double({ min: -0.5, max: 1.5 })),
    settledCount: anyNumber,
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
    "usualDelay",
    "severeLateShare",
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
            riskScore({
              ...input,
              [key]:
                key === "lateShare" || key === "severeLateShare" || key === "creditUse"
                  ? x / 100
                  : x,
            }).score;
          expect(at(start + 1)).toBeGreaterThanOrEqual(at(start));
        }),
        { numRuns: 1500 }
      );
    }
  );

  it("never goes up when more invoices are settled", () => {
    fc.assert(
      fc.property(
        anyInput,
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 50 }),
        (input, from, more) => {
          const fewer = riskScore({ ...input, settledCount: from }).score;
          expect(riskScore({ ...input, settledCount: from + more }).score).toBeLessThanOrEqual(
            fewer
          );
        }
      ),
      { numRuns: 1500 }
    );
  });

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
