/** Segments by amount overdue: under 1,000; 1,000 to under 10,000; 10,000 and more. */
export type AmountBand = "small" | "medium" | "large";

export const AMOUNT_BANDS: readonly AmountBand[] = ["small", "medium", "large"];

/** Lower bounds of the medium and large bands, in the sheet's currency. */
export const AMOUNT_BAND_BOUNDS = { medium: 1_000, large: 10_000 } as const;

/** @example amountBand(999.99) //=> "small"; amountBand(1000) //=> "medium" */
export function amountBand(amount: number): AmountBand {
  if (amount >= AMOUNT_BAND_BOUNDS.large) return "large";
  if (amount >= AMOUNT_BAND_BOUNDS.medium) return "medium";
  return "small";
}
