import fc from "fast-check";
import {
  ageBucket,
  ageBucketIndex,
  bucketLabels,
  invalidBoundsReason,
} from "../../../../src/core/ageing/ageBucket";

describe("ageBucket", () => {
  it.each<[number, string]>([
    [-10, "Current"],
    [0, "Current"],
    [1, "1-30"],
    [30, "1-30"],
    [31, "31-60"],
    [60, "31-60"],
    [61, "61-90"],
    [90, "61-90"],
    [91, "91+"],
    [5000, "91+"],
  ])("%i days overdue is %s", (days, label) => {
    expect(ageBucket(days)).toBe(label);
  });

  it("follows custom bounds", () => {
    expect(bucketLabels([15, 45])).toEqual(["Current", "1-15", "16-45", "46+"]);
    expect(ageBucket(16, [15, 45])).toBe("16-45");
    expect(ageBucket(46, [15, 45])).toBe("46+");
  });

  it("explains bounds that cannot make buckets", () => {
    expect(invalidBoundsReason([30, 60, 90])).toBeUndefined();
    expect(invalidBoundsReason([])).toContain("at least one bound");
    expect(invalidBoundsReason([30, 30])).toContain("bounds must increase");
    expect(invalidBoundsReason([0, 30])).toContain("1 or more");
    expect(invalidBoundsReason([30.5])).toContain("whole number");
  });

  it("is non-decreasing in days, with labels in age order", () => {
    const bounds = fc
      .uniqueArray(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 6 })
      .map((values) => [...values].sort((a, b) => a - b));
    fc.assert(
      fc.property(bounds, fc.integer({ min: -100, max: 1000 }), fc.nat(200), (b, days, step) => {
        const labels = bucketLabels(b);
        const first = ageBucketIndex(days, b);
        const later = ageBucketIndex(days + step, b);
        const starts = labels.slice(1).map((label) => parseInt(label, 10));
        return (
          later >= first &&
          labels[0] === "Current" &&
          labels.length === b.length + 2 &&
          starts.every((start, i) => i === 0 || start > starts[i - 1])
        );
      })
    );
  });
});
