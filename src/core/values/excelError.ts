/**
 * Excel error values as Office.js and CSV exports hand them over (text such as "#N/A").
 * A cell holding one of them has no usable value, and the reason should name the error.
 */
const EXCEL_ERRORS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#PYTHON!",
]);

/**
 * The error's name (e.g. "#N/A") when `value` is an Excel error value, else undefined.
 * @example excelErrorName("#N/A") //=> "#N/A"; excelErrorName("N/A") //=> undefined
 */
export function excelErrorName(value: unknown): string | undefined {
  if (typeof value !== "string" || !value.includes("#")) return undefined;
  const text = value.trim().toUpperCase();
  return EXCEL_ERRORS.has(text) ? text : undefined;
}
