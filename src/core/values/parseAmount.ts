import { describeValue } from "./describeValue";
import { excelErrorName } from "./excelError";
import { isBlank } from "./isBlank";
import { parsed, refused, type Parsed } from "./parsed";

/**
 * Reading an amount as people type it in French and English sheets (DESIGN section 3):
 * `1 234,56 €`, `€1,234.56`, `1.234,56`, `$ -1,234.56`, `(120.00)` for a negative, `EUR 1234`.
 * The separators are read from the text when it tells (two kinds of separator, a space used for
 * thousands, or a number of decimals other than 3); only `1,234` and `1.234` are ambiguous,
 * and then `decimal` decides. Anything that does not read as exactly one number is refused:
 * a wrong amount in a reminder is worse than a blank.
 */

/** Currency signs and ISO codes that may stand before or after the number. */
const CURRENCY =
  "(?:US\\$|CA\\$|AU\\$|[€$£¥₣₹]|EUR|USD|GBP|CHF|CAD|AUD|NZD|JPY|CNY|SEK|NOK|DKK|PLN|CZK|HUF|MAD|XOF|XAF|TND|DZD|INR|BRL|MXN|SGD|HKD|ZAR)";
const LEADING_CURRENCY = new RegExp(`^${CURRENCY}(?![A-Za-z])\\s*`, "i");
const TRAILING_CURRENCY = new RegExp(`\\s*${CURRENCY}$`, "i");
/** Digits with thousands and decimal separators, starting and ending with a digit. */
const NUMBER_BODY = /^\d(?:[\d ',.]*\d)?$/;
const SCIENTIFIC = /^\d+(?:[.,]\d+)?e[-+]?\d+$/i;
const NUMBERS_IN_TEXT = /\d+(?:[ ',.]\d+)*/g;

export function parseAmount(value: unknown, decimal: "," | "." = "."): Parsed<number> {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return refused(`${String(value)} is not an amount`);
    return parsed(value === 0 ? 0 : value);
  }
  if (isBlank(value)) return refused("blank: no amount");
  if (typeof value === "boolean") {
    return refused(`${value ? "TRUE" : "FALSE"} is a yes/no value, not an amount`);
  }
  if (typeof value !== "string") return refused(`${describeValue(value)} is not an amount`);
  const error = excelErrorName(value);
  if (error) return refused(`the cell holds the error ${error}, not an amount`);
  return parseAmountText(value, decimal);
}

function parseAmountText(value: string, decimal: "," | "."): Parsed<number> {
  const shown = describeValue(value);
  const text = value
    .replace(/\s+/g, " ")
    .replace(/[\u2212\u2013]/g, "-")
    .replace(/[\u2019\u02bc]/g, "'")
    .trim();
  if (text.includes("%")) return refused(`${shown} is a percentage, not an amount`);
  if (/\d\s*(?:\S+\s*)?-$/.test(text)) {
    return refused(`${shown}: a minus sign after the number is not read; write -120 or (120)`);
  }

  // Peel the currency, the sign and the brackets, in whatever order they were written.
  let rest = text;
  let currency = false;
  let sign: string | undefined;
  let brackets = false;
  for (;;) {
    const leading = LEADING_CURRENCY.exec(rest);
    const trailing = leading ? null : TRAILING_CURRENCY.exec(rest);
    const glued = trailing !== null && /[A-Za-z]/.test(rest.charAt(trailing.index - 1));
    if (leading || (trailing && !glued)) {
      if (currency) return refused(`${shown} names a currency twice`);
      currency = true;
      rest = leading ? rest.slice(leading[0].length) : rest.slice(0, trailing!.index);
    } else if (rest.startsWith("(") && rest.endsWith(")")) {
      if (brackets || sign) return refused(`${shown} has both brackets and a sign`);
      brackets = true;
      rest = rest.slice(1, -1).trim();
    } else if (rest.startsWith("-") || rest.startsWith("+")) {
      if (sign || brackets) return refused(`${shown} has more than one sign`);
      sign = rest[0];
      rest = rest.slice(1).trim();
    } else {
      break;
    }
  }

  const magnitude = readMagnitude(rest, decimal, shown);
  if (!magnitude.ok) return magnitude;
  const negative = sign === "-" || brackets;
  return parsed(negative && magnitude.value !== 0 ? -magnitude.value : magnitude.value);
}

/** The unsigned number of a text holding only digits and separators. */
function readMagnitude(body: string, decimal: "," | ".", shown: string): Parsed<number> {
  if (SCIENTIFIC.test(body)) return finite(Number(body.replace(",", ".")), shown);
  if (!NUMBER_BODY.test(body)) {
    const numbers = body.match(NUMBERS_IN_TEXT) ?? [];
    if (numbers.length === 0) return refused(`${shown} has no number: not an amount`);
    if (numbers.length > 1) return refused(`${shown} holds more than one number`);
    return refused(`${shown} is not an amount`);
  }
  if (/[ ',.]{2}/.test(body)) return refused(`${shown} has two separators in a row`);

  const separator = decimalSeparator(body, decimal);
  const cut = separator ? body.lastIndexOf(separator) : body.length;
  if (separator && body.indexOf(separator) !== cut) {
    return refused(`${shown} has more than one decimal separator`);
  }
  const integerPart = body.slice(0, cut);
  const fraction = body.slice(cut + 1);
  if (/\D/.test(fraction)) return refused(`${shown}: separators after the decimal ${separator}`);

  const grouping = new Set(integerPart.replace(/\d/g, ""));
  if (grouping.size > 1) return refused(`${shown} mixes thousands separators`);
  if (grouping.size === 1) {
    const groups = integerPart.split([...grouping][0]);
    const wellGrouped =
      groups[0].length <= 3 && groups[0] !== "0" && groups.slice(1).every((g) => g.length === 3);
    if (!wellGrouped) return refused(`${shown} holds more than one number or misplaced separators`);
  }
  return finite(Number(`${integerPart.replace(/\D/g, "")}.${fraction || "0"}`), shown);
}

/**
 * Which of "," and "." is the decimal separator in `body`, or undefined when it has none.
 * Told by the text when it can be: the last of two kinds, the one left when spaces group the
 * thousands, a single one not followed by exactly three digits, or one after a "0" or more than
 * three digits; `1,234` and `1.234` are the only ambiguous shapes.
 */
function decimalSeparator(body: string, decimal: "," | "."): string | undefined {
  const lastDot = body.lastIndexOf(".");
  const lastComma = body.lastIndexOf(",");
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? "." : ",";
  if (lastDot < 0 && lastComma < 0) return undefined;
  const mark = lastDot >= 0 ? "." : ",";
  const at = Math.max(lastDot, lastComma);
  if (body.indexOf(mark) !== at) return undefined; // repeated: thousands separators
  if (/[ ']/.test(body)) return mark;
  const before = body.slice(0, at);
  if (body.length - at - 1 !== 3 || before.length > 3 || before === "0") return mark;
  return mark === decimal ? mark : undefined;
}

function finite(value: number, shown: string): Parsed<number> {
  return Number.isFinite(value) ? parsed(value) : refused(`${shown} is too large to be an amount`);
}
