import type { Settings } from "../types";
import { DEFAULT_HOLD_DAY } from "../account/creditHold";
import { DEFAULT_LADDER } from "../policy/defaultLadder";
import { DEFAULT_BUCKET_BOUNDS } from "../ageing/ageBucket";
import { DEFAULT_ANNUAL_RATE_PCT, JURISDICTION_RULES } from "../penalty/jurisdictions";

/**
 * Settings of a workbook that has none saved, and the value a saved setting that fails its rule
 * (settingsSchema) falls back to. Templates are empty: only the user's edits are stored, the
 * built-in texts come from core/reminders. The late-interest rate starts at core's default (0: a
 * market rate the user sets, never hard-coded); the fixed indemnity is the law's.
 * @example defaultSettings().currency //=> "EUR"; defaultSettings().templates //=> {}
 */
export function defaultSettings(): Settings {
  return {
    jurisdiction: "FR",
    annualRatePct: DEFAULT_ANNUAL_RATE_PCT,
    fixedFee: JURISDICTION_RULES.FR.defaultFixedFee,
    ladder: DEFAULT_LADDER.map((level) => ({ ...level })),
    minDaysBetweenContacts: 7,
    bucketBounds: [...DEFAULT_BUCKET_BOUNDS],
    language: "auto",
    workbookLanguage: "auto",
    currency: "EUR",
    senderName: "",
    signature: "",
    paymentInstructions: "",
    templates: {},
    holdDay: DEFAULT_HOLD_DAY,
    iban: "",
    bic: "",
    lateRates: [],
    consumers: [],
  };
}
