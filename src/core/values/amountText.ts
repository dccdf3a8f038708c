import { parsed, refused, type Parsed } from "./parsed";

/**
 * The number of an amount text with its currency, sign and brackets peeled off, in whatever
 * order they were written: `€ -1 234,56`, `(120.00 €)`, `CHF-1'234.50`, `R$ 1.234,56`. Spaces
 * are one " " (no-break and narrow spaces too), apostrophes one "'", minus signs one "-", and the
 * direction marks of right-to-left locales (he-IL) are dropped. Every step is linear in the text.
 */
export interface AmountText {
  /** Digits and separators only (not checked yet). */
  body: string;
  negative: boolean;
}

/** ISO codes and local abbreviations that may stand before or after the number (upper case). */
const CURRENCIES = new Set(
  (
    "US$ CA$ AU$ NZ$ HK$ MX$ S$ A$ C$ R$ EUR USD GBP CHF CAD AUD NZD JPY CNY SEK NOK DKK PLN CZK " +
    "HUF MAD XOF XAF TND DZD INR BRL MXN SGD HKD ZAR ILS THB MYR KRW TRY RUB RON IDR PHP AED SAR " +
    "FR. KR KR. ZŁ KČ FT LEI RM RS RP TL"
  ).split(" ")
);
const DIRECTION_MARKS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;
const LETTER_OR_SIGN = /[\p{L}\p{Sc}]/u;
const CURRENCY_SIGN = /^\p{Sc}$/u;

/** Letters and currency signs (and the dot of "Fr."): what a currency is written with. */
function isCurrencyChar(char: string): boolean {
  return LETTER_OR_SIGN.test(char);
}

/** A currency: a listed code, or one currency sign (€ £ ¥ ₹ ₪ ฿ ￥ …). */
function isCurrency(text: string): boolean {
  return CURRENCY_SIGN.test(text) || CURRENCIES.has(text.toUpperCase());
}

/** Length of the currency opening `text`, spaces after it included; 0 when there is none. */
function leadingCurrencyLength(text: string): number {
  let end = 0;
  while (end < text.length && isCurrencyChar(text[end])) end++;
  if (text[end] === "." && end > 0) end++;
  if (end === 0 || !isCurrency(text.slice(0, end))) return 0;
  while (text.charCodeAt(end) === 32) end++;
  return end;
}

/** Index where the currency closing `text` starts, spaces before it included; -1 when none. */
function trailingCurrencyStart(text: string): number {
  let start = text.length;
  if (text.endsWith(".")) start--;
  while (start > 0 && isCurrencyChar(text[start - 1])) start--;
  if (start === text.length || !isCurrency(text.slice(start))) return -1;
  while (start > 0 && text.charCodeAt(start - 1) === 32) start--;
  return start;
}

/** The text's number, or why the text around it is not an amount's. */
export function amountText(value: string, shown: string): Parsed<AmountText> {
  const text = value
    .replace(DIRECTION_MARKS, "")
    .replace(/\s+/g, " ")
    .replace(/[\u2212\u2013\u2012\ufe63\uff0d]/g, "-")
    .replace(/[\u2019\u02bc]/g, "'")
    .trim();
  if (text.includes("%")) return refused(`${shown} is a percentage, not an amount`);
  if (text.endsWith("-") && /\d/.test(text)) {
    return refused(`${shown}: a minus sign after the number is not read; write -120 or (120)`);
  }
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
  return parsed({ body: rest, negative: sign === "-" || brackets });
}
