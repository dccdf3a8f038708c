import { describeValue } from "../../../../src/core/values/describeValue";
import { excelErrorName } from "../../../../src/core/values/excelError";
import { roundCents } from "../../../../src/core/values/roundCents";

describe("excelErrorName", () => {
  it("recognises Excel error values as text", () => {
    expect(excelErrorName("#N/A")).toBe("#N/A");
    expect(excelErrorName(" #value! ")).toBe("#VALUE!");
    expect(excelErrorName("#DIV/0!")).toBe("#DIV/0!");
    expect(excelErrorName("#SPILL!")).toBe("#SPILL!");
  });

  it("leaves other values alone", () => {
    expect(excelErrorName("#1 customer")).toBeUndefined();
    expect(excelErrorName("N/A")).toBeUndefined();
    expect(excelErrorName(42)).toBeUndefined();
    expect(excelErrorName(undefined)).toBeUndefined();
  });
});

describe("describeValue", () => {
  it("quotes text and cuts long text", () => {
    expect(describeValue("12abc")).toBe('"12abc"');
    expect(describeValue("x".repeat(60))).toBe(`"${"x".repeat(40)}…"`);
    expect(describeValue(12.5)).toBe("12.5");
    expect(describeValue(true)).toBe("true");
    expect(describeValue(null)).toBe("null");
    expect(describeValue(undefined)).toBe("an empty value");
    expect(describeValue({})).toBe("an object");
    expect(describeValue([1])).toBe("a list of values");
    expect(describeValue(new Date(Date.UTC(2024, 2, 5)))).toBe("2024-03-05T00:00:00.000Z");
  });
});

describe("roundCents", () => {
  it("rounds half away from zero, including binary near-halves", () => {
    expect(roundCents(33.287671)).toBe(33.29);
    expect(roundCents(1.005)).toBe(1.01);
    expect(roundCents(-1.005)).toBe(-1.01);
    expect(roundCents(0.125)).toBe(0.13);
    expect(roundCents(0.1 + 0.2)).toBe(0.3);
    expect(roundCents(-0.001)).toBe(0);
    expect(Object.is(roundCents(-0.001), 0)).toBe(true);
    expect(roundCents(1e15 + 0.25)).toBe(1e15 + 0.25);
  });
});
