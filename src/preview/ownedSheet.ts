import {
  markedOwnedSheetTarget,
  ownedSheetCandidate,
  rememberOwnedSheet,
} from "../core/sheet/addInMemory";
import type { SheetText } from "../core/sheet/analysisColumns";
import { markerWidth, sheetMarker } from "../core/sheet/sheetMarker";
import type { Language } from "../core/types";
import { settingsStore, type BookState } from "./bookState";
import { MemorySheet } from "./memorySheet";

/**
 * The sheet the add-in created for `role`, if it still exists and still carries the add-in's
 * marker in its first row (sheetMarker: A1, or a journal's header row), and the name it should
 * have: what `ownedSheet` will write to, without writing. As in Excel, a sheet whose marker is
 * gone is no longer taken for the add-in's (the Office.js adapter cannot trust ids alone).
 */
export function findOwnedSheet(
  state: BookState,
  role: string,
  names: SheetText,
  language: Language
): { sheet?: MemorySheet; name: string } {
  const store = settingsStore(state);
  const sheets = state.sheets.map(({ name, id }) => ({ name, id }));
  const candidate = ownedSheetCandidate(store, role, sheets);
  const candidateSheet = candidate && state.sheets.find((s) => s.id === candidate.id);
  const firstRow = candidateSheet
    ? Array.from({ length: markerWidth(role) }, (_, c) => candidateSheet.value(1, c))
    : [];
  const target = markedOwnedSheetTarget(
    store,
    role,
    names,
    language,
    sheets,
    sheetMarker(role, firstRow)
  );
  const sheet = target.current && state.sheets.find((s) => s.id === target.current?.id);
  return { sheet, name: target.name };
}

/**
 * A sheet the add-in owns (created by it), refreshed in place and named in the pane's
 * language (renamed from the other language's name, like Excel: workbook names follow it);
 * never a user's sheet, even one the user made under the name of a sheet of the add-in.
 * `firstRow` is what the caller writes in row 1: remembered as the sheet's marker.
 */
export function ownedSheet(
  state: BookState,
  role: string,
  names: SheetText,
  language: Language,
  firstRow: readonly unknown[]
): MemorySheet {
  const target = findOwnedSheet(state, role, names, language);
  let sheet = target.sheet;
  if (!sheet) {
    sheet = new MemorySheet(target.name);
    state.sheets.push(sheet);
  } else if (sheet.name !== target.name) renameSheet(state, sheet, target.name);
  rememberOwnedSheet(settingsStore(state), role, sheet, sheetMarker(role, firstRow));
  return sheet;
}

/** Rename a sheet; the active sheet and the workbook names follow it, as in Excel. */
function renameSheet(state: BookState, sheet: MemorySheet, name: string): void {
  const before = sheet.name;
  sheet.name = name;
  if (state.active === before) state.active = name;
  for (const entry of state.names.values()) if (entry.sheet === before) entry.sheet = name;
}
