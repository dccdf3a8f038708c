import type { SheetArea } from "../core/sheet/a1";
import type { BookState, WorkbookName } from "./bookState";
import { MemorySheet, type CellFormat, type MemoryCell } from "./memorySheet";

/** A cell as saved: value, then the index of its format (or -1), then its formula if any. */
type SavedCell = [unknown, number, string?] | null;

interface SavedSheet {
  name: string;
  id: string;
  rows: (SavedCell[] | null)[];
  table?: MemorySheet["table"];
  hiddenRows: number[];
  merges: SheetArea[];
  charts: MemorySheet["charts"];
  conditionalFormats: MemorySheet["conditionalFormats"];
  protected: boolean;
}

/** The whole in-memory workbook as JSON-ready data: what the preview keeps across a reload. */
export interface BookSnapshot {
  version: 1;
  active: string;
  formats: CellFormat[];
  sheets: SavedSheet[];
  settings: [string, unknown][];
  names: [string, WorkbookName][];
}

/** Save the book; formats are shared by index (a sheet repeats a few formats on every row). */
export function snapshotOf(state: BookState): BookSnapshot {
  const formats: CellFormat[] = [];
  const formatIndex = new Map<string, number>();
  const indexOf = (format: CellFormat | undefined): number => {
    if (!format) return -1;
    const key = JSON.stringify(format);
    let index = formatIndex.get(key);
    if (index === undefined) {
      index = formats.push(format) - 1;
      formatIndex.set(key, index);
    }
    return index;
  };
  const saveCell = (cell: MemoryCell | undefined): SavedCell =>
    cell
      ? cell.formula
        ? [cell.value, indexOf(cell.format), cell.formula]
        : [cell.value, indexOf(cell.format)]
      : null;
  return {
    version: 1,
    active: state.active,
    formats,
    sheets: state.sheets.map((sheet) => ({
      name: sheet.name,
      id: sheet.id,
      rows: Array.from(sheet.rows, (cells) => (cells ? Array.from(cells, saveCell) : null)),
      table: sheet.table,
      hiddenRows: [...sheet.hiddenRows],
      merges: sheet.merges,
      charts: sheet.charts,
      conditionalFormats: sheet.conditionalFormats,
      protected: sheet.protected,
    })),
    settings: [...state.settings],
    names: [...state.names],
  };
}

/** Put a saved book back into an empty state (the sheets keep their ids). */
export function restoreSnapshot(state: BookState, snapshot: BookSnapshot): void {
  for (const saved of snapshot.sheets) {
    const sheet = new MemorySheet(saved.name, saved.id);
    saved.rows.forEach((cells, r) =>
      cells?.forEach((cell, c) => {
        if (!cell) return;
        const [value, format, formula] = cell;
        const restored: MemoryCell = { value };
        if (format >= 0) restored.format = { ...snapshot.formats[format] };
        if (formula) restored.formula = formula;
        sheet.setCell(r + 1, c, restored);
      })
    );
    if (saved.table) sheet.table = saved.table;
    saved.hiddenRows.forEach((row) => sheet.hiddenRows.add(row));
    sheet.merges.push(...saved.merges);
    sheet.charts.push(...saved.charts);
    sheet.conditionalFormats.push(...saved.conditionalFormats);
    sheet.protected = saved.protected;
    state.sheets.push(sheet);
  }
  state.active = snapshot.active;
  for (const [key, value] of snapshot.settings) state.settings.set(key, value);
  for (const [key, value] of snapshot.names) state.names.set(key, value);
}
