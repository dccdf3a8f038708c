/**
 * Type tests, compiled by `npm run typecheck` and never run: a next action's reason carries the
 * params of its key, so a text reads `reason.params.days` only where the key has days, with no
 * Number(...) or cast. Each `@ts-expect-error` fails the typecheck if the compiler stops refusing.
 */
import type { ActionReason } from "../../src/core/policy/nextAction";

/** The days of a wait within the contact interval, read straight from the typed params. */
export function daysToWait(reason: ActionReason): number | undefined {
  if (reason.key === "contactInterval") return reason.params.days;
  // @ts-expect-error a level already sent waits for a day, it has no number of days
  if (reason.key === "levelAlreadySent") return reason.params.days;
  return undefined;
}

// @ts-expect-error a wait for a level already sent must say from which day
export const withoutFromDay: ActionReason = {
  key: "levelAlreadySent",
  params: {
    lastLevel: 1,
    sentAction: "Reminder 1",
    level: 2,
    action: "Reminder 2",
    daysOverdue: 9,
  },
};

// @ts-expect-error a reason key the texts do not know is refused
export const unknownKey: ActionReason = { key: "tooLate", params: {} };

export const typed: ActionReason = {
  key: "contactInterval",
  params: { level: 2, action: "Reminder 2", days: 3, daysSinceContact: 4, minDays: 7 },
};
