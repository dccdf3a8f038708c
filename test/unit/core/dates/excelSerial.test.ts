import fc from "fast-check";
import { dayFromYmd, toIsoDate } from "../../../../src/core/dates/calendar";
import { fromExcelSerial, toExcelSerial } from "../../../../src/core/dates/excelSerial";

const dayOf = (serial: number): number => {
  const result = fromExcelSerial(serial);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
};

describe("fromExcelSerial", () => {
  it("takes serials from 61 (01/03/1900) as Days", () => {
    expect(dayOf(61)).toBe(dayFromYmd(1900, 3, 1));
    expect(dayOf(45356)).toBe(dayFromYmd(2024, 3, 5));
    expect(dayOf(2958465)).toBe(dayFromYmd(9999, 12, 31));
  });

  it("shifts serials 1..59 by one day (Excel's fictitious 29/02/1900)", () => {
    expect(toIsoDate(dayOf(1))).toBe("1900-01-01");
    expect(toIsoDate(dayOf(31))).toBe("1900-01-31");
    expect(toIsoDate(dayOf(59))).toBe("1900-02-28");
    for (let serial = 1; serial <= 59; serial++) expect(dayOf(serial)).toBe(serial + 1);
  });

  it("refuses serial 60 and says why", () => {
    const result = fromExcelSerial(60);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toContain("29/02/1900 does not exist");
      expect(result.reason).toContain("1900 leap-year bug");
    }
    expect(fromExcelSerial(60.5).ok).toBe(false);
  });

  it("drops the time of day", () => {
    expect(dayOf(45356.999)).toBe(45356);
    expect(dayOf(1.5)).toBe(2);
  });

  it.each([0, 0.5, -1, 2958466, NaN, Infinity, -Infinity])("refuses %p", (serial) => {
    const result = fromExcelSerial(serial);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.length).toBeGreaterThan(10);
  });
});

describe("toExcelSerial", () => {
  it("is the inverse of fromExcelSerial", () => {
    expect(toExcelSerial(45356)).toBe(45356);
    expect(toExcelSerial(61)).toBe(61);
    expect(toExcelSerial(60)).toBe(59);
    expect(toExcelSerial(2)).toBe(1);
    for (let serial = 1; serial <= 59; serial++) expect(toExcelSerial(dayOf(serial))).toBe(serial);
    fc.assert(
      fc.property(
        fc.integer({ min: 61, max: 2958465 }),
        (serial) => toExcelSerial(dayOf(serial)) === serial
      )
    );
  });
});
