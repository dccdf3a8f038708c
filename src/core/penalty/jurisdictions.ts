import type { Jurisdiction, Language } from "../types";

/**
 * What the law says about late payment in each jurisdiction the add-in knows (docs/design.md §4).
 * Only the legal rules live here (the margin over the reference rate, the fixed sums): the
 * reference rate itself moves every few months, so the annual rate is always a user setting.
 */
export interface JurisdictionRules {
  jurisdiction: Jurisdiction;
  /** Currency of the fixed sums ("" when there are none). */
  currency: "EUR" | "GBP" | "";
  /** Fixed indemnity per invoice a new setting starts with (UK: by debt size, see fixedIndemnity). */
  defaultFixedFee: number;
  /** Points the law adds to the reference rate (FR 10, EU at least 8, UK 8); 0 when none. */
  marginPoints: number;
  /** The reference rate the margin is added to, named for the user. */
  referenceRate: Record<Language, string>;
  /** Where the rules come from, to quote in a reminder. */
  legalBasis: Record<Language, string>;
  /** The interest rule in one sentence. */
  interestRule: Record<Language, string>;
  /** The fixed indemnity rule in one sentence. */
  indemnityRule: Record<Language, string>;
}

/**
 * The annual rate a new setting starts with: 0, on purpose. A default pretending to be today's
 * ECB or Bank of England rate would be wrong within months; the user enters the rate in force
 * (reference rate + marginPoints, see suggestedAnnualRate).
 */
export const DEFAULT_ANNUAL_RATE_PCT = 0;

export const JURISDICTION_RULES: Readonly<Record<Jurisdiction, JurisdictionRules>> = {
  FR: {
    jurisdiction: "FR",
    currency: "EUR",
    defaultFixedFee: 40,
    marginPoints: 10,
    referenceRate: {
      fr: "taux de refinancement de la BCE",
      en: "ECB main refinancing rate",
    },
    legalBasis: {
      fr: "article L441-10 du Code de commerce ; indemnité forfaitaire : article D441-5",
      en: "Article L441-10 of the French Commercial Code; fixed indemnity: Article D441-5",
    },
    interestRule: {
      fr:
        "Sauf stipulation contraire, les pénalités de retard sont calculées au taux de " +
        "refinancement de la BCE majoré de 10 points (au moins trois fois le taux d'intérêt légal).",
      en:
        "Unless agreed otherwise, late-payment interest is the ECB main refinancing rate plus " +
        "10 percentage points (at least three times the French legal interest rate).",
    },
    indemnityRule: {
      fr: "Indemnité forfaitaire pour frais de recouvrement de 40 EUR par facture payée en retard.",
      en: "A fixed compensation for recovery costs of EUR 40 per invoice paid late.",
    },
  },
  EU: {
    jurisdiction: "EU",
    currency: "EUR",
    defaultFixedFee: 40,
    marginPoints: 8,
    referenceRate: {
      fr: "taux de refinancement de la BCE",
      en: "ECB main refinancing rate",
    },
    legalBasis: {
      fr: "directive 2011/7/UE concernant la lutte contre le retard de paiement",
      en: "Directive 2011/7/EU on combating late payment in commercial transactions",
    },
    interestRule: {
      fr: "Intérêts pour retard de paiement au taux de référence de la BCE majoré d'au moins 8 points.",
      en: "Interest for late payment at the ECB reference rate plus at least 8 percentage points.",
    },
    indemnityRule: {
      fr: "Montant forfaitaire minimal de 40 EUR par facture pour frais de recouvrement.",
      en: "A fixed sum of at least EUR 40 per invoice as compensation for recovery costs.",
    },
  },
  UK: {
    jurisdiction: "UK",
    currency: "GBP",
    defaultFixedFee: 40,
    marginPoints: 8,
    referenceRate: {
      fr: "taux de base de la Banque d'Angleterre",
      en: "Bank of England base rate",
    },
    legalBasis: {
      fr: "Late Payment of Commercial Debts (Interest) Act 1998",
      en: "Late Payment of Commercial Debts (Interest) Act 1998",
    },
    interestRule: {
      fr: "Intérêts légaux au taux de base de la Banque d'Angleterre majoré de 8 points.",
      en: "Statutory interest at 8% above the Bank of England base rate.",
    },
    indemnityRule: {
      fr:
        "Indemnité fixe de 40 GBP (dette de moins de 1 000 GBP), 70 GBP (moins de 10 000 GBP) " +
        "ou 100 GBP (10 000 GBP et plus).",
      en:
        "Fixed compensation of GBP 40 (debts under GBP 1,000), GBP 70 (under GBP 10,000) or " +
        "GBP 100 (GBP 10,000 and above).",
    },
  },
  none: {
    jurisdiction: "none",
    currency: "",
    defaultFixedFee: 0,
    marginPoints: 0,
    referenceRate: { fr: "", en: "" },
    legalBasis: { fr: "", en: "" },
    interestRule: {
      fr: "Intérêts de retard au taux convenu.",
      en: "Late-payment interest at the agreed rate.",
    },
    indemnityRule: { fr: "", en: "" },
  },
};

/**
 * The rules of a jurisdiction.
 * @example jurisdictionRules("FR").defaultFixedFee //=> 40
 */
export function jurisdictionRules(jurisdiction: Jurisdiction): JurisdictionRules {
  return JURISDICTION_RULES[jurisdiction];
}

/**
 * The statutory annual rate for a reference rate the user enters: reference + the legal margin.
 * @example suggestedAnnualRate(4.5, "FR") //=> 14.5
 */
export function suggestedAnnualRate(referenceRatePct: number, jurisdiction: Jurisdiction): number {
  return Math.round((referenceRatePct + JURISDICTION_RULES[jurisdiction].marginPoints) * 1e6) / 1e6;
}
