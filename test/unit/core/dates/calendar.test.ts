import fc from "fast-check";
import {
  dayFromYmd,
  daysInMonth,
  isLeapYear,
  toIsoDate,
  ymdFromDay,
} from "../../../../src/core/dates/calendar";

describe("dayFromYmd", () => {
  it("counts days from 1899-12-30 like Excel from March 1900 on", () => {
    expect(dayFromYmd(1899, 12, 30)).toBe(0);
    expect(dayFromYmd(1900, 1, 1)).toBe(2);
    expect(dayFromYmd(1900, 3, 1)).toBe(61);
    expect(dayFromYmd(1970, 1, 1)).toBe(25569);
    expect(dayFromYmd(2024, 3, 5)).toBe(45356);
    expect(dayFromYmd(9999, 12, 31)).toBe(2958465);
  });

  it("applies the leap-year rules of 1900, 2000, 2024 and 2100", () => {
    expect(dayFromYmd(1900, 2, 29)).toBeUndefined();
    expect(dayFromYmd(2000, 2, 29)).toBe(36585);
    expect(dayFromYmd(2024, 2, 29)).toBe(45351);
    expect(dayFromYmd(2023, 2, 29)).toBeUndefined();
    expect(dayFromYmd(2100, 2, 29)).toBeUndefined();
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
    expect(isLeapYear(2100)).toBe(false);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2024, 4)).toBe(30);
  });

  it("refuses dates that do not exist", () => {
    expect(dayFromYmd(2024, 2, 30)).toBeUndefined();
    expect(dayFromYmd(2024, 4, 31)).toBeUndefined();
    expect(dayFromYmd(2024, 13, 1)).toBeUndefined();
    expect(dayFromYmd(2024, 0, 1)).toBeUndefined();
    expect(dayFromYmd(2024, 1, 0)).toBeUndefined();
    expect(dayFromYmd(2024.5, 1, 1)).toBeUndefined();
    expect(dayFromYmd(NaN, 1, 1)).toBeUndefined();
    expect(dayFromYmd(10000, 1, 1)).toBeUndefined();
  });
});

describe("ymdFromDay and toIsoDate", () => {
  it("gives back the calendar date", () => {
    expect(ymdFromDay(45356)).toEqual({ year: 2024, month: 3, day: 5 });
    expect(ymdFromDay(60)).toEqual({ year: 1900, month: 2, day: 28 });
    expect(ymdFromDay(61)).toEqual({ year: 1900, month: 3, day: 1 });
    expect(ymdFromDay(-1)).toEqual({ year: 1899, month: 12, day: 29 });
    expect(ymdFromDay(45356.9)).toEqual({ year: 2024, month: 3, day: 5 });
    expect(toIsoDate(45356)).toBe("2024-03-05");
    expect(toIsoDate(36585)).toBe("2000-02-29");
    expect(toIsoDate(2958465)).toBe("9999-12-31");
  });

  it("round-trips every date from 1900 to 9999", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const result = dayFromYmd(year, month, day);
          if (day > daysInMonth(year, month)) return result === undefined;
          return (
            result !== undefined &&
            JSON.stringify(ymdFromDay(result)) === JSON.stringify({ year, month, day })
          );
        }
      ),
      { numRuns: 2000 }
    );
  });

  it("agrees with Date.UTC and steps one calendar day per Day", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 2958464 }), (day) => {
        const iso = new Date((day - 25569) * 86400000).toISOString().slice(0, 10);
        const next = ymdFromDay(day + 1);
        return toIsoDate(day) === iso && dayFromYmd(next.year, next.month, next.day) === day + 1;
      }),
      { numRuns: 2000 }
    );
  });
});
