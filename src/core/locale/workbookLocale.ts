import type { DateOrder } from "../types";

/**
 * The workbook's locale model (docs/design.md §7): how its numbers and text dates are written.
 * One model for the pane's reader and the CREDIT functions, so a value reads the same in a cell
 * and in the pane. It comes from Excel's culture, else from Office's content language (Intl
 * data), else it is unknown and the texts of each column have to tell.
 */
export interface WorkbookLocale {
  /** Culture name as Excel or Office gives it ("en-GB"); "" when unknown. */
  name: string;
  /** Decimal separator of the workbook's numbers; undefined when unknown. */
  decimal?: DecimalMark;
  /**
   * Thousands separator, normalised: "," or ".", " " for any space (U+00A0, U+202F) and "'"
   * for apostrophes (de-CH writes ’); "" when the locale groups with none; undefined when unknown.
   */
  group?: string;
  /** Order of day and month in numeric text dates (year-first locales write the month first). */
  dateOrder: DateOrder;
  /** Where the model came from. */
  source: "excel" | "language" | "unknown";
}

export type DecimalMark = "." | ",";

/** The model when nothing is known: US date order, and separators told by each column's texts. */
export const UNKNOWN_LOCALE: WorkbookLocale = { name: "", dateOrder: "mdy", source: "unknown" };

/**
 * A decimal separator as the model keeps it: "." or ","; anything else is not one it reads.
 * @example decimalMark(" , ") //=> ","; decimalMark("·") //=> undefined
 */
export function decimalMark(separator: string | undefined): DecimalMark | undefined {
  const mark = separator?.trim();
  return mark === "." || mark === "," ? mark : undefined;
}

/** A thousands separator as the model keeps it (see WorkbookLocale.group). */
export function groupMark(separator: string | undefined): string | undefined {
  if (separator === undefined) return undefined;
  if (separator === "") return "";
  if (/^\s+$/u.test(separator)) return " ";
  if (/^['’ʼ]$/u.test(separator)) return "'";
  return separator === "," || separator === "." ? separator : undefined;
}

/**
 * Day/month order of a short date pattern such as "dd/MM/yyyy", "M/d/yyyy" or "yyyy-MM-dd":
 * day first when d comes before M; year-first patterns (ja-JP, sv-SE) write the month first.
 * Quoted literals are skipped.
 * @example dateOrderOfPattern("dd.MM.yyyy") //=> "dmy"; dateOrderOfPattern("M/d/yyyy") //=> "mdy"
 */
export function dateOrderOfPattern(pattern: string): DateOrder | undefined {
  const fields = pattern.replace(/'[^']*'/g, "");
  const day = fields.search(/d/);
  const month = fields.search(/M/);
  if (day < 0 || month < 0) return undefined;
  return day < month ? "dmy" : "mdy";
}

/** The culture Excel gives (Application and Application.cultureInfo), any part possibly missing. */
export interface CultureParts {
  name?: string;
  decimalSeparator?: string;
  groupSeparator?: string;
  shortDatePattern?: string;
}

/**
 * The model from Excel's culture, completed by `fallback` (the content language's model) for
 * what Excel did not give (ExcelApi 1.11 gives the separators, 1.12 the date pattern). A
 * separator the model cannot read (neither "." nor ",") is taken from the fallback as well.
 * @example localeFromCulture({ name: "de-DE", decimalSeparator: ",", groupSeparator: "." }, localeFromLanguage("de"))
 * //=> { name: "de-DE", decimal: ",", group: ".", dateOrder: "dmy", source: "excel" }
 */
export function localeFromCulture(culture: CultureParts, fallback: WorkbookLocale): WorkbookLocale {
  const decimal = decimalMark(culture.decimalSeparator);
  const group = groupMark(culture.groupSeparator);
  const order = culture.shortDatePattern ? dateOrderOfPattern(culture.shortDatePattern) : undefined;
  const fromExcel = decimal !== undefined || order !== undefined;
  const separators =
    decimal !== undefined && group !== decimal
      ? { decimal, group }
      : { decimal: fallback.decimal, group: fallback.group };
  return {
    name: culture.name || fallback.name,
    ...separators,
    dateOrder: order ?? fallback.dateOrder,
    source: fromExcel ? "excel" : fallback.source,
  };
}

/** How the locale writes 1234.5 and a date, for messages: "1,234.50 and dd/mm/yyyy". */
export function describeLocale(locale: WorkbookLocale): string {
  const date = locale.dateOrder === "dmy" ? "dd/mm/yyyy" : "mm/dd/yyyy";
  if (locale.decimal === undefined) return `${locale.name || "unknown locale"}: dates ${date}`;
  const group = locale.group === undefined ? "" : locale.group;
  return `${locale.name || "the workbook"} writes 1${group}234${locale.decimal}50 and ${date}`;
}
