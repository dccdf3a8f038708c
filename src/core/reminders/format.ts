import { ymdFromDay } from "../dates/calendar";
import type { Day, Language } from "../types";
import { LETTER_WORDS } from "./templates/letterWords";

/**
 * Money, dates and rates as a reader of the reminder expects them in their language. Intl does
 * the work (fr-FR: "1 234,56 €" with the narrow no-break spaces Intl gives; en-GB: "€1,234.56").
 * Formatters are cached: building one costs far more than using it, and a batch of drafts
 * formats thousands of amounts.
 */

const LOCALES: Record<Language, string> = { fr: "fr-FR", en: "en-GB" };

const moneyFormats = new Map<string, Intl.NumberFormat | null>();

function moneyFormat(currency: string, language: Language): Intl.NumberFormat | null {
  const key = `${language}|${currency}`;
  let format = moneyFormats.get(key);
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat(LOCALES[language], { style: "currency", currency });
    } catch {
      // Not an ISO 4217 code (e.g. "EURO"): the caller shows the number with the code as typed.
      format = null;
    }
    moneyFormats.set(key, format);
  }
  return format;
}

/**
 * True when `currency` is a code Intl knows (EUR, GBP, USD...).
 * @example isKnownCurrency("EUR") //=> true
 */
export function isKnownCurrency(currency: string): boolean {
  return /^[A-Za-z]{3}$/.test(currency) && moneyFormat(currency.toUpperCase(), "en") !== null;
}

const plainFormats: Record<Language, Intl.NumberFormat> = {
  fr: new Intl.NumberFormat("fr-FR", { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
};

/**
 * An amount with its currency, e.g. "1 234,56 €" (fr) or "€1,234.56" (en).
 * @example formatMoney(1234.5, "EUR", "en") //=> "€1,234.50"
 */
export function formatMoney(amount: number, currency: string, language: Language): string {
  const format = isKnownCurrency(currency) ? moneyFormat(currency.toUpperCase(), language) : null;
  if (format) return format.format(amount);
  const number = plainFormats[language].format(amount);
  const code = currency.trim();
  return code ? `${number} ${code}` : number;
}

const dateFormats: Record<Language, Intl.DateTimeFormat> = {
  // The month in words: "05/03/2024" reads as 5 March in Paris and 3 May in New York.
  fr: new Intl.DateTimeFormat("fr-FR", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }),
  en: new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }),
};

/**
 * A date in words, e.g. "5 mars 2024" (fr) or "5 March 2024" (en).
 * @example formatDay(45356, "fr") //=> "5 mars 2024"; formatDay(45356, "en") //=> "5 March 2024"
 */
export function formatDay(day: Day, language: Language): string {
  const { year, month, day: dayOfMonth } = ymdFromDay(day);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, dayOfMonth);
  return dateFormats[language].format(date);
}

const percentFormats: Record<Language, Intl.NumberFormat> = {
  fr: new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }),
};

/**
 * An annual rate given in percent, e.g. 12.15 -> "12,15 %" (fr) or "12.15%" (en).
 * @example formatRatePct(10.5, "en") //=> "10.5%"
 */
export function formatRatePct(ratePct: number, language: Language): string {
  return LETTER_WORDS[language].percent(percentFormats[language].format(ratePct));
}

/** A whole number of days or invoices, grouped as the language writes it. */
export function formatCount(count: number, language: Language): string {
  return percentFormats[language].format(count);
}
