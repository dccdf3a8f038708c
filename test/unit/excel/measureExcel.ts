import { agedBalance } from "../../../src/core/ageing/agedBalance";
import { bucketLabels } from "../../../src/core/ageing/ageBucket";
import { testSettings } from "../support/testSettings";
import type { AgeingReport, ReminderRecord, SheetRead } from "../../../src/core/workbook";
import { OfficeWorkbook } from "../../../src/excel/officeWorkbook";
import { FakeExcel } from "./fakeExcel";
import { largeReceivablesSheet } from "./largeSheet";

export const MEASURE_AS_OF = 41547; // 2013-09-30

export const MEASURE_SETTINGS = testSettings();

export interface OperationFigures {
  operation: "read" | "writeAnalysis" | "recordReminders" | "writeAgeingReport";
  syncs: number;
  largestRequestBytes: number;
  /** Syncs beyond the fixed ones: the chunks. */
  requests: number[];
}

/** A draft per customer over all their invoices: the reminder memory's worst case (every row). */
export function recordsFor(read: SheetRead): ReminderRecord[] {
  const byCustomer = new Map<string, ReminderRecord>();
  for (const invoice of read.invoices) {
    let record = byCustomer.get(invoice.customer);
    if (!record) {
      record = {
        date: MEASURE_AS_OF,
        customer: invoice.customer,
        rows: [],
        invoiceNumbers: [],
        level: 1,
        channel: "email",
        total: 0,
        language: "en",
      };
      byCustomer.set(invoice.customer, record);
    }
    record.rows.push(invoice.row);
    record.invoiceNumbers.push(invoice.invoiceNumber);
    record.total += invoice.open;
  }
  return [...byCustomer.values()];
}

export function reportFor(read: SheetRead): AgeingReport {
  const balance = agedBalance(read.invoices, MEASURE_AS_OF, MEASURE_SETTINGS.bucketBounds);
  return {
    asOf: MEASURE_AS_OF,
    title: "Aged balance",
    customerHeader: "Customer",
    totalHeader: "Total",
    bucketLabels: bucketLabels(MEASURE_SETTINGS.bucketBounds),
    rows: balance.customers.map((c) => ({
      customer: c.customer,
      buckets: c.buckets,
      total: c.total,
    })),
    totals: { label: "Total", buckets: balance.totals, total: balance.total },
    kpis: [{ label: "Outstanding", value: balance.total, format: "money" }],
    currency: "EUR",
  };
}

/**
 * Run the four operations of the Office.js adapter on a sheet of `rows` invoices in a fake
 * Excel and report, per operation, the context.sync() calls and the largest request.
 */
export async function measureExcel(
  rows: number,
  operations: OperationFigures["operation"][] = [
    "read",
    "writeAnalysis",
    "recordReminders",
    "writeAgeingReport",
  ]
): Promise<OperationFigures[]> {
  const excel = new FakeExcel();
  excel.storeWrites = false;
  excel.sheets.push(largeReceivablesSheet(rows, MEASURE_AS_OF));
  excel.active = "Receivables";
  excel.install();
  const workbook = new OfficeWorkbook();
  const figures: OperationFigures[] = [];
  const measure = async (operation: OperationFigures["operation"], run: () => Promise<unknown>) => {
    excel.resetStats();
    await run();
    figures.push({
      operation,
      syncs: excel.stats.syncs,
      largestRequestBytes: Math.max(0, ...excel.stats.requests),
      requests: excel.stats.requests,
    });
  };
  let read: SheetRead | undefined;
  await measure("read", async () => (read = await workbook.readReceivables()));
  const sheetRead = read as SheetRead;
  if (operations.includes("writeAnalysis")) {
    await measure("writeAnalysis", () =>
      workbook.writeAnalysis(sheetRead, { asOf: MEASURE_AS_OF, settings: MEASURE_SETTINGS })
    );
  }
  if (operations.includes("recordReminders")) {
    await measure("recordReminders", () =>
      workbook.recordReminders(sheetRead, recordsFor(sheetRead))
    );
  }
  if (operations.includes("writeAgeingReport")) {
    await measure("writeAgeingReport", () => workbook.writeAgeingReport(reportFor(sheetRead)));
  }
  return figures.filter((f) => operations.includes(f.operation));
}
