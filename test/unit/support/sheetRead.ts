import type { Invoice } from "../../../src/core/types";
import type { ColumnKey, SheetRead } from "../../../src/core/workbook";

export interface SheetReadSpec extends Partial<SheetRead> {
  /** Mapped columns, in the order of `headers` (each with confidence 1). */
  keys?: ColumnKey[];
  /** Sheet rows holding an open invoice of ACME (100, due 45400). */
  invoiceRows?: number[];
}

/**
 * A SheetRead as the reader would give it, for the sheet-planning tests: sheet "AR", header on
 * row 1, headers Customer | Invoice | Due date | Amount unless the spec says otherwise.
 */
export function sheetRead(spec: SheetReadSpec = {}): SheetRead {
  const { keys = [], invoiceRows = [], ...fields } = spec;
  const headers = fields.headers ?? ["Customer", "Invoice", "Due date", "Amount"];
  const invoice = (row: number): Invoice => ({
    row,
    customer: "ACME",
    invoiceNumber: `F-${row}`,
    dueDate: 45400,
    amount: 100,
    paid: 0,
    open: 100,
    disputed: false,
  });
  return {
    sheetName: "AR",
    headerRow: 1,
    headers,
    columns: keys.map((key, index) => ({
      key,
      index,
      header: headers[index],
      confidence: 1,
      samples: [],
    })),
    invoices: invoiceRows.map(invoice),
    problems: [],
    dateOrder: "mdy",
    ...fields,
  };
}
