import { asCellInput } from "../../../../src/core/sheet/cellText";

/**
 * What Excel stores when given an input through Range.values, as a user typing it would: a
 * leading apostrophe is the "this is text" mark and is dropped, =... is a formula. The preview's
 * MemorySheet.input models the same rule.
 */
function stored(input: string): { text: string } | { formula: string } {
  if (input.startsWith("'")) return { text: input.slice(1) };
  if (/^[=+\-@]/.test(input)) return { formula: input };
  return { text: input };
}

describe("asCellInput", () => {
  it("leaves ordinary customer names and invoice numbers as they are", () => {
    for (const text of ["ACME SA", "Société Générale", "INV-2024-0042", "42", "", " =1", "a=b"])
      expect(asCellInput(text)).toBe(text);
  });

  it("writes formula-looking text as text: =, +, - and @", () => {
    expect(asCellInput('=HYPERLINK("http://evil","Click")')).toBe(
      `'=HYPERLINK("http://evil","Click")`
    );
    expect(asCellInput("+33 1 23 45 67 89")).toBe("'+33 1 23 45 67 89");
    expect(asCellInput("-10% remise")).toBe("'-10% remise");
    expect(asCellInput("@risk")).toBe("'@risk");
    expect(asCellInput("=")).toBe("'=");
  });

  it("keeps a leading apostrophe that is part of the name", () => {
    // 't Hooft BV (a Dutch name) would lose its apostrophe: Excel takes the first one as the mark.
    expect(asCellInput("'t Hooft BV")).toBe("''t Hooft BV");
    expect(asCellInput("'=1+1")).toBe("''=1+1");
  });

  it("makes Excel store exactly the text, never a formula", () => {
    const names = ["ACME", "=SUM(A1:A9)", "+1", "-", "@", "'t Hooft", "''", "Total"];
    for (const name of names) expect(stored(asCellInput(name))).toEqual({ text: name });
  });
});
