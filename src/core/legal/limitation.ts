import { dayFromYmd, daysInMonth, ymdFromDay } from "../dates/calendar";
import type { Day } from "../types";

/**
 * Limitation of a claim for payment in France, counted from the due date: 5 years between
 * traders (art. L110-4 Code de commerce), 2 years against a consumer for goods or services sold
 * by a professional (art. L218-2 Code de la consommation). A reminder, not legal advice: acts
 * such as an injonction de payer interrupt it, which the workbook does not record.
 */
export const LIMITATION_YEARS = { trader: 5, consumer: 2 } as const;

/** How many days before the limitation date the pane warns. */
export const LIMITATION_WARNING_DAYS = 90;

export type DebtorKind = keyof typeof LIMITATION_YEARS;

/** The same day `years` later (29 February becomes 28 February in a common year). */
function addYears(day: Day, years: number): Day {
  const { year, month, day: date } = ymdFromDay(day);
  const target = year + years;
  return dayFromYmd(target, month, Math.min(date, daysInMonth(target, month))) as Day;
}

export interface Limitation {
  /** The last day the claim can be brought. */
  date: Day;
  /** "ok", "soon" (within LIMITATION_WARNING_DAYS) or "passed". */
  state: "ok" | "soon" | "passed";
}

/**
 * @example limitation(dayFromYmd(2024, 1, 31), dayFromYmd(2025, 3, 1)).date === dayFromYmd(2029, 1, 31) //=> true
 */
export function limitation(dueDate: Day, asOf: Day, debtor: DebtorKind = "trader"): Limitation {
  const date = addYears(dueDate, LIMITATION_YEARS[debtor]);
  const state = asOf > date ? "passed" : date - asOf <= LIMITATION_WARNING_DAYS ? "soon" : "ok";
  return { date, state };
}
