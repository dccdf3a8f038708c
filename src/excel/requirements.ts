import { WorkbookError } from "../core/workbook";

/**
 * The Excel API version the add-in needs: 1.9 brings multi-area selections (getSelectedRanges,
 * getRanges), visible cells of a filtered range (getSpecialCells) and copy operations; the
 * shared runtime itself needs Microsoft 365 or Excel 2021.
 */
export const REQUIRED_EXCEL_API = "1.9";

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

/** Whether an optional, newer API set is there (merged-cell check, locale date pattern). */
export function hasExcelApi(version: string): boolean {
  return (
    typeof Office !== "undefined" &&
    Office.context?.requirements?.isSetSupported("ExcelApi", version) === true
  );
}
