import type { DateOrder } from "../core/types";

/**
 * How the workbook's locale writes text dates: day-first when its short date starts with the day
 * (dd/MM/yyyy), else month-first. Without the pattern (ExcelApi before 1.12), Office's display
 * language tells: French is day-first.
 */
export function localeDateOrder(shortDatePattern: string | undefined): DateOrder {
  if (shortDatePattern) return /^\W*d/i.test(shortDatePattern) ? "dmy" : "mdy";
  const language = typeof Office === "undefined" ? undefined : Office.context?.displayLanguage;
  return language && /^fr\b/i.test(language) ? "dmy" : "mdy";
}
