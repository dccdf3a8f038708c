/**
 * What both contract fixtures do the same way: fill a memory sheet (the preview's own, or the one
 * the fake Excel serves) as a SheetSpec describes it, and show a cell as the contract sees it.
 */
import { columnIndex, parseAddress } from "../../../src/core/sheet/a1";
import type { MemorySheet } from "../../../src/preview/memorySheet";
import type { CellView, SheetSpec } from "./contract";

/** Cells, extra cells, table, merges and hidden rows of the spec; protection is the fixture's. */
export function fillSheet(sheet: MemorySheet, spec: SheetSpec): MemorySheet {
  const firstRow = spec.firstRow ?? 1;
  spec.cells.forEach((row, r) => row.forEach((value, c) => sheet.input(firstRow + r, c, value)));
  for (const { address, value } of spec.extraCells ?? []) {
    const [at] = parseAddress(address);
    sheet.input(at.row, at.column, value);
  }
  if (spec.table) {
    sheet.table = {
      name: spec.table,
      area: {
        row: firstRow,
        column: 0,
        rowCount: spec.cells.length,
        columnCount: spec.cells[0].length,
      },
      ...(spec.tableTotals ? { showTotals: true } : {}),
    };
  }
  sheet.merges.push(...(spec.merges ?? []));
  for (const row of spec.hiddenRows ?? []) sheet.hiddenRows.add(row);
  return sheet;
}

/** The cell at an A1 address ("C2"), undefined when empty. */
export function cellView(sheet: MemorySheet | undefined, address: string): CellView | undefined {
  const match = /^([A-Z]+)(\d+)$/.exec(address) as RegExpExecArray;
  const cell = sheet?.cell(Number(match[2]), columnIndex(match[1]));
  if (!cell || (cell.value === null && !cell.formula)) return undefined;
  return cell.formula ? { value: cell.value, formula: cell.formula } : { value: cell.value };
}
