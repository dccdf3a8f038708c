const MAX_SHOWN = 40;

/**
 * A value as a reason should quote it: text in quotes (cut when long), numbers and booleans as
 * they are, so a user can find the cell ("12abc" is not an amount).
 * @example describeValue("12abc") //=> '"12abc"'; describeValue(12) //=> "12"
 */
export function describeValue(value: unknown): string {
  if (typeof value === "string") {
    const shown = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
    return `"${shown}"`;
  }
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? "an invalid date" : value.toISOString();
  if (value === null) return "null";
  if (value === undefined) return "an empty value";
  if (typeof value === "object") return Array.isArray(value) ? "a list of values" : "an object";
  return String(value);
}
