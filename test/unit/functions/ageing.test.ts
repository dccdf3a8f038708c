import fc from "fast-check";
import { bucketLabels } from "../../../src/core/ageing/ageBucket";
import { today } from "../../../src/functions/clock";
import { localeFromLanguage } from "../../../src/core/locale/localeFromLanguage";
import { setFunctionsLocale } from "../../../src/functions/functionsLocale";
import { ageBucket, daysOverdue } from "../../../src/functions/functions";
import { column, day, expectValueError } from "./cells";

afterEach(() => {
  setFunctionsLocale(undefined);
  jest.useRealTimers();
});

const due = day(2024, 3, 5);

describe("CREDIT.DAYSOVERDUE", () => {
  it("counts whole days from the due date to the as-of date", () => {
    expect(daysOverdue([[due]], [[due + 30]])).toEqual([[30]]);
    expect(daysOverdue([[due]], [[due]])).toEqual([[0]]);
    expect(daysOverdue([[due]], [[due - 5]])).toEqual([[-5]]);
  });

  it("drops the time of day of a date-time serial", () => {
    expect(daysOverdue([[due + 0.75]], [[due + 10.2]])).toEqual([[10]]);
  });

  it("spills a column of due dates against one as-of cell", () => {
    const asOf = day(2024, 4, 1);
    expect(daysOverdue(column(due, "", day(2024, 4, 11), null), [[asOf]])).toEqual([
      [27],
      [""],
      [-10],
      [""],
    ]);
  });

  it("pairs a range of as-of dates with a range of due dates of the same shape", () => {
    expect(
      daysOverdue(
        [
          [due, due],
          [due, due],
        ],
        [
          [due + 1, due + 2],
          [due + 3, due + 4],
        ]
      )
    ).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it("refuses ranges of different shapes, naming the argument", () => {
    const result = daysOverdue(column(due, due, due), column(due, due));
    expect(result).toHaveLength(1);
    expectValueError(result[0][0], "asOf");
    expect((result[0][0] as { message: string }).message).toContain("3x1 range of dueDate");
  });

  it("uses today, read from the clock, when the as-of date is left out or blank", () => {
    jest.useFakeTimers().setSystemTime(new Date(2024, 2, 20, 15, 30));
    expect(today()).toBe(day(2024, 3, 20));
    expect(daysOverdue([[due]])).toEqual([[15]]);
    expect(daysOverdue([[due]], [[null]])).toEqual([[15]]);
    expect(daysOverdue([[due]], [[""]])).toEqual([[15]]);
  });

  it("reads text dates in the Office language's order and refuses those only valid in the other", () => {
    setFunctionsLocale(localeFromLanguage("fr-FR"));
    expect(daysOverdue([["05/03/2024"]], [["2024-03-15"]])).toEqual([[10]]);
    expectValueError(daysOverdue([["03/25/2024"]], [[due]])[0][0], "dueDate");
    setFunctionsLocale(localeFromLanguage("en-US"));
    expect(daysOverdue([["03/05/2024"]], [["March 15, 2024"]])).toEqual([[10]]);
    expectValueError(daysOverdue([["25/03/2024"]], [[due]])[0][0], "dueDate");
  });

  it("follows Office's language when Excel's culture is not known yet", () => {
    const global = globalThis as { Office?: unknown };
    global.Office = { context: { displayLanguage: "fr-FR" } };
    try {
      expect(daysOverdue([["05/03/2024"]], [["06/03/2024"]])).toEqual([[1]]);
      global.Office = { context: { displayLanguage: "en-US" } };
      expect(daysOverdue([["03/05/2024"]], [["03/06/2024"]])).toEqual([[1]]);
    } finally {
      delete global.Office;
    }
  });

  it("gives an error per bad cell and still computes the others", () => {
    const result = daysOverdue(column(due, "not a date", "#N/A", due), [[due + 1]]);
    expect(result[0][0]).toBe(1);
    expectValueError(result[1][0], "dueDate");
    expectValueError(result[2][0], "dueDate");
    expect((result[2][0] as { message: string }).message).toContain("#N/A");
    expect(result[3][0]).toBe(1);
  });

  it("asOf(d + k) - d = k over all Excel dates", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 61, max: 2_900_000 }),
        fc.integer({ min: -50_000, max: 50_000 }),
        (serial, k) => {
          fc.pre(serial + k >= 61);
          expect(daysOverdue([[serial]], [[serial + k]])).toEqual([[k]]);
        }
      )
    );
  });
});

describe("CREDIT.AGEBUCKET", () => {
  it("puts the bucket edges where docs/design.md §4 says", () => {
    const asOf = (days: number) => [[due + days]];
    expect(ageBucket([[due]], asOf(-3))).toEqual([["Current"]]);
    expect(ageBucket([[due]], asOf(0))).toEqual([["Current"]]);
    expect(ageBucket([[due]], asOf(1))).toEqual([["1-30"]]);
    expect(ageBucket([[due]], asOf(30))).toEqual([["1-30"]]);
    expect(ageBucket([[due]], asOf(31))).toEqual([["31-60"]]);
    expect(ageBucket([[due]], asOf(60))).toEqual([["31-60"]]);
    expect(ageBucket([[due]], asOf(61))).toEqual([["61-90"]]);
    expect(ageBucket([[due]], asOf(90))).toEqual([["61-90"]]);
    expect(ageBucket([[due]], asOf(91))).toEqual([["91+"]]);
  });

  it("labels follow the bounds, given as a row, a column or an array constant", () => {
    const asOf = [[due + 20]];
    expect(ageBucket([[due]], asOf, [[15, 45]])).toEqual([["16-45"]]);
    expect(ageBucket([[due]], asOf, column(7, 14, ""))).toEqual([["15+"]]);
    expect(ageBucket(column(due, due + 20), asOf, [[10]])).toEqual([["11+"], ["Current"]]);
  });

  it("refuses bounds that do not increase or are not whole days", () => {
    expectValueError(ageBucket([[due]], [[due]], [[60, 30]])[0][0], "bounds");
    expectValueError(ageBucket([[due]], [[due]], [[0.5]])[0][0], "bounds");
    expectValueError(ageBucket([[due]], [[due]], [["thirty"]])[0][0], "bounds");
  });

  it("gives blank for a blank due date", () => {
    expect(ageBucket(column("", due), [[due + 45]])).toEqual([[""], ["31-60"]]);
  });

  it("orders buckets as days grow", () => {
    const bounds = [30, 60, 90];
    const labels = bucketLabels(bounds);
    fc.assert(
      fc.property(
        fc.integer({ min: -400, max: 400 }),
        fc.integer({ min: 0, max: 400 }),
        (days, more) => {
          const [[a]] = ageBucket([[due]], [[due + days]]);
          const [[b]] = ageBucket([[due]], [[due + days + more]]);
          expect(labels.indexOf(a as string)).toBeGreaterThanOrEqual(0);
          expect(labels.indexOf(b as string)).toBeGreaterThanOrEqual(labels.indexOf(a as string));
        }
      )
    );
  });
});
