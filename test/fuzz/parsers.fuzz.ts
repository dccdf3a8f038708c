import fc from "fast-check";
import { localeFromLanguage } from "../../src/core/locale/localeFromLanguage";
import { parseDate } from "../../src/core/dates/parseDate";
import { parseAmount } from "../../src/core/values/parseAmount";
import { parseBoolean } from "../../src/core/values/parseBoolean";
import { implementations } from "../../src/functions/registry";
import { fuzzProperty } from "./fuzzProperty";

/**
 * Whatever a user types, the parsers and the CREDIT.* functions answer (a value or a reason);
 * they never throw. Texts mix the characters amounts and dates are made of with any Unicode.
 */

const NUMBERISH = [..."0123456789.,'’ -+()/€$£%eE:TtZ\u00a0\u202f"];
const cellText = fc.oneof(
  fc.string({ unit: fc.constantFrom(...NUMBERISH), maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 20 })
);
const cell = fc.oneof(
  cellText,
  fc.double(),
  fc.integer({ min: -3_000_000, max: 3_000_000 }),
  fc.boolean(),
  fc.constant(null)
);

const answers = (result: { ok: boolean; reason?: string }): boolean =>
  result.ok || (typeof result.reason === "string" && result.reason.length > 0);

export const properties = [
  fuzzProperty(
    "parseAmount answers any cell",
    20000,
    fc.property(cell, fc.constantFrom("en-US", "fr-FR", "de-CH", ""), (value, language) =>
      answers(parseAmount(value, localeFromLanguage(language)))
    )
  ),
  fuzzProperty(
    "parseDate answers any cell in both orders",
    20000,
    fc.property(
      cell,
      (value) => answers(parseDate(value, "dmy")) && answers(parseDate(value, "mdy"))
    )
  ),
  fuzzProperty(
    "parseBoolean answers any cell",
    5000,
    fc.property(cell, (value) => answers(parseBoolean(value)))
  ),
  fuzzProperty(
    "every CREDIT function answers any cells without throwing",
    5000,
    fc.property(
      fc.constantFrom(...Object.keys(implementations)),
      fc.array(
        fc.oneof(
          cell,
          fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 })
        ),
        { maxLength: 6 }
      ),
      (name, args) => Array.isArray(implementations[name](...args))
    )
  ),
];
