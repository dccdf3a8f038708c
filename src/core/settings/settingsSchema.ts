import { invalidBoundsReason } from "../ageing/ageBucket";
import { dayFromYmd } from "../dates/calendar";
import type { Jurisdiction, LateRate, Settings } from "../types";
import { describeValue } from "../values/describeValue";
import { parsed, refused } from "../values/parsed";
import { compactIban, ibanProblem, isBic } from "../payment/iban";
import { currencyRule } from "./currencyRule";
import { ladderRule } from "./ladderRule";
import { isRecord, listOf, numberIn, oneOf, textUpTo, type SettingRule } from "./settingRules";

/** The longest text a cell holds: a template or a signature longer than that cannot be written. */
const MAX_TEXT = 32767;

/** Upper bounds of the ageing buckets: 1 to 12 whole days of 1 to 3650, increasing. */
const bucketBoundsRule: SettingRule<number[]> = listOf(
  numberIn(1, 3650, true),
  12,
  invalidBoundsReason
);

/** The user's template texts, by template key: every entry a text. */
const templatesRule: SettingRule<Record<string, string>> = (value) => {
  if (!isRecord(value)) return refused(`${describeValue(value)} is not a set of templates`);
  const out: Record<string, string> = {};
  for (const [key, text] of Object.entries(value)) {
    if (typeof text !== "string" || text.length > MAX_TEXT)
      return refused(`template ${key}: ${describeValue(text)} is not a text`);
    out[key] = text;
  }
  return parsed(out);
};

/** A rate table row: a real day written yyyy-mm-dd and a rate of 0 to 100 % a year. */
const lateRateRule: SettingRule<LateRate> = (value) => {
  if (!isRecord(value)) return refused(`${describeValue(value)} is not a rate and its start`);
  const from = value.from;
  const match = typeof from === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(from) : null;
  if (!match || dayFromYmd(Number(match[1]), Number(match[2]), Number(match[3])) === undefined)
    return refused(`${describeValue(from)} is not a day written yyyy-mm-dd`);
  const rate = numberIn(0, 100)(value.ratePct);
  if (!rate.ok) return refused(`rate from ${String(from)}: ${rate.reason}`);
  return parsed({ from: String(from), ratePct: rate.value });
};

/** Up to 60 periods, each starting after the one before (yyyy-mm-dd sorts as days do). */
const lateRatesRule = listOf(lateRateRule, 60, (rates) =>
  rates.some((rate, i) => i > 0 && rate.from <= rates[i - 1].from)
    ? "the periods must start on increasing days"
    : undefined
);

/**
 * Every setting and the rule its saved value must pass, checked by the compiler: a field added
 * to `Settings` needs its rule here (and its default in defaultSettings, its name in the pane's
 * `settingNames`), or the build fails. Ranges are what the domain can compute with, wide enough
 * for any real use: a rate of 100 % a year, a fee of 1,000,000, a contact gap of a year.
 */
export const SETTINGS_SCHEMA: { [K in keyof Settings]-?: SettingRule<Settings[K]> } = {
  jurisdiction: oneOf<Jurisdiction>(["FR", "EU", "UK", "none"]),
  annualRatePct: numberIn(0, 100),
  fixedFee: numberIn(0, 1_000_000),
  ladder: ladderRule,
  minDaysBetweenContacts: numberIn(0, 365, true),
  bucketBounds: bucketBoundsRule,
  language: oneOf<Settings["language"]>(["auto", "fr", "en"]),
  workbookLanguage: oneOf<NonNullable<Settings["workbookLanguage"]>>(["auto", "fr", "en"]),
  // Intl.NumberFormat throws on a malformed currency code; a well-formed unknown one means nothing.
  currency: currencyRule,
  senderName: textUpTo(255),
  signature: textUpTo(MAX_TEXT),
  paymentInstructions: textUpTo(MAX_TEXT),
  templates: templatesRule,
  holdDay: numberIn(0, 3650, true),
  iban: (value) => {
    if (value === "") return parsed("");
    if (typeof value !== "string") return refused(`${describeValue(value)} is not an IBAN`);
    const problem = ibanProblem(value);
    return problem === undefined
      ? parsed(compactIban(value))
      : refused(
          `${describeValue(value)} is not a valid IBAN (${problem === "format" ? "country, check digits and account" : "its check digits do not match"})`
        );
  },
  bic: (value) =>
    value === "" || (typeof value === "string" && isBic(value))
      ? parsed(typeof value === "string" ? value.replace(/\s+/g, "").toUpperCase() : "")
      : refused(`${describeValue(value)} is not a BIC (8 or 11 letters and digits)`),
  lateRates: lateRatesRule,
  consumers: listOf(textUpTo(255), 100_000),
};
