import type { Day } from "../types";

export type DayAgainst = "past" | "today" | "ahead";

/**
 * Where a day falls against asOf: how an unmet commitment (an instalment, a promise) is missed,
 * due today or still ahead.
 * @example dayAgainst(45000, 45010) //=> "past"; dayAgainst(45010, 45010) //=> "today"
 */
export function dayAgainst(day: Day, asOf: Day): DayAgainst {
  return day < asOf ? "past" : day === asOf ? "today" : "ahead";
}
