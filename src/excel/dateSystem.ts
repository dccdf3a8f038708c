import { WorkbookError } from "../core/workbook";

/** DATE(1904,1,1): 1462 in the 1900 date system, 0 in the 1904 one. */
const DAYS_1900_TO_1904 = 1462;

/**
 * Queue the workbook's date system check for the caller's next sync; the returned function
 * throws, once synced, when the workbook uses the 1904 date system. Office.js has no property
 * for it, but its worksheet functions compute in the workbook's date system (ExcelApi 1.2:
 * "year ... from 1900 or 1904 (depending on the workbook's date system)"): DATE(1904,1,1) is 0
 * there. Its serials are 1,462 days off the 1900 system the add-in, its letters and the CREDIT
 * functions count in, so such a workbook is refused rather than read 4 years off.
 */
export function queueDateSystemCheck(context: Excel.RequestContext): () => void {
  const epoch = context.workbook.functions.date(1904, 1, 1).load("value");
  return () => {
    if (epoch.value === 0) {
      throw new WorkbookError(
        "date-system-1904",
        "This workbook uses the 1904 date system, which Credit Control does not support: its " +
          `dates would be read 4 years (${DAYS_1900_TO_1904.toLocaleString("en")} days) off. Nothing was read or written.`
      );
    }
  };
}
