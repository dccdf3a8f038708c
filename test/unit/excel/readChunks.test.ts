import { MAX_REQUEST_BYTES } from "../../../src/excel/chunking";
import { probeOffsets } from "../../../src/excel/readChunks";
import { excelFixture } from "./excelFixture";

const HEADER = ["Customer", "Invoice", "Due date", "Amount", "Notes"];

/** Invoices whose notes are short on the first rows and `longNote` characters long further down. */
function sheetWithLongNotesBelow(rows: number, shortRows: number, longNote: number): unknown[][] {
  const cells: unknown[][] = [HEADER];
  for (let i = 0; i < rows; i++) {
    const note = i < shortRows ? "ok" : `${i} ${"é".repeat(longNote)}`;
    cells.push([`C${i % 50}`, `F-${i}`, 45352, 100 + i, note]);
  }
  return cells;
}

describe("reading a large range in chunks Excel on the web accepts (5 MB per request and response)", () => {
  it("sizes the chunks from rows across the whole range, not only the first rows", async () => {
    // 40 short rows, then 6,000 rows of 1,000 accented characters (2 to 3 bytes each in JSON):
    // a chunk sized from the first rows alone would ask for far more than 5 MB at once.
    const { excel, workbook } = excelFixture([
      { name: "AR", cells: sheetWithLongNotesBelow(6_000, 40, 1_000) },
    ]);
    excel.resetStats();
    const read = await workbook.readReceivables();
    expect(read.invoices).toHaveLength(6_000);
    expect(Math.max(...excel.stats.requests)).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
  });

  it("reads a chunk Excel refuses for its size again in smaller parts, losing no row", async () => {
    // The host refuses anything over 200 kB while the adapter budgets 3 MB per chunk: every
    // refused chunk is read again in halves until Excel accepts it.
    const { excel, workbook } = excelFixture([
      { name: "AR", cells: sheetWithLongNotesBelow(3_000, 0, 100) },
    ]);
    excel.payloadLimit = 200_000;
    excel.resetStats();
    const read = await workbook.readReceivables();
    expect(read.invoices.map((i) => i.invoiceNumber)).toEqual(
      Array.from({ length: 3_000 }, (_, i) => `F-${i}`)
    );
    expect(Math.max(...excel.stats.requests)).toBeLessThanOrEqual(200_000);
  });

  it("spreads its probe rows over the whole range, first to last", () => {
    expect(probeOffsets(0)).toEqual([]);
    expect(probeOffsets(3)).toEqual([0, 1, 2]);
    const offsets = probeOffsets(1_000_000);
    expect(offsets).toHaveLength(32);
    expect(offsets[0]).toBeLessThan(1_000_000 / 32);
    expect(offsets[offsets.length - 1]).toBeGreaterThan(1_000_000 - 1_000_000 / 32);
  });
});
