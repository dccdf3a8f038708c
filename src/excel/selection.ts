import { parseAddress, rangeAddress, type SheetArea } from "../core/sheet/a1";
import { invoiceRowsOf, rowRuns } from "../core/sheet/selectionRows";
import type { SheetRead } from "../core/workbook";

/** A selection is at most this many areas (Excel's address strings are limited). */
export const MAX_SELECTED_AREAS = 500;

/** The last sheet read and its id: selected rows are invoices only on that sheet. */
export interface LastRead {
  read: SheetRead;
  sheetId: string;
}

/** Sheet rows of the invoices under the selected cells, visible rows only (one sync). */
export async function readSelection(
  context: Excel.RequestContext,
  last: LastRead | undefined
): Promise<number[]> {
  const sheet = context.workbook.worksheets.getActiveWorksheet().load("id");
  const selected = context.workbook.getSelectedRanges();
  const areas = selected.areas.load("items/address,items/rowHidden,items/cellCount");
  // Visible cells only (a filtered table's hidden rows are left out). On a single cell Excel
  // would search the whole sheet, so single cells are checked through rowHidden instead.
  const visible = selected
    .getSpecialCellsOrNullObject(Excel.SpecialCellType.visible)
    .load("address");
  await context.sync();
  const rows = new Set<number>();
  const multiCell = areas.items.some((a) => a.cellCount > 1);
  if (multiCell && !visible.isNullObject) {
    for (const area of parseAddress(visible.address)) addRows(rows, area);
  }
  for (const area of areas.items) {
    if (area.cellCount === 1 && !area.rowHidden) addRows(rows, parseAddress(area.address)[0]);
  }
  const read = last?.sheetId === sheet.id ? last.read : undefined;
  return invoiceRowsOf([...rows], read);
}

/** The blocks of consecutive rows that select these rows across the data read, by address. */
export function rowsSelectionAreas(rows: number[], read: SheetRead | undefined): string[] {
  const column = read?.firstColumn ?? 0;
  const width = Math.max(read?.headers.length ?? 1, 1);
  return rowRuns(rows).map(([row, count]) => rangeAddress(column, row, width, count));
}

/**
 * The blocks this host can select at once: RangeAreas.select() needs ExcelApi 1.18 (its
 * reference page); before it only Range.select() of one block is there, the first.
 */
export function selectableAreas(areas: readonly string[], canSelectAreas: boolean): string[] {
  return areas.slice(0, canSelectAreas ? MAX_SELECTED_AREAS : 1);
}

/** Select these blocks of the active sheet (one sync). */
export async function selectAreas(
  context: Excel.RequestContext,
  areas: readonly string[]
): Promise<void> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  if (areas.length === 1) sheet.getRange(areas[0]).select();
  else sheet.getRanges(areas.join(",")).select();
  await context.sync();
}

/** Call `handler` when the user selects other cells; returns the unsubscribe function. */
export async function onSelectionChanged(
  context: Excel.RequestContext,
  handler: () => void
): Promise<() => void> {
  const registration = context.workbook.onSelectionChanged.add(async () => handler());
  await context.sync();
  return () => {
    void Excel.run(registration.context, async (removal) => {
      registration.remove();
      await removal.sync();
    });
  };
}

function addRows(rows: Set<number>, area: SheetArea): void {
  for (let r = area.row; r < area.row + area.rowCount; r++) rows.add(r);
}
