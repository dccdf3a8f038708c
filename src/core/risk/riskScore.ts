/**
 * Risk score of an invoice, 0-100, with the factors that made it (DESIGN section 4).
 *
 * Design: the score is a sum of one saturating, non-decreasing curve per factor, rounded once at
 * the end. Each curve starts at 0 for "no sign of risk" and tends to the factor's maximum; the
 * maxima add up to 100, so no capping is ever needed and the factors' points always sum to the
 * score exactly (they are rounded with the largest-remainder method). Because every curve is
 * non-decreasing and rounding happens once, the score never goes down when an argument goes up.
 *
 * Weights, and why (checked against the IBM accounts-receivable sample, see
 * test/unit/core/risk/riskQuality.test.ts):
 * - daysOverdue 35, scale 30 days: how late the invoice is now is the strongest sign; a month
 *   overdue is already 22 points, two months 30.
 * - averageDaysLate 20, scale 20 days: the customer's habit. A smooth curve (not a step) keeps the
 *   resolution that ranks customers who pay 3, 8 or 25 days late apart; the sample's late payers
 *   are spread over 1-40 days, so a scale of about three weeks separates them best.
 * - lateShare 15, linear: how often the customer pays late at all; adds to the average the
 *   difference between "always a little late" and "once very late".
 * - disputed 15: in the sample a dispute nearly doubles the chance of paying more than 10 days
 *   late, whatever the habit; the weight puts a disputed invoice of a punctual customer on a par
 *   with a habit of paying about two weeks late.
 * - remindersSent 5, scale 3: chasing needed in the past; weak on its own (it follows from lateness).
 * - creditUse 10, from half the limit, scale 0.5: at the limit is 6 points, twice the limit 9.5.
 * On the sample (invoices of customers with a history) the habit alone ranks with AUC 0.85, these
 * weights reach 0.92; a broad plateau of nearby weights gives 0.91-0.92, so they are not tuned to
 * the third decimal.
 *
 * Input: undefined or NaN is blank and neutral (0 points: no evidence, no risk). Negative values
 * and -Infinity are clamped to 0; lateShare above 1 is clamped to 1; +Infinity gives the factor's
 * maximum. So the score is always an integer 0-100, never NaN.
 */

export type RiskFactorKey =
  "daysOverdue" | "averageDaysLate" | "lateShare" | "disputed" | "remindersSent" | "creditUse";

export interface RiskInput {
  daysOverdue?: number;
  averageDaysLate?: number;
  /** Share of the customer's invoices paid late, 0-1. */
  lateShare?: number;
  disputed?: boolean;
  remindersSent?: number;
  /** Open exposure / credit limit: 1 = at the limit. */
  creditUse?: number;
}

export interface RiskFactor {
  key: RiskFactorKey;
  /** Whole points this factor adds; the points of all factors sum to the score. */
  points: number;
  /** The input as used (after clamping); 1 for disputed. */
  value: number;
}

export interface RiskScore {
  /** Integer 0-100. */
  score: number;
  /** Factors with points > 0, largest first. */
  factors: RiskFactor[];
}

/** Maximum points of each factor; they add up to 100. */
export const RISK_WEIGHTS: Readonly<Record<RiskFactorKey, number>> = {
  daysOverdue: 35,
  averageDaysLate: 20,
  lateShare: 15,
  disputed: 15,
  remindersSent: 5,
  creditUse: 10,
};

const DAYS_OVERDUE_SCALE = 30;
const DAYS_LATE_SCALE = 20;
const REMINDERS_SCALE = 3;
/** Credit use below this share of the limit is no sign of risk. */
const CREDIT_USE_FROM = 0.5;
const CREDIT_USE_SCALE = 0.5;

/** A count or a number of days as the score uses it: undefined when blank, never negative. */
function nonNegative(x: number | undefined): number | undefined {
  if (x === undefined || Number.isNaN(x)) return undefined;
  return x > 0 ? x : 0;
}

/** max * (1 - e^(-x/scale)): 0 at 0, non-decreasing, tends to max. */
function saturating(x: number, max: number, scale: number): number {
  return max * (1 - Math.exp(-x / scale));
}

const FACTOR_ORDER: readonly RiskFactorKey[] = [
  "daysOverdue",
  "averageDaysLate",
  "lateShare",
  "disputed",
  "remindersSent",
  "creditUse",
];

/** The risk score of an invoice and the factors behind it. */
export function riskScore(input: RiskInput): RiskScore {
  const daysOverdue = nonNegative(input.daysOverdue);
  const averageDaysLate = nonNegative(input.averageDaysLate);
  const share = nonNegative(input.lateShare);
  const lateShare = share === undefined ? undefined : Math.min(share, 1);
  const remindersSent = nonNegative(input.remindersSent);
  const creditUse = nonNegative(input.creditUse);

  // Raw (unrounded) points and values, in FACTOR_ORDER.
  const raw = [
    daysOverdue === undefined
      ? 0
      : saturating(daysOverdue, RISK_WEIGHTS.daysOverdue, DAYS_OVERDUE_SCALE),
    averageDaysLate === undefined
      ? 0
      : saturating(averageDaysLate, RISK_WEIGHTS.averageDaysLate, DAYS_LATE_SCALE),
    lateShare === undefined ? 0 : RISK_WEIGHTS.lateShare * lateShare,
    input.disputed === true ? RISK_WEIGHTS.disputed : 0,
    remindersSent === undefined
      ? 0
      : saturating(remindersSent, RISK_WEIGHTS.remindersSent, REMINDERS_SCALE),
    creditUse === undefined
      ? 0
      : saturating(
          Math.max(0, creditUse - CREDIT_USE_FROM),
          RISK_WEIGHTS.creditUse,
          CREDIT_USE_SCALE
        ),
  ];
  const values = [
    daysOverdue ?? 0,
    averageDaysLate ?? 0,
    lateShare ?? 0,
    input.disputed === true ? 1 : 0,
    remindersSent ?? 0,
    creditUse ?? 0,
  ];

  let total = 0;
  for (const points of raw) total += points;
  // The maxima sum to 100, so the clamp only guards against rounding at the very top.
  const score = Math.min(100, Math.max(0, Math.round(total)));
  return { score, factors: factorPoints(raw, values, score) };
}

/**
 * Whole points per factor that sum to `score` exactly (largest-remainder rounding), so the pane's
 * "+30: ..." lines add up to the score shown. Only factors with points > 0, largest first.
 */
function factorPoints(raw: number[], values: number[], score: number): RiskFactor[] {
  const points = raw.map(Math.floor);
  let left = score - points.reduce((sum, p) => sum + p, 0);
  if (left > 0) {
    const byRemainder = raw
      .map((r, i) => i)
      .sort((a, b) => raw[b] - points[b] - (raw[a] - points[a]) || a - b);
    for (let k = 0; left > 0 && k < byRemainder.length; k++, left--) points[byRemainder[k]]++;
  }
  const factors: RiskFactor[] = [];
  for (let i = 0; i < FACTOR_ORDER.length; i++) {
    if (points[i] > 0) factors.push({ key: FACTOR_ORDER[i], points: points[i], value: values[i] });
  }
  return factors.sort((a, b) => b.points - a.points);
}
