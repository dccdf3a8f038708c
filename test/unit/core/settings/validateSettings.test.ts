import { DEFAULT_LADDER } from "../../../../src/core/policy/defaultLadder";
import { draftReminders } from "../../../../src/core/reminders/draftReminders";
import { defaultSettings } from "../../../../src/core/settings/defaultSettings";
import { settingsProblems, validateSettings } from "../../../../src/core/settings/validateSettings";
import type { Settings } from "../../../../src/core/types";
import { computePortfolio } from "../../../../src/taskpane/state/portfolio";
import { invoiceBuilder } from "../../support/invoiceBuilder";

const AS_OF = 45383; // 2024-04-01
const level = (overrides: Record<string, unknown>) => ({ ...DEFAULT_LADDER[1], ...overrides });

describe("validateSettings", () => {
  it("gives the defaults, with nothing to report, when nothing is saved", () => {
    for (const saved of [undefined, null, "settings", [1, 2]]) {
      expect(validateSettings(saved)).toEqual({ settings: defaultSettings(), replaced: [] });
    }
  });

  it("keeps every valid saved setting and drops unknown keys", () => {
    const saved = { language: "fr", annualRatePct: 12.15, senderName: "Compta", mystery: 1 };
    const { settings, replaced } = validateSettings(saved);
    expect(replaced).toEqual([]);
    expect(settings).toEqual({ ...defaultSettings(), ...saved, mystery: undefined });
    expect("mystery" in settings).toBe(false);
  });

  it.each([
    { setting: "jurisdiction", value: "XX", shown: `"XX"` },
    { setting: "ladder", value: [null], shown: "a list of values" },
    { setting: "ladder", value: [level({ fromDay: 1e308 })], shown: "a list of values" },
    {
      setting: "ladder",
      value: [level({ level: 1 }), level({ level: 1 })],
      shown: "a list of values",
    },
    { setting: "ladder", value: [level({ channel: "fax" })], shown: "a list of values" },
    { setting: "ladder", value: [level({ action: "  " })], shown: "a list of values" },
    { setting: "minDaysBetweenContacts", value: 1e308, shown: "1e+308" },
    { setting: "minDaysBetweenContacts", value: 2.5, shown: "2.5" },
    { setting: "annualRatePct", value: Number.NaN, shown: "NaN" },
    { setting: "annualRatePct", value: "twelve", shown: `"twelve"` },
    { setting: "fixedFee", value: null, shown: "null" },
    { setting: "bucketBounds", value: [60, 30], shown: "a list of values" },
    { setting: "bucketBounds", value: "30,60", shown: `"30,60"` },
    { setting: "currency", value: "E1", shown: `"E1"` },
    { setting: "language", value: "de", shown: `"de"` },
    { setting: "templates", value: { "1.en.subject": 42 }, shown: "an object" },
  ])("an invalid $setting ($shown) is replaced by its default and named", (bad) => {
    const { settings, replaced } = validateSettings({
      senderName: "Compta",
      [bad.setting]: bad.value,
    });
    const key = bad.setting as keyof Settings;
    expect(settings[key]).toEqual(defaultSettings()[key]);
    expect(settings.senderName).toBe("Compta");
    expect(replaced).toEqual([{ setting: key, value: bad.shown, reason: expect.any(String) }]);
  });

  it("names the ladder level and field that failed", () => {
    const { replaced } = validateSettings({
      ladder: [level({}), level({ level: 2, fromDay: 1e308 })],
    });
    expect(replaced[0].reason).toBe(
      "item 2: fromDay: 1e+308 is not a whole number from -3650 to 3650"
    );
  });

  it("reads an empty ladder as the default one (the analysis' meaning of no ladder)", () => {
    const { settings, replaced } = validateSettings({ ladder: [] });
    expect(replaced).toEqual([]);
    expect(settings.ladder).toEqual(DEFAULT_LADDER);
    expect(settings.ladder[0]).not.toBe(DEFAULT_LADDER[0]);
  });

  it("copies a ladder level's known fields only", () => {
    const { settings } = validateSettings({ ladder: [{ ...level({}), note: "x" }] });
    expect(settings.ladder).toEqual([DEFAULT_LADDER[1]]);
  });

  it("makes hostile saved settings safe to draft reminders and compute the portfolio with", () => {
    const hostile = {
      jurisdiction: "XX",
      ladder: [level({ fromDay: 1e308 })],
      minDaysBetweenContacts: 1e308,
      bucketBounds: [1e308, 1],
      currency: "€",
    };
    const { settings, replaced } = validateSettings(hostile);
    expect(replaced.map((p) => p.setting)).toEqual([
      "jurisdiction",
      "ladder",
      "minDaysBetweenContacts",
      "bucketBounds",
      "currency",
    ]);
    const invoice = invoiceBuilder(1000);
    const invoices = [invoice("Acme", AS_OF - 40), invoice("Acme", AS_OF - 10)];
    const result = draftReminders(invoices, { asOf: AS_OF, settings, fallbackLanguage: "en" });
    expect(result.drafts).toHaveLength(1);
    expect(computePortfolio(invoices, AS_OF, settings).rows).toHaveLength(2);
  });
});

describe("settingsProblems", () => {
  it("finds nothing wrong with the defaults", () => {
    expect(settingsProblems(defaultSettings())).toEqual([]);
  });

  it("names every setting that may not be saved", () => {
    const settings = { ...defaultSettings(), currency: "EU", minDaysBetweenContacts: -1 };
    expect(settingsProblems(settings).map((p) => p.setting)).toEqual([
      "minDaysBetweenContacts",
      "currency",
    ]);
  });
});
