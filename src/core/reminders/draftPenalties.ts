import { latePenalty, penaltyInputReason } from "../penalty/latePenalty";
import type { Day, Settings } from "../types";
import { roundCents } from "../values/roundCents";
import type { DraftLine, DraftPenalties, ReminderIssue } from "./types";

const sum = (values: number[]) => roundCents(values.reduce((a, b) => a + b, 0));

/** Penalties of each line from the firm level on, and their totals; undefined when none apply. */
export function applyPenalties(
  lines: DraftLine[],
  ctx: { settings: Settings; asOf: Day },
  warnings: ReminderIssue[]
): DraftPenalties | undefined {
  const { settings } = ctx;
  const reason = penaltyInputReason({
    amount: 0,
    annualRatePct: settings.annualRatePct,
    fixedFee: settings.fixedFee,
  });
  if (reason) {
    warnings.push({
      key: "penalty",
      params: { invoice: lines.map((l) => l.invoiceNumber).join(", "), why: reason },
    });
    return undefined;
  }
  for (const line of lines) {
    const penalty = latePenalty({
      amount: line.open,
      dueDate: line.dueDate,
      asOf: ctx.asOf,
      annualRatePct: settings.annualRatePct,
      fixedFee: settings.fixedFee,
      jurisdiction: settings.jurisdiction,
    });
    line.interest = penalty.interest;
    line.indemnity = penalty.indemnity;
  }
  const interest = sum(lines.map((l) => l.interest ?? 0));
  const indemnity = sum(lines.map((l) => l.indemnity ?? 0));
  if (interest === 0 && indemnity === 0) {
    for (const line of lines) {
      delete line.interest;
      delete line.indemnity;
    }
    return undefined;
  }
  return { interest, indemnity, total: roundCents(interest + indemnity) };
}
