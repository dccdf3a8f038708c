/** "12,5" or "12.5" -> 12.5; undefined for anything that is not a (whole, if asked) number. */
export function parseNumber(text: string, integer = false): number | undefined {
  const trimmed = text.trim().replace(",", ".");
  if (trimmed === "") return undefined;
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return undefined;
  if (integer && !Number.isInteger(value)) return undefined;
  return value;
}
