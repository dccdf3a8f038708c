import type { Day } from "../types";

/** Whole days from the due date to `asOf`: positive when late, 0 on the due date, negative before it. */
export function daysOverdue(dueDate: Day, asOf: Day): number {
  return Math.floor(asOf) - Math.floor(dueDate);
}
