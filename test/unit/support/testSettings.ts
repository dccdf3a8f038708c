import type { Settings } from "../../../src/core/types";

/**
 * Settings for workbook tests: France, 12 % a year and EUR 40, buckets 30/60/90, English, no
 * ladder of its own (the adapters then use the default one). `overrides` changes any field.
 */
export function testSettings(overrides: Partial<Settings> = {}): Settings {
  return {
    jurisdiction: "FR",
    annualRatePct: 12,
    fixedFee: 40,
    ladder: [],
    minDaysBetweenContacts: 7,
    bucketBounds: [30, 60, 90],
    language: "en",
    currency: "EUR",
    senderName: "",
    signature: "",
    paymentInstructions: "",
    templates: {},
    ...overrides,
  };
}
