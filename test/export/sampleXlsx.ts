/**
 * The sample workbook after Analyse as an .xlsx file Excel opens (npm run export-sample): the
 * receivables beside a range or in a table, the analysis formulas as the add-in writes them with
 * their values as cached results, the workbook names, the Credit history and Reminder log sheets.
 * In the file, formulas take the form Excel itself saves: functions newer than the format carry
 * _xlfn. (_xlfn.XLOOKUP), add-in functions are _xldudf_CREDIT_NAME (office-js #3558, #5611) and
 * [@[Col]] is Table[[#This Row],[Col]].
 */
import type { ReminderRecord } from "../../src/core/workbook";
import type { MemoryWorkbook } from "../../src/preview/memoryWorkbook";
import { analyse, analysedSample, SAMPLE_AS_OF } from "../unit/conformance/analysedBook";

/** Reminders sent the day before the as-of date to the three customers owing most overdue. */
async function recordSomeReminders(workbook: MemoryWorkbook): Promise<void> {
  const read = await workbook.readReceivables();
  const owed = new Map<string, { rows: number[]; numbers: string[]; total: number }>();
  for (const invoice of read.invoices) {
    if (invoice.open <= 0 || invoice.dueDate >= SAMPLE_AS_OF - 1) continue;
    const entry = owed.get(invoice.customer) ?? { rows: [], numbers: [], total: 0 };
    entry.rows.push(invoice.row);
    entry.numbers.push(invoice.invoiceNumber);
    entry.total += invoice.open;
    owed.set(invoice.customer, entry);
  }
  const records: ReminderRecord[] = [...owed]
    .sort((a, b) => b[1].total - a[1].total)
    .slice(0, 3)
    .map(([customer, entry]) => ({
      date: SAMPLE_AS_OF - 1,
      customer,
      rows: entry.rows,
      invoiceNumbers: entry.numbers,
      level: 1,
      channel: "email",
      total: entry.total,
      language: "en",
    }));
  await workbook.recordReminders(read, records);
  await analyse(workbook, SAMPLE_AS_OF);
}

/** The sample after Analyse and three recorded reminders, in memory. */
export async function exportedSample(table: boolean): Promise<MemoryWorkbook> {
  const workbook = await analysedSample(table);
  await recordSomeReminders(workbook);
  return workbook;
}

// The writer lives with the preview, which runs it in the browser for Download.
export { fromFileFormula, toFileFormula, toXlsx } from "../../src/preview/xlsx/writeXlsx";
