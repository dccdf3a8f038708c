import { themeModeFromBackground } from "../../../../src/taskpane/theme/themeMode";

describe("themeModeFromBackground", () => {
  it("reads Office's body background colours", () => {
    expect(themeModeFromBackground("#FFFFFF")).toBe("light");
    expect(themeModeFromBackground("#f3f2f1")).toBe("light");
    expect(themeModeFromBackground("#262626")).toBe("dark");
    expect(themeModeFromBackground("#000")).toBe("dark");
    expect(themeModeFromBackground("rgb(38, 38, 38)")).toBe("dark");
    expect(themeModeFromBackground("#6E6E6E")).toBe("dark");
  });

  it("is light, Office's default, when the colour is missing or unreadable", () => {
    expect(themeModeFromBackground(undefined)).toBe("light");
    expect(themeModeFromBackground("")).toBe("light");
    expect(themeModeFromBackground("blue-ish")).toBe("light");
  });
});
