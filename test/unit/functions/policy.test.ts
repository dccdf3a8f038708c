import fc from "fast-check";
import { invoiceStatus } from "../../../src/core/policy/invoiceStatus";
import type { Invoice } from "../../../src/core/types";
import { nextAction, status } from "../../../src/functions/functions";
import { column, day, expectValueError } from "./cells";

const action = (...args: unknown[]): string => {
  const [[text]] = (nextAction as (...a: unknown[]) => unknown[][])(
    ...args.map((a) => (a === undefined ? null : Array.isArray(a) ? a : [[a]]))
  );
  if (typeof text !== "string") throw new Error(`expected a text, got ${JSON.stringify(text)}`);
  return text;
};

describe("CREDIT.NEXTACTION", () => {
  it("follows the default ladder by days alone when the last level is unknown", () => {
    expect(action(-10)).toBe("None");
    expect(action(-5)).toBe("Courtesy reminder");
    expect(action(1)).toBe("Reminder 1");
    expect(action(15)).toBe("Reminder 2");
    expect(action(30)).toBe("Phone call");
    expect(action(45)).toBe("Formal notice");
    expect(action(90)).toMatch(/^Collection agency \/ legal action/);
  });

  it("waits within the contact interval", () => {
    expect(action(20, undefined, 1, 3)).toMatch(/^Wait/);
  });

  it("never goes more than one level above the last one sent", () => {
    expect(action(90, undefined, 2, 30)).toMatch(/^Phone call/);
  });

  it("applies the status", () => {
    expect(action(50, null, null, null, "disputed")).toBe("Resolve dispute");
    expect(action(50, null, null, null, "promise")).toBe("Await promised payment");
    expect(action(50, null, null, null, "Paid")).toBe("None");
    expect(action(50, null, null, null, "litige")).toBe("Resolve dispute");
    expect(action(16, null, 1, null, "broken promise")).toMatch(/^Reminder 2|^Phone call/);
    expectValueError(
      nextAction([[50]], undefined, undefined, undefined, [["lost"]])[0][0],
      "status"
    );
  });

  it("reads a policy range: from-day then action, header allowed", () => {
    const policy = [
      ["From day", "Action"],
      [1, "Friendly email"],
      [20, "Call the buyer"],
      [40, "Send to agency"],
    ];
    expect(action(25, null, null, null, null, policy)).toBe("Call the buyer");
    expect(action(0, null, null, null, null, policy)).toBe("None");
    expectValueError(
      nextAction([[25]], undefined, undefined, undefined, undefined, [
        [20, "a"],
        [10, "b"],
      ])[0][0],
      "policy"
    );
  });

  it("spills with single cells broadcast, blank for blank days", () => {
    expect(nextAction(column(1, "", 45), [[null]], [[null]], [[30]])).toEqual(
      column("Reminder 1", "", "Formal notice")
    );
  });

  it("refuses a fractional or negative last level", () => {
    expectValueError(nextAction([[20]], undefined, [[1.5]])[0][0], "lastLevel");
    expectValueError(nextAction([[20]], undefined, undefined, [[-2]])[0][0], "daysSinceContact");
  });
});

describe("CREDIT.STATUS", () => {
  const asOf = day(2024, 6, 1);
  it("gives paid, disputed, promise, broken promise or blank", () => {
    expect(
      status(
        column(0, -50, 100, 100, 100, 100, ""),
        column(null, "Yes", "Oui", null, null, "No", null),
        column(null, null, asOf + 5, asOf, asOf - 1, null, null),
        [[asOf]]
      )
    ).toEqual(column("paid", "paid", "disputed", "promise", "broken promise", "", ""));
  });

  it("feeds NEXTACTION", () => {
    const [[state]] = status([[100]], undefined, [[asOf - 3]], [[asOf]]);
    expect(state).toBe("broken promise");
    expect(action(20, null, null, null, state)).not.toBe("None");
  });

  it("refuses a promise date that is not a date", () => {
    expectValueError(status([[100]], undefined, [["soon"]], [[asOf]])[0][0], "promiseDate");
  });
});

describe("CREDIT.STATUS and the core analysis", () => {
  it("gives the status the analysis gives an invoice with the same figures", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        fc.boolean(),
        fc.option(fc.integer({ min: 45000, max: 45100 }), { nil: undefined }),
        fc.integer({ min: 45000, max: 45100 }),
        (open, disputed, promiseDate, asOf) => {
          const invoice: Invoice = {
            row: 2,
            customer: "ACME",
            invoiceNumber: "F1",
            dueDate: 44990,
            amount: Math.max(open, 0) + 100,
            paid: 0,
            open,
            disputed,
            promiseDate,
          };
          const cells = (status as (...a: unknown[]) => unknown[][])(
            [[open]],
            [[disputed ? "Yes" : "No"]],
            [[promiseDate ?? null]],
            [[asOf]]
          );
          expect(cells).toEqual([[invoiceStatus(invoice, asOf)]]);
        }
      )
    );
  });
});
