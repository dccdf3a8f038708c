import fc from "fast-check";
import { parseAmount } from "../../../../src/core/values/parseAmount";

function reasonFor(value: unknown, decimal?: "," | "."): string {
  const result = parseAmount(value, decimal);
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

  it("uses the decimal setting only when the text is ambiguous", () => {
    expect(parseAmount("1,234")).toEqual({ ok: true, value: 1234 });
    expect(parseAmount("1,234", ",")).toEqual({ ok: true, value: 1.234 });
    expect(parseAmount("1.234")).toEqual({ ok: true, value: 1.234 });
    expect(parseAmount("1.234", ",")).toEqual({ ok: true, value: 1234 });
    expect(parseAmount("1.234,5", ".")).toEqual({ ok: true, value: 1234.5 });
    expect(parseAmount("1,234.5", ",")).toEqual({ ok: true, value: 1234.5 });
    expect(parseAmount("12,50", ".")).toEqual({ ok: true, value: 12.5 });
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
        const result = parseAmount(`${fr.format(n)} €`, ",");
        return result.ok && result.value === n;
      })
    );
  });

  it("reads back amounts formatted in the English style, with or without the decimal hint", () => {
    const en = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });
    fc.assert(
      fc.property(cents, (n) => {
        const result = parseAmount(en.format(n));
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
        const result = parseAmount(accounting.format(n), ",");
        return result.ok && result.value === n;
      })
    );
  });
});
