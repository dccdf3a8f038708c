import fc from "fast-check";
import {
  LOCALES,
  amountStyle,
  centsAmount,
  dueDay,
  readsBack,
  roundTrip,
} from "../../support/localeRoundTrip";

/**
 * Amounts formatted with Intl.NumberFormat in the workbook's locale and due dates in its order
 * read back exactly, alike in the pane's reader and in the functions (heavier: npm run fuzz).
 */
describe("one locale model: what a workbook writes reads back the same in the pane and the functions", () => {
  it("covers at least 20 workbook cultures", () => {
    expect(LOCALES.length).toBeGreaterThanOrEqual(20);
  });

  it.each(LOCALES)(
    "%s: amounts and due dates read back exactly, alike in the pane and the functions",
    (locale) => {
      fc.assert(
        fc.property(centsAmount, amountStyle, dueDay, (amount, style, due) => {
          const trip = roundTrip(locale, amount, style, due);
          if (!readsBack(trip, amount, due)) throw new Error(JSON.stringify(trip));
        }),
        { numRuns: 40 }
      );
    }
  );

  it('reads "£1,250" as 1250 in a day-first English workbook, pane and functions alike', () => {
    const trip = roundTrip("en-GB", 1250, "currency", 45383);
    expect(trip.amountText).toBe("£1,250.00");
    expect(trip.pane.amount).toBe(1250);
    expect(trip.functions.amount).toBe(1250);
  });
});
