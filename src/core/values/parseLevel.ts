import { describeValue } from "./describeValue";
import { parsed, refused, type Parsed } from "./parsed";

const LEVEL_TEXT = /^\s*(?:level|niveau|n|l)?\s*(\d+(?:\.0+)?)\s*$/i;

/**
 * A ladder level as users write it in a "Level" column: a whole number 0..9, so "2", 2, "N2" and
 * "Level 2" all read as 2.
 *
 * @example parseLevel("Niveau 3") //=> { ok: true, value: 3 }
 * @example parseLevel(12).ok //=> false
 */
export function parseLevel(value: unknown): Parsed<number> {
  const match =
    typeof value === "number" ? [String(value), String(value)] : LEVEL_TEXT.exec(String(value));
  const level = match ? Number(match[1]) : NaN;
  if (Number.isInteger(level) && level >= 0 && level <= 9) return parsed(level);
  return refused(`${describeValue(value)} is not a reminder level (a whole number from 0)`);
}
