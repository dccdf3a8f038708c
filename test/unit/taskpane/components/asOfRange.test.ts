import { dayFromYmd } from "../../../../src/core/dates/calendar";
import type { Day } from "../../../../src/core/types";
import { asOfRange, checkAsOf } from "../../../../src/taskpane/components/asOfRange";

const day = (y: number, m: number, d: number) => dayFromYmd(y, m, d) as Day;
const TODAY = day(2026, 11, 29);

describe("the as-of dates the pane accepts", () => {
  it("run from 1 January thirty years back to a year ahead of today", () => {
    expect(asOfRange(TODAY)).toEqual({ min: day(1996, 1, 1), max: TODAY + 366 });
  });

  it("refuse 9999-12-31 and a date before the range, warn about a future date", () => {
    expect(checkAsOf(day(9999, 12, 31), TODAY)).toBe("outside");
    expect(checkAsOf(day(1995, 12, 31), TODAY)).toBe("outside");
    expect(checkAsOf(day(2027, 1, 15), TODAY)).toBe("future");
    expect(checkAsOf(TODAY, TODAY)).toBe("ok");
    expect(checkAsOf(day(2013, 6, 30), TODAY)).toBe("ok");
  });
});
