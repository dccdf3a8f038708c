import {
  DEFAULT_ANNUAL_RATE_PCT,
  JURISDICTION_RULES,
  jurisdictionRules,
  suggestedAnnualRate,
} from "../../../../src/core/penalty/jurisdictions";

describe("jurisdiction rules", () => {
  it("cites the French rules", () => {
    const fr = jurisdictionRules("FR");
    expect(fr.legalBasis.fr).toContain("L441-10");
    expect(fr.legalBasis.fr).toContain("D441-5");
    expect(fr.legalBasis.en).toContain("L441-10");
    expect(fr.interestRule.fr).toContain("10 points");
    expect(fr.marginPoints).toBe(10);
    expect(fr.currency).toBe("EUR");
    expect(fr.defaultFixedFee).toBe(40);
  });

  it("cites the EU directive and the UK Act", () => {
    expect(jurisdictionRules("EU").legalBasis.en).toContain("2011/7/EU");
    expect(jurisdictionRules("EU").legalBasis.fr).toContain("2011/7/UE");
    expect(jurisdictionRules("EU").marginPoints).toBe(8);
    const uk = jurisdictionRules("UK");
    expect(uk.legalBasis.en).toContain("Late Payment of Commercial Debts (Interest) Act 1998");
    expect(uk.currency).toBe("GBP");
    expect(uk.indemnityRule.en).toContain("GBP 40");
    expect(uk.indemnityRule.en).toContain("GBP 100");
    expect(jurisdictionRules("none").defaultFixedFee).toBe(0);
  });

  it("has French and English text for every jurisdiction that has rules", () => {
    for (const rules of Object.values(JURISDICTION_RULES)) {
      if (rules.jurisdiction === "none") continue;
      for (const text of [
        rules.legalBasis,
        rules.interestRule,
        rules.indemnityRule,
        rules.referenceRate,
      ]) {
        expect(text.fr.length).toBeGreaterThan(10);
        expect(text.en.length).toBeGreaterThan(10);
      }
    }
  });

  it("never pretends to know today's market rate", () => {
    expect(DEFAULT_ANNUAL_RATE_PCT).toBe(0);
    expect(suggestedAnnualRate(2.15, "FR")).toBe(12.15);
    expect(suggestedAnnualRate(4.5, "UK")).toBe(12.5);
    expect(suggestedAnnualRate(3, "none")).toBe(3);
  });
});
