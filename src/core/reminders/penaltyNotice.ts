import { jurisdictionRules } from "../penalty/jurisdictions";
import type { Jurisdiction, Language } from "../types";
import { formatMoney, formatRatePct } from "./format";
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
  const fr = lang === "fr";
  const money = (n: number) => formatMoney(n, input.currency, lang);
  const rate = formatRatePct(input.annualRatePct, lang);
  const withInterest = input.annualRatePct > 0;

  if (input.jurisdiction === "none") {
    if (!withInterest) return "";
    return fr
      ? `Des intérêts de retard au taux annuel convenu de ${rate} courent depuis la date d’échéance ; ils s’élèvent à ce jour à ${money(penalties.interest)}.`
      : `Late-payment interest at the agreed annual rate of ${rate} runs from the due date; to date it amounts to ${money(penalties.interest)}.`;
  }

  const basis = jurisdictionRules(input.jurisdiction).legalBasis[lang];
  const sameFee =
    input.indemnities.length > 0 && input.indemnities.every((f) => f === input.indemnities[0]);
  const fee =
    input.jurisdiction === "UK"
      ? fr
        ? `d’un montant fixe par facture selon sa valeur (${money(40)}, ${money(70)} ou ${money(100)})`
        : `of a fixed sum per invoice according to its amount (${money(40)}, ${money(70)} or ${money(100)})`
      : fr
        ? `de ${money(input.fixedFee)} par facture`
        : `of ${money(input.fixedFee)} per invoice`;
  const count =
    sameFee && input.indemnities.length > 1
      ? ` (${input.indemnities.length} × ${money(input.indemnities[0])})`
      : "";

  if (fr) {
    const due = withInterest
      ? `des pénalités de retard au taux annuel de ${rate} sont dues de plein droit depuis la date d’échéance, ainsi qu’une indemnité forfaitaire pour frais de recouvrement ${fee}`
      : `une indemnité forfaitaire pour frais de recouvrement ${fee} est due de plein droit`;
    const amounts = withInterest
      ? `${money(penalties.interest)} d’intérêts et ${money(penalties.indemnity)} d’indemnités forfaitaires${count}, soit ${money(penalties.total)}`
      : `${money(penalties.indemnity)}${count}`;
    const total = withInterest ? "elles s’élèvent" : "elle s’élève";
    return `Conformément à la loi (${basis}), ${due}. À ce jour, ${total} à ${amounts}.`;
  }
  const due = withInterest
    ? `late-payment interest at an annual rate of ${rate} is due from the due date, together with fixed compensation for recovery costs ${fee}`
    : `fixed compensation for recovery costs ${fee} is due`;
  const amounts = withInterest
    ? `${money(penalties.interest)} in interest and ${money(penalties.indemnity)} in fixed compensation${count}, a total of ${money(penalties.total)}`
    : `${money(penalties.indemnity)}${count}`;
  return `As provided by law (${basis}), ${due}. To date, this amounts to ${amounts}.`;
}
