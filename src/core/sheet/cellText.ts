/** Text that Excel would take as a formula (or a signed number) when typed into a cell. */
const FORMULA_LEAD = /^[=+\-@]/;

/**
 * The input that makes a cell hold `text` as text: a leading apostrophe (Excel's "this is text"
 * mark, not part of the value) when the text starts with =, +, - or @, so a customer named
 * "=HYPERLINK(...)" is never run as a formula (DESIGN section 7). Both adapters write through it.
 */
export function asCellInput(text: string): string {
  return FORMULA_LEAD.test(text) ? `'${text}` : text;
}
