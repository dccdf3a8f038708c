import { compactIban } from "./iban";

/**
 * The EPC QR code payload (European Payments Council, EPC069-12 "Quick Response Code: guidelines
 * to enable data capture for the initiation of a SEPA credit transfer"), version 002, UTF-8:
 * one field per line, in this order: service tag BCD, version, character set (1 = UTF-8),
 * identification SCT, BIC, beneficiary name (at most 70), IBAN, amount "EUR12.34", purpose code
 * (empty), structured reference (empty: we give the unstructured remittance), remittance text (at
 * most 140). Banking apps read it to fill a transfer.
 */
export interface EpcTransfer {
  bic: string;
  name: string;
  iban: string;
  /** In euros; 0.01 to 999,999,999.99. */
  amount: number;
  /** Free text, e.g. the invoice numbers. */
  remittance: string;
}

export function epcPayload(transfer: EpcTransfer): string {
  const amount = `EUR${transfer.amount.toFixed(2)}`;
  return [
    "BCD",
    "002",
    "1",
    "SCT",
    transfer.bic.replace(/\s+/g, "").toUpperCase(),
    transfer.name.trim().slice(0, 70),
    compactIban(transfer.iban),
    amount,
    "",
    "",
    transfer.remittance.replace(/\s+/g, " ").trim().slice(0, 140),
  ].join("\n");
}
