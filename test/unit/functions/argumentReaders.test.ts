import { argumentReaders, readArgs } from "../../../src/functions/argumentReaders";
import { cei, dso } from "../../../src/functions/functions";
import { isCellError } from "../../../src/functions/errors";
import { readPositive } from "../../../src/functions/readers";
import { expectValueError } from "./cells";

describe("argument readers: one reader per argument name, overridden where a function needs it", () => {
  it("DSO refuses credit sales of 0 (it divides by them) while CEI takes 0 (a sum)", () => {
    expectValueError(dso([[2000]], [[0]])[0][0], "creditSales");
    expect(cei([[20000]], [[0]], [[10000]], [[5000]])).toEqual([[66.66666666666666]]);
  });

  it("reads an argument by its name's reader unless the call overrides it", () => {
    const table = readArgs({ creditSales: [[0]] });
    const positive = readArgs({ creditSales: [[0]] }, { creditSales: readPositive });
    if (isCellError(table)) throw new Error(table.message);
    expect(table.map((cell) => cell.creditSales)).toEqual([[0]]);
    expect(isCellError(positive)).toBe(false);
    if (isCellError(positive)) return;
    expectValueError(positive.map((cell) => cell.creditSales)[0][0], "creditSales");
  });

  it("reads text dates in the day/month order asked for", () => {
    expect(argumentReaders("dmy").dueDate("03/04/2024")).toEqual(
      argumentReaders("mdy").dueDate("04/03/2024")
    );
  });

  it("does not compile an argument name the table does not know", () => {
    // @ts-expect-error: "bogus" is no argument of the CREDIT functions.
    const read = () => readArgs({ bogus: [[1]] });
    expect(typeof read).toBe("function");
  });
});
