import type { Day } from "../../core/types";
import { dayFromYmd, ymdFromDay } from "../../core/dates/calendar";

/** How far back an as-of date may go: older books are archives, not credit control. */
const YEARS_BACK = 30;
/** How far ahead: a year covers a forecast as-of; 9999-12-31 gave a DSO of 2,917,034 days. */
const DAYS_AHEAD = 366;

export interface AsOfRange {
  min: Day;
  max: Day;
}

/**
 * The as-of dates the pane accepts around `today`: from 1 January thirty years back to a year
 * ahead.
 * @example asOfRange(dayOf("2026-11-29")) //=> { min: 1996-01-01, max: 2027-11-30 }
 */
export function asOfRange(today: Day): AsOfRange {
  const { year } = ymdFromDay(today);
  return { min: dayFromYmd(year - YEARS_BACK, 1, 1) as Day, max: (today + DAYS_AHEAD) as Day };
}

/** "ok", or why the pane refuses the date ("outside") or warns about it ("future"). */
export function checkAsOf(day: Day, today: Day): "ok" | "future" | "outside" {
  const { min, max } = asOfRange(today);
  if (day < min || day > max) return "outside";
  return day > today ? "future" : "ok";
}
