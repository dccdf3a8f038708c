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

  it("keeps factors apart when only the key or the points differ", () => {
    const makeFactor = sharedRiskFactors();
    const share = makeFactor("lateShare", 15, 1);
    expect(makeFactor("creditUse", 6, 1)).not.toBe(share);
    expect(makeFactor("lateShare", 14, 1)).toEqual({ key: "lateShare", points: 14, value: 1 });
    expect(makeFactor("lateShare", 15, 1)).toBe(share);
  });
});
