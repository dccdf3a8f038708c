/**
 * Round an amount to cents, half away from zero, as on an invoice. The tiny nudge makes
 * 1.005 round to 1.01 although its binary value is 1.00499999...
 */
export function roundCents(amount: number): number {
  if (!Number.isFinite(amount)) return amount;
  const cents = Math.round(Math.abs(amount) * 100 * (1 + Number.EPSILON));
  return cents === 0 ? 0 : (Math.sign(amount) * cents) / 100;
}
