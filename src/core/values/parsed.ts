/** The outcome of reading a value a user typed: the value, or the reason it cannot be used. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

export const parsed = <T>(value: T): Parsed<T> => ({ ok: true, value });

export const refused = <T = never>(reason: string): Parsed<T> => ({ ok: false, reason });
