import type { SheetRead } from "../workbook";

/**
 * Selected rows that hold invoices of the last read (all of them when nothing was read), each
 * once (two selected areas may overlap) and in sheet order; the caller's list is left as it was.
 * @example invoiceRowsOf([5, 3, 2, 3], readInvoices([["Customer", "Invoice", "Due date", "Amount"], ["ACME", "F-1", 45000, 1000], ["Bolt", "B-7", 45010, 250]],
 *   { sheetName: "AR", locale: localeFromLanguage("en-US") }))
 * //=> [2, 3]
 */
export function invoiceRowsOf(rows: readonly number[], read: SheetRead | undefined): number[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  if (!read) return sorted;
  const invoiceRows = new Set(read.invoices.map((i) => i.row));
  return sorted.filter((row) => invoiceRows.has(row));
}

/**
 * Consecutive rows as [first row, count] runs: one selected area per run.
 * @example rowRuns([2, 3, 4, 7]) //=> [[2, 3], [7, 1]]
 */
export function rowRuns(rows: readonly number[]): [number, number][] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const row of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === row) last[1]++;
    else runs.push([row, 1]);
  }
  return runs;
}
