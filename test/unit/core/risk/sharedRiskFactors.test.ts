import { riskScore } from "../../../../src/core/risk/riskScore";
import { sharedRiskFactors } from "../../../../src/core/risk/sharedRiskFactors";

describe("sharedRiskFactors", () => {
  it("gives equal scores to riskScore and shares equal factor objects", () => {
    const makeFactor = sharedRiskFactors();
    const habit = { averageDaysLate: 12, lateShare: 0.4, remindersSent: 2 };
    const a = riskScore({ daysOverdue: 20, ...habit }, makeFactor);
    const b = riskScore({ daysOverdue: 20, ...habit, disputed: true }, makeFactor);
    expect(a).toEqual(riskScore({ daysOverdue: 20, ...habit }));
    expect(b).toEqual(riskScore({ daysOverdue: 20, ...habit, disputed: true }));
    const days = (s: typeof a) => s.factors.find((f) => f.key === "daysOverdue");
    expect(days(b)).toBe(days(a));
  });

  it("keeps factors apart when only the key, the points or the assumption differ", () => {
    const makeFactor = sharedRiskFactors();
    const share = makeFactor("lateShare", 15, 1, false);
    expect(makeFactor("creditUse", 6, 1, false)).not.toBe(share);
    expect(makeFactor("lateShare", 14, 1, false)).toEqual({
      key: "lateShare",
      points: 14,
      value: 1,
    });
    expect(makeFactor("lateShare", 15, 1, false)).toBe(share);
    const assumed = makeFactor("lateShare", 15, 1, true);
    expect(assumed).not.toBe(share);
    expect(assumed).toEqual({ key: "lateShare", points: 15, value: 1, assumed: true });
  });
});
