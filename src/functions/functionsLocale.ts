import { localeFromLanguage } from "../core/locale/localeFromLanguage";
import { UNKNOWN_LOCALE, type WorkbookLocale } from "../core/locale/workbookLocale";
import type { DateOrder } from "../core/types";

/**
 * The workbook's locale as the CREDIT functions read their text arguments: the same model as the
 * pane's reader (docs/design.md §7), so "1,250" or "03/04/2024" reads the same in a cell and in
 * the pane. Set from Excel's culture when the functions start (src/excel/shareWorkbookLocale.ts)
 * and whenever the pane reads the sheet; until then, Office's content language tells (Intl data).
 *
 * Kept on globalThis: the functions and the pane are two bundles in one shared runtime, each with
 * its own copy of this module, and they must share one model.
 */
const KEY = "__creditControlWorkbookLocale";

interface Holder {
  locale?: WorkbookLocale;
  /** Whether a function has read the fallback model (a later culture may change results). */
  fallbackUsed?: boolean;
}

function holder(): Holder {
  const g = globalThis as Record<string, unknown>;
  g[KEY] ??= {};
  return g[KEY] as Holder;
}

interface OfficeGlobal {
  context?: { contentLanguage?: string; displayLanguage?: string };
}

/** The model of Office's content language (the workbook's editing language), else unknown. */
export function officeLanguageLocale(): WorkbookLocale {
  const office = (globalThis as { Office?: OfficeGlobal }).Office;
  const language = office?.context?.contentLanguage || office?.context?.displayLanguage;
  return language ? localeFromLanguage(language) : UNKNOWN_LOCALE;
}

/**
 * Sets the model (Excel's culture, or the preview's workbook); undefined goes back to Office's
 * language. Returns whether results computed so far may differ under the new model.
 */
export function setFunctionsLocale(locale: WorkbookLocale | undefined): boolean {
  const state = holder();
  const before = state.locale ?? (state.fallbackUsed ? officeLanguageLocale() : undefined);
  state.locale = locale;
  if (!before || !locale) return false;
  return (
    before.decimal !== locale.decimal ||
    before.group !== locale.group ||
    before.dateOrder !== locale.dateOrder
  );
}

/** The model the functions use now (read per call: Office.context appears once Office is ready). */
export function functionsLocale(): WorkbookLocale {
  const state = holder();
  if (state.locale) return state.locale;
  state.fallbackUsed = true;
  return officeLanguageLocale();
}

/** The day/month order of text dates in function arguments. */
export function functionsDateOrder(): DateOrder {
  return functionsLocale().dateOrder;
}
