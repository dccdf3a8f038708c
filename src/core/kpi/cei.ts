import { parsed, refused, type Parsed } from "../values/parsed";
import { firstReason, negativeReason, notPositiveReason } from "./kpiInput";

/**
 * Collection effectiveness index, in percent: of what could have been collected in the period
 * (receivables at the start plus the period's sales, less what is not yet due at the end), the
 * share that was:
 *   (beginAR + sales/N - endAR) / (beginAR + sales/N - endCurrentAR) x 100,
 * N being the number of periods the sales figure covers (sales/N is the sales of one period).
 * E.g. begin 20,000, sales 30,000, end 22,000 of which 15,000 current: 28,000 / 35,000 = 80 %.
 * @example cei(20000, 30000, 22000, 15000) //=> { ok: true, value: 80 }
 */
export function cei(
  beginAR: number,
  creditSales: number,
  endAR: number,
  endCurrentAR: number,
  periods = 1
): Parsed<number> {
  const reason = firstReason(
    negativeReason("beginning receivables", beginAR),
    negativeReason("credit sales", creditSales),
    negativeReason("ending receivables", endAR),
    negativeReason("ending current receivables", endCurrentAR),
    notPositiveReason("periods", periods)
  );
  if (reason) return refused(reason);
  if (endCurrentAR > endAR) {
    return refused(
      `ending current receivables (${endCurrentAR}) exceed ending receivables (${endAR})`
    );
  }
  const collectible = beginAR + creditSales / periods;
  const collected = collectible - endAR;
  const due = collectible - endCurrentAR;
  if (due <= 0) return refused("nothing was due in the period: the index divides by 0");
  if (collected < 0) {
    return refused(
      `ending receivables (${endAR}) exceed beginning receivables plus sales (${collectible})`
    );
  }
  return parsed((collected / due) * 100);
}
