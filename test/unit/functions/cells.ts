import { dayFromYmd } from "../../../src/core/dates/calendar";
import { isCellError, type CellError } from "../../../src/functions/errors";

/** Helpers for the function tests: dates as Days (= Excel serials from 1 March 1900). */

export function day(year: number, month: number, dayOfMonth: number): number {
  const result = dayFromYmd(year, month, dayOfMonth);
  if (result === undefined) throw new Error(`no such date ${year}-${month}-${dayOfMonth}`);
  return result;
}

/** A column range as Excel passes it: [[a], [b], ...]. */
export function column(...values: unknown[]): unknown[][] {
  return values.map((value) => [value]);
}

/** The cell as an error, failing the test when it is a value. */
export function asError(cell: unknown): CellError {
  if (!isCellError(cell)) throw new Error(`expected an error, got ${JSON.stringify(cell)}`);
  return cell;
}

/** Expects #VALUE! with a message that starts with the argument's name. */
export function expectValueError(cell: unknown, argument: string): void {
  const error = asError(cell);
  expect(error.code).toBe("#VALUE!");
  expect(error.message).toMatch(new RegExp(`^${argument}: .+`));
}
