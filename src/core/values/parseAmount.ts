import type { DecimalMark, WorkbookLocale } from "../locale/workbookLocale";
import { amountText } from "./amountText";
import { describeValue } from "./describeValue";
import { excelErrorName } from "./excelError";
import { isBlank } from "./isBlank";
import { parsed, refused, type Parsed } from "./parsed";

/**
 * Reading an amount as people type it (docs/design.md §3): `1 234,56 €`, `€1,234.56`,
 * `1.234,56`, `$ -1,234.56`, `(120.00)` for a negative, `EUR 1234`, `CHF 1'234.50`,
 * `₹1,00,000.00`. The separators are read from the text when it tells (two kinds of separator,
 * a space or apostrophe grouping the thousands, a repeated separator, or a single one not
 * followed by exactly three digits). Only a single "," or "." followed by three digits
 * (`1,250`, `1.250`) is ambiguous: the workbook's locale settles it when that mark is its
 * decimal or thousands separator, else what the column's other texts prove of the mark; else
 * it is refused, never guessed. Anything that does not read as exactly one number is refused.
 */

/** The separators of the workbook's locale (see WorkbookLocale); unknown ones settle nothing. */
export type NumberStyle = Pick<WorkbookLocale, "name" | "decimal" | "group">;

/** What a column's texts prove of each mark: a decimal separator or a thousands separator. */
export type MarkRoles = Partial<Record<DecimalMark, "decimal" | "group">>;

const NO_STYLE: NumberStyle = { name: "" };
/** Digits with thousands and decimal separators, starting and ending with a digit. */
const NUMBER_BODY = /^\d(?:[\d ',.]*\d)?$/;
const SCIENTIFIC = /^\d+(?:[.,]\d+)?e[-+]?\d+$/i;
const NUMBERS_IN_TEXT = /\d+(?:[ ',.]\d+)*/g;
/** Plain numbers as CSV files and Excel hand them over: no grouping, at most 2 decimals. */
const PLAIN_NUMBER = /^-?\d{1,15}(?:\.\d{1,2})?$/;
/** The reading of a single separator that nothing settles. */
const AMBIGUOUS = "ambiguous";

/**
 * @example parseAmount("1 250,50 €", { decimal: ",", group: " " }) //=> { ok: true, value: 1250.5 }
 * @example parseAmount("12abc") //=> { ok: false, reason: '"12abc" is not an amount' }
 */
export function parseAmount(
  value: unknown,
  style: NumberStyle = NO_STYLE,
  column?: MarkRoles
): Parsed<number> {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return refused(`${String(value)} is not an amount`);
    return parsed(value === 0 ? 0 : value);
  }
  if (isBlank(value)) return refused("blank: no amount");
  if (typeof value === "boolean") {
    return refused(`${value ? "TRUE" : "FALSE"} is a yes/no value, not an amount`);
  }
  if (typeof value !== "string") return refused(`${describeValue(value)} is not an amount`);
  // "12.50" as a CSV export writes it: "." can only be a decimal point before 1 or 2 digits.
  if (PLAIN_NUMBER.test(value)) return parsed(Number(value) || 0);
  const error = excelErrorName(value);
  if (error) return refused(`the cell holds the error ${error}, not an amount`);
  const shown = describeValue(value);
  const text = amountText(value, shown);
  if (!text.ok) return text;
  const magnitude = readMagnitude(text.value.body, style, column, shown);
  if (!magnitude.ok) return magnitude;
  return parsed(text.value.negative && magnitude.value !== 0 ? -magnitude.value : magnitude.value);
}

/**
 * What an amount text proves by itself of "," and "." (1,234.50: "," groups, "." is decimal);
 * nothing for a text that is not an amount or whose separator is ambiguous.
 */
export function amountMarkRoles(value: unknown): MarkRoles {
  if (typeof value !== "string" || isBlank(value)) return {};
  const text = amountText(value, "");
  if (!text.ok || !NUMBER_BODY.test(text.value.body)) return {};
  const { body } = text.value;
  const decimal = decimalSeparator(body, NO_STYLE, undefined);
  const roles: MarkRoles = {};
  if (decimal === "." || decimal === ",") roles[decimal] = "decimal";
  for (const mark of [".", ","] as const) {
    if (mark !== decimal && decimal !== AMBIGUOUS && body.includes(mark)) roles[mark] = "group";
  }
  return roles;
}

/** The unsigned number of a text holding only digits and separators. */
function readMagnitude(
  body: string,
  style: NumberStyle,
  column: MarkRoles | undefined,
  shown: string
): Parsed<number> {
  if (SCIENTIFIC.test(body)) return finite(Number(body.replace(",", ".")), shown);
  if (!NUMBER_BODY.test(body)) {
    const numbers = countNumbers(body);
    if (numbers === 0) return refused(`${shown} has no number: not an amount`);
    if (numbers > 1) return refused(`${shown} holds more than one number`);
    return refused(`${shown} is not an amount`);
  }
  const separator = decimalSeparator(body, style, column);
  if (separator === AMBIGUOUS) return refused(ambiguity(body, shown, style));
  const cut = separator ? body.lastIndexOf(separator) : body.length;
  if (separator && body.indexOf(separator) !== cut) {
    return refused(`${shown} has more than one decimal separator`);
  }
  for (let i = cut + 1; i < body.length; i++) {
    const code = body.charCodeAt(i);
    if (code < 48 || code > 57)
      return refused(`${shown}: separators after the decimal ${separator}`);
  }
  const grouping = checkGroups(body, cut, shown);
  if (!grouping.ok) return grouping;
  const integerDigits = grouping.value ? body.slice(0, cut).replace(/\D/g, "") : body.slice(0, cut);
  const fraction = cut < body.length ? body.slice(cut + 1) : "0";
  return finite(Number(`${integerDigits}.${fraction}`), shown);
}

/**
 * Thousands groups before `cut`, all with the same separator: a first group of 1 to 3 digits
 * (not a lone 0) then groups of 3, or Indian grouping (1,00,00,000: groups of 2, the last of 3).
 * True when the integer part is grouped.
 */
function checkGroups(body: string, cut: number, shown: string): Parsed<boolean> {
  let grouping = 0;
  let groups = 0;
  let first = 0;
  let middleOf3 = true;
  let middleOf2 = true;
  let groupLength = 0;
  for (let i = 0; i < cut; i++) {
    const code = body.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      groupLength++;
      continue;
    }
    if (groupLength === 0) return refused(`${shown} has two separators in a row`);
    if (grouping !== 0 && code !== grouping) return refused(`${shown} mixes thousands separators`);
    if (groups === 0) first = groupLength;
    else {
      middleOf3 &&= groupLength === 3;
      middleOf2 &&= groupLength === 2;
    }
    grouping = code;
    groups++;
    groupLength = 0;
  }
  if (cut < body.length && groupLength === 0)
    return refused(`${shown} has two separators in a row`);
  if (groups === 0) return parsed(false);
  const western = first <= 3 && middleOf3;
  const indian = first <= 2 && groups > 1 && middleOf2;
  const leadingZero = body.charCodeAt(0) === 48 && first === 1;
  if (groupLength !== 3 || !(western || indian) || leadingZero) {
    return refused(`${shown} holds more than one number or misplaced separators`);
  }
  return parsed(true);
}

/**
 * Which of "," and "." is the decimal separator in `body`, undefined when it has none, or
 * AMBIGUOUS. Told by the text when it can be: the last of two kinds, the one left when spaces or
 * apostrophes group the thousands, a single one not followed by exactly three digits, or one
 * after a "0" or more than three digits. A single mark followed by three digits is settled by
 * the locale (its decimal or its thousands separator), else by the column, else ambiguous.
 */
function decimalSeparator(
  body: string,
  style: NumberStyle,
  column: MarkRoles | undefined
): DecimalMark | undefined | typeof AMBIGUOUS {
  const lastDot = body.lastIndexOf(".");
  const lastComma = body.lastIndexOf(",");
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? "." : ",";
  if (lastDot < 0 && lastComma < 0) return undefined;
  const mark: DecimalMark = lastDot >= 0 ? "." : ",";
  const at = Math.max(lastDot, lastComma);
  if (body.indexOf(mark) !== at) return undefined; // repeated: thousands separators
  if (body.includes(" ") || body.includes("'")) return mark;
  const before = body.slice(0, at);
  if (body.length - at - 1 !== 3 || before.length > 3 || before === "0") return mark;
  if (style.decimal === mark) return mark;
  if (style.group === mark) return undefined;
  const role = column?.[mark];
  if (role) return role === "decimal" ? mark : undefined;
  return AMBIGUOUS;
}

function ambiguity(body: string, shown: string, style: NumberStyle): string {
  const mark = body.includes(",") ? "," : ".";
  const asDecimal = Number(body.replace(mark, "."));
  const asGroup = Number(body.replace(mark, ""));
  const workbook =
    style.decimal === undefined
      ? "the workbook's separators are unknown"
      : `the workbook (${style.name || "its locale"}) uses "${style.decimal}" for decimals and ` +
        `${style.group === " " ? "a space" : style.group ? `"${style.group}"` : "nothing"} for thousands`;
  return (
    `${shown} is ambiguous: "${mark}" may mark decimals (${asDecimal}) or thousands (${asGroup}), ` +
    `${workbook}, and nothing else in the column tells; write ${asGroup} or ${String(asDecimal).replace(".", style.decimal ?? ".")}`
  );
}

/** How many numbers the text holds, 0, 1 or 2 (more): no list of them is built. */
function countNumbers(body: string): number {
  NUMBERS_IN_TEXT.lastIndex = 0;
  let count = 0;
  while (count < 2 && NUMBERS_IN_TEXT.exec(body)) count++;
  return count;
}

function finite(value: number, shown: string): Parsed<number> {
  return Number.isFinite(value) ? parsed(value) : refused(`${shown} is too large to be an amount`);
}
