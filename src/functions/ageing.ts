import {
  ageBucketIndex,
  bucketLabels,
  DEFAULT_BUCKET_BOUNDS,
  invalidBoundsReason,
} from "../core/ageing/ageBucket";
import { daysOverdue } from "../core/ageing/daysOverdue";
import type { Day } from "../core/types";
import { isBlank } from "../core/values/isBlank";
import { today } from "./clock";
import { invalidValue, isCellError, type CellError } from "./errors";
import { single, toGrid } from "./grid";
import { readArgs } from "./argumentReaders";
import { readLanguageArg } from "./readLanguage";
import { readNumber } from "./readers";
import { SHEET_WORDS } from "../core/sheet/sheetWords";
import type { Language } from "../core/types";

/** CREDIT.DAYSOVERDUE and CREDIT.AGEBUCKET over cells and ranges. */

/** The due dates and as-of dates of a call, or the call's error. */
function readDueDates(dueDate: unknown, asOf: unknown) {
  return readArgs({ dueDate, asOf });
}

/**
 * The days overdue of each cell (a blank as-of date is today), or what `show` makes of them;
 * "" for a blank due date, the error of a bad cell. No `show` (DAYSOVERDUE) costs no call a cell.
 */
function overdueGrid(
  args: Exclude<ReturnType<typeof readDueDates>, CellError>,
  show?: (days: number) => unknown
): unknown[][] {
  // Read once per call: compiled to CommonJS (tsx, jest) each use of an import is a load
  // through the module's export getters, which a million-row loop would pay per cell.
  const overdue = daysOverdue;
  let now: Day | undefined;
  return args.map((cell) => {
    if (cell.dueDate === undefined) return "";
    const days = overdue(cell.dueDate, cell.asOf ?? (now ??= today()));
    return show === undefined ? days : show(days);
  });
}

/**
 * Days overdue of each due date at the as-of date (a blank as-of date is today): asOf - dueDate,
 * negative before the due date; "" for a blank due date.
 */
export function daysOverdueCells(dueDate: unknown, asOf?: unknown): unknown[][] {
  const dates = readDueDates(dueDate, asOf);
  return isCellError(dates) ? single(dates) : overdueGrid(dates);
}

/** Bucket labels per bounds ("30,60,90"), so a call never rebuilds them. Bounded: few distinct. */
const labelCache = new Map<string, readonly string[]>();
const LABEL_CACHE_LIMIT = 64;
const DEFAULT_LABELS: readonly string[] = bucketLabels(DEFAULT_BUCKET_BOUNDS);

function labelsFor(bounds: readonly number[], language: Language): readonly string[] {
  if (bounds === DEFAULT_BUCKET_BOUNDS && language === "en") return DEFAULT_LABELS;
  const key = `${language}:${bounds.join(",")}`;
  let labels = labelCache.get(key);
  if (!labels) {
    if (labelCache.size >= LABEL_CACHE_LIMIT) labelCache.clear();
    // "Current" is the one label with words; 1-30 and 91+ read the same in every language.
    labels = [SHEET_WORDS[language].current, ...bucketLabels(bounds).slice(1)];
    labelCache.set(key, labels);
  }
  return labels;
}

/** The bucket bounds of a call: the cells of a range or array such as {30,60,90}, blanks skipped. */
export function readBounds(value: unknown): readonly number[] | CellError {
  if (value === null || value === undefined) return DEFAULT_BUCKET_BOUNDS;
  const grid = toGrid("bounds", value);
  if (!Array.isArray(grid)) return grid as CellError;
  const bounds: number[] = [];
  for (const row of grid) {
    for (const cell of row) {
      if (isBlank(cell)) continue;
      if (isCellError(cell)) return invalidValue("bounds", `a cell holds the error ${cell.code}`);
      const bound = readNumber(cell);
      if (!bound.ok) return invalidValue("bounds", bound.reason);
      bounds.push(bound.value);
    }
  }
  if (bounds.length === 0) return DEFAULT_BUCKET_BOUNDS;
  const reason = invalidBoundsReason(bounds);
  return reason ? invalidValue("bounds", reason) : bounds;
}

/**
 * Ageing bucket of each due date at the as-of date: "Current", "1-30", "31-60", "61-90", "91+"
 * with the default bounds ("Non échu" for Current in French); "" for a blank due date.
 */
export function ageBucketCells(
  dueDate: unknown,
  asOf?: unknown,
  bounds?: unknown,
  language?: unknown
): unknown[][] {
  const dates = readDueDates(dueDate, asOf);
  if (isCellError(dates)) return single(dates);
  const limits = readBounds(bounds);
  if (isCellError(limits)) return single(limits);
  const words = readLanguageArg(language);
  if (isCellError(words)) return single(words);
  const labels = labelsFor(limits, words);
  return overdueGrid(dates, (days) => labels[ageBucketIndex(days, limits)]);
}
