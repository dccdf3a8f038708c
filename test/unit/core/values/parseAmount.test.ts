import fc from "fast-check";
import { localeFromLanguage } from "../../../../src/core/locale/localeFromLanguage";
import { columnMarkRoles } from "../../../../src/core/values/columnMarkRoles";
import { parseAmount, type NumberStyle } from "../../../../src/core/values/parseAmount";

const EN_GB = localeFromLanguage("en-GB");
const DE_DE = localeFromLanguage("de-DE");
const FR_FR = localeFromLanguage("fr-FR");

function reasonFor(value: unknown, style?: NumberStyle): string {
  const result = parseAmount(value, style);
  if (result.ok) throw new Error(`expected ${String(value)} to be refused, got ${result.value}`);
  return result.reason;
}

describe("parseAmount", () => {
  it.each<[unknown, number]>([
    [1234.56, 1234.56],
    [-120, -120],
    [0, 0],
    [1e15, 1e15],
    ["1 234,56 €", 1234.56],
    ["1\u00a0234,56\u00a0€", 1234.56],
    ["1\u202f234,56\u202f€", 1234.56],
    ["€1,234.56", 1234.56],
    ["1.234,56", 1234.56],
    ["$ -1,234.56", -1234.56],
    ["-$1,234.56", -1234.56],
    ["(120.00)", -120],
    ["(€120.00)", -120],
    ["€(120.00)", -120],
    ["(120,00 €)", -120],
    ["-120", -120],
    ["−120", -120],
    ["+120", 120],
    ["EUR 1234", 1234],
    ["1234 EUR", 1234],
    ["usd1234.5", 1234.5],
    ["1 234 €", 1234],
    ["£70", 70],
    ["CHF 1'234.50", 1234.5],
    ["  12,5  ", 12.5],
    ["1,23", 1.23],
    ["0,123", 0.123],
    ["1234,567", 1234.567],
    ["1 234.567", 1234.567],
    ["1.234.567", 1234567],
    ["1,234,567.89", 1234567.89],
    ["1.234.567,89", 1234567.89],
    ["1 000 000 000 000 000,00", 1e15],
    ["999 999 999 999,99", 999999999999.99],
    ["1.5E+3", 1500],
    ["-0", 0],
  ])("reads %p", (value, expected) => {
    expect(parseAmount(value)).toEqual({ ok: true, value: expected });
  });

  it("settles a single separator before three digits by the workbook's locale, whatever its date order", () => {
    // Day-first English workbooks write 1,250 for twelve hundred and fifty (finding 2).
    for (const name of ["en-GB", "en-AU", "en-IE", "en-NZ", "en-SG", "es-MX", "ms-MY", "th-TH"]) {
      const locale = localeFromLanguage(name);
      expect(locale.dateOrder).toBe("dmy");
      expect(parseAmount("£1,250", locale)).toEqual({ ok: true, value: 1250 });
      expect(parseAmount("12,500", locale)).toEqual({ ok: true, value: 12500 });
      expect(parseAmount("1.250", locale)).toEqual({ ok: true, value: 1.25 });
    }
    expect(parseAmount("1,234", DE_DE)).toEqual({ ok: true, value: 1.234 });
    expect(parseAmount("1.234", DE_DE)).toEqual({ ok: true, value: 1234 });
    expect(parseAmount("1,234", FR_FR)).toEqual({ ok: true, value: 1.234 });
    expect(parseAmount("CHF 1'250", localeFromLanguage("de-CH"))).toEqual({
      ok: true,
      value: 1250,
    });
    expect(parseAmount("₹1,00,000.50", localeFromLanguage("en-IN"))).toEqual({
      ok: true,
      value: 100000.5,
    });
  });

  it("reads what the text tells whatever the locale", () => {
    expect(parseAmount("1.234,5", EN_GB)).toEqual({ ok: true, value: 1234.5 });
    expect(parseAmount("1,234.5", DE_DE)).toEqual({ ok: true, value: 1234.5 });
    expect(parseAmount("12,50", EN_GB)).toEqual({ ok: true, value: 12.5 });
  });

  it("refuses a separator the locale does not settle, with both readings, unless the column settles it", () => {
    // fr-FR groups with a space: "1.250" may be 1250 or 1.25.
    const reason = reasonFor("1.250", FR_FR);
    expect(reason).toContain("ambiguous");
    expect(reason).toContain("1250");
    expect(reason).toContain("1.25");
    expect(reasonFor("1,250")).toContain("ambiguous");
    expect(reasonFor("1,250", localeFromLanguage("de-CH"))).toContain("ambiguous");
    const grouping = columnMarkRoles(["1.250", "3.400,50", 12]);
    expect(parseAmount("1.250", FR_FR, grouping)).toEqual({ ok: true, value: 1250 });
    const decimals = columnMarkRoles(["1.250", "12.5"]);
    expect(parseAmount("1.250", FR_FR, decimals)).toEqual({ ok: true, value: 1.25 });
    const conflicting = columnMarkRoles(["1.250", "12.5", "1.234.567"]);
    expect(reasonFor("1.250", { ...FR_FR })).toContain("ambiguous");
    expect(parseAmount("1.250", FR_FR, conflicting).ok).toBe(false);
  });

  it.each<[unknown, string]>([
    ["120-", "minus sign after the number"],
    ["12%", "percentage"],
    ["12 34", "more than one number"],
    ["12 € 34", "more than one number"],
    ["1.2.3", "more than one number"],
    ["1,234.56.78", "more than one decimal separator"],
    ["1..2", "two separators in a row"],
    ["--120", "more than one sign"],
    ["-(120)", "both brackets and a sign"],
    ["(120", "not an amount"],
    ["€ 12 $", "currency twice"],
    ["abc", '"abc" has no number'],
    ["12abc", '"12abc" is not an amount'],
    ["12 EURO", "not an amount"],
    ["€", "no number"],
    ["", "blank"],
    ["   ", "blank"],
    [undefined, "blank"],
    [null, "blank"],
    [true, "TRUE is a yes/no value"],
    [NaN, "NaN is not an amount"],
    [Infinity, "Infinity is not an amount"],
    ["#N/A", "the cell holds the error #N/A"],
    ["#VALUE!", "the cell holds the error #VALUE!"],
    ["1e400", "too large"],
    [{}, "an object is not an amount"],
  ])("refuses %p", (value, reason) => {
    expect(reasonFor(value)).toContain(reason);
  });

  const cents = fc
    .integer({ min: -99_999_999_999_999, max: 99_999_999_999_999 })
    .map((c) => c / 100);

  it("reads back amounts formatted in the French style", () => {
    const fr = new Intl.NumberFormat("fr-FR", {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    fc.assert(
      fc.property(cents, (n) => {
        const result = parseAmount(`${fr.format(n)} €`, FR_FR);
        return result.ok && result.value === n;
      })
    );
  });

  it("reads back amounts formatted in the English style", () => {
    const en = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });
    fc.assert(
      fc.property(cents, (n) => {
        const result = parseAmount(en.format(n), localeFromLanguage("en-US"));
        return result.ok && result.value === n;
      })
    );
    const accounting = new Intl.NumberFormat("en-GB", {
      style: "currency",
      currency: "GBP",
      currencySign: "accounting",
    });
    fc.assert(
      fc.property(cents, (n) => {
        const result = parseAmount(accounting.format(n), EN_GB);
        return result.ok && result.value === n;
      })
    );
  });
});
