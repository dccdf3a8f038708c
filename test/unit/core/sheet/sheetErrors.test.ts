import {
  emptySheetError,
  gridEdgeError,
  protectedSheetError,
} from "../../../../src/core/sheet/sheetErrors";
import { WorkbookError } from "../../../../src/core/workbook";

// The pane translates these by code and shows the sheet from details: both must stay stable.
describe("sheet errors", () => {
  it("names the empty sheet", () => {
    const error = emptySheetError("Créances");
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error.code).toBe("empty-sheet");
    expect(error.details).toEqual({ sheet: "Créances" });
    expect(error.message).toBe('The sheet "Créances" is empty: there are no invoices to read.');
  });

  it("says how to unprotect a protected sheet", () => {
    const error = protectedSheetError("AR");
    expect(error.code).toBe("sheet-protected");
    expect(error.details).toEqual({ sheet: "AR" });
    expect(error.message).toContain("Review > Unprotect Sheet");
    expect(error.message).toMatch(/^The sheet "AR" is protected/);
  });

  it("puts the reason of a grid-edge refusal after the sheet", () => {
    const error = gridEdgeError("Reminder log", "it is full.");
    expect(error.code).toBe("grid-full");
    expect(error.name).toBe("WorkbookError");
    expect(error.details).toEqual({ sheet: "Reminder log" });
    expect(error.message).toBe('The add-in cannot write on the sheet "Reminder log": it is full.');
  });
});
