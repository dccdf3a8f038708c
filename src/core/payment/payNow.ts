import { formatMoney } from "../reminders/format";
import { base64 } from "../reminders/mime";
import { escapeHtml, inlineText } from "../reminders/render";
import type { Language } from "../types";
import { epcPayload } from "./epcPayload";
import { compactIban, ibanProblem, isBic } from "./iban";
import { qrPng } from "./qrPng";

/** The "pay now" block of a letter or a statement: transfer details and the EPC QR code. */
export interface PayNow {
  /** IBAN in groups of four, as printed. */
  iban: string;
  bic: string;
  beneficiary: string;
  amount: number;
  currency: string;
  /** The invoice numbers, as the transfer's remittance text carries them. */
  reference: string;
  /** The EPC QR payload (EPC069-12); absent when the amount is not in euros (SCT is euro-only). */
  payload?: string;
  /** The QR code as a PNG data: URI, for the pane, the printed page and the .eml (as a cid: part). */
  qr?: string;
}

export interface PayNowInput {
  iban?: string;
  bic?: string;
  senderName: string;
  currency: string;
  amount: number;
  invoiceNumbers: readonly string[];
  language: Language;
}

const LABELS: Readonly<
  Record<
    Language,
    {
      title: string;
      reference: (numbers: string) => string;
      scan: string;
      amount: string;
      payee: string;
      referenceLabel: string;
      /** "Label: value" in English, "Label : value" in French (a space before the colon). */
      colon: string;
    }
  >
> = {
  en: {
    title: "Pay now by bank transfer",
    reference: (numbers) => `Invoices ${numbers}`,
    amount: "Amount",
    payee: "Payee",
    referenceLabel: "Reference",
    colon: ": ",
    scan: "Or scan the QR code with your banking app: it fills in the transfer.",
  },
  fr: {
    title: "Payer maintenant par virement",
    reference: (numbers) => `Factures ${numbers}`,
    amount: "Montant",
    payee: "Bénéficiaire",
    referenceLabel: "Référence",
    colon: " : ",
    scan: "Ou scannez le QR code avec votre application bancaire : il remplit le virement.",
  },
};

/** EPC069-12 limits: the amount from 0.01 to 999,999,999.99 euros, 140 characters of remittance. */
const MAX_AMOUNT = 999_999_999.99;
const MAX_REMITTANCE = 140;

/**
 * The pay-now block when the sender's IBAN (valid, ISO 13616) and BIC are both set and there is
 * something to pay; undefined otherwise. The QR code is given only in euros and with a sender
 * name (the EPC code's beneficiary is mandatory): the details are printed anyway.
 */
export function payNowOf(input: PayNowInput): PayNow | undefined {
  const iban = compactIban(input.iban ?? "");
  const bic = (input.bic ?? "").replace(/\s+/g, "").toUpperCase();
  if (iban === "" || ibanProblem(iban) !== undefined || !isBic(bic)) return undefined;
  const amount = Math.round(input.amount * 100) / 100;
  if (!(amount >= 0.01 && amount <= MAX_AMOUNT)) return undefined;
  const reference = LABELS[input.language]
    .reference(input.invoiceNumbers.map(inlineText).join(", "))
    .slice(0, MAX_REMITTANCE);
  const beneficiary = inlineText(input.senderName);
  const block: PayNow = {
    iban: iban.replace(/(.{4})(?=.)/g, "$1 "),
    bic,
    beneficiary,
    amount,
    currency: input.currency,
    reference,
  };
  if (input.currency === "EUR" && beneficiary !== "") {
    const payload = epcPayload({ bic, name: beneficiary, iban, amount, remittance: reference });
    block.payload = payload;
    block.qr = `data:image/png;base64,${base64(qrPng(payload))}`;
  }
  return block;
}

function detailLines(pay: PayNow, language: Language): string[] {
  const labels = LABELS[language];
  const colon = labels.colon;
  return [
    `IBAN${colon}${pay.iban}`,
    `BIC${colon}${pay.bic}`,
    ...(pay.beneficiary ? [`${labels.payee}${colon}${pay.beneficiary}`] : []),
    `${labels.amount}${colon}${formatMoney(pay.amount, pay.currency, language)}`,
    `${labels.referenceLabel}${colon}${pay.reference}`,
  ];
}

/** The block as plain text: the title, the transfer details, the line about the QR code. */
export function payNowText(pay: PayNow, language: Language): string {
  const labels = LABELS[language];
  return [labels.title, ...detailLines(pay, language), ...(pay.qr ? [labels.scan] : [])].join("\n");
}

/** The QR code's line and image (data: URI), for a body whose text already has the details. */
export function payNowQrHtml(pay: PayNow, language: Language): string {
  if (!pay.qr) return "";
  return (
    `<p data-pay-now-qr="" style="margin:0 0 12px 0">${escapeHtml(LABELS[language].scan)}<br>\n` +
    `<img src="${pay.qr}" alt="${escapeHtml(`EPC QR: ${pay.reference}`)}" width="180" ` +
    `height="180" style="image-rendering:pixelated"></p>`
  );
}

/** The block as HTML (inline styles): the title, the details, the QR code. */
export function payNowHtml(pay: PayNow, language: Language): string {
  const details = detailLines(pay, language).map(escapeHtml).join("<br>\n");
  return (
    `<div data-pay-now="" style="margin:0 0 12px 0"><p style="margin:0 0 8px 0"><strong>` +
    `${escapeHtml(LABELS[language].title)}</strong><br>\n${details}</p>` +
    `${payNowQrHtml(pay, language)}</div>`
  );
}
