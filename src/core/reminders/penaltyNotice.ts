import { jurisdictionRules } from "../penalty/jurisdictions";
import type { Jurisdiction, Language } from "../types";
import { formatMoney, formatRatePct } from "./format";
import { PENALTY_WORDS } from "./templates/penaltyWords";
import type { DraftPenalties } from "./types";

export interface PenaltyNoticeInput {
  jurisdiction: Jurisdiction;
  language: Language;
  currency: string;
  annualRatePct: number;
  fixedFee: number;
  invoiceCount: number;
  penalties: DraftPenalties;
  /** Fixed indemnity of each invoice (UK sums differ with the debt). */
  indemnities: number[];
}

/**
 * The legal mention of late-payment penalties as one paragraph: the rate, the fixed indemnity,
 * the law they come from (core's jurisdiction texts) and what they amount to today. With no
 * jurisdiction there is no legal mention, only the agreed interest when a rate is set.
 */
export function penaltyNotice(input: PenaltyNoticeInput): string {
  const { language: lang, penalties } = input;
  const words = PENALTY_WORDS[lang];
  const money = (n: number) => formatMoney(n, input.currency, lang);
  const rate = formatRatePct(input.annualRatePct, lang);
  const withInterest = input.annualRatePct > 0;

  if (input.jurisdiction === "none") {
    return withInterest ? words.agreedInterest(rate, money(penalties.interest)) : "";
  }

  const sameFee =
    input.indemnities.length > 0 && input.indemnities.every((f) => f === input.indemnities[0]);
  return words.notice({
    basis: jurisdictionRules(input.jurisdiction).legalBasis[lang],
    rate,
    fee:
      input.jurisdiction === "UK"
        ? words.feeBySize(money(40), money(70), money(100))
        : words.feePerInvoice(money(input.fixedFee)),
    withInterest,
    interest: money(penalties.interest),
    indemnity: money(penalties.indemnity),
    total: money(penalties.total),
    count:
      sameFee && input.indemnities.length > 1
        ? ` (${input.indemnities.length} × ${money(input.indemnities[0])})`
        : "",
  });
}
