import { expectedPayDate } from "../core/forecast/payDate";
import type { Day } from "../core/types";
import { CellArg, cellArg, isError, shapeOf } from "./cellArg";
import { today } from "./clock";
import { functionsDateOrder } from "./functionsLocale";
import { isCellError } from "./errors";
import { single } from "./grid";
import { dayReader, readBoolean, readNumber } from "./readers";

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
  const readDay = dayReader(functionsDateOrder());
  const due = cellArg("dueDate", dueDate, readDay);
  if (!(due instanceof CellArg)) return single(due);
  const delay = cellArg("usualDelay", usualDelay, readNumber);
  if (!(delay instanceof CellArg)) return single(delay);
  const promise = cellArg("promiseDate", promiseDate, readDay);
  if (!(promise instanceof CellArg)) return single(promise);
  const asOfArg = cellArg("asOf", asOf, readDay);
  if (!(asOfArg instanceof CellArg)) return single(asOfArg);
  const dispute = cellArg("disputed", disputed, readBoolean);
  if (!(dispute instanceof CellArg)) return single(dispute);
  const shape = shapeOf([due, delay, promise, asOfArg, dispute]);
  if (isCellError(shape)) return single(shape);

  let now: Day | undefined;
  const out = new Array<unknown[]>(shape.rows);
  for (let r = 0; r < shape.rows; r++) {
    const row = new Array<unknown>(shape.cols);
    for (let c = 0; c < shape.cols; c++) {
      const d = due.at(r, c);
      const y = delay.at(r, c);
      const p = promise.at(r, c);
      const a = asOfArg.at(r, c);
      const x = dispute.at(r, c);
      if (isError(d)) row[c] = d;
      else if (isError(y)) row[c] = y;
      else if (isError(p)) row[c] = p;
      else if (isError(a)) row[c] = a;
      else if (isError(x)) row[c] = x;
      else if (d === undefined) row[c] = "";
      else {
        row[c] = expectedPayDate({
          dueDate: d,
          usualDelay: y,
          promiseDate: p,
          asOf: a ?? (now ??= today()),
          disputed: x,
        });
      }
    }
    out[r] = row;
  }
  return out;
}
