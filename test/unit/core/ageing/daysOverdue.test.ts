import fc from "fast-check";
import { daysOverdue } from "../../../../src/core/ageing/daysOverdue";
import { dayFromYmd } from "../../../../src/core/dates/calendar";

describe("daysOverdue", () => {
  it("counts whole days from the due date", () => {
    const due = dayFromYmd(2024, 2, 15)!;
    expect(daysOverdue(due, dayFromYmd(2024, 3, 1)!)).toBe(15); // across 29/02/2024
    expect(daysOverdue(due, due)).toBe(0);
    expect(daysOverdue(due, dayFromYmd(2024, 2, 10)!)).toBe(-5);
    expect(daysOverdue(dayFromYmd(2023, 12, 31)!, dayFromYmd(2024, 12, 31)!)).toBe(366);
  });

  it("ignores the time of day", () => {
    expect(daysOverdue(45356.9, 45357.1)).toBe(1);
  });

  it("daysOverdue(d, d + k) = k", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 2958465 }),
        fc.integer({ min: -5000, max: 5000 }),
        (d, k) => {
          return daysOverdue(d, d + k) === k;
        }
      )
    );
  });
});
