import type { DunningLevel, Language } from "../types";
import { templateKind } from "./templates/kinds";
import { LETTER_WORDS } from "./templates/letterWords";

/**
 * What happens next, as the sentence a reminder ends on: the next level of the ladder, said as a
 * credit controller would say it (a fact and a date, no threat), e.g. "If we have not received
 * payment by 20 March 2024, we will contact you by telephone."
 */
export function nextStepSentence(next: DunningLevel, date: string, language: Language): string {
  const words = LETTER_WORDS[language];
  return words.nextStep(date, words.nextSteps[templateKind(next)]);
}
