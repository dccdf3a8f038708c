import { ownedSheetTarget, rememberOwnedSheet } from "../core/sheet/addInMemory";
import type { SheetText } from "../core/sheet/analysisColumns";
import type { Language } from "../core/types";
import { findSheet, settingsStore, type BookState } from "./bookState";
import { MemorySheet } from "./memorySheet";

/**
 * A sheet the add-in owns (created by it), refreshed in place and named in the pane's
 * language (renamed from the other language's name, like Excel: workbook names follow it);
 * never a user's sheet.
 */
export function ownedSheet(
  state: BookState,
  role: string,
  names: SheetText,
  language: Language
): MemorySheet {
  const store = settingsStore(state);
  const target = ownedSheetTarget(
    store,
    role,
    names,
    language,
    state.sheets.map((sheet) => sheet.name)
  );
  let sheet = target.current === undefined ? undefined : findSheet(state, target.current);
  if (!sheet) {
    sheet = new MemorySheet(target.name);
    state.sheets.push(sheet);
  } else if (sheet.name !== target.name) renameSheet(state, sheet, target.name);
  rememberOwnedSheet(store, role, target.name);
  return sheet;
}

/** Rename a sheet; the active sheet and the workbook names follow it, as in Excel. */
function renameSheet(state: BookState, sheet: MemorySheet, name: string): void {
  const before = sheet.name;
  sheet.name = name;
  if (state.active === before) state.active = name;
  for (const entry of state.names.values()) if (entry.sheet === before) entry.sheet = name;
}
