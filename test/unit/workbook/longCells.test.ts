/**
 * Issue 10, finding 4, through both adapters: five due dates of "1" + 32,765 spaces + "x" (Excel's
 * 32,767-character limit) made reading the sheet take 29 s. Reading a sheet of such cells may cost
 * at most LINEAR_BUDGET times per character what the same sheet of 1,027-character cells costs: a
 * ratio of two reads on the same machine, no clock limit. Each cell is listed with its reason.
 */
import type { Workbook } from "../../../src/core/workbook";
import { MemoryWorkbook } from "../../../src/preview/memoryWorkbook";
import { excelFixture } from "../excel/excelFixture";

const LONG = 32767;
const SHORT = 1027;
const LINEAR_BUDGET = 8;
const SHEET = "Receivables";

const ADAPTERS: [string, (cells: unknown[][]) => Workbook][] = [
  [
    "in memory",
    (cells) => {
      const workbook = new MemoryWorkbook("en-GB");
      workbook.addSheet(SHEET, cells);
      return workbook;
    },
  ],
  ["Office.js (office-addin-mock)", (cells) => excelFixture([{ name: SHEET, cells }]).workbook],
];

/** A sheet of five invoices whose due dates are "1", `length` - 2 spaces and "x". */
function sheetOf(length: number): unknown[][] {
  const dueDate = `1${" ".repeat(length - 2)}x`;
  const rows = [1, 2, 3, 4, 5].map((i) => ["ACME", `F-${i}`, dueDate, 100]);
  return [["Customer", "Invoice", "Due date", "Amount"], ...rows];
}

/** The fastest of `runs` reads of a fresh workbook, in ms: the least disturbed by other work. */
async function readTime(
  open: (cells: unknown[][]) => Workbook,
  length: number,
  runs: number
): Promise<number> {
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    const workbook = open(sheetOf(length));
    const started = performance.now();
    const read = await workbook.readReceivables();
    best = Math.min(best, performance.now() - started);
    expect(read.invoices).toEqual([]);
    expect(read.problems.map((p) => p.row)).toEqual([2, 3, 4, 5, 6]);
  }
  return best;
}

describe.each(ADAPTERS)("reading 32,767-character due dates (finding 4): %s", (_, open) => {
  it(`costs at most ${LINEAR_BUDGET}x per character what 1,027-character ones cost, each listed with its reason`, async () => {
    await readTime(open, SHORT, 1); // warm-up: the first read compiles the code paths
    const short = await readTime(open, SHORT, 5);
    const long = await readTime(open, LONG, 2);
    expect(long / Math.max(short, 0.5)).toBeLessThan((LONG / SHORT) * LINEAR_BUDGET);
  });
});
