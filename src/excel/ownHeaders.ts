import { rangeAddress } from "../core/sheet/a1";
import type { Placement } from "../core/sheet/ownedColumns";
import { HEADER_STYLE } from "../core/sheet/storedKeys";
import type { SheetRead } from "../core/workbook";
import type { WriteTarget } from "./writeTarget";

/**
 * Queue the add-in's header cells: new columns first (in a table they are table columns, and
 * Excel shifts the cells beside it), then the headers. In a table only a renamed column's header
 * is written (a new table column already has its name). Returns the header cells, to style once
 * written.
 */
export function writeOwnHeaders(
  target: WriteTarget,
  read: SheetRead,
  placements: readonly Placement[]
): Excel.Range[] {
  const firstColumn = read.firstColumn ?? 0;
  if (target.table) {
    for (const placement of placements.filter((p) => p.isNew))
      target.table.columns.add(undefined, undefined, placement.header);
  }
  return placements.map((placement) => {
    const header = target.sheet.getRange(
      rangeAddress(firstColumn + placement.index, read.headerRow)
    );
    if (!target.table || placement.renamedFrom !== undefined) header.values = [[placement.header]];
    return header;
  });
}

/** The add-in's header look (bold, white on dark blue). */
export function styleHeader(range: Excel.Range): void {
  range.format.font.bold = HEADER_STYLE.bold;
  range.format.font.color = HEADER_STYLE.fontColor;
  range.format.fill.color = HEADER_STYLE.fill;
}

/** Bold these sheet rows (1-based) across the first `width` columns: titles and totals. */
export function boldRows(sheet: Excel.Worksheet, rows: readonly number[], width: number): void {
  for (const row of rows) sheet.getRange(rangeAddress(0, row, width, 1)).format.font.bold = true;
}
