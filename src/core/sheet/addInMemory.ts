import type { Language } from "../types";
import type { SheetText } from "./analysisColumns";
import type { OwnedColumn } from "./ownedColumns";
import { OWNED_COLUMNS_KEY, OWNED_SHEETS_KEY, ownedSheetName } from "./storedKeys";

/**
 * Where the add-in keeps its memory in a workbook: Office document settings in Excel, a map in
 * the preview. Both adapters keep the same keys and shapes through it, so a workbook saved by one
 * reads the same in the other.
 */
export interface SettingsStore {
  get<T>(key: string): T | undefined;
  set(key: string, value: unknown): void;
}

/** The columns the add-in wrote on a sheet (`sheetKey`: the sheet's id in Excel, its name in memory). */
export function ownedColumnsOf(store: SettingsStore, sheetKey: string): OwnedColumn[] {
  return store.get<Record<string, OwnedColumn[]>>(OWNED_COLUMNS_KEY)?.[sheetKey] ?? [];
}

/** Remember columns just written: they replace the ones with the same id, the others stay. */
export function rememberOwnedColumns(
  store: SettingsStore,
  sheetKey: string,
  columns: readonly OwnedColumn[]
): void {
  const written = columns.map(({ id, header, index }) =>
    index === undefined ? { id, header } : { id, header, index }
  );
  const all = { ...(store.get<Record<string, OwnedColumn[]>>(OWNED_COLUMNS_KEY) ?? {}) };
  const kept = (all[sheetKey] ?? []).filter((c) => !written.some((n) => n.id === c.id));
  all[sheetKey] = [...kept, ...written];
  store.set(OWNED_COLUMNS_KEY, all);
}

/** The sheets the add-in created, by role ("history", "reminderLog", "ageingReport"). */
export function ownedSheetsOf(store: SettingsStore): Record<string, string> {
  return store.get<Record<string, string>>(OWNED_SHEETS_KEY) ?? {};
}

export function rememberOwnedSheet(store: SettingsStore, role: string, name: string): void {
  store.set(OWNED_SHEETS_KEY, { ...ownedSheetsOf(store), [role]: name });
}

/** A sheet the add-in owns: the one it created (if still there) and the name it should have. */
export interface OwnedSheetTarget {
  /** The name of the sheet the add-in created for the role, when it still exists. */
  current?: string;
  /** The name it should have in the language (a rename when it differs from `current`). */
  name: string;
}

/**
 * Which sheet plays `role` and under which name: the one the add-in created, refreshed in place
 * and renamed into the pane's language, or a new one free of the user's sheet names. Never a
 * sheet of the user.
 */
export function ownedSheetTarget(
  store: SettingsStore,
  role: string,
  names: SheetText,
  language: Language,
  existing: readonly string[]
): OwnedSheetTarget {
  const owned = ownedSheetsOf(store)[role];
  const current = owned && existing.includes(owned) ? owned : undefined;
  return { current, name: ownedSheetName(current, names, language, existing) };
}
