import type { DunningLevel, Language } from "../../types";
import { DEFAULT_LADDER } from "../../policy/defaultLadder";
import { en } from "./en";
import { fr } from "./fr";
import { templateKind, type ReminderTemplate, type TemplateKind, type TemplatePart } from "./kinds";

export { templateKind, type ReminderTemplate, type TemplateKind, type TemplatePart } from "./kinds";
export {
  PLACEHOLDERS,
  PLACEHOLDER_NAMES,
  INVOICE_FIELDS,
  type PlaceholderHelp,
} from "./placeholders";

/** The built-in templates by language and kind of letter. */
export const TEMPLATES_BY_KIND: Record<Language, Record<TemplateKind, ReminderTemplate>> = {
  en,
  fr,
};

/**
 * Key of a template part in `Settings.templates`, e.g. "2.fr.body".
 * @example templateKey(2, "fr", "body") //=> "2.fr.body"
 */
export function templateKey(level: number, language: Language, part: TemplatePart): string {
  return `${level}.${language}.${part}`;
}

/**
 * The parts a level's template has: the phone level adds a call script to its email.
 * @example templateParts({ channel: "phone", tone: "firm" }) //=> ["subject", "body", "callScript"]
 */
export function templateParts(level: Pick<DunningLevel, "channel" | "tone">): TemplatePart[] {
  return templateKind(level) === "call" ? ["subject", "body", "callScript"] : ["subject", "body"];
}

/**
 * The built-in text of one part for a ladder level.
 * @example defaultTemplate({ channel: "email", tone: "friendly" }, "en", "subject").startsWith("Friendly reminder") //=> true
 */
export function defaultTemplate(
  level: Pick<DunningLevel, "channel" | "tone">,
  language: Language,
  part: TemplatePart
): string {
  return TEMPLATES_BY_KIND[language][templateKind(level)][part] ?? "";
}

/**
 * The built-in templates keyed as `Settings.templates` is ("3.en.callScript"...), for a ladder
 * (the default one unless given): what the editor shows before the user changes anything.
 */
export function defaultTemplates(
  ladder: readonly DunningLevel[] = DEFAULT_LADDER
): Record<string, string> {
  const templates: Record<string, string> = {};
  for (const level of ladder) {
    for (const language of ["fr", "en"] as const) {
      for (const part of templateParts(level)) {
        templates[templateKey(level.level, language, part)] = defaultTemplate(
          level,
          language,
          part
        );
      }
    }
  }
  return templates;
}

/** The built-in templates of the default ladder, keyed as `Settings.templates`. */
export const DEFAULT_TEMPLATES: Readonly<Record<string, string>> =
  Object.freeze(defaultTemplates());
