import { MAX_COLUMNS, MAX_ROWS } from "../../../../src/core/sheet/a1";
import { assertColumnsFit, assertRowsFit } from "../../../../src/core/sheet/gridLimits";
import { WorkbookError } from "../../../../src/core/workbook";

function refusal(write: () => void): WorkbookError {
  try {
    write();
  } catch (error) {
    if (error instanceof WorkbookError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("assertColumnsFit", () => {
  it("lets the add-in's columns go right of ordinary data", () => {
    // Eight invoice columns from A: the six analysis columns go to I..N.
    expect(() => assertColumnsFit("AR", 0, [8, 9, 10, 11, 12, 13])).not.toThrow();
    expect(() => assertColumnsFit("AR", 5, [])).not.toThrow();
  });

  it("fits a column written in XFD itself, the last column", () => {
    expect(() => assertColumnsFit("AR", 0, [MAX_COLUMNS - 1])).not.toThrow();
    expect(() => assertColumnsFit("AR", MAX_COLUMNS - 3, [2])).not.toThrow();
  });

  it("refuses a column past XFD, counting those that do not fit", () => {
    const error = refusal(() => assertColumnsFit("AR 2024", MAX_COLUMNS - 3, [1, 2, 3, 4]));
    expect(error.code).toBe("grid-full");
    expect(error.details).toEqual({ sheet: "AR 2024" });
    expect(error.message).toBe(
      'The add-in cannot write on the sheet "AR 2024": its data reaches column XFD, the last ' +
        "column of Excel, so there is no room to the right for 2 more column(s). Move or delete " +
        "the cells in the last columns, or put the invoices in a table or a sheet of their own."
    );
  });

  it("adds the header row's first column to each index", () => {
    expect(() => assertColumnsFit("AR", 10, [MAX_COLUMNS - 11])).not.toThrow();
    expect(refusal(() => assertColumnsFit("AR", 10, [MAX_COLUMNS - 10])).message).toContain(
      "room to the right for 1 more column(s)"
    );
  });
});

describe("assertRowsFit", () => {
  it("lets reminder log lines go down to row 1,048,576", () => {
    expect(() => assertRowsFit("Reminder log", 2, 12)).not.toThrow();
    expect(() => assertRowsFit("Reminder log", MAX_ROWS, 1)).not.toThrow();
    expect(() => assertRowsFit("Reminder log", MAX_ROWS - 9, 10)).not.toThrow();
  });

  it("writes nothing, so refuses nothing, for no rows even from past the last row", () => {
    expect(() => assertRowsFit("Reminder log", MAX_ROWS + 1, 0)).not.toThrow();
    expect(() => assertRowsFit("Reminder log", MAX_ROWS + 1, -3)).not.toThrow();
  });

  it("refuses a line past row 1,048,576, saying how many and from where", () => {
    const error = refusal(() => assertRowsFit("Journal des relances", MAX_ROWS - 1, 3));
    expect(error.code).toBe("grid-full");
    expect(error.details).toEqual({ sheet: "Journal des relances" });
    expect(error.message).toBe(
      'The add-in cannot write on the sheet "Journal des relances": 3 more row(s) from row ' +
        "1048575 would go past row 1,048,576, the last row of Excel. Move its rows to another " +
        "sheet or delete the oldest ones, then try again."
    );
    expect(() => assertRowsFit("Reminder log", MAX_ROWS + 1, 1)).toThrow(WorkbookError);
  });
});
