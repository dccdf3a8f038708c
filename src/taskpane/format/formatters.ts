import type { Day, Language } from "../../core/types";
import { formatDay } from "../../core/reminders/format";

/** Number, money, percent and date formatting for one locale, built once per locale change. */
export interface Formatters {
  /** 1234.5 -> "1 234,50 €" (fr-FR, EUR) or "€1,234.50" (en-US). */
  money(value: number): string;
  /** A whole or decimal number, e.g. days: 28.4 -> "28.4". */
  number(value: number, maximumFractionDigits?: number): string;
  /** A ratio 0..1 -> "42 %" / "42%". */
  percent(ratio: number): string;
  /**
   * A Day -> the same long date the letters print, e.g. 30 juin 2013 or 30 June 2013: one date
   * format per language in the pane and in the letters it drafts, with the month in words so
   * 05/03 never reads as 5 March to one user and 3 May to another.
   */
  date(day: Day): string;
  /** "EUR" -> "EUR – euro" (the code first: what the user types to find it in the list). */
  currencyName(code: string): string;
}

export function createFormatters(
  locale: string,
  currency: string,
  language: Language = locale.toLowerCase().startsWith("fr") ? "fr" : "en"
): Formatters {
  const money = moneyFormat(locale, currency);
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const numbers = new Map<number, Intl.NumberFormat>();
  const currencyNames = displayNames(locale);
  return {
    money: (value) => money.format(value),
    number: (value, digits = 1) => {
      let format = numbers.get(digits);
      if (!format) {
        format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
        numbers.set(digits, format);
      }
      return format.format(value);
    },
    percent: (ratio) => percent.format(ratio),
    date: (day) => formatDay(day, language),
    currencyName: (code) => {
      const name = currencyNames?.of(code);
      return name && name !== code ? `${code} – ${name}` : code;
    },
  };
}

/** A currency format; an unknown code (a typo in the settings) falls back to a plain number. */
function moneyFormat(locale: string, currency: string): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(locale, { style: "currency", currency: currency || "EUR" });
  } catch {
    return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  }
}

/** Currency names in the locale, where the runtime has Intl.DisplayNames. */
function displayNames(locale: string): Intl.DisplayNames | undefined {
  try {
    return new Intl.DisplayNames([locale], { type: "currency" });
  } catch {
    return undefined;
  }
}
