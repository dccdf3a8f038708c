import { DEFAULT_HOLD_DAY, isOnHold } from "../core/account/creditHold";
import { isCellError } from "./errors";
import { single } from "./grid";
import { readArgs } from "./argumentReaders";

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
  const args = readArgs({ daysOverdue, creditUse, holdDay });
  if (isCellError(args)) return single(args);
  return args.map((cell) =>
    cell.daysOverdue === undefined && cell.creditUse === undefined
      ? ""
      : isOnHold(cell.daysOverdue, cell.creditUse, cell.holdDay ?? DEFAULT_HOLD_DAY)
  );
}
