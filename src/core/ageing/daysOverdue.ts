import type { Day } from "../types";

/**
 * Whole days from the due date to `asOf`: positive when late, 0 on the due date, negative before it.
 * @example daysOverdue(dayFromYmd(2024, 3, 1), dayFromYmd(2024, 3, 31)) //=> 30
 */
export function daysOverdue(dueDate: Day, asOf: Day): number {
  return Math.floor(asOf) - Math.floor(dueDate);
}
