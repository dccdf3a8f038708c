import { describeValue } from "./describeValue";
import { excelErrorName } from "./excelError";
import { isBlank } from "./isBlank";
import { parsed, refused, type Parsed } from "./parsed";

/**
 * Text of an identifying cell (customer, invoice number, email): numbers are kept as written, so
 * a customer number 1042 reads "1042"; `blankReason` says what a blank cell lacks.
 *
 * @example parseText(" ACME ", "no customer") //=> { ok: true, value: "ACME" }
 * @example parseText("", "no customer") //=> { ok: false, reason: "no customer" }
 */
export function parseText(value: unknown, blankReason: string): Parsed<string> {
  if (isBlank(value)) return refused(blankReason);
  const error = excelErrorName(value);
  if (error) return refused(`the cell holds the error ${error}`);
  if (typeof value === "string" || typeof value === "number") return parsed(String(value).trim());
  return refused(`${describeValue(value)} is not a text`);
}
