import { excelErrorName } from "../core/values/excelError";
import { isCellError, type CellError } from "../functions/errors";

/**
 * The few Excel operations the analysis formulas use besides CREDIT.*, with Excel's rules for
 * blank cells, text and errors, so the preview shows what Excel computes (the HyperFormula
 * conformance tests hold the two together).
 */

/** The error a cell holds: an error object, or the text Office.js and CSV give ("#N/A"). */
export function errorIn(value: unknown): CellError | undefined {
  if (isCellError(value)) return value;
  const name = excelErrorName(value);
  return name ? { code: name } : undefined;
}

/** ISBLANK: an empty cell; a cell holding text, even "", is not blank. */
export const isEmptyCell = (value: unknown): boolean => value === null || value === undefined;

/** ISNUMBER. */
export const isNumber = (value: unknown): value is number => typeof value === "number";

/**
 * x<=0: a blank cell is 0, text and TRUE/FALSE sort above every number (so FALSE), an error
 * passes on.
 */
export function atMostZero(value: unknown): boolean | CellError {
  const error = errorIn(value);
  if (error) return error;
  if (isEmptyCell(value)) return true;
  return typeof value === "number" ? value <= 0 : false;
}

/** x="": true for a blank cell and for the text "", an error passes on. */
export function isEmptyText(value: unknown): boolean | CellError {
  const error = errorIn(value);
  if (error) return error;
  return isEmptyCell(value) || value === "";
}

/** x<=n and x<n for a number n: a number compares, text and booleans sort above numbers. */
export function compare(value: unknown, op: "<=" | "<", bound: number): boolean {
  if (isEmptyCell(value)) return op === "<=" ? 0 <= bound : 0 < bound;
  if (typeof value !== "number") return false;
  return op === "<=" ? value <= bound : value < bound;
}

const VALUE_ERROR: CellError = {
  code: "#VALUE!",
  message: "a value used in the formula is not a number",
};

/** A cell in arithmetic: blank is 0, TRUE 1, numeric text its number, other text #VALUE!. */
export function numberOf(value: unknown): number | CellError {
  const error = errorIn(value);
  if (error) return error;
  if (isEmptyCell(value)) return 0;
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  const text = String(value).trim();
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text) ? Number(text) : VALUE_ERROR;
}
