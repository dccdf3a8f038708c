import fc from "fast-check";
import { ladderFromRange } from "../../../../src/core/policy/ladderFromRange";
import { memoNextAction } from "../../../../src/core/policy/memoNextAction";
import {
  nextAction,
  type DunningPolicy,
  type InvoiceStatus,
  type NextActionInput,
} from "../../../../src/core/policy/nextAction";

const input: fc.Arbitrary<NextActionInput> = fc.record({
  daysOverdue: fc.oneof(fc.integer({ min: -20, max: 120 }), fc.integer(), fc.double()),
  riskScore: fc.oneof(fc.constant(undefined), fc.integer({ min: 0, max: 100 }), fc.double()),
  lastLevel: fc.oneof(fc.constant(undefined), fc.integer({ min: -1, max: 20 }), fc.double()),
  daysSinceContact: fc.oneof(fc.constant(undefined), fc.integer({ min: -3, max: 40 }), fc.double()),
  status: fc.constantFrom<InvoiceStatus>("", "", "broken promise", "paid", "disputed", "promise"),
});

const custom = ladderFromRange([
  [10, "Relance"],
  [40, "Mise en demeure"],
  [70, "Injonction de payer"],
]);
if (!custom.ok) throw new Error(custom.reason);

describe("memoNextAction", () => {
  it.each<[string, DunningPolicy]>([
    ["default policy", {}],
    ["custom ladder, 3 days", { ladder: custom.value, minDaysBetweenContacts: 3 }],
    ["interval of 10.5 days", { minDaysBetweenContacts: 10.5 }],
    ["interval too long to remember", { minDaysBetweenContacts: 30 }],
  ])("answers exactly as nextAction, %s", (_name, policy) => {
    const remembered = memoNextAction(policy);
    fc.assert(
      fc.property(input, (i) => {
        const expected = nextAction(i, policy);
        expect(remembered(i)).toEqual(expected);
        // Asked again: the answer now comes from the memory.
        expect(remembered(i)).toEqual(expected);
      }),
      { numRuns: 3000 }
    );
  });

  it("shares one answer between rows with the same inputs", () => {
    const remembered = memoNextAction();
    const a = remembered({ daysOverdue: 20, riskScore: 30, lastLevel: 1, daysSinceContact: 12 });
    const b = remembered({ daysOverdue: 20, riskScore: 30, lastLevel: 1, daysSinceContact: 40 });
    expect(b).toBe(a);
    expect(a.text).toBe("Reminder 2");
    const c = remembered({ daysOverdue: 20, riskScore: 30, lastLevel: 1, daysSinceContact: 3 });
    expect(c.text).toBe("Wait: Reminder 2 in 4 days");
  });

  it("reads a negative contact as a contact today, as nextAction does", () => {
    const remembered = memoNextAction();
    const answer = remembered({ daysOverdue: 20, daysSinceContact: -2 });
    expect(answer.text).toBe(nextAction({ daysOverdue: 20, daysSinceContact: -2 }).text);
    if (answer.reason.key !== "contactInterval") throw new Error(`waits: ${answer.reason.key}`);
    expect(answer.reason.params.daysSinceContact).toBe(0);
  });
});
