import { parseLanguage } from "../../../../src/core/sheet/parseLanguage";

describe("parseLanguage", () => {
  it("reads French however the language column says it", () => {
    for (const cell of [
      "fr",
      "FR",
      "fr-FR",
      "FR-fr",
      "fr_CA",
      "fra",
      "FRE",
      "French",
      "Français",
      "francais",
      " fr ",
    ])
      expect(parseLanguage(cell)).toEqual({ ok: true, value: "fr" });
  });

  it("reads English however the language column says it", () => {
    for (const cell of [
      "en",
      "EN",
      "en-GB",
      "en_US",
      "eng",
      "English",
      "Anglais",
      "ANG",
      "UK",
      "us",
      "GB",
    ])
      expect(parseLanguage(cell)).toEqual({ ok: true, value: "en" });
  });

  it("refuses another language, naming the cell's text", () => {
    expect(parseLanguage("de-DE")).toEqual({
      ok: false,
      reason: '"de-DE" is not a language the add-in writes in (French or English)',
    });
    expect(parseLanguage("Español")).toEqual({
      ok: false,
      reason: '"Español" is not a language the add-in writes in (French or English)',
    });
  });

  it("refuses a text that only contains a language name", () => {
    expect(parseLanguage("French (France)").ok).toBe(false);
    expect(parseLanguage("fr/en").ok).toBe(false);
    expect(parseLanguage("france").ok).toBe(false);
  });

  it("refuses empty and non-text cells with a clear reason", () => {
    expect(parseLanguage("")).toEqual({
      ok: false,
      reason: '"" is not a language the add-in writes in (French or English)',
    });
    expect(parseLanguage(undefined)).toEqual({
      ok: false,
      reason: "an empty value is not a language the add-in writes in (French or English)",
    });
    expect(parseLanguage(null)).toEqual({
      ok: false,
      reason: "null is not a language the add-in writes in (French or English)",
    });
    expect(parseLanguage(33)).toEqual({
      ok: false,
      reason: "33 is not a language the add-in writes in (French or English)",
    });
  });
});
