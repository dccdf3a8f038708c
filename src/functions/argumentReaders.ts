import type { DateOrder } from "../core/types";
import type { CellReader } from "./cellArg";
import type { CellError } from "./errors";
import { functionsDateOrder } from "./functionsLocale";
import { readNamedArgs, type CellArgs } from "./readCellArgs";
import {
  dayReader,
  readBoolean,
  readCount,
  readNonNegative,
  readNumber,
  readPositive,
  readScore,
  readShare,
} from "./readers";
import { readStatus } from "./readStatus";

/**
 * How each per-invoice argument of the CREDIT functions is read, by its name: an argument means
 * the same in every function that takes it, so it is read the same way. A function that must read
 * one differently says so at its call (readArgs' overrides), e.g. DSO divides by creditSales.
 * Dates follow the workbook's day/month order, so there is one table per order.
 */
function readersFor(order: DateOrder) {
  const readDay = dayReader(order);
  return {
    dueDate: readDay,
    asOf: readDay,
    promiseDate: readDay,
    // Signed: a credit note is a negative amount, an invoice not yet due has negative days.
    amount: readNumber,
    openAmount: readNumber,
    paid: readNumber,
    daysOverdue: readNumber,
    avgDaysLate: readNumber,
    usualDelay: readNumber,
    receivables: readNonNegative,
    creditSales: readNonNegative,
    beginAR: readNonNegative,
    endAR: readNonNegative,
    endCurrentAR: readNonNegative,
    creditUse: readNonNegative,
    annualRatePct: readNonNegative,
    fixedFee: readNonNegative,
    daysSinceContact: readNonNegative,
    days: readPositive,
    periods: readCount,
    holdDay: readCount,
    lastLevel: readCount,
    remindersSent: readCount,
    settledCount: readCount,
    lateShare: readShare,
    severeLateShare: readShare,
    score: readScore,
    riskScore: readScore,
    disputed: readBoolean,
    status: readStatus,
  };
}

/** The reader of each argument name. */
export type ArgumentReaders = ReturnType<typeof readersFor>;
/** The names of the per-invoice arguments. */
export type ArgumentName = keyof ArgumentReaders;

const READERS: Readonly<Record<DateOrder, ArgumentReaders>> = {
  dmy: readersFor("dmy"),
  mdy: readersFor("mdy"),
};

/** The argument readers for dates in the given day/month order. */
export function argumentReaders(order: DateOrder): ArgumentReaders {
  return READERS[order];
}

/** What Excel passed for each argument of a call, by name; only names of the table. */
type ArgValues<Args> = Args & Record<Exclude<keyof Args, ArgumentName>, never>;

/** Each argument with the reader the table gives its name. */
type TableSpecs<Args> = {
  readonly [Name in keyof Args]: readonly [
    unknown,
    Name extends ArgumentName ? ArgumentReaders[Name] : never,
  ];
};

/**
 * The per-invoice arguments of one call, each read by its name's reader (readCellArgs does the
 * reading: in the order given, first error wins). `overrides` gives another reader to an argument
 * that this function reads differently from the others.
 *
 * @example
 * const args = readArgs({ receivables, creditSales, days }, { creditSales: readPositive });
 * if (isCellError(args)) return single(args);
 */
export function readArgs<Args extends Partial<Record<ArgumentName, unknown>>>(
  values: ArgValues<Args>,
  overrides?: { readonly [Name in keyof Args & ArgumentName]?: ArgumentReaders[Name] }
): CellArgs<TableSpecs<Args>> | CellError {
  const readers: Record<string, CellReader<number | boolean | string>> = READERS[
    functionsDateOrder()
  ];
  return readNamedArgs(values, readers, overrides);
}
