import { localeFromLanguage } from "../../../src/core/locale/localeFromLanguage";
import { readInvoices } from "../../../src/core/sheet/readInvoices";
import { daysOverdue, penalty, riskScore, status } from "../../../src/functions/functions";
import { setFunctionsLocale } from "../../../src/functions/functionsLocale";
import { day, expectValueError } from "./cells";

/** The functions read text with the workbook's model, the same as the pane's reader. */
describe("CREDIT functions in the workbook's locale", () => {
  afterEach(() => setFunctionsLocale(undefined));

  it.each(["en-GB", "en-AU", "de-DE", "es-ES", "it-IT", "nl-NL", "pt-BR"])(
    'read text dates day first in a %s workbook: DAYSOVERDUE("03/04/2024", 2024-05-01) is 28',
    (name) => {
      setFunctionsLocale(localeFromLanguage(name));
      expect(daysOverdue([["03/04/2024"]], [[day(2024, 5, 1)]])).toEqual([[28]]);
      expect(daysOverdue([["25/12/2023"]], [[day(2024, 1, 1)]])).toEqual([[7]]);
    }
  );

  it("reads text dates month first in an en-US workbook and refuses a day-first one", () => {
    setFunctionsLocale(localeFromLanguage("en-US"));
    expect(daysOverdue([["03/04/2024"]], [[day(2024, 5, 1)]])).toEqual([[58]]);
    expectValueError(daysOverdue([["25/12/2023"]], [[day(2024, 1, 1)]])[0][0], "dueDate");
  });

  it('reads "£1,250" as 1250 in an en-GB workbook, as the pane does', () => {
    setFunctionsLocale(localeFromLanguage("en-GB"));
    expect(
      penalty([["£1,250"]], [[day(2024, 1, 1)]], [[day(2024, 1, 1) + 365]], [[10]], [[0]])
    ).toEqual([[125]]);
  });

  it('reads "1,234" as the French sheet reader does: 1.234 in fr-FR, 1234 in en-US', () => {
    for (const [name, expected] of [
      ["fr-FR", 1.234],
      ["en-US", 1234],
    ] as const) {
      const locale = localeFromLanguage(name);
      setFunctionsLocale(locale);
      const read = readInvoices(
        [
          ["Customer", "Invoice", "Due date", "Amount"],
          ["ACME", "F-1", 45352, "1,234"],
        ],
        { sheetName: "AR", locale }
      );
      expect(read.invoices[0].amount).toBe(expected);
      // STATUS(open) is "paid" at 0 or less: 1.234 and 1234 are both owed, PENALTY tells them apart.
      expect(status([["1,234"]])).toEqual([[""]]);
      expect(penalty([["1,234"]], [[45000]], [[45365]], [[100]], [[0]])).toEqual([
        [Math.round(expected * 100) / 100],
      ]);
    }
  });

  it("refuses an ambiguous text amount in a cell with both readings", () => {
    setFunctionsLocale(localeFromLanguage("fr-FR"));
    const cell = penalty([["1.250"]], [[45000]], [[45365]], [[10]], [[0]])[0][0];
    expectValueError(cell, "amount");
    expect((cell as { message: string }).message).toContain("ambiguous");
  });

  it('accepts lateShare "40%" as its message says, and 0.4', () => {
    const withText = riskScore([[45]], [[12]], [["40%"]], [["Yes"]]);
    expect(withText).toEqual(riskScore([[45]], [[12]], [[0.4]], [["Yes"]]));
    expect(typeof withText[0][0]).toBe("number");
    setFunctionsLocale(localeFromLanguage("fr-FR"));
    expect(riskScore([[45]], [[12]], [["40 %"]])).toEqual(riskScore([[45]], [[12]], [["0,4"]]));
    expectValueError(riskScore([[45]], [[12]], [["140%"]])[0][0], "lateShare");
  });
});
