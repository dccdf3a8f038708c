import type { Language } from "../types";
import type { SheetText } from "./analysisColumns";
import type { OwnedColumn } from "./ownedColumns";
import { markerProvesOwner, markerWidth, type SheetMarker } from "./sheetMarker";
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

/**
 * The columns the add-in wrote on a sheet (`sheetKey`: the sheet's id in Excel, its name in memory).
 * @example ownedColumnsOf(new Map(), "AR") //=> []
 */
export function ownedColumnsOf(store: SettingsStore, sheetKey: string): OwnedColumn[] {
  return store.get<Record<string, OwnedColumn[]>>(OWNED_COLUMNS_KEY)?.[sheetKey] ?? [];
}

/**
 * Remember columns just written, and marked: they replace the ones with the same id, the others
 * stay.
 * @example ((store) => (rememberOwnedColumns(store, "AR", [{ id: "risk", header: "Risk", index: 8 }]), ownedColumnsOf(store, "AR")))(new Map())
 * //=> [{ id: "risk", header: "Risk", index: 8, marked: true }]
 */
export function rememberOwnedColumns(
  store: SettingsStore,
  sheetKey: string,
  columns: readonly OwnedColumn[]
): void {
  // Every column the adapters write carries its mark (columnMarks) from now on.
  const written = columns.map(({ id, header, index }) =>
    index === undefined ? { id, header, marked: true } : { id, header, index, marked: true }
  );
  const all = { ...(store.get<Record<string, OwnedColumn[]>>(OWNED_COLUMNS_KEY) ?? {}) };
  const kept = (all[sheetKey] ?? []).filter((c) => !written.some((n) => n.id === c.id));
  all[sheetKey] = [...kept, ...written];
  store.set(OWNED_COLUMNS_KEY, all);
}

/**
 * A sheet as the adapters see it: its name and an identity that survives a rename (Excel's
 * Worksheet.id, a GUID; an id the memory workbook gives each sheet it creates).
 */
export interface SheetIdentity {
  name: string;
  id: string;
}

/**
 * A sheet the add-in created, as remembered: `id` is absent in workbooks saved before the add-in
 * remembered identities (the entry was only a name).
 */
export interface RememberedSheet {
  name: string;
  id?: string;
  /**
   * What the add-in last wrote in the sheet's A1 (a title or first header): its own marker, checked
   * with the id before the sheet is cleared, since Worksheet.id is not stable from one opening of
   * a workbook to the next nor across hosts (office-js-docs #297, office-js #1390).
   */
  marker?: SheetMarker;
}

/** The sheets the add-in created, by role ("history", "reminderLog", "ageingReport"). */
export function ownedSheetsOf(store: SettingsStore): Record<string, RememberedSheet> {
  const stored = store.get<Record<string, string | RememberedSheet>>(OWNED_SHEETS_KEY) ?? {};
  const out: Record<string, RememberedSheet> = {};
  for (const [role, entry] of Object.entries(stored)) {
    out[role] = typeof entry === "string" ? { name: entry } : entry;
  }
  return out;
}

/**
 * @example ((store) => (rememberOwnedSheet(store, "history", { name: "Credit history", id: "{7}" }),
 *   ownedSheetCandidate(store, "history", [{ name: "History (old)", id: "{7}" }])))(new Map())
 * //=> { name: "History (old)", id: "{7}" }
 */
export function rememberOwnedSheet(
  store: SettingsStore,
  role: string,
  sheet: SheetIdentity,
  marker?: RememberedSheet["marker"]
): void {
  const { name, id } = sheet;
  const entry = marker === undefined ? { name, id } : { name, id, marker };
  store.set(OWNED_SHEETS_KEY, { ...ownedSheetsOf(store), [role]: entry });
}

/**
 * The sheet that may be the add-in's for `role`, before its marker is checked: the one with the
 * remembered id; else, when a marker was remembered, the one with the remembered name (ids
 * change between openings, so the add-in's own sheet may come back under a new id).
 * @example ((store) => (rememberOwnedSheet(store, "history", { name: "Credit history", id: "{7}" }),
 *   ownedSheetCandidate(store, "history", [{ name: "Credit history", id: "{8}" }])))(new Map())
 * //=> undefined
 */
export function ownedSheetCandidate(
  store: SettingsStore,
  role: string,
  existing: readonly SheetIdentity[]
): SheetIdentity | undefined {
  const owned = ownedSheetsOf(store)[role];
  if (!owned) return undefined;
  const found = findOwnedSheet(owned, existing);
  // A journal is known by its header row even without a remembered marker (older workbooks).
  if (found || (owned.marker === undefined && markerWidth(role) === 1)) return found;
  return existing.find((sheet) => sheet.name === owned.name);
}

/**
 * ownedSheetTarget for a sheet the add-in will clear or write into: the candidate is its own only
 * when its first row (`markerNow`, sheetMarker of the candidate's row 1) still proves it
 * (markerProvesOwner). A sheet refused here keeps its name taken: the add-in writes to a new
 * sheet and leaves it alone.
 * @example ((store) => (rememberOwnedSheet(store, "history", { name: "Credit history", id: "{7}" }, "Credit history"),
 *   markedOwnedSheetTarget(store, "history", HISTORY_SHEET, "en", [{ name: "Credit history", id: "{7}" }], "Sales")))(new Map())
 * //=> { current: undefined, name: "Credit history (2)" }
 */
export function markedOwnedSheetTarget(
  store: SettingsStore,
  role: string,
  names: SheetText,
  language: Language,
  existing: readonly SheetIdentity[],
  markerNow: SheetMarker | undefined
): OwnedSheetTarget {
  const owned = ownedSheetsOf(store)[role];
  const candidate = ownedSheetCandidate(store, role, existing);
  const confirmed =
    candidate && markerProvesOwner(role, owned?.marker, markerNow) ? candidate : undefined;
  const existingNames = existing.map((sheet) => sheet.name);
  return {
    current: confirmed,
    name: ownedSheetName(confirmed?.name, names, language, existingNames),
  };
}

/** A sheet the add-in owns: the one it created (if still there) and the name it should have. */
export interface OwnedSheetTarget {
  /** The sheet the add-in created for the role, when it still exists (under any name). */
  current?: SheetIdentity;
  /** The name it should have in the language (a rename when it differs from `current`). */
  name: string;
}

/**
 * Which sheet plays `role` and under which name: the one the add-in created, refreshed in place
 * and renamed into the pane's language, or a new one free of the user's sheet names. Never a
 * sheet of the user: the add-in's sheet is found by its id, so a sheet the user made under the
 * same name after deleting the add-in's is not taken, and one the user renamed is followed.
 * An entry remembered without an id (an older workbook) is taken by name, as it was written.
 */
export function ownedSheetTarget(
  store: SettingsStore,
  role: string,
  names: SheetText,
  language: Language,
  existing: readonly SheetIdentity[]
): OwnedSheetTarget {
  const owned = ownedSheetsOf(store)[role];
  const current = owned && findOwnedSheet(owned, existing);
  const existingNames = existing.map((sheet) => sheet.name);
  return { current, name: ownedSheetName(current?.name, names, language, existingNames) };
}

/** The sheet now standing for a remembered one: same id, or same name when no id was kept. */
function findOwnedSheet(
  owned: RememberedSheet,
  existing: readonly SheetIdentity[]
): SheetIdentity | undefined {
  return owned.id === undefined
    ? existing.find((sheet) => sheet.name === owned.name)
    : existing.find((sheet) => sheet.id === owned.id);
}
