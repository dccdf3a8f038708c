import { isCellError } from "../../../src/functions/errors";
import { implementations } from "../../../src/functions/registry";
import { day } from "./cells";

/**
 * Every function, every argument, every kind of bad input: the result is rows of values, each a
 * finite number, a text, or #VALUE! whose message starts with one of the function's arguments.
 * Never an exception, never NaN.
 */

const due = day(2024, 3, 5);
const asOf = day(2024, 5, 1);

interface Spec {
  args: string[];
  /** A valid call, one value per argument (left-out optional arguments are null). */
  valid: unknown[];
  /** Arguments that are a list for the whole call, not one value per invoice. */
  lists?: string[];
}

const SPECS: Record<string, Spec> = {
  DAYSOVERDUE: { args: ["dueDate", "asOf"], valid: [due, asOf] },
  AGEBUCKET: {
    args: ["dueDate", "asOf", "bounds"],
    valid: [due, asOf, [[30, 60, 90]]],
    lists: ["bounds"],
  },
  RISKSCORE: {
    args: ["daysOverdue", "avgDaysLate", "lateShare", "disputed", "remindersSent", "creditUse"],
    valid: [40, 12, 0.5, "No", 1, 0.8],
  },
  RISKCLASS: { args: ["score"], valid: [55] },
  STATUS: {
    args: ["openAmount", "disputed", "promiseDate", "asOf"],
    valid: [100, false, asOf + 3, asOf],
  },
  NEXTACTION: {
    args: ["daysOverdue", "riskScore", "lastLevel", "daysSinceContact", "status", "policy"],
    valid: [
      40,
      55,
      2,
      10,
      "",
      [
        [1, "Reminder"],
        [30, "Call"],
      ],
    ],
    lists: ["policy"],
  },
  PENALTY: {
    args: ["amount", "dueDate", "asOf", "annualRatePct", "fixedFee"],
    valid: [1000, due, asOf, 12.15, 40],
  },
  DSO: { args: ["receivables", "creditSales", "days"], valid: [2000, 12000, 365] },
  DSOCOUNTBACK: {
    args: ["receivables", "salesByPeriod", "daysByPeriod"],
    valid: [1500, [[500], [700], [600]], [[31], [30], [31]]],
    lists: ["salesByPeriod", "daysByPeriod"],
  },
  CEI: {
    args: ["beginAR", "creditSales", "endAR", "endCurrentAR", "periods"],
    valid: [20000, 30000, 22000, 15000, 1],
  },
};

/** Values that are never a valid argument anywhere: each must give #VALUE! naming the argument. */
const ALWAYS_REFUSED: [string, unknown][] = [
  ["garbage text", "zz-not-a-value"],
  ["an error text", "#N/A"],
  ["an error object", { code: "#DIV/0!" }],
  ["NaN", NaN],
  ["Infinity", Infinity],
  ["an empty range", []],
  ["a ragged range", [[1], [2, 3]]],
];

/** Values some arguments accept: any result must still be a value or a named error. */
const ODD: [string, unknown][] = [
  ["blank text", ""],
  ["null", null],
  ["spaces", "   "],
  ["a huge number", 1e308],
  ["a huge negative number", -1e308],
  ["a negative number", -1],
  ["zero", 0],
  ["a fraction", 0.5],
  ["TRUE", true],
  ["FALSE", false],
  ["a long text", "x".repeat(10000)],
  ["a date text", "2024-02-30"],
];

const asArg = (value: unknown) => (Array.isArray(value) ? value : [[value]]);

function call(name: string, values: unknown[]): unknown[][] {
  return implementations[name](...values.map(asArg));
}

function expectWellFormed(name: string, result: unknown[][]): void {
  expect(Array.isArray(result)).toBe(true);
  expect(result.length).toBeGreaterThan(0);
  for (const row of result) {
    expect(Array.isArray(row)).toBe(true);
    for (const cell of row) {
      if (isCellError(cell)) {
        expect(cell.code).toBe("#VALUE!");
        const argument = cell.message?.split(":")[0];
        expect(SPECS[name].args).toContain(argument);
      } else if (typeof cell === "number") {
        expect(Number.isFinite(cell)).toBe(true);
      } else {
        expect(typeof cell).toBe("string");
      }
    }
  }
}

describe.each(Object.keys(SPECS))("CREDIT.%s with bad input", (name) => {
  const spec = SPECS[name];

  it("is registered and computes a value from the valid call", () => {
    const [[value]] = call(name, spec.valid);
    expect(isCellError(value)).toBe(false);
    expect(value === "" ? "blank" : value).toBeDefined();
  });

  describe.each(spec.args.map((arg, index) => [arg, index] as const))(
    "argument %s",
    (arg, index) => {
      it.each(ALWAYS_REFUSED)("refuses %s, naming the argument", (_label, bad) => {
        const values = [...spec.valid];
        values[index] = bad;
        let result: unknown[][] = [];
        expect(() => (result = call(name, values))).not.toThrow();
        expectWellFormed(name, result);
        const [[cell]] = result;
        expect(isCellError(cell)).toBe(true);
        expect((cell as { message: string }).message.startsWith(`${arg}: `)).toBe(true);
      });

      it.each(ODD)("gives a value or a named error for %s", (_label, odd) => {
        const values = [...spec.valid];
        values[index] = odd;
        let result: unknown[][] = [];
        expect(() => (result = call(name, values))).not.toThrow();
        expectWellFormed(name, result);
      });

      if (!spec.lists?.includes(arg)) {
        it("refuses a range whose shape does not match, naming the argument", () => {
          const other = spec.args.findIndex((a, i) => i !== index && !spec.lists?.includes(a));
          if (other < 0) return; // a single per-invoice argument may have any shape
          const values = [...spec.valid];
          values[other] = [[spec.valid[other]], [spec.valid[other]], [spec.valid[other]]];
          values[index] = [[spec.valid[index], spec.valid[index]]];
          const result = call(name, values);
          expect(result).toHaveLength(1);
          const message = (result[0][0] as { message?: string }).message;
          expect(isCellError(result[0][0])).toBe(true);
          // The later of the two arguments is the one that does not fit the first range's shape.
          expect(message).toBe(
            index < other
              ? `${spec.args[other]}: a 3x1 range does not match the 1x2 range of ${arg}; ` +
                  "give a range of the same size or a single cell"
              : `${arg}: a 1x2 range does not match the 3x1 range of ${spec.args[other]}; ` +
                  "give a range of the same size or a single cell"
          );
        });

        it("computes the other cells of a range when one cell is bad", () => {
          const values = [...spec.valid];
          values[index] = [[spec.valid[index]], ["zz-not-a-value"], [spec.valid[index]]];
          const result = call(name, values);
          expectWellFormed(name, result);
          expect(result).toHaveLength(3);
          expect(isCellError(result[0][0])).toBe(false);
          expect(isCellError(result[1][0])).toBe(true);
          expect(result[2][0]).toEqual(result[0][0]);
        });
      }
    }
  );
});
