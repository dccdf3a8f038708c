import { riskClass } from "../../../../src/core/risk/riskClass";

describe("riskClass", () => {
  it.each([
    [0, "Low"],
    [24, "Low"],
    [25, "Medium"],
    [49, "Medium"],
    [50, "High"],
    [74, "High"],
    [75, "Critical"],
    [100, "Critical"],
  ])("score %d is %s", (score, expected) => {
    expect(riskClass(score)).toBe(expected);
  });

  it("reads a NaN score as Low rather than throwing", () => {
    expect(riskClass(Number.NaN)).toBe("Low");
  });
});
