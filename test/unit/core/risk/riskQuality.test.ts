/**
 * Acceptance of the risk score: does it rank the invoices that will be paid late first?
 *
 * For every invoice of the IBM accounts-receivable sample, at its due date, we take what a
 * credit controller would know then: the customer's average days late and share paid late over
 * the customer's invoices settled strictly before that date, and whether the invoice is disputed.
 * The score of riskScore({ daysOverdue: 0, ... }) should rank the invoices that were then paid
 * more than 10 days late (DaysLate > 10) above the others: we measure the AUC (Mann-Whitney, ties
 * count 1/2).
 *
 * The AUC must reach 0.90 over all 2,466 invoices. An invoice without history (57 of them: a
 * customer's first invoices) has blank habit arguments, which the score reads as an unknown payer
 * (the typical payer, UNKNOWN_PAYER), not as the best one. The AUC over the invoices with a
 * history is printed too, beside the habit alone.
 */
import * as fs from "fs";
import * as path from "path";
import Papa from "papaparse";
import { riskScore, UNKNOWN_PAYER } from "../../../../src/core/risk/riskScore";

interface SampleInvoice {
  customer: string;
  due: number;
  settled: number;
  daysLate: number;
  disputed: boolean;
}

/** m/d/yyyy to whole days (any epoch will do: only differences and order matter). */
function usDay(text: string): number {
  const [m, d, y] = text.split("/").map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

function readSample(): SampleInvoice[] {
  const file = path.join(__dirname, "../../../../assets/sample/ibm-accounts-receivable.csv");
  const csv = Papa.parse<Record<string, string>>(fs.readFileSync(file, "utf8"), {
    header: true,
    skipEmptyLines: true,
  });
  return csv.data.map((r) => ({
    customer: r.customerID,
    due: usDay(r.DueDate),
    settled: usDay(r.SettledDate),
    daysLate: Number(r.DaysLate),
    disputed: r.Disputed === "Yes",
  }));
}

interface Known {
  averageDaysLate?: number;
  lateShare?: number;
}

/**
 * What was known of each invoice's customer at its due date, in O(n log n): invoices sorted by
 * due date, settlements sorted by settled date, and running sums per customer advanced as the
 * due date moves on (a settlement counts once it is strictly before the due date).
 */
function historyAtDueDate(invoices: SampleInvoice[]): Known[] {
  const byDue = invoices.map((_, i) => i).sort((a, b) => invoices[a].due - invoices[b].due);
  const bySettled = invoices
    .map((_, i) => i)
    .sort((a, b) => invoices[a].settled - invoices[b].settled);
  const sums = new Map<string, { count: number; daysLate: number; late: number }>();
  const known: Known[] = new Array(invoices.length);
  let next = 0;
  for (const i of byDue) {
    while (next < bySettled.length && invoices[bySettled[next]].settled < invoices[i].due) {
      const s = invoices[bySettled[next++]];
      const sum = sums.get(s.customer) ?? { count: 0, daysLate: 0, late: 0 };
      sum.count++;
      sum.daysLate += s.daysLate;
      if (s.daysLate > 0) sum.late++;
      sums.set(s.customer, sum);
    }
    const sum = sums.get(invoices[i].customer);
    known[i] = sum
      ? { averageDaysLate: sum.daysLate / sum.count, lateShare: sum.late / sum.count }
      : {};
  }
  return known;
}

/** Area under the ROC curve by ranks (Mann-Whitney U), tied scores share their mean rank. */
function auc(scores: number[], positive: boolean[]): number {
  const order = scores.map((_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let positives = 0;
  let positiveRanks = 0;
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j < order.length && scores[order[j]] === scores[order[i]]) j++;
    const meanRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) {
      if (positive[order[k]]) {
        positives++;
        positiveRanks += meanRank;
      }
    }
    i = j;
  }
  const negatives = order.length - positives;
  return (positiveRanks - (positives * (positives + 1)) / 2) / (positives * negatives);
}

describe("risk score quality on the IBM accounts-receivable sample", () => {
  const invoices = readSample();
  const known = historyAtDueDate(invoices);
  const scores = invoices.map(
    (inv, i) => riskScore({ daysOverdue: 0, ...known[i], disputed: inv.disputed }).score
  );
  const lateOver10 = invoices.map((inv) => inv.daysLate > 10);

  it("reads the whole sample", () => {
    expect(invoices).toHaveLength(2466);
    expect(lateOver10.filter(Boolean).length).toBe(338);
  });

  it("checks the AUC helper on known rankings", () => {
    expect(auc([1, 2, 3, 4], [false, false, true, true])).toBe(1);
    expect(auc([4, 3, 2, 1], [false, false, true, true])).toBe(0);
    expect(auc([5, 5, 5, 5], [false, true, false, true])).toBe(0.5);
  });

  it("ranks invoices paid more than 10 days late first: AUC >= 0.90 over all invoices", () => {
    const withHistory = invoices
      .map((_, i) => i)
      .filter((i) => known[i].averageDaysLate !== undefined);
    const value = auc(
      withHistory.map((i) => scores[i]),
      withHistory.map((i) => lateOver10[i])
    );
    const habitOnly = auc(
      withHistory.map((i) => known[i].averageDaysLate as number),
      withHistory.map((i) => lateOver10[i])
    );
    const overall = auc(scores, lateOver10);
    console.log(
      `risk score AUC (DaysLate > 10): ${value.toFixed(4)} on ${withHistory.length} invoices with a ` +
        `history (average days late alone: ${habitOnly.toFixed(4)}); ${overall.toFixed(4)} on all ` +
        `${invoices.length} invoices`
    );
    expect(habitOnly).toBeGreaterThan(0.84);
    expect(overall).toBeGreaterThanOrEqual(0.9);
    expect(value).toBeGreaterThanOrEqual(0.9);
    expect(value).toBeGreaterThan(habitOnly + 0.05);
  });

  it("keeps the resolution: scores take many distinct values", () => {
    expect(new Set(scores).size).toBeGreaterThanOrEqual(40);
  });

  it("scores an invoice without history as the typical payer's", () => {
    const firstInvoices = invoices
      .map((_, i) => i)
      .filter((i) => known[i].averageDaysLate === undefined);
    expect(firstInvoices.length).toBe(57);
    for (const i of firstInvoices) {
      const typical = { ...UNKNOWN_PAYER, disputed: invoices[i].disputed };
      expect(scores[i]).toBe(riskScore({ daysOverdue: 0, ...typical }).score);
    }
    expect(riskScore({ daysOverdue: 0, averageDaysLate: 0, lateShare: 0 }).score).toBe(0);
  });
});
