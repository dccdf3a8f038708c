import { ageBucket, nextAction, riskClass, status } from "../../../src/functions/functions";
import { column, day, expectValueError } from "./cells";

/** A function called as Excel calls it: each argument a grid, a left-out one null. */
const call = (fn: (...a: any[][][]) => unknown[][], ...args: unknown[]): unknown =>
  fn(
    ...(args.map((a) =>
      a === undefined || a === null ? null : Array.isArray(a) ? a : [[a]]
    ) as any[][][])
  )[0][0];

const AS_OF = day(2024, 3, 31);

describe("the language argument of the functions that write words", () => {
  it("keeps English when left out, blank or en: the contract of formulas users type", () => {
    for (const language of [undefined, "", "en", "English"]) {
      expect(call(ageBucket, day(2024, 4, 10), AS_OF, null, language)).toBe("Current");
      expect(call(riskClass, 40, language)).toBe("Medium");
      expect(call(status, 100, "Yes", null, AS_OF, language)).toBe("disputed");
      expect(call(nextAction, 20, null, null, null, null, null, language)).toBe("Reminder 2");
    }
  });

  it.each([
    {
      words: "bucket",
      got: () => call(ageBucket, day(2024, 4, 10), AS_OF, null, "fr"),
      fr: "Non échu",
    },
    {
      words: "aged bucket",
      got: () => call(ageBucket, day(2024, 1, 1), AS_OF, null, "fr"),
      fr: "61-90",
    },
    { words: "risk class", got: () => call(riskClass, 60, "fr"), fr: "Élevé" },
    { words: "paid", got: () => call(status, 0, null, null, AS_OF, "fr"), fr: "payée" },
    { words: "disputed", got: () => call(status, 10, "Oui", null, AS_OF, "fr"), fr: "litige" },
    {
      words: "broken promise",
      got: () => call(status, 10, null, day(2024, 3, 1), AS_OF, "fr"),
      fr: "promesse non tenue",
    },
    {
      words: "ladder level",
      got: () => call(nextAction, 20, null, null, null, null, null, "fr"),
      fr: "Relance 2",
    },
    {
      words: "none",
      got: () => call(nextAction, -20, null, null, null, null, null, "fr"),
      fr: "Aucune",
    },
    {
      words: "dispute",
      got: () => call(nextAction, 20, null, null, null, "litige", null, "fr"),
      fr: "Résoudre le litige",
    },
    {
      words: "promise",
      got: () => call(nextAction, 20, null, null, null, "promesse", null, "fr"),
      fr: "Attendre le paiement promis",
    },
    {
      words: "wait for the next level",
      got: () => call(nextAction, 20, null, 2, 30, null, null, "fr"),
      fr: "Attendre : Appel téléphonique à partir du jour 30",
    },
    {
      words: "wait one day",
      got: () => call(nextAction, 20, null, null, 6, null, null, "fr"),
      fr: "Attendre : Relance 2 dans 1 jour",
    },
    {
      words: "wait some days",
      got: () => call(nextAction, 20, null, null, 3, null, null, "fr"),
      fr: "Attendre : Relance 2 dans 4 jours",
    },
  ])("writes the $words in French with fr", ({ got, fr }) => expect(got()).toBe(fr));

  it("reads the French status words it writes, so a French Status column feeds NEXTACTION", () => {
    expect(call(nextAction, 20, null, null, null, "payée", null, "fr")).toBe("Aucune");
    expect(call(nextAction, 20, null, null, null, "promesse non tenue")).toMatch(
      /^Phone call|^Reminder 2/
    );
  });

  it("keeps a user's own ladder names as typed", () => {
    const policy = [[1, "Appel du commercial"]];
    expect(call(nextAction, 5, null, null, null, null, policy, "fr")).toBe("Appel du commercial");
  });

  it("refuses a language it does not write, and a range, naming the argument", () => {
    expectValueError(call(riskClass, 40, "de"), "language");
    expectValueError(
      (riskClass as (...a: unknown[]) => unknown[][])([[40]], column("fr", "en"))[0][0],
      "language"
    );
  });
});
