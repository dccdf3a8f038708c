import { MAPPING_KEY, SETTINGS_KEY } from "../core/sheet/storedKeys";
import type { Settings } from "../core/types";
import type { ColumnMapping } from "../core/workbook";
import type { BookState } from "./bookState";

/** The settings and mapping saved with the workbook (undefined when never saved). */
export function loadDocumentSettings(state: BookState): {
  settings?: Partial<Settings>;
  mapping?: ColumnMapping;
} {
  return {
    settings: state.settings.get(SETTINGS_KEY) as Partial<Settings> | undefined,
    mapping: state.settings.get(MAPPING_KEY) as ColumnMapping | undefined,
  };
}

/** Save copies, as a file would: later changes to the pane's objects do not leak in. */
export function saveDocumentSettings(
  state: BookState,
  settings: Settings,
  mapping?: ColumnMapping
): void {
  state.settings.set(SETTINGS_KEY, structuredClone(settings));
  if (mapping) state.settings.set(MAPPING_KEY, { ...mapping });
}
