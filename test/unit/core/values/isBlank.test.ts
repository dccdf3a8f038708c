import { isBlank } from "../../../../src/core/values/isBlank";

describe("isBlank", () => {
  it.each([undefined, null, "", " ", "\t", "\u00a0", "\u202f \u00a0"])("%p is blank", (value) => {
    expect(isBlank(value)).toBe(true);
  });

  it.each([0, false, "0", "x", " a ", NaN, [], {}])("%p is not blank", (value) => {
    expect(isBlank(value)).toBe(false);
  });
});
