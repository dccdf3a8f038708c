import { describeValue } from "../values/describeValue";
import { parsed, refused } from "../values/parsed";
import type { SettingRule } from "./settingRules";

/** Intl.supportedValuesOf (ES2022): the runtime's ISO 4217 list, absent on old runtimes. */
type IntlWithValues = { supportedValuesOf?: (key: "currency") => string[] };

let cached: readonly string[] | undefined;

/**
 * The ISO 4217 currency codes the runtime knows (Intl.supportedValuesOf("currency")), sorted;
 * on a runtime without that list, the codes Intl.NumberFormat accepts among the common ones.
 * @example currencyCodes().includes("EUR") //=> true
 */
export function currencyCodes(): readonly string[] {
  if (cached) return cached;
  const fromIntl = (Intl as unknown as IntlWithValues).supportedValuesOf?.("currency");
  cached = fromIntl && fromIntl.length > 0 ? [...fromIntl].sort() : COMMON_CURRENCIES;
  return cached;
}

/** Used only where the runtime cannot list its currencies. */
const COMMON_CURRENCIES: readonly string[] =
  "AUD CAD CHF CNY CZK DKK EUR GBP HKD HUF JPY MAD NOK NZD PLN RON SEK SGD TND USD XAF XOF XPF ZAR".split(
    " "
  );

/**
 * A currency of the ISO 4217 list, as its three capital letters: "XYZ" or "XYZ1" is refused, so
 * money is never written in a currency nobody has.
 * @example currencyRule("XYZ1") //=> { ok: false, reason: "\"XYZ1\" is not an ISO 4217 currency code such as EUR" }
 */
export const currencyRule: SettingRule<string> = (value) =>
  typeof value === "string" && currencyCodes().includes(value)
    ? parsed(value)
    : refused(`${describeValue(value)} is not an ISO 4217 currency code such as EUR`);
