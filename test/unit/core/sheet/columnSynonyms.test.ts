import {
  COLUMN_KEYS,
  COLUMN_SYNONYMS,
  REQUIRED_COLUMNS,
} from "../../../../src/core/sheet/columnSynonyms";
import { normalizeHeader } from "../../../../src/core/sheet/normalizeHeader";

describe("COLUMN_SYNONYMS", () => {
  it("lists every column key, the required ones among them", () => {
    expect(Object.keys(COLUMN_SYNONYMS)).toEqual(COLUMN_KEYS);
    expect(COLUMN_KEYS).toHaveLength(15);
    expect(REQUIRED_COLUMNS).toEqual(["customer", "invoiceNumber", "dueDate"]);
    for (const key of REQUIRED_COLUMNS) expect(COLUMN_KEYS).toContain(key);
  });

  it("keeps the synonyms normalized, each once, none empty", () => {
    for (const key of COLUMN_KEYS) {
      const list = COLUMN_SYNONYMS[key];
      expect(list.length).toBeGreaterThan(0);
      expect(list.every((synonym) => synonym !== "" && normalizeHeader(synonym) === synonym)).toBe(
        true
      );
      expect(new Set(list).size).toBe(list.length);
    }
    // "Date d'échéance", "date échéance" and "DueDate" all end up normalized.
    expect(COLUMN_SYNONYMS.dueDate).toEqual(
      expect.arrayContaining(["datedecheance", "dateecheance", "duedate", "echeance"])
    );
  });

  it("gives no synonym to two columns, so a header names one column at most", () => {
    const owner = new Map<string, string>();
    const shared: string[] = [];
    for (const key of COLUMN_KEYS)
      for (const synonym of COLUMN_SYNONYMS[key]) {
        if (owner.has(synonym)) shared.push(`${synonym}: ${owner.get(synonym)} and ${key}`);
        owner.set(synonym, key);
      }
    expect(shared).toEqual([]);
  });

  it("lists the longer synonym that must beat a shorter one in a partial match", () => {
    expect(COLUMN_SYNONYMS.paid).toContain("montantpaye");
    expect(COLUMN_SYNONYMS.amount).toContain("montant");
    expect(COLUMN_SYNONYMS.paidDate).toContain("paiddate");
  });
});
