import { riskClass } from "../core/risk/riskClass";
import { riskScoreValue } from "../core/risk/riskScore";
import { SHEET_WORDS } from "../core/sheet/sheetWords";
import { readLanguageArg } from "./readLanguage";
import { isError } from "./cellArg";
import { readCellArgs } from "./readCellArgs";
import { daysOrDue } from "./daysOrDue";
import { isCellError } from "./errors";
import { single } from "./grid";
import {
  readBoolean,
  readCount,
  readNonNegative,
  readNumber,
  readScore,
  readShare,
} from "./readers";

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
  const dueError = counted.errorAt;
  const args = readCellArgs({
    daysOverdue: [counted.days, readNumber],
    avgDaysLate: [avgDaysLate, readNumber],
    lateShare: [lateShare, readShare],
    disputed: [disputed, readBoolean],
    remindersSent: [remindersSent, readCount],
    creditUse: [creditUse, readNonNegative],
    usualDelay: [usualDelay, readNumber],
    severeLateShare: [severeLateShare, readShare],
    settledCount: [settledCount, readCount],
  });
  if (isCellError(args)) return single(args);
  const { shape } = args;
  const days = args.daysOverdue;
  const late = args.avgDaysLate;
  const share = args.lateShare;
  const dispute = args.disputed;
  const reminders = args.remindersSent;
  const use = args.creditUse;
  const delay = args.usualDelay;
  const severe = args.severeLateShare;
  const settled = args.settledCount;

  // Imports read once per call: compiled to CommonJS (tsx, jest) each use of an import is a
  // load through the module's export getters, which a million-row loop would pay per cell.
  const failed = isError;
  const scoreOf = riskScoreValue;
  const out = new Array<unknown[]>(shape.rows);
  for (let rowIndex = 0; rowIndex < shape.rows; rowIndex++) {
    const row = new Array<unknown>(shape.cols);
    for (let colIndex = 0; colIndex < shape.cols; colIndex++) {
      const daysLate = dueError?.(rowIndex, colIndex) ?? days.at(rowIndex, colIndex);
      const averageLate = late.at(rowIndex, colIndex);
      const lateFraction = share.at(rowIndex, colIndex);
      const isDisputed = dispute.at(rowIndex, colIndex);
      const sentCount = reminders.at(rowIndex, colIndex);
      const limitUse = use.at(rowIndex, colIndex);
      const usualDays = delay.at(rowIndex, colIndex);
      const severeFraction = severe.at(rowIndex, colIndex);
      const settledInvoices = settled.at(rowIndex, colIndex);
      // The first bad argument, in argument order, is the one the cell reports.
      if (failed(daysLate)) row[colIndex] = daysLate;
      else if (failed(averageLate)) row[colIndex] = averageLate;
      else if (failed(lateFraction)) row[colIndex] = lateFraction;
      else if (failed(isDisputed)) row[colIndex] = isDisputed;
      else if (failed(sentCount)) row[colIndex] = sentCount;
      else if (failed(limitUse)) row[colIndex] = limitUse;
      else if (failed(usualDays)) row[colIndex] = usualDays;
      else if (failed(severeFraction)) row[colIndex] = severeFraction;
      else if (failed(settledInvoices)) row[colIndex] = settledInvoices;
      else
        row[colIndex] = scoreOf({
          daysOverdue: daysLate,
          averageDaysLate: averageLate,
          lateShare: lateFraction,
          disputed: isDisputed,
          remindersSent: sentCount,
          creditUse: limitUse,
          usualDelay: usualDays,
          severeLateShare: severeFraction,
          settledCount: settledInvoices,
        });
    }
    out[rowIndex] = row;
  }
  return out;
}

/**
 * Risk class of each score: Low < 25 <= Medium < 50 <= High < 75 <= Critical ("Faible", "Moyen",
 * "Élevé", "Critique" in French); "" when blank.
 */
export function riskClassCells(score: unknown, language?: unknown): unknown[][] {
  const scoreArgs = readCellArgs({ score: [score, readScore] });
  if (isCellError(scoreArgs)) return single(scoreArgs);
  const scores = scoreArgs.score;
  const words = readLanguageArg(language);
  if (isCellError(words)) return single(words);
  const names = SHEET_WORDS[words].riskClass;
  const rows = scores.grid.length;
  const cols = scores.grid[0].length;
  const out = new Array<unknown[]>(rows);
  for (let rowIndex = 0; rowIndex < rows; rowIndex++) {
    const row = new Array<unknown>(cols);
    for (let colIndex = 0; colIndex < cols; colIndex++) {
      const cellScore = scores.at(rowIndex, colIndex);
      row[colIndex] = isError(cellScore)
        ? cellScore
        : cellScore === undefined
          ? ""
          : names[riskClass(cellScore)];
    }
    out[rowIndex] = row;
  }
  return out;
}
