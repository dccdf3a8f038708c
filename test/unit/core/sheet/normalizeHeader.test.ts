import { normalizeHeader } from "../../../../src/core/sheet/normalizeHeader";

describe("normalizeHeader", () => {
  it("reduces the French due-date header however it is typed", () => {
    for (const header of [
      "Date d'échéance",
      "DATE D ECHEANCE",
      "date_d_echeance",
      "  Date d’échéance  ",
      "Date-d'Échéance",
    ])
      expect(normalizeHeader(header)).toBe("datedecheance");
  });

  it("drops accents, including capitals and the ligatures œ and æ", () => {
    expect(normalizeHeader("N° pièce")).toBe("npiece");
    expect(normalizeHeader("Montant réglé")).toBe("montantregle");
    expect(normalizeHeader("ÉCHÉANCE")).toBe("echeance");
    expect(normalizeHeader("Çà et là")).toBe("caetla");
    expect(normalizeHeader("Cœur de cible")).toBe("coeurdecible");
    expect(normalizeHeader("CŒUR")).toBe("coeur");
    expect(normalizeHeader("Æther")).toBe("aether");
  });

  it("drops punctuation and spaces of every kind, keeping digits", () => {
    expect(normalizeHeader("Invoice #")).toBe("invoice");
    expect(normalizeHeader("E-mail")).toBe("email");
    expect(normalizeHeader("Montant (TTC) €")).toBe("montantttc");
    expect(normalizeHeader("Relance\u00a0n°2")).toBe("relancen2");
    expect(normalizeHeader("Days 1-30")).toBe("days130");
    expect(normalizeHeader("Amount\tdue\r\n")).toBe("amountdue");
  });

  it("gives an empty text for a blank header or one of punctuation only", () => {
    expect(normalizeHeader("")).toBe("");
    expect(normalizeHeader("   ")).toBe("");
    expect(normalizeHeader("—/#")).toBe("");
    expect(normalizeHeader(null)).toBe("");
    expect(normalizeHeader(undefined)).toBe("");
  });

  it("reads a number or a boolean header as its text", () => {
    expect(normalizeHeader(2024)).toBe("2024");
    expect(normalizeHeader(0)).toBe("0");
    expect(normalizeHeader(-1.5)).toBe("15");
    expect(normalizeHeader(true)).toBe("true");
  });

  it("keeps no letter outside a-z: a header in another script reduces to nothing", () => {
    expect(normalizeHeader("Клиент")).toBe("");
    expect(normalizeHeader("客户 ID")).toBe("id");
  });
});
