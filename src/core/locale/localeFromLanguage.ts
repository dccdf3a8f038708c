import { UNKNOWN_LOCALE, decimalMark, groupMark, type WorkbookLocale } from "./workbookLocale";
import type { DateOrder } from "../types";

/**
 * The model of a language tag such as "en-GB" from the JavaScript engine's locale data (Intl,
 * CLDR): what the add-in falls back to when Excel does not give its culture. Intl's data is
 * CLDR's, which is what Windows and Excel use for these cultures in the main; Excel's own
 * culture, when given, wins. An unknown or invalid tag gives the unknown model.
 */
const cache = new Map<string, WorkbookLocale>();

/**
 * @example localeFromLanguage("fr-FR").decimal //=> ","
 */
export function localeFromLanguage(tag: string | undefined): WorkbookLocale {
  const name = tag?.trim() ?? "";
  if (name === "") return UNKNOWN_LOCALE;
  let locale = cache.get(name);
  if (!locale) {
    locale = intlLocale(name);
    cache.set(name, locale);
  }
  return locale;
}

function intlLocale(name: string): WorkbookLocale {
  let parts: Intl.NumberFormatPart[];
  let dateParts: Intl.DateTimeFormatPart[];
  try {
    // Latin digits whatever the locale's default numbering: the model reads 0-9.
    parts = new Intl.NumberFormat(name, { numberingSystem: "latn" }).formatToParts(1234567.5);
    dateParts = new Intl.DateTimeFormat(name, {
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      calendar: "gregory",
      numberingSystem: "latn",
    }).formatToParts(new Date(Date.UTC(2024, 11, 25)));
  } catch {
    return UNKNOWN_LOCALE;
  }
  const decimal = decimalMark(parts.find((p) => p.type === "decimal")?.value);
  const group = groupMark(parts.find((p) => p.type === "group")?.value ?? "");
  const fields = dateParts.map((p) => p.type);
  const order: DateOrder = fields.indexOf("day") < fields.indexOf("month") ? "dmy" : "mdy";
  return {
    name,
    ...(decimal !== undefined && group !== decimal ? { decimal, group } : {}),
    dateOrder: order,
    source: "language",
  };
}
