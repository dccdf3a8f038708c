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
 * Blank input (undefined or NaN) is neutral: it neither adds evidence of risk nor of safety.
 * - daysOverdue, disputed, remindersSent, creditUse: blank adds 0 points (nothing known against
 *   the invoice).
 * - averageDaysLate, lateShare: blank means the payer is unknown (no invoice settled yet), and an
 *   unknown payer is scored as a typical B2B payer, not as the best one: UNKNOWN_PAYER below
 *   (about half of B2B invoices are paid late, by around 12 days on average, in France and the
 *   UK). Scoring a first invoice like a perfect payer's would rank new customers, who pay late
 *   more often than established ones (26 of the sample's 57 first invoices were paid more than
 *   10 days late, against 14 % overall), with the safest; the factor is then marked `assumed`.
 * Negative values and -Infinity are clamped to 0; lateShare above 1 is clamped to 1; +Infinity
 * gives the factor's maximum. So the score is always an integer 0-100, never NaN.
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
  /** True when the input was blank and the typical payer's value was assumed (UNKNOWN_PAYER). */
  assumed?: boolean;
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

/** What the score assumes of a payer with no settled invoice yet (see the header). */
export const UNKNOWN_PAYER: Readonly<{ averageDaysLate: number; lateShare: number }> = {
  averageDaysLate: 12,
  lateShare: 0.5,
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

// Scratch space for one call (the function is synchronous): the analysis scores a million rows,
// so the score allocates nothing but its result.
const raw = new Float64Array(FACTOR_ORDER.length);
const values = new Float64Array(FACTOR_ORDER.length);
const points = new Int32Array(FACTOR_ORDER.length);
const assumed: boolean[] = FACTOR_ORDER.map(() => false);

/** Gives the factor object for these points and value: a new one, or an equal one to share. */
export type RiskFactorMaker = (
  key: RiskFactorKey,
  points: number,
  value: number,
  assumed: boolean
) => RiskFactor;

const newFactor: RiskFactorMaker = (key, points, value, assumed) =>
  assumed ? { key, points, value, assumed } : { key, points, value };

/**
 * The risk score of an invoice and the factors behind it. `makeFactor` lets a caller scoring
 * many rows share equal factor objects (see sharedRiskFactors).
 */
export function riskScore(input: RiskInput, makeFactor: RiskFactorMaker = newFactor): RiskScore {
  const score = scoreFromRawPoints(input);
  return { score, factors: factorPoints(score, makeFactor) };
}

/** The score alone, without the factors: what CREDIT.RISKSCORE needs, a million times fast. */
export function riskScoreValue(input: RiskInput): number {
  return riskScoreOf(
    input.daysOverdue,
    input.averageDaysLate,
    input.lateShare,
    input.disputed,
    input.remindersSent,
    input.creditUse
  );
}

/**
 * riskScoreValue with the inputs as arguments: no input object to fill per row, and the points
 * stay in registers instead of the scratch arrays. The same curves added in the same order as
 * scoreFromRawPoints, so the same score to the last bit.
 */
export function riskScoreOf(
  daysOverdue: number | undefined,
  averageDaysLate: number | undefined,
  lateShare: number | undefined,
  disputed: boolean | undefined,
  remindersSent: number | undefined,
  creditUse: number | undefined
): number {
  let total = 0;
  total += daysOverduePoints(nonNegative(daysOverdue));
  total += averageDaysLatePoints(nonNegative(averageDaysLate) ?? UNKNOWN_PAYER.averageDaysLate);
  total += lateSharePoints(shareUsed(nonNegative(lateShare)));
  total += disputed === true ? RISK_WEIGHTS.disputed : 0;
  total += remindersPoints(nonNegative(remindersSent));
  total += creditUsePoints(nonNegative(creditUse));
  return roundScore(total);
}

// One curve per factor, shared by both paths so they cannot drift apart.
const daysOverduePoints = (days: number | undefined): number =>
  days === undefined ? 0 : saturating(days, RISK_WEIGHTS.daysOverdue, DAYS_OVERDUE_SCALE);
const averageDaysLatePoints = (days: number): number =>
  saturating(days, RISK_WEIGHTS.averageDaysLate, DAYS_LATE_SCALE);
const lateSharePoints = (share: number): number => RISK_WEIGHTS.lateShare * share;
const remindersPoints = (count: number | undefined): number =>
  count === undefined ? 0 : saturating(count, RISK_WEIGHTS.remindersSent, REMINDERS_SCALE);
const creditUsePoints = (use: number | undefined): number =>
  use === undefined
    ? 0
    : saturating(Math.max(0, use - CREDIT_USE_FROM), RISK_WEIGHTS.creditUse, CREDIT_USE_SCALE);

/** The late share used: the typical payer's when unknown, at most 1. */
const shareUsed = (known: number | undefined): number =>
  known === undefined ? UNKNOWN_PAYER.lateShare : Math.min(known, 1);

/** The sum of the points as a whole score. */
function roundScore(total: number): number {
  // The maxima sum to 100, so the clamp only guards against rounding at the very top.
  return Math.min(100, Math.max(0, Math.round(total)));
}

/** Fills the scratch arrays with each factor's raw points and value; returns the rounded score. */
function scoreFromRawPoints(input: RiskInput): number {
  const daysOverdue = nonNegative(input.daysOverdue);
  const knownDaysLate = nonNegative(input.averageDaysLate);
  const knownShare = nonNegative(input.lateShare);
  assumed[1] = knownDaysLate === undefined;
  assumed[2] = knownShare === undefined;
  const averageDaysLate = knownDaysLate ?? UNKNOWN_PAYER.averageDaysLate;
  const lateShare = shareUsed(knownShare);
  const remindersSent = nonNegative(input.remindersSent);
  const creditUse = nonNegative(input.creditUse);
  const disputed = input.disputed === true;

  // Raw (unrounded) points and values, in FACTOR_ORDER.
  raw[0] = daysOverduePoints(daysOverdue);
  raw[1] = averageDaysLatePoints(averageDaysLate);
  raw[2] = lateSharePoints(lateShare);
  raw[3] = disputed ? RISK_WEIGHTS.disputed : 0;
  raw[4] = remindersPoints(remindersSent);
  raw[5] = creditUsePoints(creditUse);
  values[0] = daysOverdue ?? 0;
  values[1] = averageDaysLate;
  values[2] = lateShare;
  values[3] = disputed ? 1 : 0;
  values[4] = remindersSent ?? 0;
  values[5] = creditUse ?? 0;

  let total = 0;
  for (let i = 0; i < raw.length; i++) total += raw[i];
  return roundScore(total);
}

/**
 * Whole points per factor that sum to `score` exactly (largest-remainder rounding), so the pane's
 * "+30: ..." lines add up to the score shown. Only factors with points > 0, largest first (ties in
 * FACTOR_ORDER). Reads the scratch arrays filled by riskScore.
 */
function factorPoints(score: number, makeFactor: RiskFactorMaker): RiskFactor[] {
  let left = score;
  for (let i = 0; i < raw.length; i++) {
    points[i] = Math.floor(raw[i]);
    left -= points[i];
  }
  // left <= number of factors with a fractional part: round(sum) - sum(floors) <= ceil(sum(fractions)).
  for (; left > 0; left--) {
    let best = -1;
    let bestRemainder = 0;
    for (let i = 0; i < raw.length; i++) {
      const remainder = raw[i] - points[i];
      // Only factors not yet raised (remainder > 0 means still below raw) compete.
      if (remainder > bestRemainder) {
        best = i;
        bestRemainder = remainder;
      }
    }
    if (best < 0) break;
    points[best]++;
  }
  const factors: RiskFactor[] = [];
  for (let i = 0; i < FACTOR_ORDER.length; i++) {
    if (points[i] <= 0) continue;
    const factor = makeFactor(FACTOR_ORDER[i], points[i], values[i], assumed[i]);
    // Insertion keeps the list sorted, largest first; equal points keep FACTOR_ORDER.
    let at = factors.length;
    while (at > 0 && factors[at - 1].points < factor.points) at--;
    factors.splice(at, 0, factor);
  }
  return factors;
}
