import { MEMORY_COLUMNS } from "../../../core/sheet/analysisColumns";
import type { Language } from "../../../core/types";
import type { ColumnKey, SheetRead } from "../../../core/workbook";

/**
 * The add-in's own column that holds a Last reminder / Level field the user leaves unmapped
 * (the formulas read it then): its header on the sheet when Mark as sent has written it, else
 * the header the first Mark as sent will write, in the workbook's language. Undefined for the
 * other fields.
 */
export function memoryColumnOf(
  key: ColumnKey,
  read: SheetRead | undefined,
  language: Language
): { header: string; written: boolean } | undefined {
  if (key !== "lastReminder" && key !== "lastLevel") return undefined;
  const onSheet = read?.memoryColumns?.[key];
  if (onSheet !== undefined) return { header: onSheet, written: true };
  const column = MEMORY_COLUMNS.find((c) => c.id === key);
  return column && { header: column.header[language], written: false };
}
