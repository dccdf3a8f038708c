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

/** Currency signs and ISO codes that may stand before or after the number (upper case). */
const CURRENCIES = new Set(
  (
    "€ $ £ ¥ ₣ ₹ US$ CA$ AU$ EUR USD GBP CHF CAD AUD NZD JPY CNY SEK NOK DKK PLN CZK HUF MAD XOF " +
    "XAF TND DZD INR BRL MXN SGD HKD ZAR"
  ).split(" ")
);
/** Digits with thousands and decimal separators, starting and ending with a digit. */
const NUMBER_BODY = /^\d(?:[\d ',.]*\d)?$/;
const SCIENTIFIC = /^\d+(?:[.,]\d+)?e[-+]?\d+$/i;
const NUMBERS_IN_TEXT = /\d+(?:[ ',.]\d+)*/g;
/** Plain numbers as CSV files and Excel hand them over: no grouping, at most 2 decimals. */
const PLAIN_NUMBER = /^-?\d{1,15}(?:\.\d{1,2})?$/;

/** Letters and currency signs: the characters a currency code or sign is made of. */
function isCurrencyChar(code: number): boolean {
  return (
    (code >= 65 && code <= 90) || // A-Z
    (code >= 97 && code <= 122) || // a-z
    code === 36 || // $
    code === 0x20ac || // €
    code === 0xa3 || // £
    code === 0xa5 || // ¥
    code === 0x20a3 || // ₣
    code === 0x20b9 // ₹
  );
}

/** Length of the currency opening `text`, spaces after it included; 0 when there is none. */
function leadingCurrencyLength(text: string): number {
  let end = 0;
  while (end < text.length && isCurrencyChar(text.charCodeAt(end))) end++;
  if (end === 0 || !CURRENCIES.has(text.slice(0, end).toUpperCase())) return 0;
  while (text.charCodeAt(end) === 32) end++;
  return end;
}

/** Index where the currency closing `text` starts, spaces before it included; -1 when none. */
function trailingCurrencyStart(text: string): number {
  let start = text.length;
  while (start > 0 && isCurrencyChar(text.charCodeAt(start - 1))) start--;
  if (start === text.length || !CURRENCIES.has(text.slice(start).toUpperCase())) return -1;
  while (start > 0 && text.charCodeAt(start - 1) === 32) start--;
  return start;
}

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
  if (PLAIN_NUMBER.test(value) && (decimal === "." || !value.includes("."))) {
    return parsed(Number(value) || 0);
  }
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
  if (text.endsWith("-") && /\d/.test(text)) {
    return refused(`${shown}: a minus sign after the number is not read; write -120 or (120)`);
  }

  // Peel the currency, the sign and the brackets, in whatever order they were written.
  let rest = text;
  let currency = false;
  let sign: string | undefined;
  let brackets = false;
  for (;;) {
    const leading = leadingCurrencyLength(rest);
    const trailing = leading > 0 ? -1 : trailingCurrencyStart(rest);
    if (leading > 0 || trailing >= 0) {
      if (currency) return refused(`${shown} names a currency twice`);
      currency = true;
      rest = leading > 0 ? rest.slice(leading) : rest.slice(0, trailing);
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
  const separator = decimalSeparator(body, decimal);
  const cut = separator ? body.lastIndexOf(separator) : body.length;
  if (separator && body.indexOf(separator) !== cut) {
    return refused(`${shown} has more than one decimal separator`);
  }
  for (let i = cut + 1; i < body.length; i++) {
    const code = body.charCodeAt(i);
    if (code < 48 || code > 57)
      return refused(`${shown}: separators after the decimal ${separator}`);
  }

  // Thousands groups: the first of 1 to 3 digits (not a lone 0), then groups of exactly 3,
  // all with the same separator.
  let grouping = 0;
  let groups = 0;
  let firstGroup = "";
  let groupLength = 0;
  for (let i = 0; i < cut; i++) {
    const code = body.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      groupLength++;
      continue;
    }
    if (groupLength === 0) return refused(`${shown} has two separators in a row`);
    if (grouping !== 0 && code !== grouping) return refused(`${shown} mixes thousands separators`);
    if (groups === 0) firstGroup = body.slice(0, i);
    else if (groupLength !== 3)
      return refused(`${shown} holds more than one number or misplaced separators`);
    grouping = code;
    groups++;
    groupLength = 0;
  }
  if (groups > 0 && (groupLength !== 3 || firstGroup.length > 3 || firstGroup === "0")) {
    return refused(`${shown} holds more than one number or misplaced separators`);
  }
  if (cut < body.length && groupLength === 0)
    return refused(`${shown} has two separators in a row`);
  const integerDigits = groups > 0 ? body.slice(0, cut).replace(/\D/g, "") : body.slice(0, cut);
  const fraction = cut < body.length ? body.slice(cut + 1) : "0";
  return finite(Number(`${integerDigits}.${fraction}`), shown);
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
