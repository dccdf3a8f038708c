import type { Language, Settings } from "../../core/types";

/**
 * The pane's language: the user's choice in the settings, else the host's display language
 * (Office.context.displayLanguage in Excel, navigator.language in the preview). French for any
 * French locale (fr-FR, fr-BE, fr-CA...), English otherwise.
 */
export function resolveLanguage(
  choice: Settings["language"] | undefined,
  hostLocale: string
): Language {
  if (choice === "fr" || choice === "en") return choice;
  return hostLocale.toLowerCase().startsWith("fr") ? "fr" : "en";
}

/**
 * The locale used by Intl for numbers, money and dates: the host's own locale when it speaks the
 * pane's language (so a Belgian user gets fr-BE conventions), else the language's main locale.
 */
export function resolveLocale(language: Language, hostLocale: string): string {
  if (hostLocale.toLowerCase().startsWith(language) && isSupportedLocale(hostLocale))
    return hostLocale;
  return language === "fr" ? "fr-FR" : "en-US";
}

function isSupportedLocale(locale: string): boolean {
  try {
    return Intl.NumberFormat.supportedLocalesOf([locale]).length > 0;
  } catch {
    return false;
  }
}
