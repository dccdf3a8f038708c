import type { Day } from "../types";
import { parsed, refused, type Parsed } from "../values/parsed";

/**
 * Excel's 1900 date system counts a 29 February 1900 that never was (a bug kept from Lotus 1-2-3).
 * Serial 61 is 1 March 1900 and from there a serial is a Day as it is; serials 1..59
 * (1 January .. 28 February 1900) are one day behind the real calendar.
 */
const FIRST_SERIAL_AFTER_BUG = 61;
const FICTITIOUS_LEAP_DAY = 60;
/** 31/12/9999, the last date Excel can hold. */
export const MAX_EXCEL_SERIAL = 2958465;

/**
 * The Day of an Excel serial date; the time of day (the fraction) is dropped.
 * @example fromExcelSerial(45356.5) //=> { ok: true, value: 45356 }; fromExcelSerial(60).ok //=> false
 */
export function fromExcelSerial(serial: number): Parsed<Day> {
  if (typeof serial !== "number" || !Number.isFinite(serial)) {
    return refused(`${String(serial)} is not a date serial number`);
  }
  const whole = Math.floor(serial);
  if (whole < 1) return refused(`${serial} is before 01/01/1900, the first date Excel can hold`);
  if (whole > MAX_EXCEL_SERIAL) {
    return refused(`${serial} is after 31/12/9999, the last date Excel can hold`);
  }
  if (whole === FICTITIOUS_LEAP_DAY) {
    return refused("serial 60: 29/02/1900 does not exist; Excel's 1900 leap-year bug");
  }
  return parsed(whole < FIRST_SERIAL_AFTER_BUG ? whole + 1 : whole);
}

/**
 * The Excel serial of a Day: the inverse of fromExcelSerial (Days before 01/03/1900 shift back).
 * @example toExcelSerial(45356) //=> 45356
 */
export function toExcelSerial(day: Day): number {
  const whole = Math.floor(day);
  return whole < FIRST_SERIAL_AFTER_BUG ? whole - 1 : whole;
}
