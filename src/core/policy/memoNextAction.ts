import {
  DEFAULT_MIN_DAYS_BETWEEN_CONTACTS,
  nextAction,
  type DunningPolicy,
  type NextAction,
  type NextActionInput,
} from "./nextAction";

// Keys are kept below 2^30 so the engine stores them as small integers (no boxed numbers):
// days overdue within +-4,095 (11 years), levels 0-14, contact intervals up to 14 days.
const DAYS_RANGE = 4_096;
const MAX_LEVEL = 14;
const MAX_INTERVAL = 14;

/**
 * nextAction with a memory, for the analysis of a whole sheet: rows with the same days overdue,
 * risk score, last level, contact and status get the same (shared, read-only) answer, so a
 * million rows make a few thousand answers instead of a million equal objects. Inputs are
 * remembered only when they are whole numbers in range; anything else is computed as it is.
 * Days since contact at or beyond the minimum interval all give the same answer, so they share.
 * @example ((next) => next({ daysOverdue: 20 }) === next({ daysOverdue: 20 }))(memoNextAction()) //=> true
 */
export function memoNextAction(policy: DunningPolicy = {}): (input: NextActionInput) => NextAction {
  const memory = new Map<number, NextAction>();
  const minDays = policy.minDaysBetweenContacts ?? DEFAULT_MIN_DAYS_BETWEEN_CONTACTS;
  const sinceCap = minDays >= 0 && minDays <= MAX_INTERVAL ? Math.ceil(minDays) : -1;

  return (input) => {
    const { daysOverdue: days, riskScore: score, lastLevel, daysSinceContact: since } = input;
    const status = input.status ?? "";
    const memorable =
      sinceCap >= 0 &&
      (status === "" || status === "broken promise") &&
      Number.isInteger(days) &&
      Math.abs(days) < DAYS_RANGE &&
      (score === undefined || (Number.isInteger(score) && score >= 0 && score <= 100)) &&
      (lastLevel === undefined ||
        (Number.isInteger(lastLevel) && lastLevel >= 0 && lastLevel <= MAX_LEVEL)) &&
      (since === undefined || Number.isInteger(since));
    if (!memorable) return nextAction(input, policy);

    const sinceKey = since === undefined ? 0 : 1 + Math.min(Math.max(0, since), sinceCap);
    const key =
      ((((days + DAYS_RANGE) * 128 + (score ?? 101)) * 16 + (lastLevel ?? -1) + 1) * 16 +
        sinceKey) *
        2 +
      (status === "" ? 0 : 1);
    let answer = memory.get(key);
    if (answer === undefined) {
      // Computed from the input the key stands for, so every row with this key gets its answer
      // (a negative contact reads as today, any contact past the interval as the interval).
      const canonical = since === undefined ? input : { ...input, daysSinceContact: sinceKey - 1 };
      answer = nextAction(canonical, policy);
      memory.set(key, answer);
    }
    return answer;
  };
}
