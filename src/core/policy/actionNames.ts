import type { Language } from "../types";

/** The action names of the default ladder and of the policy's other outcomes (docs/design.md §4). */
export type ActionName =
  | "Courtesy reminder"
  | "Reminder 1"
  | "Reminder 2"
  | "Phone call"
  | "Formal notice"
  | "Collection agency / legal action"
  | "Resolve dispute"
  | "Await promised payment"
  | "Wait"
  | "None";

/**
 * Every known action's name, looked up by any text: a ladder's own action names are not in it
 * (callers keep them as typed), so a lookup by a plain string stays possible.
 */
export type ActionNames = Readonly<Record<ActionName, string>> & Readonly<Record<string, string>>;

/**
 * Those names in each language: the one place the pane, the letters and the sheet's formulas
 * take them from (docs/design.md §8). English is the function contract's own text.
 */
export const ACTION_NAMES: Readonly<Record<Language, ActionNames>> = {
  en: {
    "Courtesy reminder": "Courtesy reminder",
    "Reminder 1": "Reminder 1",
    "Reminder 2": "Reminder 2",
    "Phone call": "Phone call",
    "Formal notice": "Formal notice",
    "Collection agency / legal action": "Collection agency / legal action",
    "Resolve dispute": "Resolve dispute",
    "Await promised payment": "Await promised payment",
    Wait: "Wait",
    None: "None",
  },
  fr: {
    "Courtesy reminder": "Rappel de courtoisie",
    "Reminder 1": "Relance 1",
    "Reminder 2": "Relance 2",
    "Phone call": "Appel téléphonique",
    "Formal notice": "Mise en demeure",
    "Collection agency / legal action": "Recouvrement / action en justice",
    "Resolve dispute": "Résoudre le litige",
    "Await promised payment": "Attendre le paiement promis",
    Wait: "Attendre",
    None: "Aucune",
  },
};

/**
 * Whether a text is one of the known action names (a user's own ladder may name others).
 * @example isActionName("Reminder 2") //=> true
 */
export function isActionName(action: string): action is ActionName {
  return Object.prototype.hasOwnProperty.call(ACTION_NAMES.en, action);
}

/**
 * An action's name in `language`; a user's own action names are kept as typed.
 * @example actionLabel("Formal notice", "fr") //=> "Mise en demeure"
 * @example actionLabel("Call the boss", "fr") //=> "Call the boss"
 */
export function actionLabel(action: string, language: Language): string {
  return isActionName(action) ? ACTION_NAMES[language][action] : action;
}
