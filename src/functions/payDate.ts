import { expectedPayDate } from "../core/forecast/payDate";
import type { Day } from "../core/types";
import { today } from "./clock";
import { isCellError } from "./errors";
import { single } from "./grid";
import { readArgs } from "./argumentReaders";

/** CREDIT.PAYDATE over cells and ranges. */

/**
 * Expected payment date of each unpaid invoice (core expectedPayDate): the promise date while it
 * holds, else the due date plus the customer's usual delay (plus 13 days when disputed), never
 * before as-of (a blank as-of date is today). "" for a blank due date.
 */
export function payDateCells(
  dueDate: unknown,
  usualDelay?: unknown,
  promiseDate?: unknown,
  asOf?: unknown,
  disputed?: unknown
): unknown[][] {
  const args = readArgs({ dueDate, usualDelay, promiseDate, asOf, disputed });
  if (isCellError(args)) return single(args);
  let now: Day | undefined;
  return args.map((cell) =>
    cell.dueDate === undefined
      ? ""
      : expectedPayDate({
          dueDate: cell.dueDate,
          usualDelay: cell.usualDelay,
          promiseDate: cell.promiseDate,
          asOf: cell.asOf ?? (now ??= today()),
          disputed: cell.disputed,
        })
  );
}
