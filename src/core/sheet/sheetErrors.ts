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
