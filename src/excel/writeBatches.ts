import { rangeAddress } from "../core/sheet/a1";
import { planBatches, type WriteJob } from "./chunking";

/** Write jobs in batches under the request budget: one sync each, calculation suspended. */
export async function writeBatches(
  context: Excel.RequestContext,
  jobs: WriteJob[],
  chunkBytes: number
): Promise<void> {
  for (const batch of planBatches(jobs, chunkBytes)) {
    context.application.suspendApiCalculationUntilNextSync();
    for (const job of batch) {
      const rows = (job.formulas ?? job.values ?? job.numberFormat ?? []).length;
      const width = (job.formulas ?? job.values ?? job.numberFormat ?? [[]])[0].length;
      const range = context.workbook.worksheets
        .getItem(job.sheet)
        .getRange(rangeAddress(job.column, job.row, width, rows));
      // Number formats first, so "@" makes text of what follows.
      if (job.numberFormat) range.numberFormat = job.numberFormat;
      if (job.formulas) range.formulas = job.formulas;
      if (job.values) range.values = job.values;
    }
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk, by design (request size limit)
    await context.sync();
  }
}
