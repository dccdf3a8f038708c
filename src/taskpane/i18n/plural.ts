/**
 * The pane's counted words with the language's CLDR plural rule (Intl.PluralRules), never a
 * hand-made `count === 1`: French puts 0 and 1.5 in the singular ("0 jour", "1,5 jour"), English
 * does not ("0 days").
 */
const RULES = {
  en: new Intl.PluralRules("en"),
  fr: new Intl.PluralRules("fr"),
} as const;

export type PaneLanguage = keyof typeof RULES;

/**
 * The form of `forms` that `count` takes in `language`.
 * @example plural("fr", 0, { one: "0 jour", other: "0 jours" }) //=> "0 jour"
 */
export function plural(
  language: PaneLanguage,
  count: number,
  forms: { one: string; other: string }
): string {
  return RULES[language].select(count) === "one" ? forms.one : forms.other;
}
