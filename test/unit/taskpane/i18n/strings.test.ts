import { en } from "../../../../src/taskpane/i18n/en";
import { fr } from "../../../../src/taskpane/i18n/fr";
import { resolveLanguage, resolveLocale } from "../../../../src/taskpane/i18n/resolveLanguage";

/** Every leaf of a strings object: "a.b.c" -> value. */
function leaves(value: unknown, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      for (const [path, leaf] of leaves(child, prefix ? `${prefix}.${key}` : key))
        out.set(path, leaf);
    }
  } else out.set(prefix, value);
  return out;
}

describe("pane strings", () => {
  const english = leaves(en);
  const french = leaves(fr);

  it("have the same keys in French and English", () => {
    expect([...french.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("are never empty, and texts with values give text in both languages", () => {
    for (const [path, value] of [...english, ...french]) {
      if (typeof value === "function") {
        const text = (value as (...args: unknown[]) => unknown)(
          ...Array.from({ length: value.length }, (_v, i) =>
            path.startsWith("reasons") ? { a: i } : 3
          )
        );
        expect(typeof text).toBe("string");
        expect((text as string).length).toBeGreaterThan(0);
      } else {
        expect(typeof value).toBe("string");
        expect((value as string).trim()).not.toBe("");
      }
    }
  });

  it("differ between the languages where words are shown", () => {
    expect(fr.tabs.overview).not.toBe(en.tabs.overview);
    expect(fr.mapping.analyse).toBe("Analyser");
    expect(fr.selection.factorLine(30, "paie en moyenne 28 jours en retard")).toBe(
      "+30 : paie en moyenne 28 jours en retard"
    );
    expect(en.selection.factorLine(30, "pays 28 days late on average")).toBe(
      "+30: pays 28 days late on average"
    );
  });

  it("in French use the typographic apostrophe (aujourd’hui, l’échéancier), never the typewriter one", () => {
    const typewriter = [...french]
      .map(([path, value]) => [path, typeof value === "function" ? value(3, 3, 3) : value])
      .filter(([, text]) => /\p{L}'\p{L}/u.test(String(text)))
      .map(([path, text]) => `${path}: ${text}`);
    expect(typewriter).toEqual([]);
  });

  it("use singular and plural", () => {
    expect(en.selection.count(1)).toBe("1 invoice selected");
    expect(en.selection.count(3)).toBe("3 invoices selected");
    expect(fr.done.recorded(2)).toContain("2 relances enregistrées");
  });
});

describe("resolveLanguage", () => {
  it("follows the host unless the settings choose", () => {
    expect(resolveLanguage("auto", "fr-FR")).toBe("fr");
    expect(resolveLanguage("auto", "fr-CA")).toBe("fr");
    expect(resolveLanguage("auto", "en-GB")).toBe("en");
    expect(resolveLanguage("auto", "de-DE")).toBe("en");
    expect(resolveLanguage(undefined, "FR")).toBe("fr");
    expect(resolveLanguage("en", "fr-FR")).toBe("en");
    expect(resolveLanguage("fr", "en-US")).toBe("fr");
  });

  it("keeps the host's locale when it speaks the pane's language", () => {
    expect(resolveLocale("fr", "fr-BE")).toBe("fr-BE");
    expect(resolveLocale("fr", "en-GB")).toBe("fr-FR");
    expect(resolveLocale("en", "en-GB")).toBe("en-GB");
    expect(resolveLocale("en", "de-DE")).toBe("en-US");
    expect(resolveLocale("en", "")).toBe("en-US");
  });
});
