import { isBlank } from "../values/isBlank";

/**
 * "Total", "Totals", "Totaux", "Sous-total", "Subtotal", "Grand total", "Total général",
 * "TOTAL CLIENT X"...
 */
const TOTAL_LABEL = /^\s*(?:grand[\s-]*|sous[\s-]*|sub[\s-]*)?tota(?:l|ls|ux)\b/i;

/**
 * A total row: a cell labelled like a total, on a row that is not an invoice (no invoice
 * number, or no due date). The second condition keeps a customer called "Total Energies" whose
 * invoices have numbers and due dates.
 * @example isTotalRow(["Total", "", 1250]) //=> true
 */
export function isTotalRow(
  row: readonly unknown[],
  invoiceNumberIndex: number | undefined,
  dueDateIndex: number | undefined
): boolean {
  const labelled = row.some((cell) => typeof cell === "string" && TOTAL_LABEL.test(cell));
  if (!labelled) return false;
  const noNumber = invoiceNumberIndex === undefined || isBlank(row[invoiceNumberIndex]);
  const noDueDate = dueDateIndex === undefined || isBlank(row[dueDateIndex]);
  return noNumber || noDueDate;
}
