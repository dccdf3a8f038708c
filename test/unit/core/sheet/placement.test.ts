import { columnLetter, parseAddress, rangeAddress } from "../../../../src/core/sheet/a1";
import { ANALYSIS_COLUMNS } from "../../../../src/core/sheet/analysisColumns";
import { asCellInput } from "../../../../src/core/sheet/cellText";
import { placeColumns } from "../../../../src/core/sheet/ownedColumns";
import { invoiceList, MAX_CELL_TEXT } from "../../../../src/core/sheet/reminderLog";
import { renderFormula, tableRowRef } from "../../../../src/core/sheet/renderFormula";
import { batchBytes, planBatches, rowsPerReadChunk } from "../../../../src/excel/chunking";

describe("A1 addresses", () => {
  it("converts columns and addresses both ways", () => {
    expect([0, 25, 26, 16383].map(columnLetter)).toEqual(["A", "Z", "AA", "XFD"]);
    expect(rangeAddress(5, 3, 2, 10)).toBe("F3:G12");
    expect(parseAddress("'My sheet'!B2:C5, Sheet1!E7")).toEqual([
      { column: 1, row: 2, columnCount: 2, rowCount: 4 },
      { column: 4, row: 7, columnCount: 1, rowCount: 1 },
    ]);
    expect(parseAddress("Sheet1!A:A")[0]).toEqual({
      column: 0,
      row: 1,
      columnCount: 1,
      rowCount: 1048576,
    });
  });
});

describe("placeColumns", () => {
  const wanted = [
    { id: "risk", header: "Risk" },
    { id: "status", header: "Status" },
  ];

  it("puts new columns past the data, renaming one whose name a user column has", () => {
    expect(placeColumns(["Customer", "RISK", ""], wanted, [], 3)).toEqual([
      { id: "risk", header: "Risk (Credit Control)", index: 3, isNew: true },
      { id: "status", header: "Status", index: 4, isNew: true },
    ]);
  });

  it("finds its own columns where their marks say they moved, by header", () => {
    const owned = [{ id: "risk", header: "Risk (Credit Control)", index: 3 }];
    expect(
      placeColumns(["Note", "Customer", "RISK", "Risk (Credit Control)"], wanted, owned, 4)
    ).toEqual([
      { id: "risk", header: "Risk (Credit Control)", index: 3, isNew: false },
      { id: "status", header: "Status", index: 4, isNew: true },
    ]);
  });
});

describe("renderFormula", () => {
  const spec = (id: string) =>
    ANALYSIS_COLUMNS.find((c) => c.id === id) as (typeof ANALYSIS_COLUMNS)[number];

  it("escapes structured references", () => {
    expect(tableRowRef("Due date")).toBe("[@[Due date]]");
    expect(tableRowRef("N° [ref] #1's")).toBe("[@[N° '[ref'] '#1''s]]");
  });

  it("computes the open amount like the reader when there is no open column", () => {
    const refs = (columns: Record<string, string>) => ({
      column: (key: string) => columns[key],
      analysis: (id: string) => id.toUpperCase(),
    });
    const context = (columns: Record<string, string>) => ({
      refs: refs(columns),
      bucketBounds: [30],
      hasCreditUse: false,
    });
    expect(renderFormula(spec("status"), context({ amount: "D2", paid: "E2" }))).toBe(
      "=IF(IF(OR(ISTEXT(D2),ISTEXT(E2)),IF(ISERROR(D2),D2,IF(ISERROR(E2),E2,FALSE())),D2-E2<=0)," +
        '"paid",CREDIT.STATUS(IF(ISBLANK(D2),"",D2),,,CC_AsOf,,E2))'
    );
    expect(renderFormula(spec("status"), context({ amount: "D2", paidDate: "G2" }))).toBe(
      '=IF(IF(ISBLANK(G2),D2,0)<=0,"paid",CREDIT.STATUS(IF(ISBLANK(G2),D2,0),,,CC_AsOf))'
    );
    expect(renderFormula(spec("nextAction"), context({ amount: "D2", lastReminder: "H2" }))).toBe(
      '=IF(AND(D2<=0,D2<>""),"None",CREDIT.NEXTACTION(DAYSOVERDUE,RISK,,IF(ISNUMBER(H2),CC_AsOf-INT(H2),IF(ISBLANK(H2),"",CREDIT.DAYSOVERDUE(H2,CC_AsOf))),STATUS,CC_Policy))'
    );
    expect(renderFormula(spec("ageing"), context({ dueDate: "C2" }))).toBe(
      '=IF(DAYSOVERDUE="","",IF(DAYSOVERDUE<=0,"Current",IF(DAYSOVERDUE<=30,"1-30","31+")))'
    );
  });
});

describe("cell text", () => {
  it("writes text starting with =, +, - or @ as text", () => {
    expect(["=1+1", "+33 1", "-5", "@x", "ACME"].map(asCellInput)).toEqual([
      "'=1+1",
      "'+33 1",
      "'-5",
      "'@x",
      "ACME",
    ]);
  });

  it("cuts an invoice list too long for a cell and says how many are left out", () => {
    const numbers = Array.from({ length: 5000 }, (_, i) => `INV-${String(i).padStart(6, "0")}`);
    const text = invoiceList(numbers);
    expect(text.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
    expect(text).toMatch(/… \(\+\d+ more\)$/);
  });
});

describe("chunking", () => {
  it("packs writes into batches under the budget, splitting by rows", () => {
    const formulas = Array.from({ length: 10_000 }, (_, i) => [
      `=CREDIT.DAYSOVERDUE(C${i + 2},CC_AsOf)`,
    ]);
    const batches = planBatches([{ sheet: "AR", row: 2, column: 5, formulas }], 100_000);
    expect(batches.length).toBeGreaterThan(3);
    expect(batches.every((b) => batchBytes(b) <= 100_000)).toBe(true);
    expect(batches.flat().reduce((n, job) => n + (job.formulas?.length ?? 0), 0)).toBe(10_000);
    expect(batches[1][0].row).toBe(2 + (batches[0][0].formulas?.length ?? 0));
  });

  it("sizes read chunks from the longest sample row", () => {
    expect(rowsPerReadChunk([["a".repeat(98)]], 1000)).toBe(4);
    expect(rowsPerReadChunk([], 1000)).toBe(31);
  });
});
