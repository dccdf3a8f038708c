/** Above this many cents a double has no fraction bits left: such amounts are already as round as they can be. */
const WHOLE_CENTS_LIMIT = 2 ** 52;

/**
 * Round an amount to cents, half away from zero, as on an invoice. The tiny nudge makes
 * 1.005 round to 1.01 although its binary value is 1.00499999...
 * @example roundCents(1.005) //=> 1.01; roundCents(-2.345) //=> -2.35
 */
export function roundCents(amount: number): number {
  if (!Number.isFinite(amount) || Math.abs(amount) * 100 >= WHOLE_CENTS_LIMIT) return amount;
  const cents = Math.round(Math.abs(amount) * 100 * (1 + Number.EPSILON));
  return cents === 0 ? 0 : (Math.sign(amount) * cents) / 100;
}
