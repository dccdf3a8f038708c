import { parseBoolean } from "../../../../src/core/values/parseBoolean";

describe("parseBoolean", () => {
  it.each([true, "TRUE", "true", "Yes", "Y", "oui", "O", "Vrai", "1", 1, "X", "x", " x ", "✓"])(
    "%p is true",
    (value) => {
      expect(parseBoolean(value)).toEqual({ ok: true, value: true });
    }
  );

  it.each([false, "FALSE", "No", "n", "Non", "N", "faux", "0", 0])("%p is false", (value) => {
    expect(parseBoolean(value)).toEqual({ ok: true, value: false });
  });

  it.each([undefined, null, "", "  "])("blank %p is not flagged", (value) => {
    expect(parseBoolean(value)).toEqual({ ok: true, value: false });
  });

  it.each<[unknown, string]>([
    ["maybe", '"maybe" is not a yes/no value'],
    ["Disputed since May", '"Disputed since May" is not a yes/no value'],
    [2, "2 is not a yes/no value (use 1 or 0)"],
    [NaN, "NaN is not a yes/no value"],
    ["#N/A", "the cell holds the error #N/A"],
    [{}, "an object is not a yes/no value"],
  ])("refuses %p with the value in the reason", (value, reason) => {
    const result = parseBoolean(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });
});
