import { localeFromCulture, type WorkbookLocale } from "../core/locale/workbookLocale";
import { officeLanguageLocale } from "../functions/functionsLocale";
import { hasExcelApi, OPTIONAL_EXCEL_API } from "./requirements";

/**
 * Excel's culture, queued on a request context: the separators Excel itself uses for numbers
 * (Application.decimalSeparator / thousandsSeparator, which follow the user's "use system
 * separators" choice; ExcelApi 1.11), the culture's name and its short date pattern
 * (Application.cultureInfo, 1.11 and 1.12). After the caller's sync, `locale()` is the model;
 * what the host does not give comes from Office's content language.
 */
export function queueWorkbookCulture(context: Excel.RequestContext): { locale(): WorkbookLocale } {
  const application = hasExcelApi(OPTIONAL_EXCEL_API.separators)
    ? context.application.load("decimalSeparator,thousandsSeparator")
    : undefined;
  const culture = application ? context.application.cultureInfo.load("name") : undefined;
  const dates = hasExcelApi(OPTIONAL_EXCEL_API.shortDatePattern)
    ? context.application.cultureInfo.datetimeFormat.load("shortDatePattern")
    : undefined;
  return {
    locale: () =>
      localeFromCulture(
        {
          name: culture?.name,
          decimalSeparator: application?.decimalSeparator,
          groupSeparator: application?.thousandsSeparator,
          shortDatePattern: dates?.shortDatePattern,
        },
        officeLanguageLocale()
      ),
  };
}
