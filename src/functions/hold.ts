import { DEFAULT_HOLD_DAY, isOnHold } from "../core/account/creditHold";
import { CellArg, cellArg, isError, shapeOf } from "./cellArg";
import { isCellError } from "./errors";
import { single } from "./grid";
import { readCount, readNonNegative, readNumber } from "./readers";

/**
 * CREDIT.HOLD over cells and ranges: TRUE when the row's customer is over their credit limit
 * (credit use above 1) or the invoice is more than holdDay days overdue; blank when both figures
 * are blank (an empty row), so a column of it stays clean below the data.
 */
export function holdCells(
  daysOverdue: unknown,
  creditUse?: unknown,
  holdDay?: unknown
): unknown[][] {
  const days = cellArg("daysOverdue", daysOverdue, readNumber);
  if (!(days instanceof CellArg)) return single(days);
  const use = cellArg("creditUse", creditUse, readNonNegative);
  if (!(use instanceof CellArg)) return single(use);
  const limit = cellArg("holdDay", holdDay, readCount);
  if (!(limit instanceof CellArg)) return single(limit);
  const shape = shapeOf([days, use, limit]);
  if (isCellError(shape)) return single(shape);

  const out = new Array<unknown[]>(shape.rows);
  for (let r = 0; r < shape.rows; r++) {
    const row = new Array<unknown>(shape.cols);
    for (let c = 0; c < shape.cols; c++) {
      const d = days.at(r, c);
      const u = use.at(r, c);
      const h = limit.at(r, c);
      if (isError(d)) row[c] = d;
      else if (isError(u)) row[c] = u;
      else if (isError(h)) row[c] = h;
      else if (d === undefined && u === undefined) row[c] = "";
      else row[c] = isOnHold(d, u, h ?? DEFAULT_HOLD_DAY);
    }
    out[r] = row;
  }
  return out;
}
