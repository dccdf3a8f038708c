import { WorkbookError, type ColumnKey } from "../../core/workbook";
import type { Strings } from "../i18n/strings";

/**
 * What to tell a credit controller when something failed: the translated message of a
 * WorkbookError's code, else the error's own one-line message. Never a stack trace.
 */
export function describeError(error: unknown, strings: Strings): string {
  if (error instanceof WorkbookError && error.code === "missing-column") {
    // Name the field and why, not "a required column (customer, invoice number or due date)".
    const key = error.details.column;
    if (typeof key === "string" && key in strings.columns)
      return strings.mapping.missingColumn(strings.columns[key as ColumnKey]);
  }
  if (error instanceof WorkbookError || isCodedError(error)) {
    const codes: Readonly<Record<string, string>> = strings.errors.codes;
    // A code from a newer adapter than this pane has no text yet: the message says what it is.
    const known = Object.prototype.hasOwnProperty.call(codes, error.code) ? codes[error.code] : "";
    if (known) return known;
  }
  const message = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  const firstLine = message.split("\n")[0].trim();
  return strings.errors.generic(firstLine || "?");
}

/** A WorkbookError from another bundle copy (instanceof fails across copies): same shape. */
function isCodedError(error: unknown): error is { code: string; message: string } {
  return (
    typeof error === "object" &&
    error !== null &&
    typeof (error as { code?: unknown }).code === "string" &&
    typeof (error as { message?: unknown }).message === "string"
  );
}
