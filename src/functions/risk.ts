import { riskClass } from "../core/risk/riskClass";
import { riskScoreValue } from "../core/risk/riskScore";
import { SHEET_WORDS } from "../core/sheet/sheetWords";
import { readLanguageArg } from "./readLanguage";
import { readArgs } from "./argumentReaders";
import { daysOrDue, withDueErrors } from "./daysOrDue";
import { isCellError } from "./errors";
import { single } from "./grid";

/** CREDIT.RISKSCORE and CREDIT.RISKCLASS over cells and ranges. */

/**
 * Risk score 0-100 of each invoice. Every argument may be blank, which is neutral (no evidence,
 * no points), so a row with only its days overdue still gets a score. The last five arguments
 * came later, at the end, so formulas written before them keep their meaning: dueDate and asOf
 * count the days where daysOverdue is blank (daysOrDue).
 */
export function riskScoreCells(
  daysOverdue: unknown,
  avgDaysLate?: unknown,
  lateShare?: unknown,
  disputed?: unknown,
  remindersSent?: unknown,
  creditUse?: unknown,
  usualDelay?: unknown,
  severeLateShare?: unknown,
  settledCount?: unknown,
  dueDate?: unknown,
  asOf?: unknown
): unknown[][] {
  const counted = daysOrDue(daysOverdue, dueDate, asOf);
  if (isCellError(counted)) return single(counted);
  const args = readArgs({
    daysOverdue: counted.days,
    avgDaysLate,
    lateShare,
    disputed,
    remindersSent,
    creditUse,
    usualDelay,
    severeLateShare,
    settledCount,
  });
  if (isCellError(args)) return single(args);
  // Read once per call: compiled to CommonJS (tsx, jest) each use of an import is a load
  // through the module's export getters, which a million-row loop would pay per cell.
  const scoreOf = riskScoreValue;
  const scores = args.map((cell) =>
    scoreOf({
      daysOverdue: cell.daysOverdue,
      averageDaysLate: cell.avgDaysLate,
      lateShare: cell.lateShare,
      disputed: cell.disputed,
      remindersSent: cell.remindersSent,
      creditUse: cell.creditUse,
      usualDelay: cell.usualDelay,
      severeLateShare: cell.severeLateShare,
      settledCount: cell.settledCount,
    })
  );
  return withDueErrors(scores, counted);
}

/**
 * Risk class of each score: Low < 25 <= Medium < 50 <= High < 75 <= Critical ("Faible", "Moyen",
 * "Élevé", "Critique" in French); "" when blank.
 */
export function riskClassCells(score: unknown, language?: unknown): unknown[][] {
  const args = readArgs({ score });
  if (isCellError(args)) return single(args);
  const words = readLanguageArg(language);
  if (isCellError(words)) return single(words);
  const names = SHEET_WORDS[words].riskClass;
  return args.map((cell) => (cell.score === undefined ? "" : names[riskClass(cell.score)]));
}
