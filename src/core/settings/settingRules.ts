import { describeValue } from "../values/describeValue";
import { parsed, refused, type Parsed } from "../values/parsed";

/**
 * A rule for one saved setting: the value as the pane may use it, or why it may not. Settings
 * come from the workbook (a file anyone can edit, or one saved by another version), so a rule
 * takes `unknown` and proves the type, the range and the finiteness the domain relies on:
 * `minDaysBetweenContacts` 1e308 or a ladder `[null]` would otherwise throw deep in drafting.
 */
export type SettingRule<T> = (value: unknown) => Parsed<T>;

/**
 * A finite number from `min` to `max` (a whole one when `integer`).
 * @example numberIn(0, 365, true)(1e308) //=> { ok: false, reason: "1e+308 is not a whole number from 0 to 365" }
 */
export function numberIn(min: number, max: number, integer = false): SettingRule<number> {
  const kind = integer ? "a whole number" : "a number";
  return (value) =>
    typeof value === "number" &&
    Number.isFinite(value) &&
    value >= min &&
    value <= max &&
    (!integer || Number.isInteger(value))
      ? parsed(value)
      : refused(`${describeValue(value)} is not ${kind} from ${min} to ${max}`);
}

/**
 * One of a few words, as typed (case matters: the domain compares them exactly).
 * @example oneOf(["FR", "UK"])("DE") //=> { ok: false, reason: '"DE" is not one of FR, UK' }
 */
export function oneOf<T extends string>(allowed: readonly T[]): SettingRule<T> {
  return (value) =>
    typeof value === "string" && (allowed as readonly string[]).includes(value)
      ? parsed(value as T)
      : refused(`${describeValue(value)} is not one of ${allowed.join(", ")}`);
}

/**
 * A text of at most `maxLength` characters (blank allowed).
 * @example textUpTo(3)("ACME").ok //=> false
 */
export function textUpTo(maxLength: number): SettingRule<string> {
  return (value) =>
    typeof value === "string" && value.length <= maxLength
      ? parsed(value)
      : refused(`${describeValue(value)} is not a text of at most ${maxLength} characters`);
}

/**
 * A text the pattern matches in full; `example` tells the user what is expected.
 * @example textMatching(/^[A-Z]{3}$/, "EUR")("eur") //=> { ok: false, reason: '"eur" is not like EUR' }
 */
export function textMatching(pattern: RegExp, example: string): SettingRule<string> {
  return (value) =>
    typeof value === "string" && pattern.test(value)
      ? parsed(value)
      : refused(`${describeValue(value)} is not like ${example}`);
}

/**
 * A plain object (not a list, not null), whose entries the caller then checks.
 * @example isRecord({}) //=> true; isRecord([]) //=> false
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A list of at most `maxLength` items, each passing `item` (its position, 1-based, is named
 * when one fails), and the whole passing `whole` when given.
 */
export function listOf<T>(
  item: SettingRule<T>,
  maxLength: number,
  whole?: (items: T[]) => string | undefined
): SettingRule<T[]> {
  return (value) => {
    if (!Array.isArray(value)) return refused(`${describeValue(value)} is not a list`);
    if (value.length > maxLength) return refused(`more than ${maxLength} items`);
    const items: T[] = [];
    for (let i = 0; i < value.length; i++) {
      const result = item(value[i]);
      if (!result.ok) return refused(`item ${i + 1}: ${result.reason}`);
      items.push(result.value);
    }
    const reason = whole?.(items);
    return reason === undefined ? parsed(items) : refused(reason);
  };
}
