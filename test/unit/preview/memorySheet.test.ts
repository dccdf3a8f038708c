import { MemorySheet } from "../../../src/preview/memorySheet";

/**
 * The preview's sheet takes what is written as Excel's Range.values does: "=", and "+" or "-"
 * before anything that is not a number, make a formula; an apostrophe in front keeps text.
 */
describe("MemorySheet.input, as Excel's Range.values", () => {
  const written = (input: unknown) => {
    const sheet = new MemorySheet("Sheet1");
    sheet.input(1, 0, input);
    return sheet.cell(1, 0);
  };

  it.each(["+call", "-note", "=1+1", "- 5 days"])("takes %j as a formula", (input) => {
    expect(written(input)?.formula).toBe(input.startsWith("=") ? input : `=${input}`);
  });

  it.each(["'+call", "'-note", "'=1+1", "'@x"])(
    "keeps %j as text without its apostrophe",
    (input) => {
      expect(written(input)).toMatchObject({ value: input.slice(1) });
      expect(written(input)?.formula).toBeUndefined();
    }
  );

  it.each([
    ["-12.5", "-12.5"],
    ["+3", "+3"],
    [-4, -4],
  ])("keeps the signed number %j as it is written", (input, value) => {
    expect(written(input)).toMatchObject({ value });
    expect(written(input)?.formula).toBeUndefined();
  });
});
