/** The outcome of reading a value a user typed: the value, or the reason it cannot be used. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * @example parsed(3) //=> { ok: true, value: 3 }
 */
export const parsed = <T>(value: T): Parsed<T> => ({ ok: true, value });

/**
 * @example refused("not a number") //=> { ok: false, reason: "not a number" }
 */
export const refused = <T = never>(reason: string): Parsed<T> => ({ ok: false, reason });
