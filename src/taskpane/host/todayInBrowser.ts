import type { Day } from "../../core/types";
import { dayFromYmd } from "../../core/dates/calendar";

/**
 * Today in the user's time zone, from the browser clock. Only the pane's entry points call it:
 * core never reads a clock, it is given this day as `asOf`.
 */
export function todayInBrowser(now: Date = new Date()): Day {
  return dayFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate()) as Day;
}
