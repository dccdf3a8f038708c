import type { Day } from "../types";

/**
 * Calendar arithmetic on Days (whole days since 1899-12-30) with integer maths only: no Date
 * object, no time zone, fast enough to convert a million cells. The algorithm is the proleptic
 * Gregorian "days from civil" / "civil from days" pair (H. Hinnant), computed on 400-year eras.
 */

/** A calendar date as people write it: month 1-12, day 1-31. */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** Smallest and largest year a Day may be built from (four-digit years). */
export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;

/** Days from 0000-03-01 (start of the computational era) to 1899-12-30 (Day 0). */
const DAY_ZERO_OFFSET = 693899;

/**
 * Leap years: every 4th year, except centuries, except every 4th century (1900 no, 2000 yes).
 * @example isLeapYear(2024) //=> true; isLeapYear(1900) //=> false
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Number of days in `month` (1-12) of `year`.
 * @example daysInMonth(2024, 2) //=> 29
 */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_LENGTHS[month - 1];
}

/**
 * The Day of a calendar date, or undefined when the date does not exist (31/02, 29/02/2100,
 * month 13, a fractional or out-of-range year).
 * @example dayFromYmd(2024, 3, 5) //=> 45356; dayFromYmd(2024, 2, 30) //=> undefined
 */
export function dayFromYmd(year: number, month: number, day: number): Day | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day))
    return undefined;
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  // Count years from March so that the leap day is the last day of the computational year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - DAY_ZERO_OFFSET;
}

/**
 * The calendar date of a Day (a fractional Day is read as its whole day).
 * @example ymdFromDay(45356) //=> { year: 2024, month: 3, day: 5 }
 */
export function ymdFromDay(day: Day): Ymd {
  const z = Math.floor(day) + DAY_ZERO_OFFSET;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return {
    year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: dayOfYear - Math.floor((153 * mp + 2) / 5) + 1,
  };
}

const pad2 = (n: number): string => (n < 10 ? "0" : "") + n;

/**
 * ISO 8601 calendar date, e.g. "2024-03-05".
 * @example toIsoDate(45356) //=> "2024-03-05"
 */
export function toIsoDate(day: Day): string {
  const { year, month, day: dayOfMonth } = ymdFromDay(day);
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(dayOfMonth)}`;
}
