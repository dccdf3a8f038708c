import type { Language } from "../../types";

/** The figures of a penalty notice, already formatted in the letter's language and currency. */
export interface PenaltyFigures {
  /** The law the penalties come from, e.g. "art. L441-10 du Code de commerce". */
  basis: string;
  rate: string;
  /** How the fixed indemnity is set: "of €40 per invoice", "de 40,00 € par facture". */
  fee: string;
  withInterest: boolean;
  interest: string;
  indemnity: string;
  total: string;
  /** " (3 × €40.00)" when every invoice has the same indemnity, else "". */
  count: string;
}

/**
 * The sentences of the legal mention of late-payment penalties, one table per language, typed
 * so that a missing French text does not compile (test/types/languageTables.types.ts).
 */
export interface PenaltyWords {
  /** No jurisdiction: only the interest agreed with the customer. */
  agreedInterest(rate: string, interest: string): string;
  /** The UK's indemnity, set by the debt: £40, £70 or £100 in the currency given. */
  feeBySize(small: string, medium: string, large: string): string;
  feePerInvoice(fee: string): string;
  notice(figures: PenaltyFigures): string;
}

const en: PenaltyWords = {
  agreedInterest: (rate, interest) =>
    `Late-payment interest at the agreed annual rate of ${rate} runs from the due date; to date it amounts to ${interest}.`,
  feeBySize: (small, medium, large) =>
    `of a fixed sum per invoice according to its amount (${small}, ${medium} or ${large})`,
  feePerInvoice: (fee) => `of ${fee} per invoice`,
  notice: (f) => {
    const due = f.withInterest
      ? `late-payment interest at an annual rate of ${f.rate} is due from the due date, together with fixed compensation for recovery costs ${f.fee}`
      : `fixed compensation for recovery costs ${f.fee} is due`;
    const amounts = f.withInterest
      ? `${f.interest} in interest and ${f.indemnity} in fixed compensation${f.count}, a total of ${f.total}`
      : `${f.indemnity}${f.count}`;
    return `As provided by law (${f.basis}), ${due}. To date, this amounts to ${amounts}.`;
  },
};

const fr: PenaltyWords = {
  agreedInterest: (rate, interest) =>
    `Des intérêts de retard au taux annuel convenu de ${rate} courent depuis la date d’échéance ; ils s’élèvent à ce jour à ${interest}.`,
  feeBySize: (small, medium, large) =>
    `d’un montant fixe par facture selon sa valeur (${small}, ${medium} ou ${large})`,
  feePerInvoice: (fee) => `de ${fee} par facture`,
  notice: (f) => {
    const due = f.withInterest
      ? `des pénalités de retard au taux annuel de ${f.rate} sont dues de plein droit depuis la date d’échéance, ainsi qu’une indemnité forfaitaire pour frais de recouvrement ${f.fee}`
      : `une indemnité forfaitaire pour frais de recouvrement ${f.fee} est due de plein droit`;
    const amounts = f.withInterest
      ? `${f.interest} d’intérêts et ${f.indemnity} d’indemnités forfaitaires${f.count}, soit ${f.total}`
      : `${f.indemnity}${f.count}`;
    const total = f.withInterest ? "elles s’élèvent" : "elle s’élève";
    return `Conformément à la loi (${f.basis}), ${due}. À ce jour, ${total} à ${amounts}.`;
  },
};

export const PENALTY_WORDS = { en, fr } satisfies Record<Language, PenaltyWords>;
