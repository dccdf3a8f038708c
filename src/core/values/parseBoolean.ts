import { describeValue } from "./describeValue";
import { excelErrorName } from "./excelError";
import { isBlank } from "./isBlank";
import { parsed, refused, type Parsed } from "./parsed";

/** Yes/no words of French and English sheets, lower case; a tick or an X marks a flag. */
const TRUE_WORDS = new Set(["true", "yes", "y", "oui", "o", "vrai", "1", "x", "✓", "✔"]);
const FALSE_WORDS = new Set(["false", "no", "n", "non", "faux", "0"]);

/**
 * A yes/no cell such as "disputed": TRUE/FALSE, Yes/No, Y/N, Oui/Non, O/N, Vrai/Faux, 1/0, X.
 * A blank cell is false: a flag nobody set is not raised.
 * @example parseBoolean("Oui") //=> { ok: true, value: true }; parseBoolean("") //=> { ok: true, value: false }
 */
export function parseBoolean(value: unknown): Parsed<boolean> {
  if (typeof value === "boolean") return parsed(value);
  if (isBlank(value)) return parsed(false);
  if (typeof value === "number") {
    if (value === 1) return parsed(true);
    if (value === 0) return parsed(false);
    return refused(`${describeValue(value)} is not a yes/no value (use 1 or 0)`);
  }
  if (typeof value !== "string") return refused(`${describeValue(value)} is not a yes/no value`);
  const error = excelErrorName(value);
  if (error) return refused(`the cell holds the error ${error}, not a yes/no value`);
  const word = value.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return parsed(true);
  if (FALSE_WORDS.has(word)) return parsed(false);
  return refused(
    `${describeValue(value)} is not a yes/no value (use TRUE/FALSE, Yes/No, Oui/Non, 1/0 or X)`
  );
}
