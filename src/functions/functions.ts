// Over 250 lines: custom-functions-metadata reads the JSDoc of every CREDIT function from this one file to build functions.json; the bodies are one-line calls.
/**
 * The CREDIT.* custom functions (docs/design.md §5). This file's JSDoc is the source of
 * functions.json (custom-functions-metadata-plugin) and the build appends
 * CustomFunctions.associate(...) for each of them. Every function is a thin call into
 * src/functions/*, itself a thin wrapper over src/core.
 *
 * Per-invoice arguments accept a cell or a range and the result spills in the same shape; a
 * single cell given with ranges applies to every row. Bad input gives #VALUE! with a message
 * naming the argument, per cell. Nothing here is volatile or writes to the workbook. An as-of
 * date left out is today's date when the cell calculates; the cell does not recalculate by
 * itself the next day, which is why the pane's formulas always pass an as-of cell.
 *
 * Arguments are typed any[][]: Excel passes cells of any type (number, text, boolean, null).
 *
 * Text dates and amounts are read in the workbook's locale (Excel's culture: its separators and
 * date order, see functionsLocale.ts), the same model as the pane's; Excel date serials always
 * work.
 */
import { ageBucketCells, daysOverdueCells } from "./ageing";
import { ceiCells, dsoCells, dsoCountbackCells } from "./kpi";
import { payDateCells } from "./payDate";
import { penaltyCells } from "./penalty";
import { nextActionCells, statusCells } from "./policy";
import { holdCells } from "./hold";
import { riskClassCells, riskScoreCells } from "./risk";

/**
 * Days overdue: as-of date minus due date, in whole days (negative before the due date).
 * @customfunction DAYSOVERDUE
 * @param {any[][]} dueDate Due date of the invoice: a date, or a range of due dates.
 * @param {any[][]} [asOf] Date to count to (default: today). Give a cell, e.g. $B$1, so the result updates when it changes.
 * @returns {any[][]} Days overdue, in the shape of dueDate; blank when the due date is blank.
 */
export function daysOverdue(dueDate: any[][], asOf?: any[][]): any[][] {
  return daysOverdueCells(dueDate, asOf);
}

/**
 * Ageing bucket of an invoice: Current, 1-30, 31-60, 61-90 or 91+ (labels follow the bounds).
 * @customfunction AGEBUCKET
 * @param {any[][]} dueDate Due date of the invoice: a date, or a range of due dates.
 * @param {any[][]} [asOf] Date to count to (default: today). Give a cell, e.g. $B$1.
 * @param {any[][]} [bounds] Upper bounds of the buckets in days, increasing (default: {30,60,90}).
 * @param {any[][]} [language] Language of the labels: "en" (default) or "fr" ("Non échu" for Current).
 * @returns {any[][]} Bucket label, in the shape of dueDate.
 */
export function ageBucket(
  dueDate: any[][],
  asOf?: any[][],
  bounds?: any[][],
  language?: any[][]
): any[][] {
  return ageBucketCells(dueDate, asOf, bounds, language);
}

/**
 * Risk score of an invoice, 0-100: higher is riskier. Blank arguments add nothing, except a blank payment history: an unknown payer counts as a typical one.
 * @customfunction RISKSCORE
 * @param {any[][]} daysOverdue Days overdue of the invoice (negative or 0 when not yet late).
 * @param {any[][]} [avgDaysLate] Customer's average days late on paid invoices (blank: no history yet, 12 assumed).
 * @param {any[][]} [lateShare] Share of the customer's invoices paid late, from 0 to 1 (blank: no history yet, 0.5 assumed).
 * @param {any[][]} [disputed] Whether the invoice is disputed: TRUE/FALSE, Yes/No, Oui/Non, 1/0.
 * @param {any[][]} [remindersSent] Number of reminders already sent.
 * @param {any[][]} [creditUse] Customer's open balance divided by its credit limit (1 = at the limit).
 * @param {any[][]} [usualDelay] Customer's median days from due date to payment, undisputed invoices; negative when early (blank: avgDaysLate).
 * @param {any[][]} [severeLateShare] Share of the customer's invoices paid more than 10 days late, from 0 to 1.
 * @param {any[][]} [settledCount] Number of invoices the customer has settled (more: better known, never riskier).
 * @param {any[][]} [dueDate] Due date of the invoice, read where daysOverdue is blank: the days are counted from it to asOf, as CREDIT.DAYSOVERDUE counts them.
 * @param {any[][]} [asOf] Date to count dueDate's days to (default: today). Give a cell, e.g. $B$1.
 * @returns {any[][]} Whole-number score from 0 to 100, in the shape of the ranges given.
 */
export function riskScore(
  daysOverdue: any[][],
  avgDaysLate?: any[][],
  lateShare?: any[][],
  disputed?: any[][],
  remindersSent?: any[][],
  creditUse?: any[][],
  usualDelay?: any[][],
  severeLateShare?: any[][],
  settledCount?: any[][],
  dueDate?: any[][],
  asOf?: any[][]
): any[][] {
  return riskScoreCells(
    daysOverdue,
    avgDaysLate,
    lateShare,
    disputed,
    remindersSent,
    creditUse,
    usualDelay,
    severeLateShare,
    settledCount,
    dueDate,
    asOf
  );
}

/**
 * Risk class of a risk score: Low (under 25), Medium (25-49), High (50-74) or Critical (75+).
 * @customfunction RISKCLASS
 * @param {any[][]} score Risk score from 0 to 100, e.g. from CREDIT.RISKSCORE.
 * @param {any[][]} [language] Language of the class: "en" (default) or "fr" (Faible, Moyen, Élevé, Critique).
 * @returns {any[][]} Low, Medium, High or Critical, in the shape of score.
 */
export function riskClass(score: any[][], language?: any[][]): any[][] {
  return riskClassCells(score, language);
}

/**
 * Credit hold: TRUE when the customer is over their credit limit or an invoice is more than holdDay days overdue.
 * @customfunction HOLD
 * @param {any[][]} daysOverdue Days overdue of the invoice (or of the customer's oldest open invoice), e.g. from CREDIT.DAYSOVERDUE.
 * @param {any[][]} [creditUse] Share of the credit limit in use, 1 = at the limit (e.g. from the Credit history sheet); blank if no limit.
 * @param {any[][]} [holdDay] Days overdue past which the customer is on hold (default: 60).
 * @returns {any[][]} TRUE (on hold) or FALSE, in the shape of the ranges given; blank where both figures are blank.
 */
export function hold(daysOverdue: any[][], creditUse?: any[][], holdDay?: any[][]): any[][] {
  return holdCells(daysOverdue, creditUse, holdDay);
}

/**
 * Status of an invoice for CREDIT.NEXTACTION: paid, disputed, promise, broken promise or blank.
 * @customfunction STATUS
 * @param {any[][]} openAmount Amount still owed on the invoice (0 or less: paid).
 * @param {any[][]} [disputed] Whether the invoice is disputed: TRUE/FALSE, Yes/No, Oui/Non, 1/0.
 * @param {any[][]} [promiseDate] Date the customer promised to pay by, if any.
 * @param {any[][]} [asOf] Date to judge the promise at (default: today). Give a cell, e.g. $B$1.
 * @param {any[][]} [language] Language of the words: "en" (default) or "fr" (payée, litige, promesse, promesse non tenue).
 * @param {any[][]} [paid] Amount already paid: the open amount is then openAmount minus paid, text amounts read in the workbook's locale.
 * @returns {any[][]} paid, disputed, promise, broken promise or blank, in the shape of the ranges given.
 */
export function status(
  openAmount: any[][],
  disputed?: any[][],
  promiseDate?: any[][],
  asOf?: any[][],
  language?: any[][],
  paid?: any[][]
): any[][] {
  return statusCells(openAmount, disputed, promiseDate, asOf, language, paid);
}

/**
 * Next action for an invoice from the dunning ladder: reminder, call, formal notice, legal action, or Wait.
 * @customfunction NEXTACTION
 * @param {any[][]} daysOverdue Days overdue of the invoice, e.g. from CREDIT.DAYSOVERDUE.
 * @param {any[][]} [riskScore] Risk score 0-100: High or Critical brings the next step forward.
 * @param {any[][]} [lastLevel] Ladder level of the last reminder sent (0 = courtesy reminder); blank if unknown.
 * @param {any[][]} [daysSinceContact] Days since the customer was last contacted.
 * @param {any[][]} [status] Blank, disputed, promise, broken promise or paid (or the French words), e.g. from CREDIT.STATUS.
 * @param {any[][]} [policy] Range of your own ladder: from-day in the first column, action in the second.
 * @param {any[][]} [language] Language of the text: "en" (default) or "fr" (e.g. "Relance 2", "Attendre : Appel téléphonique à partir du jour 30").
 * @returns {any[][]} The action to take, e.g. "Reminder 2" or "Wait: Phone call from day 30".
 */
export function nextAction(
  daysOverdue: any[][],
  riskScore?: any[][],
  lastLevel?: any[][],
  daysSinceContact?: any[][],
  status?: any[][],
  policy?: any[][],
  language?: any[][]
): any[][] {
  return nextActionCells(
    daysOverdue,
    riskScore,
    lastLevel,
    daysSinceContact,
    status,
    policy,
    language
  );
}

/**
 * Late-payment penalty: simple interest at the annual rate plus a fixed fee, rounded to cents.
 * @customfunction PENALTY
 * @param {any[][]} amount Amount owed on the invoice.
 * @param {any[][]} dueDate Due date of the invoice.
 * @param {any[][]} asOf Date to count the days late to.
 * @param {any[][]} annualRatePct Annual interest rate in percent, e.g. 12.15 (France: ECB rate + 10 points).
 * @param {any[][]} [fixedFee] Fixed indemnity per late invoice (default: 40).
 * @returns {any[][]} Penalty amount; 0 when the invoice is not overdue.
 */
export function penalty(
  amount: any[][],
  dueDate: any[][],
  asOf: any[][],
  annualRatePct: any[][],
  fixedFee?: any[][]
): any[][] {
  return penaltyCells(amount, dueDate, asOf, annualRatePct, fixedFee);
}

/**
 * Expected payment date of an unpaid invoice: the promise date while it holds, else the due date plus the customer's usual delay, never before as-of.
 * @customfunction PAYDATE
 * @param {any[][]} dueDate Due date of the invoice: a date, or a range of due dates.
 * @param {any[][]} [usualDelay] Customer's usual days from due date to payment, negative when early, e.g. the Credit history sheet's Recent delay (blank: 0).
 * @param {any[][]} [promiseDate] Date the customer promised to pay by; used while it is not past.
 * @param {any[][]} [asOf] Date the forecast is made on (default: today). Give a cell, e.g. $B$1.
 * @param {any[][]} [disputed] Whether the invoice is disputed: adds 13 days (TRUE/FALSE, Yes/No, Oui/Non, 1/0).
 * @returns {any[][]} Expected payment date (a date serial: format the cell as a date), in the shape of the ranges given.
 */
export function payDate(
  dueDate: any[][],
  usualDelay?: any[][],
  promiseDate?: any[][],
  asOf?: any[][],
  disputed?: any[][]
): any[][] {
  return payDateCells(dueDate, usualDelay, promiseDate, asOf, disputed);
}

/**
 * Days sales outstanding, simple method: receivables / credit sales x days.
 * @customfunction DSO
 * @param {any[][]} receivables Accounts receivable at the end of the period.
 * @param {any[][]} creditSales Credit sales of the period.
 * @param {any[][]} [days] Days in the period (default: 365).
 * @returns {any[][]} DSO in days.
 */
export function dso(receivables: any[][], creditSales: any[][], days?: any[][]): any[][] {
  return dsoCells(receivables, creditSales, days);
}

/**
 * Days sales outstanding, countback method: the days of the latest periods whose sales make up the receivables.
 * @customfunction DSOCOUNTBACK
 * @param {any[][]} receivables Accounts receivable at the end of the last period.
 * @param {any[][]} salesByPeriod Credit sales of each period, oldest first (a row or a column).
 * @param {any[][]} [daysByPeriod] Days in each period, in the same order (default: 30 each).
 * @returns {any[][]} Countback DSO in days.
 */
export function dsoCountback(
  receivables: any[][],
  salesByPeriod: any[][],
  daysByPeriod?: any[][]
): any[][] {
  return dsoCountbackCells(receivables, salesByPeriod, daysByPeriod);
}

/**
 * Collection effectiveness index in percent: share of what could be collected that was collected.
 * @customfunction CEI
 * @param {any[][]} beginAR Accounts receivable at the start of the period.
 * @param {any[][]} creditSales Credit sales of the period.
 * @param {any[][]} endAR Accounts receivable at the end of the period.
 * @param {any[][]} endCurrentAR Receivables not yet due at the end of the period.
 * @param {any[][]} [periods] Number of months (or periods) the sales cover (default: 1).
 * @returns {any[][]} CEI in percent (100 = everything collectible was collected).
 */
export function cei(
  beginAR: any[][],
  creditSales: any[][],
  endAR: any[][],
  endCurrentAR: any[][],
  periods?: any[][]
): any[][] {
  return ceiCells(beginAR, creditSales, endAR, endCurrentAR, periods);
}
