/**
 * The engine reads structured references resolved to A1 (it has no tables), so their syntax is
 * tested here on its own: every [@[...]] the add-in writes names a column of the table once its
 * escapes are undone, and headers with ' # [ ] round-trip through tableRowRef.
 */
import { tableRowRef } from "../../../src/core/sheet/renderFormula";
import type { MemorySheet } from "../../../src/preview/memorySheet";
import { analysedBook } from "./analysedBook";
import { resolveRowReferences, ROW_REFERENCE, unescapeHeader } from "./engineBook";

describe("structured references in the written formulas", () => {
  it.each(["Client's #", "[Ref]", "Montant (€), TTC: 20%", "''", "Due date"])(
    "round-trips the header %s through its escaped reference",
    (header) => {
      const reference = tableRowRef(header);
      const match = [...reference.matchAll(ROW_REFERENCE)];
      expect(match).toHaveLength(1);
      expect(match[0][0]).toBe(reference);
      expect(unescapeHeader(match[0][1])).toBe(header);
    }
  );

  it("names only columns of the table, each resolved to the row's own cell", async () => {
    const workbook = await analysedBook(
      [
        ["Client's #", "Invoice [no]", "Due date", "Amount", "Disputed"],
        ["ACME", "F-1", 45352, 1200, "No"],
        ["Beta", "F-2", 45397, 300, "Yes"],
      ],
      { asOf: 45383, table: true }
    );
    const sheet = workbook.getSheet("Receivables") as MemorySheet;
    const formulas = sheet.rows[2].filter((cell) => cell?.formula).map((cell) => cell?.formula);
    expect(formulas.length).toBe(9);
    for (const formula of formulas as string[]) {
      expect(formula).toMatch(ROW_REFERENCE);
      const resolved = resolveRowReferences(formula, sheet, 3);
      expect(resolved).not.toMatch(/\[@/);
      const rows = [...resolved.matchAll(/\b[A-Z]{1,3}(\d+)\b/g)].map((m) => m[1]);
      expect(new Set(rows)).toEqual(new Set(["3"]));
    }
    expect(resolveRowReferences("=[@[Client''s '#]]+[@[Amount]]", sheet, 3)).toBe("=A3+D3");
  });
});
