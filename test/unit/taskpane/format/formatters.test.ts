import { createFormatters } from "../../../../src/taskpane/format/formatters";
import { dayFromIsoText } from "../../../../src/taskpane/format/dayFromIsoText";
import { parseNumber } from "../../../../src/taskpane/format/parseNumber";
import { dayFromYmd } from "../../../../src/core/dates/calendar";
import { formatDay } from "../../../../src/core/reminders/format";

/** Intl uses narrow no-break spaces in French: compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("createFormatters", () => {
  it("writes money the French and the English way", () => {
    expect(plain(createFormatters("fr-FR", "EUR").money(1234.5))).toBe("1 234,50 €");
    expect(createFormatters("en-US", "USD").money(1234.5)).toBe("$1,234.50");
    expect(createFormatters("en-GB", "EUR").money(-12)).toBe("-€12.00");
  });

  it("falls back to a plain number for a currency code Intl does not know", () => {
    expect(createFormatters("en-US", "EURO").money(5)).toBe("5.00");
  });

  it("writes ratios as percents and days as the letters' long date of the language, in UTC", () => {
    const fr = createFormatters("fr-FR", "EUR");
    expect(plain(fr.percent(0.425))).toBe("42,5 %");
    expect(fr.date(dayFromYmd(2013, 6, 30) as number)).toBe("30 juin 2013");
    const june30 = dayFromYmd(2013, 6, 30) as number;
    expect(createFormatters("en-US", "USD").date(june30)).toBe(formatDay(june30, "en"));
    expect(createFormatters("en-US", "USD").date(june30)).toBe("30 June 2013");
    expect(createFormatters("en-US", "EUR", "fr").date(june30)).toBe("30 juin 2013");
    expect(fr.number(28.44)).toBe("28,4");
    expect(fr.number(28.44, 0)).toBe("28");
  });
});

describe("dayFromIsoText", () => {
  it("reads what a date input gives", () => {
    expect(dayFromIsoText("2013-06-30")).toBe(dayFromYmd(2013, 6, 30));
    expect(dayFromIsoText("2024-02-29")).toBe(dayFromYmd(2024, 2, 29));
  });

  it("refuses incomplete, impossible or typing-in-progress dates", () => {
    expect(dayFromIsoText("")).toBeUndefined();
    expect(dayFromIsoText("2013-02-30")).toBeUndefined();
    expect(dayFromIsoText("0002-06-30")).toBeUndefined();
    expect(dayFromIsoText("30/06/2013")).toBeUndefined();
  });
});

describe("parseNumber", () => {
  it("takes a comma or a point", () => {
    expect(parseNumber("12,5")).toBe(12.5);
    expect(parseNumber(" 7 ")).toBe(7);
    expect(parseNumber("-5", true)).toBe(-5);
  });

  it("refuses what is not a number, or not whole when asked", () => {
    expect(parseNumber("")).toBeUndefined();
    expect(parseNumber("-")).toBeUndefined();
    expect(parseNumber("abc")).toBeUndefined();
    expect(parseNumber("1.5", true)).toBeUndefined();
    expect(parseNumber("Infinity")).toBeUndefined();
  });
});
