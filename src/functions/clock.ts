import { dayFromYmd } from "../core/dates/calendar";
import type { Day } from "../core/types";

/**
 * Today's date in the user's time zone, for an as-of date left out. Core never reads the clock;
 * the functions read it once per call. They are not volatile, so such a cell keeps the day it was
 * calculated on until the workbook recalculates it; the pane always passes an as-of cell instead.
 */
export function today(now: Date = new Date()): Day {
  // dayFromYmd only refuses impossible dates; a clock always gives a real one.
  return dayFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate()) as Day;
}
