import {
  fixedIndemnity,
  lateInterest,
  latePenalty,
  penaltyInputReason,
} from "../../../../src/core/penalty/latePenalty";

describe("lateInterest", () => {
  it("is simple interest over a 365-day year", () => {
    expect(lateInterest(1000, 100, 12.15)).toBeCloseTo(33.2877, 4);
    expect(lateInterest(1000, 365, 10)).toBeCloseTo(100, 10);
    expect(lateInterest(5000, 30, 11.5)).toBeCloseTo(47.26, 2);
  });

  it("is 0 when not late, nothing is owed or the rate is not positive", () => {
    expect(lateInterest(1000, 0, 12)).toBe(0);
    expect(lateInterest(1000, -10, 12)).toBe(0);
    expect(lateInterest(-1000, 10, 12)).toBe(0);
    expect(lateInterest(0, 10, 12)).toBe(0);
    expect(lateInterest(1000, 10, 0)).toBe(0);
    expect(lateInterest(1000, 10, NaN)).toBe(0);
  });
});

describe("fixedIndemnity", () => {
  it("uses the fixed fee in France and the EU", () => {
    expect(fixedIndemnity(1000, "FR", 40)).toBe(40);
    expect(fixedIndemnity(1000, "EU", 55)).toBe(55);
  });

  it("uses the UK sums by debt size", () => {
    expect(fixedIndemnity(999.99, "UK", 0)).toBe(40);
    expect(fixedIndemnity(1000, "UK", 0)).toBe(70);
    expect(fixedIndemnity(9999.99, "UK", 0)).toBe(70);
    expect(fixedIndemnity(10000, "UK", 0)).toBe(100);
    expect(fixedIndemnity(1e9, "UK", 40)).toBe(100);
  });

  it("is 0 without a jurisdiction and for credit notes", () => {
    expect(fixedIndemnity(1000, "none", 40)).toBe(0);
    expect(fixedIndemnity(-1000, "FR", 40)).toBe(0);
    expect(fixedIndemnity(-1000, "UK", 40)).toBe(0);
  });
});

describe("latePenalty", () => {
  const base = { amount: 1000, dueDate: 45300, asOf: 45400, annualRatePct: 12.15, fixedFee: 40 };

  it("follows the worked example: 1,000 at 12.15 % for 100 days = 33.29 + 40 = 73.29", () => {
    expect(latePenalty(base)).toEqual({
      daysLate: 100,
      interest: 33.29,
      indemnity: 40,
      total: 73.29,
    });
    expect(latePenalty({ ...base, jurisdiction: "FR" })).toEqual({
      daysLate: 100,
      interest: 33.29,
      indemnity: 40,
      total: 73.29,
    });
  });

  it("applies the UK sum for the debt size", () => {
    expect(
      latePenalty({ ...base, amount: 12000, annualRatePct: 13.25, jurisdiction: "UK" })
    ).toEqual({
      daysLate: 100,
      interest: 435.62,
      indemnity: 100,
      total: 535.62,
    });
  });

  it("is 0 everywhere when not overdue", () => {
    const zero = { daysLate: 0, interest: 0, indemnity: 0, total: 0 };
    expect(latePenalty({ ...base, asOf: 45300 })).toEqual(zero);
    expect(latePenalty({ ...base, asOf: 45290 })).toEqual(zero);
  });

  it("is 0 for a credit note and for nothing owed", () => {
    const zero = { daysLate: 0, interest: 0, indemnity: 0, total: 0 };
    expect(latePenalty({ ...base, amount: -1000 })).toEqual(zero);
    expect(latePenalty({ ...base, amount: 0 })).toEqual(zero);
  });

  it("charges only the indemnity at a 0 % rate setting", () => {
    expect(latePenalty({ ...base, annualRatePct: 0 }).total).toBe(40);
    expect(latePenalty({ ...base, annualRatePct: 0, jurisdiction: "none" }).total).toBe(0);
  });

  it("stays exact to the cent on huge amounts", () => {
    const result = latePenalty({ ...base, amount: 1e12, annualRatePct: 10, dueDate: 45035 });
    expect(result.interest).toBe(1e11);
    expect(result.total).toBe(1e11 + 40);
  });
});

describe("penaltyInputReason", () => {
  it("accepts usable inputs and explains the rest", () => {
    expect(
      penaltyInputReason({ amount: 1000, annualRatePct: 12.15, fixedFee: 40 })
    ).toBeUndefined();
    expect(penaltyInputReason({ amount: NaN, annualRatePct: 12, fixedFee: 40 })).toContain(
      "amount"
    );
    expect(penaltyInputReason({ amount: 1, annualRatePct: -1, fixedFee: 40 })).toContain(
      "annual rate"
    );
    expect(penaltyInputReason({ amount: 1, annualRatePct: 1, fixedFee: -40 })).toContain(
      "fixed fee"
    );
  });
});
