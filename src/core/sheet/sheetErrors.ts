import { WorkbookError } from "../workbook";

/** The errors both adapters raise before touching a sheet, with the same code and words. */
export function emptySheetError(name: string): WorkbookError {
  return new WorkbookError(
    "empty-sheet",
    `The sheet "${name}" is empty: there are no invoices to read.`,
    {
      sheet: name,
    }
  );
}

export function protectedSheetError(name: string): WorkbookError {
  return new WorkbookError(
    "sheet-protected",
    `The sheet "${name}" is protected: unprotect it (Review > Unprotect Sheet) so that the add-in can add its columns.`,
    { sheet: name }
  );
}

/** A write that would need a row or a column past the last one of Excel (nothing is written). */
export function gridEdgeError(name: string, why: string): WorkbookError {
  return new WorkbookError("grid-full", `The add-in cannot write on the sheet "${name}": ${why}`, {
    sheet: name,
  });
}
