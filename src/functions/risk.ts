import { riskClass } from "../core/risk/riskClass";
import { riskScoreValue } from "../core/risk/riskScore";
import { SHEET_WORDS } from "../core/sheet/sheetWords";
import { readLanguageArg } from "./readLanguage";
import { CellArg, cellArg, isError, shapeOf } from "./cellArg";
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
  const days = cellArg("daysOverdue", counted.days, readNumber);
  if (!(days instanceof CellArg)) return single(days);
  const late = cellArg("avgDaysLate", avgDaysLate, readNumber);
  if (!(late instanceof CellArg)) return single(late);
  const share = cellArg("lateShare", lateShare, readShare);
  if (!(share instanceof CellArg)) return single(share);
  const dispute = cellArg("disputed", disputed, readBoolean);
  if (!(dispute instanceof CellArg)) return single(dispute);
  const reminders = cellArg("remindersSent", remindersSent, readCount);
  if (!(reminders instanceof CellArg)) return single(reminders);
  const use = cellArg("creditUse", creditUse, readNonNegative);
  if (!(use instanceof CellArg)) return single(use);
  const delay = cellArg("usualDelay", usualDelay, readNumber);
  if (!(delay instanceof CellArg)) return single(delay);
  const severe = cellArg("severeLateShare", severeLateShare, readShare);
  if (!(severe instanceof CellArg)) return single(severe);
  const settled = cellArg("settledCount", settledCount, readCount);
  if (!(settled instanceof CellArg)) return single(settled);
  const shape = shapeOf([days, late, share, dispute, reminders, use, delay, severe, settled]);
  if (isCellError(shape)) return single(shape);

  // Imports read once per call: compiled to CommonJS (tsx, jest) each use of an import is a
  // load through the module's export getters, which a million-row loop would pay per cell.
  const failed = isError;
  const scoreOf = riskScoreValue;
  const out = new Array<unknown[]>(shape.rows);
  for (let r = 0; r < shape.rows; r++) {
    const row = new Array<unknown>(shape.cols);
    for (let c = 0; c < shape.cols; c++) {
      const d = dueError?.(r, c) ?? days.at(r, c);
      const a = late.at(r, c);
      const s = share.at(r, c);
      const x = dispute.at(r, c);
      const n = reminders.at(r, c);
      const u = use.at(r, c);
      const y = delay.at(r, c);
      const v = severe.at(r, c);
      const t = settled.at(r, c);
      // The first bad argument, in argument order, is the one the cell reports.
      if (failed(d)) row[c] = d;
      else if (failed(a)) row[c] = a;
      else if (failed(s)) row[c] = s;
      else if (failed(x)) row[c] = x;
      else if (failed(n)) row[c] = n;
      else if (failed(u)) row[c] = u;
      else if (failed(y)) row[c] = y;
      else if (failed(v)) row[c] = v;
      else if (failed(t)) row[c] = t;
      else
        row[c] = scoreOf({
          daysOverdue: d,
          averageDaysLate: a,
          lateShare: s,
          disputed: x,
          remindersSent: n,
          creditUse: u,
          usualDelay: y,
          severeLateShare: v,
          settledCount: t,
        });
    }
    out[r] = row;
  }
  return out;
}

/**
 * Risk class of each score: Low < 25 <= Medium < 50 <= High < 75 <= Critical ("Faible", "Moyen",
 * "Élevé", "Critique" in French); "" when blank.
 */
export function riskClassCells(score: unknown, language?: unknown): unknown[][] {
  const scores = cellArg("score", score, readScore);
  if (!(scores instanceof CellArg)) return single(scores);
  const words = readLanguageArg(language);
  if (isCellError(words)) return single(words);
  const names = SHEET_WORDS[words].riskClass;
  const rows = scores.grid.length;
  const cols = scores.grid[0].length;
  const out = new Array<unknown[]>(rows);
  for (let r = 0; r < rows; r++) {
    const row = new Array<unknown>(cols);
    for (let c = 0; c < cols; c++) {
      const s = scores.at(r, c);
      row[c] = isError(s) ? s : s === undefined ? "" : names[riskClass(s)];
    }
    out[r] = row;
  }
  return out;
}
