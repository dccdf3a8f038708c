import { payNowOf, payNowText, type PayNow } from "../payment/payNow";
import type { Language, Settings } from "../types";
import type { DraftLine } from "./types";

/**
 * A letter's pay-now block: the amount the letter reminds (the invoices less the credit notes)
 * and the reminded invoices as the reference; none without the sender's IBAN and BIC.
 */
export function draftPayNow(
  settings: Pick<Settings, "iban" | "bic" | "senderName">,
  total: number,
  lines: readonly DraftLine[],
  currency: string,
  language: Language
): PayNow | undefined {
  return payNowOf({
    iban: settings.iban,
    bic: settings.bic,
    senderName: settings.senderName ?? "",
    currency,
    amount: total,
    invoiceNumbers: lines.map((line) => line.invoiceNumber),
    language,
  });
}

/** The letter's text with the pay-now details after it (the QR code is in the HTML only). */
export function withPayNowText(
  text: string,
  payNow: PayNow | undefined,
  language: Language
): string {
  return payNow ? `${text}\n\n${payNowText(payNow, language)}` : text;
}
