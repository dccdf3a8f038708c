import {
  formatDay,
  formatMoney,
  formatRatePct,
  isKnownCurrency,
} from "../../../../src/core/reminders";
import { AS_OF } from "./fixtures";

describe("formatting for the reader", () => {
  it("writes money as Intl does for fr-FR and en-GB", () => {
    expect(formatMoney(1234.56, "EUR", "fr")).toBe("1\u202f234,56\u00a0€");
    expect(formatMoney(1234.56, "EUR", "en")).toBe("€1,234.56");
    expect(formatMoney(70, "GBP", "en")).toBe("£70.00");
    expect(formatMoney(-100, "eur", "fr")).toBe("-100,00\u00a0€");
  });

  it("shows the amount with the code as typed when the currency is not an ISO code", () => {
    expect(isKnownCurrency("EURO")).toBe(false);
    expect(isKnownCurrency("")).toBe(false);
    expect(formatMoney(5, "EURO", "fr")).toBe("5,00 EURO");
    expect(formatMoney(5, "", "en")).toBe("5.00");
  });

  it("writes dates with the month in words, so that no one reads 05/03 as 3 May", () => {
    expect(formatDay(AS_OF, "fr")).toBe("5 mars 2024");
    expect(formatDay(AS_OF, "en")).toBe("5 March 2024");
    expect(formatDay(AS_OF + 8, "en")).toBe("13 March 2024");
  });

  it("writes rates with the language's typography", () => {
    expect(formatRatePct(12.15, "fr")).toBe("12,15\u202f%");
    expect(formatRatePct(12.15, "en")).toBe("12.15%");
  });
});
