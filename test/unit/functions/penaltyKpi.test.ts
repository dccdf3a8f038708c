import { cei, dso, dsoCountback, penalty } from "../../../src/functions/functions";
import { column, day, expectValueError } from "./cells";

describe("CREDIT.PENALTY", () => {
  const due = day(2024, 1, 15);
  it("is interest at the annual rate for the days late plus the fixed fee, in cents", () => {
    expect(penalty([[1000]], [[due]], [[due + 100]], [[12.15]])).toEqual([[73.29]]);
    expect(penalty([[1000]], [[due]], [[due + 100]], [[12.15]], [[0]])).toEqual([[33.29]]);
  });

  it("is 0 when not overdue and for a credit note, blank for a blank amount", () => {
    expect(
      penalty(
        column(1000, 1000, -200, ""),
        column(due, due, due, due),
        column(due, due - 3, due + 50, due + 50),
        [[12]]
      )
    ).toEqual(column(0, 0, 0, ""));
  });

  it("needs the as-of date and the rate", () => {
    expectValueError(penalty([[1000]], [[due]], [[null]], [[12]])[0][0], "asOf");
    expectValueError(penalty([[1000]], [[due]], [[due + 9]], [[null]])[0][0], "annualRatePct");
    expectValueError(penalty([[1000]], [[due]], [[due + 9]], [[-1]])[0][0], "annualRatePct");
  });
});

describe("CREDIT.DSO", () => {
  it("is receivables / credit sales x days", () => {
    const [[value]] = dso([[2000]], [[12000]]);
    expect(value).toBeCloseTo(60.83, 2);
    expect(dso([[2000]], [[12000]], [[30]])).toEqual([[5]]);
  });

  it("spills over a row of months", () => {
    const result = dso([[100, 200]], [[1000, 1000]], [[30]]);
    expect(result).toEqual([[3, 6]]);
  });

  it("refuses zero days", () => {
    expectValueError(dso([[2000]], [[12000]], [[0]])[0][0], "days");
  });
});

describe("CREDIT.DSOCOUNTBACK", () => {
  it("counts back the latest periods' sales (worked example)", () => {
    const [[value]] = dsoCountback(
      [[2000]],
      column(500, 700, 600, 400, 200),
      column(31, 31, 30, 31, 31)
    );
    expect(value).toBeCloseTo(129.2, 6);
  });

  it("takes 30 days per period by default, or one length for all", () => {
    const [[byDefault]] = dsoCountback([[300]], [[400, 200]]);
    expect(byDefault).toBeCloseTo(30 + 7.5, 6);
    const [[one]] = dsoCountback([[300]], [[400, 200]], [[31]]);
    expect(one).toBeCloseTo(31 + 7.75, 6);
  });

  it("refuses a days list of another length and a blank period", () => {
    expectValueError(dsoCountback([[300]], [[400, 200, 100]], [[30, 31]])[0][0], "daysByPeriod");
    expectValueError(dsoCountback([[300]], [[400, "", 100]])[0][0], "salesByPeriod");
  });
});

describe("CREDIT.CEI", () => {
  it("is (begin + sales/N - end) / (begin + sales/N - current) x 100", () => {
    expect(cei([[20000]], [[30000]], [[22000]], [[15000]])).toEqual([[80]]);
    const [[quarter]] = cei([[20000]], [[90000]], [[22000]], [[15000]], [[3]]);
    expect(quarter).toBeCloseTo(((20000 + 30000 - 22000) / (20000 + 30000 - 15000)) * 100, 9);
  });

  it("refuses 0 periods", () => {
    expectValueError(cei([[1]], [[1]], [[1]], [[1]], [[0]])[0][0], "periods");
  });
});
