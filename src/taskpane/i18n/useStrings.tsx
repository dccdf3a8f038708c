import * as React from "react";
import type { Language } from "../../core/types";
import { en } from "./en";
import { fr } from "./fr";
import type { Strings } from "./strings";
import { createFormatters, type Formatters } from "../format/formatters";

/** Everything a view needs to speak the user's language: texts, language, Intl formatters. */
export interface LocaleContextValue {
  strings: Strings;
  language: Language;
  locale: string;
  format: Formatters;
}

const byLanguage: Record<Language, Strings> = { en, fr };

/** The texts of a language, for what renders outside the provider (the pane's error boundary). */
export function stringsFor(language: Language): Strings {
  return byLanguage[language];
}

export function localeContextValue(
  language: Language,
  locale: string,
  currency: string
): LocaleContextValue {
  return {
    strings: byLanguage[language],
    language,
    locale,
    format: createFormatters(locale, currency, language),
  };
}

const LocaleContext = React.createContext<LocaleContextValue>(
  localeContextValue("en", "en-US", "EUR")
);

export const LocaleProvider = LocaleContext.Provider;

/** The texts of the pane in the current language (typed: a missing key is a compile error). */
export function useStrings(): Strings {
  return React.useContext(LocaleContext).strings;
}

/** Intl formatters for the user's locale and the workbook's currency. */
export function useFormat(): Formatters {
  return React.useContext(LocaleContext).format;
}

export function useLanguage(): Language {
  return React.useContext(LocaleContext).language;
}
