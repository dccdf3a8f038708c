import type { InvoiceStatus, NextAction } from "../policy/nextAction";
import { ACTION_NAMES, actionLabel } from "../policy/actionNames";
import type { RiskClass } from "../risk/riskClass";
import type { Language } from "../types";

/**
 * The words the CREDIT.* functions write into cells, in the workbook's language. English is the
 * function contract's default (docs/design.md §5); a French workbook passes "fr" as the last
 * argument of AGEBUCKET, RISKCLASS, STATUS and NEXTACTION and reads French values.
 */
export interface SheetWords {
  /** The bucket of invoices not yet late; the other labels (1-30, 91+) read the same in both. */
  current: string;
  riskClass: Record<RiskClass, string>;
  /** The status words CREDIT.STATUS writes (the blank status stays blank). */
  status: Record<Exclude<InvoiceStatus, "">, string>;
  /** Outcomes that are not a ladder level. */
  none: string;
  resolveDispute: string;
  awaitPromise: string;
  /** "Wait: Reminder 2 from day 15", "Wait: Phone call in 3 days", "Wait: Formal notice already sent". */
  waitFromDay(action: string, day: number): string;
  waitIn(action: string, days: number): string;
  waitAlreadySent(action: string): string;
}

/** "1 day" / "3 days" with the language's plural rule (Intl.PluralRules, no hand-made test). */
const PLURAL_RULES: Record<Language, Intl.PluralRules> = {
  en: new Intl.PluralRules("en"),
  fr: new Intl.PluralRules("fr"),
};

function days(language: Language, count: number, one: string, other: string): string {
  return `${count} ${PLURAL_RULES[language].select(count) === "one" ? one : other}`;
}

export const SHEET_WORDS = {
  en: {
    current: "Current",
    riskClass: { Low: "Low", Medium: "Medium", High: "High", Critical: "Critical" },
    status: {
      paid: "paid",
      disputed: "disputed",
      promise: "promise",
      "broken promise": "broken promise",
    },
    none: ACTION_NAMES.en.None,
    resolveDispute: ACTION_NAMES.en["Resolve dispute"],
    awaitPromise: ACTION_NAMES.en["Await promised payment"],
    waitFromDay: (action, day) => `Wait: ${action} from day ${day}`,
    waitIn: (action, count) => `Wait: ${action} in ${days("en", count, "day", "days")}`,
    waitAlreadySent: (action) => `Wait: ${action} already sent`,
  },
  fr: {
    current: "Non échu",
    riskClass: { Low: "Faible", Medium: "Moyen", High: "Élevé", Critical: "Critique" },
    // CREDIT.STATUS and CREDIT.NEXTACTION read these words back (functions/policy.ts).
    status: {
      paid: "payée",
      disputed: "litige",
      promise: "promesse",
      "broken promise": "promesse non tenue",
    },
    none: ACTION_NAMES.fr.None,
    resolveDispute: ACTION_NAMES.fr["Resolve dispute"],
    awaitPromise: ACTION_NAMES.fr["Await promised payment"],
    waitFromDay: (action, day) => `Attendre : ${action} à partir du jour ${day}`,
    waitIn: (action, count) => `Attendre : ${action} dans ${days("fr", count, "jour", "jours")}`,
    waitAlreadySent: (action) => `Attendre : ${action}, dernier niveau déjà atteint`,
  },
} satisfies Record<Language, SheetWords>;

/**
 * The text of a next action as a cell shows it in `language` (in English, nextAction's own text).
 * A ladder's own action names are kept as the user typed them; the default ones are translated.
 * @example nextActionText(nextAction({ daysOverdue: 20 }), "fr") //=> "Relance 2"
 */
export function nextActionText(next: NextAction, language: Language): string {
  const words: SheetWords = SHEET_WORDS[language];
  const { reason } = next;
  const action = actionLabel(
    "action" in reason.params ? reason.params.action : next.action,
    language
  );
  switch (next.kind) {
    case "none":
      return words.none;
    case "resolve":
      return words.resolveDispute;
    case "await":
      return words.awaitPromise;
    case "act":
      return action;
    case "wait":
      if (reason.key === "contactInterval") return words.waitIn(action, reason.params.days);
      if (reason.key === "levelAlreadySent")
        return words.waitFromDay(action, reason.params.fromDay);
      return words.waitAlreadySent(action);
  }
}

/**
 * A word the analysis columns write on a paid row (their `whenPaid`: "", "paid", "None") in the
 * workbook's language.
 * @example paidWordIn("None", "fr") //=> "Aucune"
 */
export function paidWordIn(word: string, language: Language): string {
  const words: SheetWords = SHEET_WORDS[language];
  if (word === SHEET_WORDS.en.status.paid) return words.status.paid;
  if (word === SHEET_WORDS.en.none) return words.none;
  return word;
}
