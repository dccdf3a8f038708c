/**
 * An empty cell: undefined, null, "" or only spaces (including no-break spaces).
 * @example isBlank(" ") //=> true; isBlank(0) //=> false
 */
export function isBlank(value: unknown): boolean {
  return (
    value === undefined || value === null || (typeof value === "string" && value.trim() === "")
  );
}
