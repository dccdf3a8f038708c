// Over 250 lines: one reader for every way a date is typed (serials, Date objects, ISO, numeric text, month names) sharing the refusal wording and the day/month order rule.
import type { DateOrder, Day } from "../types";
import { describeValue } from "../values/describeValue";
import { excelErrorName } from "../values/excelError";
import { isBlank } from "../values/isBlank";
import { parsed, refused, type Parsed } from "../values/parsed";
import { dayFromYmd } from "./calendar";
import { fromExcelSerial } from "./excelSerial";

/**
 * Reading a date as a user typed it (docs/design.md §3): Excel serials, Date objects, ISO text,
 * numeric text in the workbook's day/month order, and text with French or English month names.
 * Text that only makes sense in the other order is refused rather than guessed: a swapped
 * day and month silently moves an invoice by months.
 */

const FIRST_YEAR = 1900;
const LAST_YEAR = 9999;
/** 01/01/1900 and 31/12/9999, the first and last dates Excel can hold. */
const FIRST_DAY = 2;
const LAST_DAY = 2958465;
const MS_PER_DAY = 86400000;
/** Day of 1970-01-01, the epoch of JavaScript's Date. */
const UNIX_EPOCH_DAY = 25569;

const MONTH_NAMES_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Month names and abbreviations, lower case without accents, French and English. */
const MONTHS: ReadonlyMap<string, number> = new Map(
  (
    [
      [1, "january jan janvier janv"],
      [2, "february feb fevrier fevr fev"],
      [3, "march mar mars"],
      [4, "april apr avril avr"],
      [5, "may mai"],
      [6, "june jun juin"],
      [7, "july jul juillet juil"],
      [8, "august aug aout"],
      [9, "september sep sept septembre"],
      [10, "october oct octobre"],
      [11, "november nov novembre"],
      [12, "december dec decembre"],
    ] as const
  ).flatMap(([month, names]) => names.split(" ").map((name) => [name, month] as const))
);

/** Week-day names that may open a long date ("mardi 5 mars 2024", "Tuesday, March 5, 2024"). */
const WEEKDAYS = new Set(
  (
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri " +
    "sat sun lundi mardi mercredi jeudi vendredi samedi dimanche lun mer jeu ven sam dim"
  ).split(" ")
);

/** Words that carry no date information: "le 5 mars 2024", "the 5th of March 2024". */
const FILLERS = new Set(["le", "the", "of"]);

/**
 * A time of day after the date, with an optional zone: dropped, Days have no time. Matched on
 * the text with its spaces collapsed, and every part bounded, so each position where a match is
 * tried costs a bounded number of steps: linear in the text (the former [T\s]+ before the time
 * was quadratic on a digit followed by thousands of spaces).
 */
const TIME_SUFFIX =
  / ?(?:T ?| (?:à|a|at) |(?<= ))\d{1,2}(?::\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?|h\d{0,2}) ?(?:[ap]\.?m\.?)? ?(?:z|utc|gmt|[+-]\d{2}:?\d{2})?$/i;
/** No date is written with more characters than this, times and week days included. */
const MAX_DATE_LENGTH = 80;

/** The date part of a text: spaces collapsed and a trailing time of day dropped. */
function withoutTime(text: string): string {
  return text.replace(/\s+/g, " ").replace(TIME_SUFFIX, "");
}
const YEAR_FIRST = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const NUMERIC_DATE = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$/;
const DIGITS = /^\d+(?:[.,]\d+)?$/;
const NUMBER_TOKEN = /^(\d{1,4})(?:st|nd|rd|th|er|eme|e)?$/;

const ORDER_PATTERN: Record<DateOrder, string> = { dmy: "dd/mm/yyyy", mdy: "mm/dd/yyyy" };

/**
 * The Day of a date cell, or the reason it is not a date.
 * @example parseDate("05/03/2024", "dmy") //=> { ok: true, value: 45356 }
 * @example parseDate("31/02/2024", "dmy").ok //=> false
 */
export function parseDate(value: unknown, order: DateOrder): Parsed<Day> {
  if (isBlank(value)) return refused("blank: no date");
  if (typeof value === "boolean") {
    return refused(`${value ? "TRUE" : "FALSE"} is a yes/no value, not a date`);
  }
  if (typeof value === "number") return fromExcelSerial(value);
  if (value instanceof Date) return fromDateObject(value);
  if (typeof value !== "string") return refused(`${describeValue(value)} is not a date`);
  const error = excelErrorName(value);
  if (error) return refused(`the cell holds the error ${error}, not a date`);
  return parseDateText(value.trim(), order);
}

/**
 * The order a column of text dates is written in: "dmy" or "mdy" when some texts only fit that
 * order (25/12/2024 is day first), "mixed" when some only fit each, else `fallback` (every text
 * fits both orders, like 03/04/2024, or none is a numeric date).
 * @example detectDateOrder(["13/02/2024", "05/03/2024"], "mdy") //=> "dmy"
 */
export function detectDateOrder(
  texts: readonly unknown[],
  fallback: DateOrder
): DateOrder | "mixed" {
  let dayFirstOnly = 0;
  let monthFirstOnly = 0;
  for (const text of texts) {
    if (typeof text !== "string") continue;
    const trimmed = text.trim();
    if (trimmed.length > MAX_DATE_LENGTH) continue;
    const parts = numericDateParts(withoutTime(trimmed));
    if (!parts) continue;
    const fitsDmy = dayFromYmd(parts.year, parts.second, parts.first) !== undefined;
    const fitsMdy = dayFromYmd(parts.year, parts.first, parts.second) !== undefined;
    if (fitsDmy && !fitsMdy) dayFirstOnly++;
    if (fitsMdy && !fitsDmy) monthFirstOnly++;
  }
  if (dayFirstOnly > 0 && monthFirstOnly > 0) return "mixed";
  if (dayFirstOnly > 0) return "dmy";
  if (monthFirstOnly > 0) return "mdy";
  return fallback;
}

/**
 * A Date object as the calendar day it stands for. A Date at exactly midnight UTC was built from
 * a date without time (ISO text, Date.UTC) and is read in UTC; any other Date is read in local
 * time, the day its owner saw (new Date(2024, 2, 5) in Paris is 23:00 UTC on the 4th).
 */
function fromDateObject(date: Date): Parsed<Day> {
  const time = date.getTime();
  if (Number.isNaN(time)) return refused("an invalid date");
  const day =
    time % MS_PER_DAY === 0
      ? time / MS_PER_DAY + UNIX_EPOCH_DAY
      : dayFromYmd(date.getFullYear(), date.getMonth() + 1, date.getDate());
  if (day === undefined || day < FIRST_DAY || day > LAST_DAY) {
    return refused(`${describeValue(date)} is outside the dates Excel can hold (1900-9999)`);
  }
  return parsed(day);
}

function parseDateText(raw: string, order: DateOrder): Parsed<Day> {
  const shown = describeValue(raw);
  if (raw.length > MAX_DATE_LENGTH) return refused(`${shown} is too long to be a date`);
  const text = withoutTime(raw);

  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) {
    return dateOrReason(Number(yearFirst[1]), Number(yearFirst[3]), Number(yearFirst[4]), shown);
  }

  if (DIGITS.test(text)) return fromNumericText(text, shown);

  const parts = numericDateParts(text);
  if (parts) return fromNumericParts(parts, order, shown);

  return fromMonthName(text, shown);
}

/** Digits alone: an Excel serial exported as text (5 digits) or a compact yyyymmdd date. */
function fromNumericText(text: string, shown: string): Parsed<Day> {
  const wholeDigits = text.split(/[.,]/)[0].length;
  if (wholeDigits === 8 && text.length === 8) {
    return dateOrReason(
      Number(text.slice(0, 4)),
      Number(text.slice(4, 6)),
      Number(text.slice(6)),
      shown
    );
  }
  if (wholeDigits === 5) return fromExcelSerial(Number(text.replace(",", ".")));
  return refused(
    `${shown} is a number, not a date (an Excel date serial has 5 digits, e.g. 45356 for 05/03/2024)`
  );
}

interface NumericParts {
  first: number;
  second: number;
  year: number;
}

/** "05/03/2024", "5-3-24", "05.03.2024": the two leading numbers and the full year. */
function numericDateParts(text: string): NumericParts | undefined {
  const match = NUMERIC_DATE.exec(text);
  if (!match) return undefined;
  return { first: Number(match[1]), second: Number(match[3]), year: fullYear(match[4]) };
}

/** Two-digit years: 00-49 are 2000-2049, 50-99 are 1950-1999 (Excel's own window). */
function fullYear(digits: string): number {
  const year = Number(digits);
  if (digits.length !== 2) return year;
  return year < 50 ? 2000 + year : 1900 + year;
}

function fromNumericParts(parts: NumericParts, order: DateOrder, shown: string): Parsed<Day> {
  const dayFirst = order === "dmy";
  const day = dayFirst ? parts.first : parts.second;
  const month = dayFirst ? parts.second : parts.first;
  // In the other order the day is read as the month and the month as the day.
  if (dayFromYmd(parts.year, month, day) !== undefined) {
    return dateOrReason(parts.year, month, day, shown);
  }
  const otherOrder: DateOrder = dayFirst ? "mdy" : "dmy";
  if (dayFromYmd(parts.year, day, month) !== undefined) {
    return refused(
      `${shown} is not a valid ${ORDER_PATTERN[order]} date; it only reads as ` +
        `${ORDER_PATTERN[otherOrder]} (${month} ${MONTH_NAMES_EN[day - 1]} ${parts.year}): ` +
        "check the date order of the column"
    );
  }
  return dateOrReason(parts.year, month, day, shown);
}

/** "5 mars 2024", "March 5, 2024", "05-Mar-24", "1er janvier 2024", "mardi 5 mars 2024". */
function fromMonthName(text: string, shown: string): Parsed<Day> {
  const tokens = text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[\s,./-]+/)
    .filter((token) => token !== "" && !FILLERS.has(token));
  if (tokens.length === 4 && WEEKDAYS.has(tokens[0])) tokens.shift();
  const hasMonthName = tokens.some((token) => MONTHS.has(token));
  if (!hasMonthName) return refused(`${shown} is not a date`);
  if (tokens.length === 3) {
    const [a, b, c] = tokens;
    const monthFirst = MONTHS.get(a);
    const monthSecond = MONTHS.get(b);
    const first = NUMBER_TOKEN.exec(a);
    const second = NUMBER_TOKEN.exec(b);
    const third = NUMBER_TOKEN.exec(c);
    if (first && monthSecond && third) {
      // "2024-Mar-05" is year first; "05-Mar-2024" and "5 mars 24" are day first.
      if (first[1].length === 4 && third[1].length <= 2) {
        return dateOrReason(Number(first[1]), monthSecond, Number(third[1]), shown);
      }
      if (first[1].length <= 2 && isYearToken(third)) {
        return dateOrReason(fullYear(third[1]), monthSecond, Number(first[1]), shown);
      }
    }
    if (monthFirst && second && third && second[1].length <= 2 && isYearToken(third)) {
      return dateOrReason(fullYear(third[1]), monthFirst, Number(second[1]), shown);
    }
  }
  return refused(`${shown} is not a complete date (day, month and year)`);
}

/** A year is written with 2 or 4 digits and no ordinal suffix. */
function isYearToken(match: RegExpExecArray): boolean {
  return (match[1].length === 2 || match[1].length === 4) && match[0] === match[1];
}

/** The Day of a date read from text, or why it does not exist or cannot be held by Excel. */
function dateOrReason(year: number, month: number, day: number, shown: string): Parsed<Day> {
  if (month < 1 || month > 12) return refused(`${shown}: month ${month} does not exist`);
  const result = dayFromYmd(year, month, day);
  if (result === undefined || day < 1) {
    return refused(`${shown}: ${day} ${MONTH_NAMES_EN[month - 1]} ${year} does not exist`);
  }
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    return refused(`${shown}: year ${year} is outside the dates Excel can hold (1900-9999)`);
  }
  return parsed(result);
}
