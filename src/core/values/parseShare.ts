import type { NumberStyle } from "./parseAmount";
import { parseAmount } from "./parseAmount";
import { parsed, type Parsed } from "./parsed";

/**
 * A share or rate as people type it: 0.4, "0,4" in a comma-decimal workbook, or a percentage
 * "40%" / "40 %" (a cell formatted as a percentage already holds 0.4). The number is read like
 * an amount, in the workbook's locale; the range is the caller's to check.
 * @example parseShare("40 %") //=> { ok: true, value: 0.4 }; parseShare("0,4", { decimal: ",", group: " " }) //=> { ok: true, value: 0.4 }
 */
export function parseShare(value: unknown, style?: NumberStyle): Parsed<number> {
  if (typeof value !== "string") return parseAmount(value, style);
  const text = value.trim();
  if (!text.endsWith("%")) return parseAmount(value, style);
  const number = parseAmount(text.slice(0, -1), style);
  return number.ok ? parsed(number.value / 100) : number;
}
