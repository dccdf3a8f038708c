/**
 * Acceptance of the risk score and of CREDIT.PAYDATE on IBM's accounts-receivable sample, with
 * the backtest's own measures (test/bench/backtest, printed in full by `npm run backtest`).
 *
 * Each invoice is scored at its due date from what the sheet showed the day before (core's
 * customer history: the invoices settled before then). The score must rank the invoices then paid
 * more than 10 days late first: AUC (Mann-Whitney, ties count 1/2) of at least 0.93 on the
 * invoices due from 2013-04-01, the weights having been chosen on the earlier ones.
 */
import { UNKNOWN_PAYER, riskScore } from "../../../../src/core/risk/riskScore";
import { readIbmSample, usDay } from "../../../bench/backtest/ibmSample";
import { auc, aucOf, payDateErrors, scoreAtDueDates } from "../../../bench/backtest/measures";

describe("risk score and payment date quality on the IBM accounts-receivable sample", () => {
  const invoices = readIbmSample();
  const scored = scoreAtDueDates(invoices);
  const cutoff = usDay("4/1/2013");

  it("reads the whole sample", () => {
    expect(invoices).toHaveLength(2466);
    expect(scored.filter((s) => s.late)).toHaveLength(338);
  });

  it("checks the AUC helper on known rankings", () => {
    expect(auc([1, 2, 3, 4], [false, false, true, true])).toBe(1);
    expect(auc([4, 3, 2, 1], [false, false, true, true])).toBe(0);
    expect(auc([5, 5, 5, 5], [false, true, false, true])).toBe(0.5);
  });

  it("ranks invoices paid more than 10 days late first: AUC >= 0.93 on those due from 2013-04-01", () => {
    const later = aucOf(scored.filter((s) => s.invoice.dueDate >= cutoff));
    const all = aucOf(scored);
    console.log(
      `risk score AUC: ${later.toFixed(4)} due from 2013-04-01, ${all.toFixed(4)} on all`
    );
    expect(later).toBeGreaterThanOrEqual(0.93);
    expect(all).toBeGreaterThanOrEqual(0.92);
  });

  it("predicts payment dates, on each invoice date, at most 0.6 x the due date's error", () => {
    const mae = payDateErrors(invoices);
    expect(mae.dueDate).toBeCloseTo(10.44, 2);
    expect(mae.payDate).toBeLessThanOrEqual(0.6 * mae.dueDate);
  });

  it("keeps the resolution: scores take many distinct values", () => {
    expect(new Set(scored.map((s) => s.score)).size).toBeGreaterThanOrEqual(40);
  });

  it("scores an invoice without history as the typical payer's", () => {
    const first = scored.filter((s) => s.unknownPayer);
    expect(first).toHaveLength(57);
    for (const s of first) {
      const typical = { ...UNKNOWN_PAYER, disputed: s.invoice.disputed };
      expect(s.score).toBe(riskScore({ daysOverdue: 0, ...typical }).score);
    }
  });
});
