import { WorkbookError } from "../core/workbook";

/**
 * The Excel API version the add-in needs at startup. What src/excel uses, by API set (from the
 * reference pages of each member):
 * - 1.1: Range values/formulas/numberFormat/format/select/clear, worksheets and tables
 *   (getItem, add, getRange, getDataBodyRange, columns.add), charts, application.calculate;
 * - 1.2: worksheet protection, workbook.onSelectionChanged, workbook.functions.date;
 * - 1.3: table.showTotals (through getDataBodyRange's address);
 * - 1.4: getUsedRangeOrNullObject, names.add and NamedItem.delete;
 * - 1.6: conditionalFormats (colour scale), application.suspendApiCalculationUntilNextSync;
 * - 1.9: getSelectedRanges, worksheet.getRanges, getSpecialCellsOrNullObject, Range.setDirty.
 * Newer sets are optional and checked where used (see OPTIONAL_EXCEL_API). The shared runtime
 * itself needs Microsoft 365 or Excel 2021.
 */
export const REQUIRED_EXCEL_API = "1.9";

/** RangeAreas.select(): several blocks of rows selected at once (else the first block only). */
export const SELECT_AREAS_API = "1.18";

/** Newer API sets the adapter uses when the host has them, each with its fallback. */
export const OPTIONAL_EXCEL_API = {
  /** Application.decimalSeparator / thousandsSeparator, cultureInfo.name: else Office's content language. */
  separators: "1.11",
  /** application.cultureInfo.datetimeFormat (1.11 + 1.12): else Office's content language's order. */
  shortDatePattern: "1.12",
  /** Range.getMergedAreasOrNullObject: else merged cells are not reported. */
  mergedAreas: "1.13",
  selectAreas: SELECT_AREAS_API,
} as const;

/** Throws a clear WorkbookError when the host's Excel API is too old for the add-in. */
export function assertExcelApi(): void {
  const requirements = typeof Office === "undefined" ? undefined : Office.context?.requirements;
  if (!requirements || !requirements.isSetSupported("ExcelApi", REQUIRED_EXCEL_API)) {
    throw new WorkbookError(
      "host-too-old",
      `This version of Excel is too old for Credit Control: it needs Excel API ${REQUIRED_EXCEL_API} ` +
        "(Microsoft 365, Excel 2021 or later, or Excel on the web).",
      { required: REQUIRED_EXCEL_API }
    );
  }
}

/** Whether an optional, newer API set is there (see OPTIONAL_EXCEL_API). */
export function hasExcelApi(version: string): boolean {
  return (
    typeof Office !== "undefined" &&
    Office.context?.requirements?.isSetSupported("ExcelApi", version) === true
  );
}
