import { rangeAddress } from "../core/sheet/a1";
import type { WriteJob } from "./chunking";

/**
 * Queue the recalculation of cells written while API calculation was suspended, and of what
 * depends on them. Excel's documentation of suspendApiCalculationUntilNextSync (ExcelApi 1.6)
 * leaves it to the add-in to "re-calc the workbook, to ensure that any dependencies are
 * propagated". The written areas are marked dirty (Range.setDirty, ExcelApi 1.9), one range per
 * written column block from its first row to its last, and a "Recalculate" (not "Full", which
 * would run every custom function of the workbook again) calculates them and their dependents.
 * `written`: other ranges written in those batches (header cells). Call it in a batch that does
 * not itself suspend calculation.
 */
export function queueRecalculation(
  context: Excel.RequestContext,
  jobs: readonly WriteJob[],
  written: readonly Excel.Range[] = []
): void {
  const blocks = new Map<string, { job: WriteJob; width: number; first: number; last: number }>();
  for (const job of jobs) {
    const rows = job.formulas ?? job.values;
    if (!rows || rows.length === 0) continue;
    const width = rows[0].length;
    const key = `${job.sheet}\u0000${job.column}\u0000${width}`;
    const last = job.row + rows.length - 1;
    const block = blocks.get(key);
    if (!block) blocks.set(key, { job, width, first: job.row, last });
    else {
      block.first = Math.min(block.first, job.row);
      block.last = Math.max(block.last, last);
    }
  }
  for (const { job, width, first, last } of blocks.values()) {
    context.workbook.worksheets
      .getItem(job.sheet)
      .getRange(rangeAddress(job.column, first, width, last - first + 1))
      .setDirty();
  }
  for (const range of written) range.setDirty();
  context.application.calculate(Excel.CalculationType.recalculate);
}
