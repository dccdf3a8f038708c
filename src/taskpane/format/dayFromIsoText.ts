import type { Day } from "../../core/types";
import { dayFromYmd } from "../../core/dates/calendar";

/** "2013-06-30" (what a date input gives) -> Day; undefined for an incomplete or impossible date. */
export function dayFromIsoText(text: string): Day | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  // Years before 1900 are typing in progress (0002-...), not a credit controller's as-of date.
  if (year < 1900) return undefined;
  return dayFromYmd(year, Number(match[2]), Number(match[3]));
}
