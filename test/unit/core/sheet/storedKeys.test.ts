import {
  freeSheetName,
  MAPPING_KEY,
  OWNED_COLUMNS_KEY,
  OWNED_SHEETS_KEY,
  ownedSheetName,
  SETTINGS_KEY,
} from "../../../../src/core/sheet/storedKeys";

const LOG = { en: "Reminder log", fr: "Journal des relances" };

describe("settings keys", () => {
  it("stays the keys saved workbooks already hold (a rename would forget their memory)", () => {
    expect([SETTINGS_KEY, MAPPING_KEY, OWNED_COLUMNS_KEY, OWNED_SHEETS_KEY]).toEqual([
      "creditControl.settings",
      "creditControl.mapping",
      "creditControl.ownedColumns",
      "creditControl.ownedSheets",
    ]);
  });
});

describe("freeSheetName", () => {
  it("takes the wanted name when no sheet has it", () => {
    expect(freeSheetName("Reminder log", ["AR", "Customers"])).toBe("Reminder log");
    expect(freeSheetName("Reminder log", [])).toBe("Reminder log");
  });

  it("numbers it from 2 when a user's sheet has it, case ignored as Excel does", () => {
    expect(freeSheetName("Reminder log", ["REMINDER LOG"])).toBe("Reminder log (2)");
    expect(
      freeSheetName("Reminder log", ["reminder log", "Reminder log (2)", "Reminder Log (3)"])
    ).toBe("Reminder log (4)");
    expect(freeSheetName("Balance âgée", ["BALANCE ÂGÉE"])).toBe("Balance âgée (2)");
  });

  it("skips only the numbers taken", () => {
    expect(freeSheetName("Reminder log", ["Reminder log", "Reminder log (3)"])).toBe(
      "Reminder log (2)"
    );
  });
});

describe("ownedSheetName for the reminder log", () => {
  it("names a new log in the language, free of the user's sheets", () => {
    expect(ownedSheetName(undefined, LOG, "en", [])).toBe("Reminder log");
    expect(ownedSheetName(undefined, LOG, "fr", ["Journal des relances"])).toBe(
      "Journal des relances (2)"
    );
  });

  it("recognises its numbered name in any case", () => {
    expect(
      ownedSheetName("REMINDER LOG (2)", LOG, "fr", ["Reminder log", "REMINDER LOG (2)"])
    ).toBe("Journal des relances");
  });

  it("keeps a name the user gave it, even one that only starts like the add-in's", () => {
    expect(ownedSheetName("Reminder log 2023", LOG, "fr", ["Reminder log 2023"])).toBe(
      "Reminder log 2023"
    );
    expect(ownedSheetName("Reminder log (old)", LOG, "fr", ["Reminder log (old)"])).toBe(
      "Reminder log (old)"
    );
  });
});
