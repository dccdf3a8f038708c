import { jurisdictionRules } from "../penalty/jurisdictions";
import type { Day, Language, Settings } from "../types";
import { applyPenalties } from "./draftPenalties";
import { issue } from "./draftIssue";
import { penaltyNotice } from "./penaltyNotice";
import type { TemplateKind } from "./templates";
import type { DraftLine, DraftPenalties, ReminderIssue } from "./types";

/**
 * The late-payment penalties a letter of `kind` claims and the paragraph stating them: from the
 * firm level on only (the courtesy and first reminders stay friendly). A zero rate where the law
 * sets a margin is a warning on the draft: the letter would claim no interest.
 */
export function letterPenalties(
  kind: TemplateKind,
  lines: DraftLine[],
  ctx: { settings: Settings; asOf: Day; language: Language; currency: string },
  warnings: ReminderIssue[]
): { penalties?: DraftPenalties; notice: string } {
  if (kind === "courtesy" || kind === "reminder1") return { notice: "" };
  const { settings } = ctx;
  const penalties = applyPenalties(lines, ctx, warnings);
  if (!(settings.annualRatePct > 0) && jurisdictionRules(settings.jurisdiction).marginPoints > 0) {
    warnings.push(issue("zeroRate"));
  }
  if (!penalties) return { notice: "" };
  const notice = penaltyNotice({
    jurisdiction: settings.jurisdiction,
    language: ctx.language,
    currency: ctx.currency,
    annualRatePct: settings.annualRatePct,
    fixedFee: settings.fixedFee,
    invoiceCount: lines.length,
    penalties,
    indemnities: lines.map((l) => l.indemnity ?? 0),
  });
  return { penalties, notice };
}
