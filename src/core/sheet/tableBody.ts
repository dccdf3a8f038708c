import type { SheetArea } from "./a1";

/**
 * An Excel table's header row and data rows, without its Total row: Table.getRange() covers the
 * Total row too, and neither the reader nor the writers may take it for data (the reader would
 * count its sums as an invoice, a writer would overwrite its SUBTOTAL cells).
 * @example withoutTotalRow({ column: 0, row: 1, columnCount: 5, rowCount: 12 }, true).rowCount //=> 11
 */
export function withoutTotalRow(area: SheetArea, showTotals: boolean | undefined): SheetArea {
  if (!showTotals || area.rowCount < 2) return area;
  return { ...area, rowCount: area.rowCount - 1 };
}

/**
 * The header row and data body of a table, from the addresses of its whole range and its body.
 * @example headerAndBody({ column: 0, row: 1, columnCount: 5, rowCount: 12 }, { column: 0, row: 2, columnCount: 5, rowCount: 10 })
 * //=> { column: 0, row: 1, columnCount: 5, rowCount: 11 }
 */
export function headerAndBody(whole: SheetArea, body: SheetArea): SheetArea {
  return { ...whole, rowCount: body.row + body.rowCount - whole.row };
}
