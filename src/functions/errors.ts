/**
 * Errors returned to cells. In Excel they are `CustomFunctions.Error` (#VALUE! with a message in
 * the cell's error flag); where the custom-functions runtime is absent (jest, the preview page)
 * a plain object of the same shape stands in, so every caller sees `{ code, message }`.
 */

/** What a cell shows for bad input: the Excel error code and why. */
export interface CellError {
  code: string;
  message?: string;
}

/** The part of the custom-functions runtime the wrappers use (types are not in @types/office-js). */
interface CustomFunctionsRuntime {
  Error: new (code: string, message?: string) => CellError;
  ErrorCode: { invalidValue: string };
}

export const INVALID_VALUE = "#VALUE!";

function runtime(): CustomFunctionsRuntime | undefined {
  return (globalThis as { CustomFunctions?: CustomFunctionsRuntime }).CustomFunctions;
}

/** #VALUE! with a message that names the argument: "dueDate: "31/02/2024" does not exist". */
export function invalidValue(argument: string, reason: string): CellError {
  const message = `${argument}: ${reason}`;
  const customFunctions = runtime();
  if (customFunctions) {
    return new customFunctions.Error(customFunctions.ErrorCode.invalidValue, message);
  }
  return { code: INVALID_VALUE, message };
}

/** Whether a cell value is an error (ours, Excel's runtime object, or one passed in by Excel). */
export function isCellError(value: unknown): value is CellError {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as CellError).code === "string" &&
    (value as CellError).code.startsWith("#")
  );
}
