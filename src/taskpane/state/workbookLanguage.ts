import type { Language, Settings } from "../../core/types";
import { resolveLanguage } from "../i18n/resolveLanguage";

/**
 * The language the add-in writes in the workbook: the one saved with it, else (first analysis)
 * Office's display language. Never the pane's display language: two colleagues reading the same
 * workbook in French and in English must not rename its columns back and forth.
 * @example workbookLanguageOf({ ...settings, language: "en", workbookLanguage: "auto" }, "fr-FR") //=> "fr"
 */
export function workbookLanguageOf(
  settings: Pick<Settings, "workbookLanguage">,
  hostLocale: string
): Language {
  const saved = settings.workbookLanguage;
  return saved === "fr" || saved === "en" ? saved : resolveLanguage("auto", hostLocale);
}

/** The settings the analysis columns are computed from; the others (texts, pane language) are not. */
const SHEET_SETTINGS = [
  "ladder",
  "minDaysBetweenContacts",
  "bucketBounds",
  "workbookLanguage",
] as const;

/** Whether saving `next` over `previous` changes what the sheet's columns hold. */
export function changesSheet(previous: Settings, next: Settings): boolean {
  return SHEET_SETTINGS.some((key) => JSON.stringify(previous[key]) !== JSON.stringify(next[key]));
}
