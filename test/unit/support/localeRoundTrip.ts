import { describeRowProblem } from "../../../src/taskpane/state/describeRowProblem";
import { en } from "../../../src/taskpane/i18n/en";
import fc from "fast-check";
import { dayFromYmd, ymdFromDay } from "../../../src/core/dates/calendar";
import { localeFromLanguage } from "../../../src/core/locale/localeFromLanguage";
import { readInvoices } from "../../../src/core/sheet/readInvoices";
import { daysOverdue, penalty } from "../../../src/functions/functions";
import { setFunctionsLocale } from "../../../src/functions/functionsLocale";
import { readNumber } from "../../../src/functions/readers";

/**
 * The locale round trip (issue 10's acceptance): an amount formatted with Intl.NumberFormat in
 * the workbook's locale, and a due date written in its order, read back exactly by the pane's
 * reader (readInvoices) and by the CREDIT functions, with the same result. Used by the unit test
 * (a few cases per locale) and by `npm run fuzz` (many).
 */

/** Workbook cultures and their currency: day-first English ones, comma-decimal ones, others. */
export const LOCALE_CURRENCIES: Readonly<Record<string, string>> = {
  "en-GB": "GBP",
  "en-AU": "AUD",
  "en-IE": "EUR",
  "en-NZ": "NZD",
  "en-SG": "SGD",
  "es-MX": "MXN",
  "ms-MY": "MYR",
  "th-TH": "THB",
  "ga-IE": "EUR",
  "he-IL": "ILS",
  "en-IN": "INR",
  "hi-IN": "INR",
  "de-DE": "EUR",
  "es-ES": "EUR",
  "it-IT": "EUR",
  "nl-NL": "EUR",
  "pt-BR": "BRL",
  "fr-FR": "EUR",
  "fr-CH": "CHF",
  "de-CH": "CHF",
  "en-US": "USD",
  "ja-JP": "JPY",
  "sv-SE": "SEK",
  "pl-PL": "PLN",
};
export const LOCALES = Object.keys(LOCALE_CURRENCIES);

/** Amounts in cents up to a trillion, credit notes included. */
export const centsAmount = fc
  .integer({ min: -100_000_000_000_000, max: 100_000_000_000_000 })
  .map((cents) => cents / 100);
/** Due dates from 1950 to 2099. */
export const dueDay = fc.integer({
  min: dayFromYmd(1950, 1, 1) as number,
  max: dayFromYmd(2099, 12, 31) as number,
});
export const amountStyle = fc.constantFrom("decimal", "currency", "accounting", "grouped-off");

/** The amount as the locale writes it, in one of the styles a sheet holds. */
export function formatAmount(locale: string, amount: number, style: string): string {
  const digits = { minimumFractionDigits: 2, maximumFractionDigits: 2, numberingSystem: "latn" };
  const options: Intl.NumberFormatOptions =
    style === "decimal"
      ? digits
      : style === "grouped-off"
        ? { ...digits, useGrouping: false }
        : {
            ...digits,
            style: "currency",
            currency: LOCALE_CURRENCIES[locale],
            currencySign: style === "accounting" ? "accounting" : "standard",
          };
  return new Intl.NumberFormat(locale, options).format(amount);
}

/** The day as the locale's short date writes it (Gregorian calendar, Latin digits). */
export function formatDate(locale: string, day: number): string {
  const { year, month, day: dayOfMonth } = ymdFromDay(day);
  return new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    calendar: "gregory",
    numberingSystem: "latn",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(year, month - 1, dayOfMonth)));
}

/** What the pane and the functions read of one formatted amount and due date. */
export interface RoundTrip {
  amountText: string;
  dateText: string;
  pane: { amount?: number; dueDate?: number; problems: string[] };
  functions: { amount: unknown; daysOverdue: unknown; penalty: unknown };
}

export function roundTrip(locale: string, amount: number, style: string, due: number): RoundTrip {
  const model = localeFromLanguage(locale);
  const amountText = formatAmount(locale, amount, style);
  const dateText = formatDate(locale, due);
  const read = readInvoices(
    [
      ["Customer", "Invoice", "Due date", "Amount"],
      ["ACME", "F-1", dateText, amountText],
    ],
    { sheetName: "AR", locale: model }
  );
  setFunctionsLocale(model);
  try {
    const number = readNumber(amountText);
    return {
      amountText,
      dateText,
      pane: {
        amount: read.invoices[0]?.amount,
        dueDate: read.invoices[0]?.dueDate,
        problems: read.problems.map((p) => describeRowProblem(p, en)),
      },
      functions: {
        amount: number.ok ? number.value : number.reason,
        daysOverdue: daysOverdue([[dateText]], [[due + 30]])[0][0],
        // 100% a year for 365 days, no fee: the penalty is the amount itself (0 for a credit note).
        penalty: penalty([[amountText]], [[dateText]], [[due + 365]], [[100]], [[0]])[0][0],
      },
    };
  } finally {
    setFunctionsLocale(undefined);
  }
}

/** Whether both readers read the amount and the date back exactly, alike. */
export function readsBack(trip: RoundTrip, amount: number, due: number): boolean {
  return (
    trip.pane.amount === amount &&
    trip.pane.dueDate === due &&
    trip.functions.amount === amount &&
    trip.functions.daysOverdue === 30 &&
    trip.functions.penalty === (amount > 0 ? amount : 0)
  );
}

/** The round trip as a fast-check property over every locale. */
export const roundTripProperty = fc.property(
  fc.constantFrom(...LOCALES),
  centsAmount,
  amountStyle,
  dueDay,
  (locale, amount, style, due) => {
    const trip = roundTrip(locale, amount, style, due);
    if (!readsBack(trip, amount, due)) {
      throw new Error(`${locale} ${JSON.stringify(trip)} expected ${amount} due ${due}`);
    }
  }
);
