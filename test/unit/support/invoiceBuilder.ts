import type { Invoice } from "../../../src/core/types";

/**
 * Builds test invoices: rows numbered in order from 2 (below a header), invoice numbers F<row>,
 * and a row with a paid date fully settled (paid = amount, open = 0); `extra` overrides anything.
 */
export function invoiceBuilder(
  defaultAmount: number
): (customer: string, dueDate: number, extra?: Partial<Invoice>) => Invoice {
  let row = 1;
  return (customer, dueDate, extra = {}) => {
    row++;
    const amount = extra.amount ?? defaultAmount;
    const settled = extra.paidDate !== undefined;
    return {
      row,
      customer,
      invoiceNumber: `F${row}`,
      dueDate,
      amount,
      paid: settled ? amount : 0,
      open: settled ? 0 : amount,
      disputed: false,
      ...extra,
    };
  };
}
