import type { DunningLevel, Language } from "../types";
import { templateKind } from "./templates/kinds";

/**
 * What happens next, as the sentence a reminder ends on: the next level of the ladder, said as a
 * credit controller would say it (a fact and a date, no threat), e.g. "If we have not received
 * payment by 20 March 2024, we will contact you by telephone."
 */
export function nextStepSentence(next: DunningLevel, date: string, language: Language): string {
  const kind = templateKind(next);
  if (language === "fr") {
    const step: Record<string, string> = {
      courtesy: "nous vous adresserons un rappel",
      reminder1: "nous vous adresserons une relance",
      reminder2: "nous vous adresserons une deuxième relance",
      call: "nous prendrons contact avec vous par téléphone",
      formalNotice: "nous vous adresserons une mise en demeure par lettre recommandée",
      legal:
        "nous confierons ce dossier à une société de recouvrement ou engagerons une procédure judiciaire",
    };
    const what = step[kind];
    return `À défaut de règlement d’ici le ${date}, ${what}.`;
  }
  const step: Record<string, string> = {
    courtesy: "we will send you a reminder",
    reminder1: "we will send you a reminder",
    reminder2: "we will send you a second reminder",
    call: "we will contact you by telephone",
    formalNotice: "we will send you a formal notice by registered letter",
    legal: "we will refer the matter to a debt collection agency or take legal action",
  };
  return `If we have not received payment by ${date}, ${step[kind]}.`;
}
