import type { SheetArea } from "../core/sheet/a1";
import type { SettingsStore } from "../core/sheet/addInMemory";
import { WorkbookError, type SheetRead } from "../core/workbook";
import type { MemorySheet } from "./memorySheet";

/** A workbook name: the sheet and area it refers to. */
export interface WorkbookName {
  sheet: string;
  area: SheetArea;
}

/** What the memory workbook holds; the port operations of this folder read and change it. */
export interface BookState {
  readonly sheets: MemorySheet[];
  /** The active sheet's name ("" before the first sheet). */
  active: string;
  selection: SheetArea[];
  /** Document settings: the pane's settings, the mapping, what the add-in owns. */
  readonly settings: Map<string, unknown>;
  readonly names: Map<string, WorkbookName>;
  /** The last sheet read, to tell which selected rows are invoices. */
  lastRead?: SheetRead;
}

export function findSheet(state: BookState, name: string): MemorySheet | undefined {
  return state.sheets.find((sheet) => sheet.name === name);
}

export function activeSheet(state: BookState): MemorySheet {
  const sheet = findSheet(state, state.active);
  if (!sheet) throw new WorkbookError("no-sheet", "The workbook has no sheet to read.");
  return sheet;
}

/** The document settings as the store the shared bookkeeping of src/core/sheet works on. */
export function settingsStore(state: BookState): SettingsStore {
  return {
    get: <T>(key: string) => state.settings.get(key) as T | undefined,
    set: (key, value) => state.settings.set(key, value),
  };
}
