import type { Language } from "../types";

/** French names of the default ladder's actions; a user's own action names are kept as typed. */
const FRENCH_ACTIONS: Record<string, string> = {
  "Courtesy reminder": "Rappel de courtoisie",
  "Reminder 1": "Relance 1",
  "Reminder 2": "Relance 2",
  "Phone call": "Appel téléphonique",
  "Formal notice": "Mise en demeure",
  "Collection agency / legal action": "Recouvrement / action en justice",
};

/** A ladder action's name in the reminder's language. */
export function actionLabel(action: string, language: Language): string {
  return language === "fr" ? (FRENCH_ACTIONS[action] ?? action) : action;
}
