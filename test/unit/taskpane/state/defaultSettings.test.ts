import { DEFAULT_LADDER } from "../../../../src/core/policy/defaultLadder";
import type { Settings } from "../../../../src/core/types";
import { defaultSettings, mergeSettings } from "../../../../src/taskpane/state/defaultSettings";

describe("mergeSettings", () => {
  it("gives the defaults when nothing is saved", () => {
    const settings = mergeSettings(undefined);
    expect(settings).toEqual(defaultSettings());
    expect(settings.ladder).toEqual(DEFAULT_LADDER);
    expect(settings).toMatchObject({
      jurisdiction: "FR",
      annualRatePct: 0,
      fixedFee: 40,
      minDaysBetweenContacts: 7,
      bucketBounds: [30, 60, 90],
      language: "auto",
      templates: {},
    });
  });

  it("keeps what was saved", () => {
    const settings = mergeSettings({ language: "fr", annualRatePct: 12.15, senderName: "Compta" });
    expect(settings.language).toBe("fr");
    expect(settings.annualRatePct).toBe(12.15);
    expect(settings.senderName).toBe("Compta");
    expect(settings.currency).toBe("EUR");
  });

  it("ignores saved fields of the wrong type, unknown fields and an empty ladder", () => {
    const saved = {
      annualRatePct: "twelve",
      bucketBounds: "30,60",
      ladder: [],
      mystery: 1,
      fixedFee: null,
    } as unknown as Partial<Settings>;
    const settings = mergeSettings(saved);
    expect(settings.annualRatePct).toBe(0);
    expect(settings.bucketBounds).toEqual([30, 60, 90]);
    expect(settings.ladder).toHaveLength(DEFAULT_LADDER.length);
    expect(settings.fixedFee).toBe(40);
    expect("mystery" in settings).toBe(false);
  });

  it("never shares the default ladder's objects (the editor changes them)", () => {
    const settings = mergeSettings(undefined);
    expect(settings.ladder[0]).not.toBe(DEFAULT_LADDER[0]);
  });
});
