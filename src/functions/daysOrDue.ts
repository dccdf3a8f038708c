import { isBlank } from "../core/values/isBlank";
import { daysOverdueCells } from "./ageing";
import { invalidValue, isCellError, type CellError } from "./errors";
import { isSingleCell, toGrid, type Grid } from "./grid";

/** The days overdue of a RISKSCORE call, and the due date's errors where the days came from it. */
export interface DaysArgument {
  days: unknown;
  /** The error of a due date that could not be read, in row r, column c of `days`. */
  errorAt?: (r: number, c: number) => CellError | undefined;
}

const cellAt = (grid: Grid, r: number, c: number): unknown =>
  isSingleCell(grid) ? grid[0][0] : grid[r][c];

/**
 * CREDIT.RISKSCORE's days overdue: as given, or, where blank and a due date is given, counted
 * from the due date to asOf exactly as CREDIT.DAYSOVERDUE counts them (text dates in the
 * workbook's order). So the analysis formula scores a text due date in one call, instead of a
 * CREDIT.DAYSOVERDUE call nested in the score's (issue 9: at most 5 calls per open row).
 */
export function daysOrDue(
  daysOverdue: unknown,
  dueDate: unknown,
  asOf: unknown
): DaysArgument | CellError {
  if (dueDate === null || dueDate === undefined) return { days: daysOverdue };
  const given = toGrid("daysOverdue", daysOverdue);
  if (!Array.isArray(given)) return given as CellError;
  const days = given as Grid;
  const fromDue = daysOverdueCells(dueDate, asOf);
  const sameSize = days.length === fromDue.length && days[0].length === fromDue[0].length;
  if (!isSingleCell(days) && !isSingleCell(fromDue) && !sameSize) {
    return invalidValue("dueDate", "the range is not the size of daysOverdue");
  }
  const sized = isSingleCell(days) ? fromDue : days;
  const merged: unknown[][] = [];
  const errors: (CellError | undefined)[][] = [];
  let failed = false;
  for (let r = 0; r < sized.length; r++) {
    merged.push([]);
    errors.push([]);
    for (let c = 0; c < sized[0].length; c++) {
      const given = cellAt(days, r, c);
      const counted = isBlank(given) ? cellAt(fromDue, r, c) : given;
      const error = isBlank(given) && isCellError(counted) ? counted : undefined;
      failed ||= error !== undefined;
      merged[r].push(error ? null : counted);
      errors[r].push(error);
    }
  }
  return {
    days: merged,
    errorAt: failed ? (r, c) => cellAt(errors, r, c) as CellError : undefined,
  };
}

/**
 * A RISKSCORE result with the due dates' errors laid over it: where the days came from a due date
 * that could not be read, that error is the cell's, before any other argument's.
 */
export function withDueErrors(scores: unknown[][], { errorAt }: DaysArgument): unknown[][] {
  if (errorAt === undefined) return scores;
  scores.forEach((line, row) =>
    line.forEach((_, col) => {
      const error = errorAt(row, col);
      if (error) line[col] = error;
    })
  );
  return scores;
}
