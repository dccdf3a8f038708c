import { DEFAULT_LADDER } from "../../../../src/core/policy/defaultLadder";
import { ladderFromRange } from "../../../../src/core/policy/ladderFromRange";
import { nextAction, type NextActionInput } from "../../../../src/core/policy/nextAction";

describe("nextAction: the three cases the contract names", () => {
  it("waits when Reminder 2 is due but the last contact was 3 days ago", () => {
    expect(nextAction({ daysOverdue: 20, lastLevel: 1, daysSinceContact: 3 }).text).toBe(
      "Wait: Reminder 2 in 4 days"
    );
  });

  it("goes to the agency at 90 days when nothing is known of past reminders", () => {
    expect(nextAction({ daysOverdue: 90 }).text).toBe("Collection agency / legal action");
  });

  it("goes only one level above the last one sent", () => {
    expect(nextAction({ daysOverdue: 90, lastLevel: 2, daysSinceContact: 30 }).text).toBe(
      "Phone call"
    );
  });
});

type Row = [string, NextActionInput, string, string, number | undefined, string];

/** One row per rule of docs/design.md §4, with the default ladder and a 7-day contact interval. */
const rules: Row[] = [
  // [rule, input, kind, text, level, reason]
  ["paid -> None", { daysOverdue: 70, status: "paid" }, "none", "None", undefined, "paid"],
  [
    "disputed -> Resolve dispute",
    { daysOverdue: 70, status: "disputed", lastLevel: 3 },
    "resolve",
    "Resolve dispute",
    undefined,
    "disputed",
  ],
  [
    "promise not yet due -> Await",
    { daysOverdue: 40, status: "promise" },
    "await",
    "Await promised payment",
    undefined,
    "promise",
  ],
  [
    "before the first window -> None",
    { daysOverdue: -6 },
    "none",
    "None",
    undefined,
    "beforeFirstLevel",
  ],
  [
    "courtesy window opens 5 days before due",
    { daysOverdue: -5 },
    "act",
    "Courtesy reminder",
    0,
    "due",
  ],
  ["on the due date still courtesy", { daysOverdue: 0 }, "act", "Courtesy reminder", 0, "due"],
  ["day 1 -> Reminder 1", { daysOverdue: 1 }, "act", "Reminder 1", 1, "due"],
  ["day 14 -> Reminder 1", { daysOverdue: 14 }, "act", "Reminder 1", 1, "due"],
  ["day 15 -> Reminder 2", { daysOverdue: 15 }, "act", "Reminder 2", 2, "due"],
  ["day 30 -> Phone call", { daysOverdue: 30 }, "act", "Phone call", 3, "due"],
  ["day 45 -> Formal notice", { daysOverdue: 45 }, "act", "Formal notice", 4, "due"],
  [
    "day 60 -> agency (last level unknown: days alone)",
    { daysOverdue: 60 },
    "act",
    "Collection agency / legal action",
    5,
    "due",
  ],
  [
    "last level known: one level above it",
    { daysOverdue: 50, lastLevel: 1, daysSinceContact: 10 },
    "act",
    "Reminder 2",
    2,
    "oneAboveLastLevel",
  ],
  [
    "last level known: agency only after the formal notice",
    { daysOverdue: 200, lastLevel: 3, daysSinceContact: 10 },
    "act",
    "Formal notice",
    4,
    "oneAboveLastLevel",
  ],
  [
    "formal notice sent -> agency",
    { daysOverdue: 61, lastLevel: 4, daysSinceContact: 10 },
    "act",
    "Collection agency / legal action",
    5,
    "due",
  ],
  [
    "level due already sent -> Wait for the next day",
    { daysOverdue: 20, lastLevel: 2, daysSinceContact: 10 },
    "wait",
    "Wait: Phone call from day 30",
    3,
    "levelAlreadySent",
  ],
  [
    "higher level sent than days say -> Wait",
    { daysOverdue: 20, lastLevel: 3 },
    "wait",
    "Wait: Formal notice from day 45",
    4,
    "levelAlreadySent",
  ],
  [
    "last level of the ladder sent -> Wait",
    { daysOverdue: 120, lastLevel: 5, daysSinceContact: 40 },
    "wait",
    "Wait: Collection agency / legal action already sent",
    5,
    "lastLevelSent",
  ],
  [
    "contact interval not over -> Wait",
    { daysOverdue: 31, lastLevel: 2, daysSinceContact: 6 },
    "wait",
    "Wait: Phone call in 1 day",
    3,
    "contactInterval",
  ],
  [
    "contact interval over on day 7 -> act",
    { daysOverdue: 31, lastLevel: 2, daysSinceContact: 7 },
    "act",
    "Phone call",
    3,
    "due",
  ],
  [
    "contact interval applies with last level unknown",
    { daysOverdue: 16, daysSinceContact: 0 },
    "wait",
    "Wait: Reminder 2 in 7 days",
    2,
    "contactInterval",
  ],
  [
    "waiting for the next level also respects the interval",
    { daysOverdue: 28, lastLevel: 2, daysSinceContact: 2 },
    "wait",
    "Wait: Phone call from day 33",
    3,
    "levelAlreadySent",
  ],
  [
    "High risk brings the next step forward by 7 days",
    { daysOverdue: 23, riskScore: 50 },
    "act",
    "Phone call",
    3,
    "riskBroughtForward",
  ],
  ["Medium risk does not", { daysOverdue: 23, riskScore: 49 }, "act", "Reminder 2", 2, "due"],
  [
    "Critical risk brings it forward by 14 days",
    { daysOverdue: 16, riskScore: 75 },
    "act",
    "Phone call",
    3,
    "riskBroughtForward",
  ],
  [
    "High risk: the wait for the next level is shorter",
    { daysOverdue: 20, riskScore: 60, lastLevel: 2, daysSinceContact: 10 },
    "wait",
    "Wait: Phone call from day 23",
    3,
    "levelAlreadySent",
  ],
  [
    "risk never reaches the agency before the formal notice (unknown)",
    { daysOverdue: 50, riskScore: 95 },
    "act",
    "Formal notice",
    4,
    "formalNoticeFirst",
  ],
  [
    "risk never reaches the agency before the formal notice (known)",
    { daysOverdue: 50, riskScore: 95, lastLevel: 3, daysSinceContact: 10 },
    "act",
    "Formal notice",
    4,
    "oneAboveLastLevel",
  ],
  [
    "risk may bring the agency forward once the notice was sent",
    { daysOverdue: 50, riskScore: 95, lastLevel: 4, daysSinceContact: 10 },
    "act",
    "Collection agency / legal action",
    5,
    "riskBroughtForward",
  ],
  [
    "broken promise escalates one level",
    { daysOverdue: 20, status: "broken promise" },
    "act",
    "Phone call",
    3,
    "brokenPromise",
  ],
  [
    "broken promise: still one above the last level",
    { daysOverdue: 20, status: "broken promise", lastLevel: 1, daysSinceContact: 9 },
    "act",
    "Reminder 2",
    2,
    "oneAboveLastLevel",
  ],
  [
    "broken promise never skips the formal notice",
    { daysOverdue: 50, status: "broken promise" },
    "act",
    "Formal notice",
    4,
    "formalNoticeFirst",
  ],
  [
    "broken promise after the notice -> agency",
    { daysOverdue: 50, status: "broken promise", lastLevel: 4, daysSinceContact: 8 },
    "act",
    "Collection agency / legal action",
    5,
    "brokenPromise",
  ],
  [
    "broken promise with its level sent: waits one level earlier",
    { daysOverdue: 10, status: "broken promise", lastLevel: 2, daysSinceContact: 9 },
    "wait",
    "Wait: Phone call from day 15",
    3,
    "levelAlreadySent",
  ],
];

describe("nextAction: the rules of the default ladder", () => {
  it.each(rules)("%s", (_rule, input, kind, text, level, reason) => {
    const result = nextAction(input);
    expect(result.kind).toBe(kind);
    expect(result.text).toBe(text);
    expect(result.level).toBe(level);
    expect(result.reason.key).toBe(reason);
    expect(result.text.startsWith(result.action)).toBe(true);
  });

  it("gives the pane what it needs to explain a wait", () => {
    expect(nextAction({ daysOverdue: 20, lastLevel: 1, daysSinceContact: 3 }).reason).toEqual({
      key: "contactInterval",
      params: { level: 2, action: "Reminder 2", days: 4, daysSinceContact: 3, minDays: 7 },
    });
  });
});

describe("nextAction: policy options", () => {
  it("uses the minimum interval of the policy", () => {
    const input = { daysOverdue: 20, lastLevel: 1, daysSinceContact: 3 };
    expect(nextAction(input, { minDaysBetweenContacts: 3 }).text).toBe("Reminder 2");
    expect(nextAction(input, { minDaysBetweenContacts: 14 }).text).toBe(
      "Wait: Reminder 2 in 11 days"
    );
    expect(nextAction(input, { minDaysBetweenContacts: NaN }).text).toBe(
      "Wait: Reminder 2 in 4 days"
    );
  });

  const custom = ladderFromRange([
    ["From day", "Action"],
    [10, "Relance 1"],
    [25, "Relance téléphonique"],
    [40, "Mise en demeure"],
    [70, "Injonction de payer"],
  ]);
  if (!custom.ok) throw new Error(custom.reason);
  const ladder = custom.value;

  it.each<[NextActionInput, string]>([
    [{ daysOverdue: 5 }, "None"],
    [{ daysOverdue: 10 }, "Relance 1"],
    [{ daysOverdue: 30 }, "Relance téléphonique"],
    [{ daysOverdue: 69, riskScore: 90 }, "Mise en demeure"],
    [{ daysOverdue: 75 }, "Injonction de payer"],
    [{ daysOverdue: 75, lastLevel: 1, daysSinceContact: 20 }, "Mise en demeure"],
    [{ daysOverdue: 30, lastLevel: 1 }, "Wait: Mise en demeure from day 40"],
    [{ daysOverdue: 60, riskScore: 80, lastLevel: 2, daysSinceContact: 8 }, "Injonction de payer"],
  ])("follows a custom ladder: %j -> %s", (input, text) => {
    expect(nextAction(input, { ladder }).text).toBe(text);
  });

  it("follows a ladder without a formal notice as the days say", () => {
    const plain = ladderFromRange([
      [1, "Email", "email", "courteous"],
      [20, "Call", "phone", "firm"],
    ]);
    if (!plain.ok) throw new Error(plain.reason);
    expect(nextAction({ daysOverdue: 10, riskScore: 80 }, { ladder: plain.value }).text).toBe(
      "Call"
    );
  });

  it("says None for an empty ladder", () => {
    expect(nextAction({ daysOverdue: 40 }, { ladder: [] })).toMatchObject({
      kind: "none",
      text: "None",
      reason: { key: "emptyLadder" },
    });
  });
});

describe("nextAction: bad input", () => {
  it("says None, with a reason, when the days overdue are unknown", () => {
    expect(nextAction({ daysOverdue: NaN })).toMatchObject({
      text: "None",
      reason: { key: "unknownDaysOverdue" },
    });
  });

  it("treats a negative or NaN last level as unknown", () => {
    expect(nextAction({ daysOverdue: 50, lastLevel: -1 }).text).toBe("Formal notice");
    expect(nextAction({ daysOverdue: 50, lastLevel: NaN }).text).toBe("Formal notice");
  });

  it("reads a level above the ladder as its last level", () => {
    expect(nextAction({ daysOverdue: 90, lastLevel: 9 }).text).toBe(
      "Wait: Collection agency / legal action already sent"
    );
  });

  it("treats a NaN contact as unknown and a negative one as today", () => {
    expect(nextAction({ daysOverdue: 20, daysSinceContact: NaN }).text).toBe("Reminder 2");
    expect(nextAction({ daysOverdue: 20, daysSinceContact: -3 }).text).toBe(
      "Wait: Reminder 2 in 7 days"
    );
  });

  it("takes infinitely overdue to the last level and minus infinity to no action", () => {
    expect(nextAction({ daysOverdue: Infinity }).text).toBe("Collection agency / legal action");
    expect(nextAction({ daysOverdue: -Infinity }).text).toBe("None");
  });

  it("never returns a text that does not start with its action", () => {
    for (let d = -10; d <= 100; d += 3)
      for (const lastLevel of [undefined, 0, 1, 2, 3, 4, 5])
        for (const status of ["", "broken promise"] as const)
          for (const riskScore of [undefined, 10, 55, 90]) {
            const r = nextAction({
              daysOverdue: d,
              lastLevel,
              status,
              riskScore,
              daysSinceContact: d % 9,
            });
            expect(r.text.startsWith(r.action)).toBe(true);
            if (r.kind === "act" && lastLevel !== undefined)
              expect(r.level).toBeLessThanOrEqual(lastLevel + 1);
            if (r.kind === "act" && r.level === 5 && lastLevel !== undefined)
              expect(lastLevel).toBeGreaterThanOrEqual(4);
            if (r.kind === "act" && r.level === 5 && lastLevel === undefined)
              expect(d).toBeGreaterThanOrEqual(60);
          }
  });
});

it("keeps the default ladder of docs/design.md §4", () => {
  expect(DEFAULT_LADDER.map((l) => [l.level, l.fromDay, l.action, l.channel, l.tone])).toEqual([
    [0, -5, "Courtesy reminder", "email", "friendly"],
    [1, 1, "Reminder 1", "email", "courteous"],
    [2, 15, "Reminder 2", "email", "firm"],
    [3, 30, "Phone call", "phone", "firm"],
    [4, 45, "Formal notice", "letter", "formal"],
    [5, 60, "Collection agency / legal action", "agency", "formal"],
  ]);
  expect(Object.isFrozen(DEFAULT_LADDER)).toBe(true);
});
