import { ageBucketIndex, bucketLabels, DEFAULT_BUCKET_BOUNDS } from "../ageing/ageBucket";
import { daysOverdue } from "../ageing/daysOverdue";
import { customerDisplayName, customerKey } from "../history/customerKey";
import { openAt } from "../history/openAt";
import type { Day, Invoice, OpenItem } from "../types";

/** One open item or credit note on a statement of account. */
export interface StatementLine extends OpenItem {
  credit: boolean;
}

/** A statement of account ("relevé de compte") of one customer at asOf. */
export interface Statement {
  customer: string;
  asOf: Day;
  /** Open items and credit notes, oldest due date first. */
  lines: StatementLine[];
  /** Sum of the open amounts, credit notes deducted. */
  balance: number;
  /** Open amounts by ageing bucket; they add up to the balance exactly (whole cents). */
  ageing: { labels: string[]; amounts: number[] };
  /** Addresses from the sheet's e-mail column, when it has one. */
  email?: string;
}

/**
 * The statement of one customer: every invoice and credit note still open at asOf, with its
 * days overdue, the balance and the ageing footer. Sums are made in whole cents so the footer
 * equals the balance to the cent. A credit note sits in the bucket of its own due date.
 * @example
 * statementOf("ACME", [
 *   { row: 2, customer: "ACME", invoiceNumber: "F-1", dueDate: 45000, amount: 1000, paid: 0, open: 1000, disputed: false },
 *   { row: 3, customer: "ACME", invoiceNumber: "F-2", dueDate: 45010, amount: 700, paid: 0, open: 700, disputed: false },
 * ], 45020).balance
 * //=> 1700
 */
export function statementOf(
  customer: string,
  invoices: readonly Invoice[],
  asOf: Day,
  bounds: readonly number[] = DEFAULT_BUCKET_BOUNDS
): Statement {
  const key = customerKey(customer);
  const labels = bucketLabels(bounds);
  const cents = new Array<number>(labels.length).fill(0);
  const lines: StatementLine[] = [];
  let email: string | undefined;
  for (const invoice of invoices) {
    if (customerKey(invoice.customer) !== key) continue;
    if (invoice.invoiceDate !== undefined && invoice.invoiceDate > asOf) continue;
    email ??= invoice.email;
    const open = openAt(invoice, asOf);
    if (open === 0 || !Number.isFinite(open)) continue;
    const days = daysOverdue(invoice.dueDate, asOf);
    cents[ageBucketIndex(days, bounds)] += Math.round(open * 100);
    const line: StatementLine = {
      invoiceNumber: invoice.invoiceNumber,
      dueDate: invoice.dueDate,
      amount: invoice.amount,
      open,
      daysOverdue: days,
      credit: invoice.amount < 0 || open < 0,
    };
    if (invoice.invoiceDate !== undefined) line.invoiceDate = invoice.invoiceDate;
    lines.push(line);
  }
  lines.sort((a, b) => a.dueDate - b.dueDate || a.invoiceNumber.localeCompare(b.invoiceNumber));
  const statement: Statement = {
    customer: customerDisplayName(customer),
    asOf,
    lines,
    balance: cents.reduce((sum, c) => sum + c, 0) / 100,
    ageing: { labels, amounts: cents.map((c) => c / 100) },
  };
  if (email) statement.email = email;
  return statement;
}
