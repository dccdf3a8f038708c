import type { Language } from "../types";
import { describeValue } from "../values/describeValue";
import { parsed, refused, type Parsed } from "../values/parsed";
import { normalizeHeader } from "./normalizeHeader";

const FRENCH = new Set(["fr", "fra", "fre", "french", "francais"]);
const ENGLISH = new Set(["en", "eng", "english", "anglais", "ang", "uk", "us", "gb"]);

/**
 * A customer's language from a cell: "fr", "FR-fr", "Français", "en-GB", "English", "Anglais".
 * @example parseLanguage("Français") //=> { ok: true, value: "fr" }; parseLanguage("en-GB") //=> { ok: true, value: "en" }
 */
export function parseLanguage(value: unknown): Parsed<Language> {
  // The part before the first "-" or "_" ("fr" of "fr-FR"), without splitting the whole text.
  const cut = typeof value === "string" ? value.search(/[-_]/) : -1;
  const text = normalizeHeader(typeof value === "string" && cut >= 0 ? value.slice(0, cut) : value);
  if (FRENCH.has(text)) return parsed("fr");
  if (ENGLISH.has(text)) return parsed("en");
  return refused(
    `${describeValue(value)} is not a language the add-in writes in (French or English)`
  );
}
