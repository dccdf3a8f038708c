// Over 250 lines: its header states each weight and the backtest behind it; the code is under 200 lines.
/**
 * Risk score of an invoice, 0-100, with the factors that made it (docs/design.md §4).
 *
 * Design: the score is a sum of one non-decreasing, bounded curve per factor (riskCurves.ts),
 * rounded once at the end. Each curve starts at 0 for "no sign of risk" and reaches at most the
 * factor's maximum; the maxima add up to 100, so no capping is ever needed and the factors'
 * points always sum to the score exactly (largest-remainder rounding). Because every curve is
 * non-decreasing in what means more risk and rounding happens once, the score never goes down
 * when such an argument goes up; it never goes up when the number of invoices settled goes up.
 *
 * Weights, and why (measured on IBM's accounts-receivable sample by `npm run backtest`: each
 * invoice scored at its due date from the history known then; the weights were picked by a coarse
 * search on the invoices due before 2013-04-01 and checked on the later ones,
 * test/unit/core/risk/riskQuality.test.ts):
 * - usualDelay 28, linear from 30 days before the due date to 30 days after: the median days from
 *   due date to payment over the customer's settled, undisputed invoices. Early payments count
 *   (a customer who pays 20 days early is safer than one who pays on the day, which the clamped
 *   average days late cannot see) and disputes do not blur the habit.
 * - disputed 12: a dispute delays payment by about 13 days in the sample, close to half the span
 *   of the usual-delay line: the two add up like an expected delay.
 * - averageDaysLate 7 (scale 20 days) and lateShare 5: the habit as the first version measured
 *   it; still adds to the usual delay for customers with few undisputed invoices.
 * - severeLateShare 2: share paid more than 10 days late, a little on top for erratic payers.
 * - fewSettled 3: a customer with few settled invoices is less known (3 x e^(-count/3)).
 * - daysOverdue 30 (scale 30 days): how late the invoice is now, 19 points after a month.
 * - remindersSent 5 (scale 3) and creditUse 8 (from half the limit, scale 0.5).
 * The first version (average days late, late share, dispute) reached AUC 0.915 on the invoices due
 * from 2013-04-01; these weights reach 0.932 there (0.925 on the earlier ones).
 * Why paying early still shows points (measured by the backtest's replay, weights chosen on the
 * earlier invoices): 1,676 of the sample's 2,466 invoices belong to customers who usually pay
 * before the due date, and how early is what separates them. With the usual-delay line flat up
 * to the due date (0 points for any early payer) the later invoices' AUC falls to 0.916; the best
 * reweighting of the other factors found reaches 0.921, and a logistic regression on twelve such
 * non-negative figures 0.926: under the 0.93 floor. The pane says the points count from 30 days
 * early ("usually pays only 9 days before the due date"), so they do not read as a penalty.
 *
 * Blank input (undefined or NaN) is neutral: it neither adds evidence of risk nor of safety.
 * - daysOverdue, disputed, remindersSent, creditUse: blank adds 0 points.
 * - averageDaysLate, lateShare: blank means the payer is unknown (no invoice settled yet), scored
 *   as a typical B2B payer, not as the best one (UNKNOWN_PAYER: about half of B2B invoices are
 *   paid late, by around 12 days on average, in France and the UK; 26 of the sample's 57 first
 *   invoices were paid more than 10 days late, against 14 % overall). The factor is `assumed`.
 * - usualDelay: blank takes the average days late when that is given (formulas written before the
 *   argument existed keep their meaning), else the unknown payer's.
 * - severeLateShare, settledCount: blank adds nothing when anything of the history is given, and
 *   the unknown payer's value (assumed) when the whole history is blank.
 * Negative values and -Infinity are clamped to 0 (except usualDelay, which is signed); shares
 * above 1 are clamped to 1; +Infinity gives the factor's maximum. So the score is always an
 * integer 0-100, never NaN.
 */
import {
  averageDaysLatePoints,
  creditUsePoints,
  daysOverduePoints,
  FACTOR_ORDER,
  fewSettledPoints,
  lateSharePoints,
  nonNegative,
  remindersPoints,
  RISK_WEIGHTS,
  severeLateSharePoints,
  usualDelayPoints,
  type RiskFactorKey,
} from "./riskCurves";

export { RISK_WEIGHTS, type RiskFactorKey };

export interface RiskInput {
  daysOverdue?: number;
  averageDaysLate?: number;
  /** Share of the customer's invoices paid late, 0-1. */
  lateShare?: number;
  disputed?: boolean;
  remindersSent?: number;
  /** Open exposure / credit limit: 1 = at the limit. */
  creditUse?: number;
  /** Median days from due date to payment of the settled undisputed invoices (negative: early). */
  usualDelay?: number;
  /** Share of the customer's invoices paid more than 10 days late, 0-1. */
  severeLateShare?: number;
  /** Invoices the customer has settled. */
  settledCount?: number;
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

/** What the score assumes of a payer with no settled invoice yet (see the header). */
export const UNKNOWN_PAYER: Readonly<{
  averageDaysLate: number;
  lateShare: number;
  usualDelay: number;
  severeLateShare: number;
  settledCount: number;
}> = {
  averageDaysLate: 12,
  lateShare: 0.5,
  usualDelay: 12,
  severeLateShare: 0.25,
  settledCount: 0,
};

/** Gives the factor object for these points and value: a new one, or an equal one to share. */
export type RiskFactorMaker = (
  key: RiskFactorKey,
  points: number,
  value: number,
  assumed: boolean
) => RiskFactor;

const newFactor: RiskFactorMaker = (key, points, value, assumed) =>
  assumed ? { key, points, value, assumed } : { key, points, value };

const signed = (x: number | undefined): number | undefined =>
  x === undefined || Number.isNaN(x) ? undefined : x;
const share = (x: number | undefined): number | undefined => {
  const known = nonNegative(x);
  return known === undefined ? undefined : Math.min(known, 1);
};

/** Every factor's value as used and whether it was assumed, in FACTOR_ORDER. */
interface Used {
  values: number[];
  assumed: boolean[];
  /** Raw (unrounded) points. */
  raw: number[];
}

function used(input: RiskInput): Used {
  const days = nonNegative(input.daysOverdue);
  const late = nonNegative(input.averageDaysLate);
  const lateShare = share(input.lateShare);
  const delay = signed(input.usualDelay);
  const unknownPayer = late === undefined && lateShare === undefined && delay === undefined;
  const severe = share(input.severeLateShare);
  const settled = nonNegative(input.settledCount);
  const delayUsed = delay ?? late ?? UNKNOWN_PAYER.usualDelay;
  const severeUsed = severe ?? (unknownPayer ? UNKNOWN_PAYER.severeLateShare : 0);
  const settledUsed = settled ?? (unknownPayer ? UNKNOWN_PAYER.settledCount : undefined);
  const reminders = nonNegative(input.remindersSent);
  const creditUse = nonNegative(input.creditUse);
  const disputed = input.disputed === true;
  const lateUsed = late ?? UNKNOWN_PAYER.averageDaysLate;
  const shareUsed = lateShare ?? UNKNOWN_PAYER.lateShare;
  return {
    values: [
      days ?? 0,
      delayUsed,
      lateUsed,
      shareUsed,
      severeUsed,
      disputed ? 1 : 0,
      settledUsed ?? 0,
      reminders ?? 0,
      creditUse ?? 0,
    ],
    assumed: [
      false,
      delay === undefined && late === undefined,
      late === undefined,
      lateShare === undefined,
      severe === undefined && unknownPayer,
      false,
      settled === undefined && unknownPayer,
      false,
      false,
    ],
    raw: [
      daysOverduePoints(days),
      usualDelayPoints(delayUsed),
      averageDaysLatePoints(lateUsed),
      lateSharePoints(shareUsed),
      severeLateSharePoints(severeUsed),
      disputed ? RISK_WEIGHTS.disputed : 0,
      fewSettledPoints(settledUsed),
      remindersPoints(reminders),
      creditUsePoints(creditUse),
    ],
  };
}

/** The sum of the points as a whole score. */
function roundScore(total: number): number {
  // The maxima sum to 100, so the clamp only guards against rounding at the very top.
  return Math.min(100, Math.max(0, Math.round(total)));
}

/**
 * The risk score of an invoice and the factors behind it. `makeFactor` lets a caller scoring
 * many rows share equal factor objects (see sharedRiskFactors).
 */
export function riskScore(input: RiskInput, makeFactor: RiskFactorMaker = newFactor): RiskScore {
  const { values, assumed, raw } = used(input);
  let total = 0;
  for (const points of raw) total += points;
  const score = roundScore(total);
  return { score, factors: factorPoints(score, raw, values, assumed, makeFactor) };
}

/**
 * The score alone, without the factors: what CREDIT.RISKSCORE needs.
 * @example riskScoreValue({ daysOverdue: 45, lateShare: 0.5 }) //=> 49
 */
export function riskScoreValue(input: RiskInput): number {
  const { raw } = used(input);
  let total = 0;
  for (const points of raw) total += points;
  return roundScore(total);
}

/**
 * Whole points per factor that sum to `score` exactly (largest-remainder rounding), so the pane's
 * "+30: ..." lines add up to the score shown. Only factors with points > 0, largest first (ties in
 * FACTOR_ORDER).
 */
function factorPoints(
  score: number,
  raw: number[],
  values: number[],
  assumed: boolean[],
  makeFactor: RiskFactorMaker
): RiskFactor[] {
  const points = raw.map(Math.floor);
  let left = score - points.reduce((a, b) => a + b, 0);
  // left <= number of factors with a fractional part: round(sum) - sum(floors) <= ceil(sum(fractions)).
  for (; left > 0; left--) {
    let best = -1;
    let bestRemainder = 0;
    for (let i = 0; i < raw.length; i++) {
      const remainder = raw[i] - points[i];
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
