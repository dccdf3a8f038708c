import { hold } from "../../../src/functions/functions";
import { column, expectValueError } from "./cells";

const call = hold as (...args: unknown[]) => unknown[][];

describe("CREDIT.HOLD: credit hold for sales to see in the sheet", () => {
  it.each([
    { days: 61, use: null, holdDay: null, result: true },
    { days: 60, use: null, holdDay: null, result: false },
    { days: 10, use: 1.2, holdDay: null, result: true },
    { days: 10, use: 1, holdDay: null, result: false },
    { days: 31, use: null, holdDay: 30, result: true },
    { days: "", use: "", holdDay: null, result: "" },
  ])(
    "$days days overdue, credit use $use, hold day $holdDay -> $result",
    ({ days, use, holdDay, result }) => {
      expect(call([[days]], [[use]], [[holdDay]])).toEqual([[result]]);
    }
  );

  it("spills over a column of invoices, the hold day broadcast", () => {
    expect(call(column(90, 5, -3), column(0.5, 1.5, null), [[60]])).toEqual(
      column(true, true, false)
    );
  });

  it("says which argument is wrong", () => {
    expectValueError(call([["soon"]])[0][0], "daysOverdue");
    expectValueError(call([[10]], [[-1]])[0][0], "creditUse");
    expectValueError(call([[10]], [[null]], [[2.5]])[0][0], "holdDay");
  });
});
