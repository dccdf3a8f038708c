import { dayFromYmd } from "../../../../src/core/dates/calendar";
import { detectDateOrder, parseDate } from "../../../../src/core/dates/parseDate";
import type { DateOrder } from "../../../../src/core/types";

const day = (year: number, month: number, dayOfMonth: number): number =>
  dayFromYmd(year, month, dayOfMonth)!;

function reasonFor(value: unknown, order: DateOrder = "dmy"): string {
  const result = parseDate(value, order);
  if (result.ok) throw new Error(`expected ${String(value)} to be refused`);
  return result.reason;
}

describe("parseDate", () => {
  it.each<[unknown, DateOrder, number]>([
    [45356, "dmy", day(2024, 3, 5)],
    [45356.75, "mdy", day(2024, 3, 5)],
    ["2024-03-05", "mdy", day(2024, 3, 5)],
    ["2024-03-05T10:00:00", "dmy", day(2024, 3, 5)],
    ["2024-03-05T23:30:00+02:00", "dmy", day(2024, 3, 5)],
    ["2024/3/5", "mdy", day(2024, 3, 5)],
    ["  05/03/2024  ", "dmy", day(2024, 3, 5)],
    ["05/03/2024", "mdy", day(2024, 5, 3)],
    ["3/5/2024", "mdy", day(2024, 3, 5)],
    ["05-03-2024", "dmy", day(2024, 3, 5)],
    ["05.03.2024", "dmy", day(2024, 3, 5)],
    ["05/03/2024 10:30", "dmy", day(2024, 3, 5)],
    ["3/5/2024 4:15 PM", "mdy", day(2024, 3, 5)],
    ["5/3/24", "dmy", day(2024, 3, 5)],
    ["5/3/49", "dmy", day(2049, 3, 5)],
    ["5/3/50", "dmy", day(1950, 3, 5)],
    ["5/3/99", "dmy", day(1999, 3, 5)],
    ["5/3/00", "dmy", day(2000, 3, 5)],
    ["12/25/2024", "mdy", day(2024, 12, 25)],
    ["25/12/2024", "dmy", day(2024, 12, 25)],
    ["29/02/2024", "dmy", day(2024, 2, 29)],
    ["29/02/2000", "dmy", day(2000, 2, 29)],
    ["5 mars 2024", "mdy", day(2024, 3, 5)],
    ["1er janvier 2024", "dmy", day(2024, 1, 1)],
    ["mardi 5 mars 2024", "dmy", day(2024, 3, 5)],
    ["le 5 mars 2024 à 10h30", "dmy", day(2024, 3, 5)],
    ["5 févr. 2024", "dmy", day(2024, 2, 5)],
    ["15 août 2024", "dmy", day(2024, 8, 15)],
    ["31 DÉCEMBRE 2024", "dmy", day(2024, 12, 31)],
    ["March 5, 2024", "dmy", day(2024, 3, 5)],
    ["Tuesday, March 5th, 2024", "dmy", day(2024, 3, 5)],
    ["the 5th of March 2024", "mdy", day(2024, 3, 5)],
    ["05-Mar-2024", "mdy", day(2024, 3, 5)],
    ["05-Mar-24", "mdy", day(2024, 3, 5)],
    ["2024-Mar-05", "mdy", day(2024, 3, 5)],
    ["Sept 30 2024", "dmy", day(2024, 9, 30)],
    ["45356", "dmy", day(2024, 3, 5)],
    ["20240305", "dmy", day(2024, 3, 5)],
  ])("reads %p (%s)", (value, order, expected) => {
    expect(parseDate(value, order)).toEqual({ ok: true, value: expected });
  });

  it("reads a Date object as the day it stands for", () => {
    expect(parseDate(new Date(Date.UTC(2024, 2, 5)), "dmy")).toEqual({
      ok: true,
      value: day(2024, 3, 5),
    });
    expect(parseDate(new Date(2024, 2, 5), "dmy")).toEqual({ ok: true, value: day(2024, 3, 5) });
    expect(parseDate(new Date(2024, 2, 5, 18, 45), "mdy")).toEqual({
      ok: true,
      value: day(2024, 3, 5),
    });
    expect(reasonFor(new Date("not a date"))).toBe("an invalid date");
    expect(reasonFor(new Date(Date.UTC(1850, 0, 1)))).toContain("outside the dates Excel can hold");
  });

  it("refuses a date that only reads in the other order, and says so", () => {
    const reason = reasonFor("25/12/2024", "mdy");
    expect(reason).toContain("not a valid mm/dd/yyyy date");
    expect(reason).toContain("dd/mm/yyyy (25 December 2024)");
    expect(reasonFor("12/25/2024", "dmy")).toContain("only reads as mm/dd/yyyy");
  });

  it.each<[unknown, string]>([
    ["31/02/2024", "31 February 2024 does not exist"],
    ["29/02/2100", "29 February 2100 does not exist"],
    ["29/02/2023", "29 February 2023 does not exist"],
    ["29/02/1900", "29 February 1900 does not exist"],
    ["2024-02-30", "30 February 2024 does not exist"],
    ["13/13/2024", "month 13 does not exist"],
    ["2024-13-01", "month 13 does not exist"],
    ["31 février 2024", "31 February 2024 does not exist"],
    ["01/01/1850", "year 1850 is outside"],
    [undefined, "blank"],
    [null, "blank"],
    ["", "blank"],
    ["   ", "blank"],
    [true, "TRUE is a yes/no value, not a date"],
    [false, "FALSE is a yes/no value, not a date"],
    ["#N/A", "the cell holds the error #N/A"],
    ["#VALUE!", "the cell holds the error #VALUE!"],
    ["abc", '"abc" is not a date'],
    ["mars 2024", "not a complete date"],
    ["5 mars", "not a complete date"],
    ["2024", "is a number, not a date"],
    ["12/2024", "not a date"],
    [60, "Excel's 1900 leap-year bug"],
    [0, "before 01/01/1900"],
    [NaN, "not a date serial number"],
    [{}, "an object is not a date"],
  ])("refuses %p with a clear reason", (value, expected) => {
    expect(reasonFor(value)).toContain(expected);
  });
});

describe("detectDateOrder", () => {
  it("finds the order from the texts that fit only one", () => {
    expect(detectDateOrder(["01/02/2024", "25/12/2024"], "mdy")).toBe("dmy");
    expect(detectDateOrder(["01/02/2024", "12/25/2024"], "dmy")).toBe("mdy");
  });

  it("says mixed when some texts fit only each order", () => {
    expect(detectDateOrder(["25/12/2024", "12/25/2024"], "dmy")).toBe("mixed");
  });

  it("falls back when every text fits both orders or none is a numeric date", () => {
    expect(detectDateOrder(["01/02/2024", "03/04/2024"], "mdy")).toBe("mdy");
    expect(detectDateOrder(["2024-12-25", "5 mars 2024", "", "abc"], "dmy")).toBe("dmy");
    expect(detectDateOrder([], "mdy")).toBe("mdy");
    expect(detectDateOrder([45356, null, true], "dmy")).toBe("dmy");
  });

  it("reads the IBM sample's m/d/yyyy dates as month first", () => {
    expect(detectDateOrder(["1/2/2013", "1/26/2013", "7/3/2013", "8/28/2013"], "dmy")).toBe("mdy");
  });
});
