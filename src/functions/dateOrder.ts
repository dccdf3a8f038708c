import type { DateOrder } from "../core/types";

/**
 * Day/month order of text dates typed in function arguments: that of the Office display language
 * (French: dd/mm/yyyy, else mm/dd/yyyy), unless the host sets it (the preview page does). Text
 * that only reads in the other order is refused by core, never guessed.
 */

let chosen: DateOrder | undefined;

/** Sets the order (the preview follows its workbook); undefined goes back to Office's language. */
export function setFunctionsDateOrder(order: DateOrder | undefined): void {
  chosen = order;
}

/** The order for a language tag such as "fr-FR" or "en-US". */
export function dateOrderForLanguage(language: string | undefined): DateOrder {
  return language !== undefined && /^fr\b/i.test(language) ? "dmy" : "mdy";
}

interface OfficeGlobal {
  context?: { displayLanguage?: string };
}

/** The order the functions use now (read per call: Office.context appears once Office is ready). */
export function functionsDateOrder(): DateOrder {
  if (chosen) return chosen;
  const office = (globalThis as { Office?: OfficeGlobal }).Office;
  return dateOrderForLanguage(office?.context?.displayLanguage);
}
