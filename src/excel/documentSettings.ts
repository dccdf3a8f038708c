import type { SettingsStore } from "../core/sheet/addInMemory";
import { MAPPING_KEY, SETTINGS_KEY } from "../core/sheet/storedKeys";
import type { Settings } from "../core/types";
import type { ColumnMapping } from "../core/workbook";

/** The workbook's document settings (saved inside the file): Office.context.document.settings. */
export function getSetting<T>(key: string): T | undefined {
  const value = Office.context.document.settings.get(key) as T | null | undefined;
  return value === null ? undefined : value;
}

export function setSetting(key: string, value: unknown): void {
  Office.context.document.settings.set(key, value);
}

/** Persist the settings in the document; rejects with Office's message when it fails. */
export function saveSettingsAsync(): Promise<void> {
  return new Promise((resolve, reject) => {
    Office.context.document.settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Failed)
        reject(new Error(result.error.message));
      else resolve();
    });
  });
}

/** The add-in's memory (owned columns and sheets) in the document settings. */
export const documentStore: SettingsStore = { get: getSetting, set: setSetting };

/** The settings and column mapping saved with the workbook, when there are any. */
export function loadDocumentSettings(): { settings?: Partial<Settings>; mapping?: ColumnMapping } {
  const settings = getSetting<Partial<Settings>>(SETTINGS_KEY);
  const mapping = getSetting<ColumnMapping>(MAPPING_KEY);
  return { ...(settings ? { settings } : {}), ...(mapping ? { mapping } : {}) };
}

/** Save the settings (and the mapping, when given) inside the workbook. */
export async function saveDocumentSettings(
  settings: Settings,
  mapping?: ColumnMapping
): Promise<void> {
  setSetting(SETTINGS_KEY, settings);
  if (mapping) setSetting(MAPPING_KEY, mapping);
  await saveSettingsAsync();
}
