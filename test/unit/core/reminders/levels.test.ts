import { draftReminders } from "../../../../src/core/reminders";
import type { Language } from "../../../../src/core/types";
import { AS_OF, DAYS_FOR_LEVEL, invoice, settings } from "./fixtures";

/** Intl's spaces: narrow no-break space between thousands (fr), no-break space before €. */
const NNBSP = "\u202f";
const NBSP = "\u00a0";

const money: Record<Language, Record<string, string>> = {
  fr: {
    a: `1${NNBSP}234,56${NBSP}€`,
    b: `5${NNBSP}000,00${NBSP}€`,
    total: `6${NNBSP}234,56${NBSP}€`,
  },
  en: { a: "€1,234.56", b: "€5,000.00", total: "€6,234.56" },
};

function draftAt(level: number, language: Language) {
  const days = DAYS_FOR_LEVEL[level];
  const invoices = [
    invoice({ invoiceNumber: "F-2024-001", amount: 1234.56, daysLate: days, language }),
    invoice({ invoiceNumber: "F-2024-002", amount: 5000, daysLate: days - 2, language }),
  ];
  const result = draftReminders(invoices, {
    asOf: AS_OF,
    settings: settings(),
    fallbackLanguage: "en",
  });
  expect(result.excluded).toEqual([]);
  expect(result.drafts).toHaveLength(1);
  return result.drafts[0];
}

describe.each([0, 1, 2, 3, 4, 5])("level %i", (level) => {
  describe.each(["fr", "en"] as const)("in %s", (language) => {
    const draft = draftAt(level, language);

    it("is written at that level, in that language", () => {
      expect(draft.level).toBe(level);
      expect(draft.language).toBe(language);
      expect(draft.html).toContain(`<html lang="${language}">`);
    });

    it("states every invoice number, amount and the total, formatted for the language", () => {
      for (const body of [draft.text, draft.html]) {
        expect(body).toContain("F-2024-001");
        expect(body).toContain("F-2024-002");
        expect(body).toContain(money[language].a);
        expect(body).toContain(money[language].b);
        expect(body).toContain(money[language].total);
      }
      expect(draft.subject).toContain("F-2024-001, F-2024-002");
      expect(draft.total).toBe(6234.56);
    });

    it("gives the due dates in words and the payment instructions", () => {
      const due = language === "fr" ? "8 mars 2024" : "8 March 2024";
      if (level === 0) expect(draft.text).toContain(due);
      expect(draft.text).toContain("IBAN FR76 3000 6000 0112 3456 7890 189");
      expect(draft.text).toContain("Jeanne Martin\nService clients\nACME SAS");
    });

    it("says what happens next, up to the formal notice", () => {
      const phrase =
        language === "fr" ? "À défaut de règlement d’ici le" : "If we have not received payment by";
      if (level >= 1 && level <= 3) expect(draft.text).toContain(phrase);
      if (level === 5) {
        expect(draft.next).toBeUndefined();
        expect(draft.text).not.toContain(phrase);
      } else {
        expect(draft.next?.level).toBe(level + 1);
      }
    });

    it("states the late-payment penalties from reminder 2 on only", () => {
      if (level >= 2) {
        expect(draft.penalties).toBeDefined();
        expect(draft.text).toContain("L441-10");
        expect(draft.text).toContain("D441-5");
        expect(draft.text).toContain(language === "fr" ? `2 × 40,00${NBSP}€` : "2 × €40.00");
        expect(draft.text).toContain(language === "fr" ? `12,15${NNBSP}%` : "12.15%");
      } else {
        expect(draft.penalties).toBeUndefined();
        expect(draft.text).not.toContain("L441-10");
      }
    });

    it("has a self-contained HTML body: no script, image, remote link or style sheet", () => {
      expect(draft.html).not.toMatch(
        /<script|<img|<link|<iframe|<object|src=|href=|url\(|https?:/i
      );
      expect(draft.html).toMatch(/^<!DOCTYPE html>/);
      expect(draft.html).toContain('<meta charset="utf-8">');
    });
  });
});

describe("the wording of each level", () => {
  it("level 0 is a friendly word before the due date", () => {
    expect(draftAt(0, "en").subject).toMatch(/^Friendly reminder/);
    expect(draftAt(0, "fr").subject).toMatch(/^Rappel amical/);
    expect(draftAt(0, "en").text).toContain("fall due shortly");
  });

  it("reminder 1 is courteous, reminder 2 firm", () => {
    expect(draftAt(1, "en").text).toContain("at your earliest convenience");
    expect(draftAt(1, "fr").text).toContain("dans les meilleurs délais");
    expect(draftAt(2, "en").subject).toMatch(/^Second reminder/);
    expect(draftAt(2, "fr").subject).toMatch(/^Deuxième relance/);
    expect(draftAt(2, "fr").text).toContain("sans plus tarder");
  });

  it("the phone level has a call script and a follow-up email", () => {
    for (const language of ["fr", "en"] as const) {
      const draft = draftAt(3, language);
      expect(draft.kind).toBe("call");
      const script = draft.callScript as string;
      expect(script).toContain(
        language === "fr" ? "Script d’appel : Dupont SA" : "Call script: Dupont SA"
      );
      expect(script).toContain("F-2024-001");
      expect(script).toContain("F-2024-002");
      expect(script).toContain(money[language].total);
      expect(script).toContain(language === "fr" ? "Obtenir un engagement" : "Obtain a commitment");
      // No call is recorded: the email never claims one.
      expect(draft.text).not.toMatch(/appel téléphonique|entretien téléphonique|telephone call/);
    }
    expect(draftAt(2, "en").callScript).toBeUndefined();
  });

  it("the French call script and subject read right for one invoice: « d’une facture », capital first", () => {
    const days = DAYS_FOR_LEVEL[3];
    const draft = draftReminders(
      [invoice({ invoiceNumber: "F-2024-001", amount: 100, daysLate: days, language: "fr" })],
      { asOf: AS_OF, settings: settings(), fallbackLanguage: "en" }
    ).drafts[0];
    expect(draft.callScript).toContain("au sujet d’une facture échue");
    expect(draft.callScript).not.toContain("de une");
    expect(draft.subject).toMatch(/^Facture F-2024-001 impayée/);
  });

  it("the formal notice says so, gives a deadline 8 days on and says it goes by registered letter", () => {
    const fr = draftAt(4, "fr");
    expect(fr.deadline).toBe(AS_OF + 8);
    expect(fr.text).toContain("mise en demeure");
    expect(fr.text).toContain("MISE EN DEMEURE DE PAYER");
    expect(fr.text).toContain("au plus tard le 13 mars 2024");
    expect(fr.text).toContain("lettre recommandée avec accusé de réception");
    // Subject and body name the same day in the same words.
    expect(fr.subject).toContain("au plus tard le 13 mars 2024");
    expect(fr.subject).not.toContain("avant le");
    expect(fr.html).toContain("<strong>MISE EN DEMEURE DE PAYER</strong>");

    const en = draftAt(4, "en");
    expect(en.text).toContain("formal notice");
    expect(en.text).toContain("by 13 March 2024 at the latest");
    expect(en.text).toContain("registered letter");
  });

  it("the last level announces the agency or court proceedings", () => {
    expect(draftAt(5, "fr").text).toContain("injonction de payer");
    expect(draftAt(5, "en").text).toContain("court proceedings");
    expect(draftAt(5, "en").ladderLevel.channel).toBe("agency");
  });

  it("the formal notice claims the principal plus the penalties", () => {
    const draft = draftAt(4, "en");
    const claimed = draft.total + (draft.penalties?.total ?? 0);
    const shown = new Intl.NumberFormat("en-GB", { style: "currency", currency: "EUR" }).format(
      claimed
    );
    expect(draft.text).toContain(`We hereby give you formal notice to pay the sum of ${shown}`);
  });
});
