import { toIsoDate } from "../core/dates/calendar";
import type { MemoryCell } from "./memorySheet";

/**
 * A cell as the grid shows it, the way Excel would with its number format: dates as
 * yyyy-mm-dd, amounts with two decimals, percents, whole numbers, TRUE/FALSE, #VALUE!.
 */
export function cellText(cell: MemoryCell | undefined, locale: string): string {
  const value = cell?.value;
  if (value === null || value === undefined) return "";
  if (typeof value === "object" && typeof (value as { code?: unknown }).code === "string") {
    return (value as { code: string }).code;
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value !== "number") return String(value);
  if (!Number.isFinite(value)) return "#NUM!";
  const format = cell?.format?.numberFormat ?? "General";
  if (/y/i.test(format) && /d/i.test(format)) return toIsoDate(value);
  if (format.endsWith("%")) {
    const decimals = (format.split(".")[1] ?? "").replace("%", "").length;
    return numberText(value, locale, decimals, decimals, "percent");
  }
  if (format === "#,##0.00") return numberText(value, locale, 2, 2);
  if (format === "#,##0.##") return numberText(value, locale, 0, 2);
  if (/^0(\.0+)?$/.test(format)) {
    const decimals = (format.split(".")[1] ?? "").length;
    return numberText(value, locale, decimals, decimals, "decimal", false);
  }
  return numberText(value, locale, 0, 10, "decimal", false);
}

function numberText(
  value: number,
  locale: string,
  min: number,
  max: number,
  style: "decimal" | "percent" = "decimal",
  grouping = true
): string {
  return new Intl.NumberFormat(locale, {
    style,
    minimumFractionDigits: min,
    maximumFractionDigits: max,
    useGrouping: grouping,
  }).format(value);
}
