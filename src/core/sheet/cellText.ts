/**
 * Text that Excel would not store as typed: a formula (or a signed number) for =, +, - and @
 * (also after a leading tab or carriage return, which some hosts strip), and an apostrophe, which Excel takes as the text mark and drops ("'t Hooft" would become
 * "t Hooft" and no longer match the customer's rows).
 */
const NEEDS_TEXT_MARK = /^[=+\-@'\t\r]/;

/**
 * The input that makes a cell hold `text` as text: a leading apostrophe (Excel's "this is text"
 * mark, not part of the value) when the text starts with =, +, -, @, tab, CR or an apostrophe, so a
 * customer named "=HYPERLINK(...)" is never run as a formula (docs/design.md §7) and one named
 * "'t Hooft" keeps its apostrophe. Both adapters write through it.
 * @example asCellInput("=SUM(A1)") //=> "'=SUM(A1)"; asCellInput("ACME") //=> "ACME"
 */
export function asCellInput(text: string): string {
  return NEEDS_TEXT_MARK.test(text) ? `'${text}` : text;
}
