import { normalizeHeader } from "../../../../src/core/sheet/normalizeHeader";
import { headerScore, matchColumns } from "../../../../src/core/sheet/matchColumns";

const keysOf = (headers: string[]) =>
  Object.fromEntries(matchColumns(headers).map((m) => [m.header, m.key]));

describe("normalizeHeader", () => {
  it("ignores case, accents, spaces and punctuation", () => {
    expect(normalizeHeader("Date d'échéance")).toBe("datedecheance");
    expect(normalizeHeader("  N° pièce ")).toBe("npiece");
    expect(normalizeHeader("E-MAIL")).toBe("email");
    expect(normalizeHeader(null)).toBe("");
  });
});

describe("matchColumns", () => {
  it("maps the French and English synonyms of every column", () => {
    expect(
      keysOf([
        "Raison sociale",
        "N° pièce",
        "Date facture",
        "Date d'échéance",
        "Montant TTC",
        "Montant payé",
        "Date de règlement",
        "Reste dû",
        "Courriel",
        "Litige",
        "Promesse",
        "Encours autorisé",
        "Dernière relance",
        "Niveau",
        "Langue",
      ])
    ).toEqual({
      "Raison sociale": "customer",
      "N° pièce": "invoiceNumber",
      "Date facture": "invoiceDate",
      "Date d'échéance": "dueDate",
      "Montant TTC": "amount",
      "Montant payé": "paid",
      "Date de règlement": "paidDate",
      "Reste dû": "open",
      Courriel: "email",
      Litige: "disputed",
      Promesse: "promiseDate",
      "Encours autorisé": "creditLimit",
      "Dernière relance": "lastReminder",
      Niveau: "lastLevel",
      Langue: "language",
    });
  });

  it("gives a partial match a lower confidence, and the exact one wins", () => {
    const matches = matchColumns(["Customer ref", "Amount (EUR)", "Due date"]);
    expect(matches.map((m) => [m.key, m.confidence])).toEqual([
      ["customer", expect.closeTo(0.79, 2)],
      ["amount", expect.closeTo(0.77, 2)],
      ["dueDate", 1],
    ]);
    expect(keysOf(["Client", "Client email"])).toEqual({
      Client: "customer",
      "Client email": "email",
    });
  });

  it("does not read a synonym buried inside a header", () => {
    expect(keysOf(["Days overdue"])).toEqual({});
  });

  it("applies the user's mapping first; an empty text unmaps a key", () => {
    const matches = matchColumns(["Who", "Customer", "Due"], {
      mapping: { customer: "WHO", dueDate: "due", email: "" },
    });
    expect(matches.map((m) => [m.header, m.key, m.confidence])).toEqual([
      ["Who", "customer", 1],
      ["Due", "dueDate", 1],
    ]);
  });

  it("scores header rows above data rows", () => {
    expect(headerScore(["Client", "Facture", "Échéance"])).toBe(3);
    expect(headerScore(["ACME", "F-1", 45352])).toBe(0);
  });
});
