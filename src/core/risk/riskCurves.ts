/**
 * The risk score's weights and one curve per factor (see riskScore.ts for why each weight).
 * Every curve starts at 0 for "no sign of risk", never goes down as its input means more risk,
 * and stays at or below the factor's maximum; the maxima add up to 100.
 */

export type RiskFactorKey =
  | "daysOverdue"
  | "usualDelay"
  | "averageDaysLate"
  | "lateShare"
  | "severeLateShare"
  | "disputed"
  | "fewSettled"
  | "remindersSent"
  | "creditUse";

/** Maximum points of each factor; they add up to 100. */
export const RISK_WEIGHTS: Readonly<Record<RiskFactorKey, number>> = {
  daysOverdue: 30,
  usualDelay: 28,
  averageDaysLate: 7,
  lateShare: 5,
  severeLateShare: 2,
  disputed: 12,
  fewSettled: 3,
  remindersSent: 5,
  creditUse: 8,
};

/** The factors in the order the score adds them (and lists equal points). */
export const FACTOR_ORDER: readonly RiskFactorKey[] = [
  "daysOverdue",
  "usualDelay",
  "averageDaysLate",
  "lateShare",
  "severeLateShare",
  "disputed",
  "fewSettled",
  "remindersSent",
  "creditUse",
];

const DAYS_OVERDUE_SCALE = 30;
const DAYS_LATE_SCALE = 20;
const REMINDERS_SCALE = 3;
/** Credit use below this share of the limit is no sign of risk. */
const CREDIT_USE_FROM = 0.5;
const CREDIT_USE_SCALE = 0.5;
/** The usual delay counts from 30 days before the due date (paid on issue) to 30 days after. */
export const USUAL_DELAY_FROM = -30;
export const USUAL_DELAY_TO = 30;
/** How fast the "few invoices settled" points fade: e^(-count/3). */
const FEW_SETTLED_SCALE = 3;

/** max * (1 - e^(-x/scale)): 0 at 0, non-decreasing, tends to max. */
function saturating(x: number, max: number, scale: number): number {
  return max * (1 - Math.exp(-x / scale));
}

/**
 * A number of days as the score uses it: undefined when blank, never negative.
 * @example nonNegative(-3) //=> 0; nonNegative(NaN) //=> undefined
 */
export function nonNegative(x: number | undefined): number | undefined {
  if (x === undefined || Number.isNaN(x)) return undefined;
  return x > 0 ? x : 0;
}

export const daysOverduePoints = (days: number | undefined): number =>
  days === undefined ? 0 : saturating(days, RISK_WEIGHTS.daysOverdue, DAYS_OVERDUE_SCALE);

/** Linear from USUAL_DELAY_FROM (0 points) to USUAL_DELAY_TO (all of them), flat outside. */
export function usualDelayPoints(delay: number): number {
  if (!(delay > USUAL_DELAY_FROM)) return 0;
  if (delay >= USUAL_DELAY_TO) return RISK_WEIGHTS.usualDelay;
  return (
    (RISK_WEIGHTS.usualDelay * (delay - USUAL_DELAY_FROM)) / (USUAL_DELAY_TO - USUAL_DELAY_FROM)
  );
}

export const averageDaysLatePoints = (days: number): number =>
  saturating(days, RISK_WEIGHTS.averageDaysLate, DAYS_LATE_SCALE);
export const lateSharePoints = (share: number): number => RISK_WEIGHTS.lateShare * share;
export const severeLateSharePoints = (share: number): number =>
  RISK_WEIGHTS.severeLateShare * share;
/** All the points with nothing settled, fading as invoices get settled: less risk, never more. */
export const fewSettledPoints = (count: number | undefined): number =>
  count === undefined ? 0 : RISK_WEIGHTS.fewSettled * Math.exp(-count / FEW_SETTLED_SCALE);
export const remindersPoints = (count: number | undefined): number =>
  count === undefined ? 0 : saturating(count, RISK_WEIGHTS.remindersSent, REMINDERS_SCALE);
export const creditUsePoints = (use: number | undefined): number =>
  use === undefined
    ? 0
    : saturating(Math.max(0, use - CREDIT_USE_FROM), RISK_WEIGHTS.creditUse, CREDIT_USE_SCALE);
