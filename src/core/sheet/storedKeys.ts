import type { Language } from "../types";
import type { SheetText } from "./analysisColumns";

/**
 * Keys under which the add-in stores its memory in the workbook (Office document settings in
 * Excel, a map in the preview): both adapters use the same ones and the same shapes.
 */
export const SETTINGS_KEY = "creditControl.settings";
/** The user's column mapping (ColumnMapping), per workbook. */
export const MAPPING_KEY = "creditControl.mapping";
/** The add-in's own columns per sheet: Record<sheet key, OwnedColumn[]>. */
export const OWNED_COLUMNS_KEY = "creditControl.ownedColumns";
/**
 * The sheets the add-in created (history, reminder log, ageing report): Record<role, { name, id }>
 * (a bare name in workbooks saved before ids were kept).
 */
export const OWNED_SHEETS_KEY = "creditControl.ownedSheets";

/** Header style of the add-in's columns and sheets. */
export const HEADER_STYLE = { bold: true, fill: "#1F4E79", fontColor: "#FFFFFF" } as const;

/** Colour scale on the risk score: green (0) to amber (50) to red (100). */
export const RISK_COLORS: [string, string, string] = ["#63BE7B", "#FFEB84", "#F8696B"];

/**
 * A sheet the add-in creates may not take the name of a sheet of the user.
 * @example freeSheetName("Credit history", ["Credit history"]) //=> "Credit history (2)"
 */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((name) => name.toLowerCase()));
  if (!lower.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const candidate = `${wanted} (${n})`;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * The name a sheet the add-in owns should have in `language`. `current` is the name it has now
 * (undefined when it does not exist yet). A sheet under one of the add-in's names, in any
 * language ("Credit history", "Historique crédit (2)"), takes the language's name, free of the
 * user's sheets; a sheet the user renamed keeps the user's name.
 * @example ownedSheetName(undefined, HISTORY_SHEET, "fr", ["Historique crédit"]) //=> "Historique crédit (2)"
 */
export function ownedSheetName(
  current: string | undefined,
  names: SheetText,
  language: Language,
  existing: readonly string[]
): string {
  const others = existing.filter((name) => name !== current);
  if (current === undefined) return freeSheetName(names[language], others);
  return isAddInName(current, Object.values(names))
    ? freeSheetName(names[language], others)
    : current;
}

/** "Credit history", or "Credit history (2)" as freeSheetName makes it, in any case. */
function isAddInName(name: string, names: readonly string[]): boolean {
  const plain = name.replace(/ \(\d+\)$/, "").toLowerCase();
  return names.some((candidate) => candidate.toLowerCase() === plain);
}
