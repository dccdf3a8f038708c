/**
 * Type tests, compiled by `npm run typecheck` (tsc includes test/) and never run: every language
 * table must have every key (docs/design.md §8): the pane, the row problems, the sheet words, the
 * letters' templates and the words letters are built with. Each `@ts-expect-error` below fails the
 * typecheck if the compiler stops refusing the table under it, that is if a missing French text
 * would compile again.
 */
import { ACTION_NAMES, type ActionNames } from "../../src/core/policy/actionNames";
import { SHEET_WORDS, type SheetWords } from "../../src/core/sheet/sheetWords";
import type { RowProblemTexts } from "../../src/taskpane/i18n/rowProblemTexts";
import { rowProblemsFr } from "../../src/taskpane/i18n/rowProblemsFr";
import type { Strings } from "../../src/taskpane/i18n/strings";
import { fr } from "../../src/taskpane/i18n/fr";
import type { ReminderTemplate, TemplateKind } from "../../src/core/reminders/templates/kinds";
import { fr as lettersFr } from "../../src/core/reminders/templates/fr";
import { LETTER_WORDS, type LetterWords } from "../../src/core/reminders/templates/letterWords";
import { PENALTY_WORDS, type PenaltyWords } from "../../src/core/reminders/templates/penaltyWords";

/** A table without one of its keys. */
function without<T extends object, K extends keyof T>(table: T, key: K): Omit<T, K> {
  // The key is taken out to be left out: its value is not used.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { [key]: _left, ...rest } = table;
  return rest;
}

// The pane: a French file without a whole block, or without one text of a block, does not compile.
// @ts-expect-error the "mapping" block is missing
export const paneWithoutBlock: Strings = without(fr, "mapping");
// @ts-expect-error the French name of "Formal notice" is missing
export const actionsWithoutOne: ActionNames = without(ACTION_NAMES.fr, "Formal notice");
// @ts-expect-error the "High" risk class is missing
export const riskClassesWithoutOne: Strings["riskClass"] = without(fr.riskClass, "High");
// @ts-expect-error the text of the "sheet-protected" error code is missing
export const codesWithoutOne: Strings["errors"]["codes"] = without(
  fr.errors.codes,
  "sheet-protected"
);
// @ts-expect-error the text of the "contactInterval" reason is missing
export const reasonsWithoutOne: Strings["reasons"] = without(fr.reasons, "contactInterval");
// @ts-expect-error the "agency" channel is missing
export const channelsWithoutOne: Strings["settings"]["channels"] = without(
  fr.settings.channels,
  "agency"
);

// Row problems: each reason key has its text.
// @ts-expect-error the text of the "duplicateInvoice" problem is missing
export const rowProblemsWithoutOne: RowProblemTexts = without(rowProblemsFr, "duplicateInvoice");

// The words the functions write in a French workbook.
// @ts-expect-error the French word for "Current" is missing
export const sheetWordsWithoutOne: SheetWords = without(SHEET_WORDS.fr, "current");

// The letters: every kind of letter in French, and the words a letter is built with.
// @ts-expect-error the French phone-call letter is missing
export const lettersWithoutOne: Record<TemplateKind, ReminderTemplate> = without(lettersFr, "call");
// @ts-expect-error the French body of the formal notice is missing
export const letterWithoutBody: ReminderTemplate = without(lettersFr.formalNotice, "body");
// @ts-expect-error the French status of an invoice line ("30 jours de retard") is missing
export const letterWordsWithoutOne: LetterWords = without(LETTER_WORDS.fr, "lineStatus");
// @ts-expect-error the French title of the invoice table's "Balance due" column is missing
export const headersWithoutOne: LetterWords["headers"] = without(LETTER_WORDS.fr.headers, "open");
// @ts-expect-error the French next step after a formal notice is missing
export const nextStepsWithoutOne: LetterWords["nextSteps"] = without(
  LETTER_WORDS.fr.nextSteps,
  "legal"
);
// @ts-expect-error the French legal mention of late-payment penalties is missing
export const penaltyWordsWithoutOne: PenaltyWords = without(PENALTY_WORDS.fr, "notice");

// And the complete tables compile: the errors above come from the missing key alone.
export const complete: [
  Strings,
  ActionNames,
  RowProblemTexts,
  SheetWords,
  Record<TemplateKind, ReminderTemplate>,
  LetterWords,
  PenaltyWords,
] = [
  fr,
  ACTION_NAMES.fr,
  rowProblemsFr,
  SHEET_WORDS.fr,
  lettersFr,
  LETTER_WORDS.fr,
  PENALTY_WORDS.fr,
];
