/**
 * The text amounts Excel's own functions read in the paid test (nativeAmount) must read exactly as
 * the pane and CREDIT.STATUS read them (parseAmount), in every workbook locale, or not at all:
 * a text read here and refused or read otherwise there would blank a row Status does not call
 * paid. The formula computing the same is checked against the engine in textAmounts.test.ts.
 */
import { nativeAmount } from "../../../../src/core/sheet/nativeAmount";
import { parseAmount, type NumberStyle } from "../../../../src/core/values/parseAmount";

const STYLES: NumberStyle[] = [
  { name: "" },
  { name: "en-US", decimal: ".", group: "," },
  { name: "fr-FR", decimal: ",", group: " " },
  { name: "de-DE", decimal: ",", group: "." },
  { name: "de-CH", decimal: ".", group: "'" },
];

/** Texts built from every piece the reader meets: currencies, digits, marks, spaces. */
function corpus(): string[] {
  const bodies = new Set<string>();
  const pieces = [
    "0",
    "1",
    "12",
    "123",
    "1234",
    "0,5",
    ",",
    ".",
    " ",
    "'",
    "00",
    "56",
    "456",
    ",789",
    ".01",
    "-",
    "(",
  ];
  const grow = (text: string, depth: number) => {
    if (text) bodies.add(text);
    if (depth === 0) return;
    for (const piece of pieces) grow(text + piece, depth - 1);
  };
  grow("", 3);
  const money = ["1,250.00", "1 234,56", "1.234,56", "12 345 678,90", "1.234.567,89", "0.07"];
  for (const text of money) bodies.add(text);
  const texts: string[] = [];
  for (const body of bodies) {
    for (const [before, after] of [
      ["", ""],
      ["EUR ", ""],
      ["eur ", ""],
      ["€", ""],
      ["£ ", ""],
      ["$", ""],
      ["", " €"],
      ["", "€"],
      ["  ", " "],
      ["EUR", ""],
      ["€", "€"],
    ]) {
      texts.push(before + body + after);
    }
  }
  return texts;
}

describe("nativeAmount: the amounts Excel's text functions read in the paid test", () => {
  it("reads only texts the pane reads to the same number, in every locale", () => {
    const texts = corpus();
    const read = texts.filter((text) => nativeAmount(text) !== "");
    expect(read.length).toBeGreaterThan(1000);
    const disagreements = read.flatMap((text) =>
      STYLES.flatMap((style) => {
        const pane = parseAmount(text, style);
        return pane.ok && pane.value === nativeAmount(text) ? [] : [[text, style.name]];
      })
    );
    expect(disagreements).toEqual([]);
  });

  it("reads the amounts a CSV import leaves: digits, money with 2 decimals, one currency", () => {
    expect(nativeAmount("EUR 1,250.00")).toBe(1250);
    expect(nativeAmount("£1,250.00")).toBe(1250);
    expect(nativeAmount("1 234,56 €")).toBe(1234.56);
    expect(nativeAmount("1.234.567,89")).toBe(1234567.89);
    expect(nativeAmount("  500 ")).toBe(500);
    expect(nativeAmount("34,56")).toBe(34.56);
  });

  it("leaves to CREDIT.STATUS what the locale settles or the pane refuses", () => {
    for (const text of ["1,250", "1.250", "1'234.50", "(120.00)", "-5", "1,2,3.00", "0,123.45"]) {
      expect(nativeAmount(text)).toBe("");
    }
    expect(nativeAmount("EUR 100 €")).toBe(""); // two currencies: refused by the pane
    expect(nativeAmount("1\u00a0234,56")).toBe(""); // a no-break space Excel's TRIM keeps
  });
});
