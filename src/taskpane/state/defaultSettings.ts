import type { Settings } from "../../core/types";
import { DEFAULT_LADDER } from "../../core/policy/defaultLadder";
import { DEFAULT_BUCKET_BOUNDS } from "../../core/ageing/ageBucket";
import { DEFAULT_ANNUAL_RATE_PCT, JURISDICTION_RULES } from "../../core/penalty/jurisdictions";

/**
 * Settings of a workbook that has none saved. Templates are empty: only the user's edits are
 * stored, the built-in texts come from core/reminders. The late-interest rate starts at core's
 * default (0: a market rate the user sets, never hard-coded); the fixed indemnity is the law's.
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
    currency: "EUR",
    senderName: "",
    signature: "",
    paymentInstructions: "",
    templates: {},
  };
}

/**
 * Saved settings over the defaults, field by field: a field of the wrong type (a workbook edited
 * by hand, an older version) keeps its default instead of breaking the pane.
 */
export function mergeSettings(saved: Partial<Settings> | undefined): Settings {
  const base = defaultSettings();
  if (!saved || typeof saved !== "object") return base;
  const merged: Settings = { ...base };
  const target = merged as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(saved)) {
    const fallback = (base as unknown as Record<string, unknown>)[key];
    if (fallback === undefined || value === undefined || value === null) continue;
    if (Array.isArray(fallback) ? Array.isArray(value) : typeof value === typeof fallback) {
      target[key] = value;
    }
  }
  if (merged.ladder.length === 0) merged.ladder = base.ladder;
  return merged;
}
