import { fr as planLetters } from "../../../src/core/account/planTemplates/fr";
import { fr as reminderLetters } from "../../../src/core/reminders/templates/fr";

/** Every text of a letter table: "kind.field" -> text. */
const textsOf = (table: Record<string, Record<string, unknown>>): [string, string][] =>
  Object.entries(table).flatMap(([kind, template]) =>
    Object.entries(template)
      .filter(([, text]) => typeof text === "string")
      .map(([field, text]): [string, string] => [`${kind}.${field}`, text as string])
  );

describe("French letters to debtors", () => {
  it.each([
    ["reminder letters", reminderLetters],
    ["payment-plan letters", planLetters],
  ] as const)(
    "%s use the typographic apostrophe (d’échéancier), never the typewriter one",
    (_name, table) => {
      const texts = textsOf(table as unknown as Record<string, Record<string, unknown>>);
      expect(texts.length).toBeGreaterThan(1);
      const typewriter = texts
        .filter(([, text]) => /\p{L}'\p{L}/u.test(text))
        .map(([where]) => where);
      expect(typewriter).toEqual([]);
    }
  );
});
