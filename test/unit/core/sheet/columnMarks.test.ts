import {
  columnMarkName,
  locateOwnedColumns,
  markedColumnId,
} from "../../../../src/core/sheet/columnMarks";

describe("column marks", () => {
  it("names a column's mark after its id, and reads the id back from the add-in's names only", () => {
    expect(columnMarkName("risk")).toBe("CreditControl_risk");
    expect(markedColumnId("CreditControl_lastLevel")).toBe("lastLevel");
    expect(markedColumnId("CC_AsOf")).toBeUndefined();
  });

  it("puts each remembered column where its mark is now (a column inserted before it)", () => {
    const owned = [{ id: "risk", header: "Risk", index: 8, marked: true }];
    expect(locateOwnedColumns(owned, new Map([["risk", 9]]))).toEqual([
      { id: "risk", header: "Risk", index: 9, marked: true },
    ]);
  });

  it("drops a marked column whose mark went with its deleted column", () => {
    const owned = [{ id: "risk", header: "Risk", index: 8, marked: true }];
    expect(locateOwnedColumns(owned, new Map())).toEqual([]);
  });

  it("keeps the stored place of a column written before marks existed", () => {
    const owned = [{ id: "risk", header: "Risk", index: 8 }];
    expect(locateOwnedColumns(owned, new Map())).toEqual(owned);
  });
});
