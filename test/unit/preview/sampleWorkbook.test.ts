import { readFileSync } from "fs";
import { buildSampleWorkbook } from "../../../src/preview/sampleWorkbook";
import { defaultSettings } from "../../../src/core/settings/defaultSettings";

const CSV = readFileSync("assets/sample/ibm-accounts-receivable.csv", "utf8");
const AS_OF = 41456; // 2013-07-01

describe("buildSampleWorkbook", () => {
  it.each(["en", "fr"] as const)(
    "reads as an open-items sheet with history (%s headers)",
    async (language) => {
      const workbook = buildSampleWorkbook(CSV, AS_OF, language);
      const read = await workbook.readReceivables();
      expect(read.columns.map((c) => c.key).sort()).toEqual(
        [
          "amount",
          "customer",
          "disputed",
          "dueDate",
          "invoiceDate",
          "invoiceNumber",
          "paidDate",
        ].sort()
      );
      expect(read.columns.every((c) => c.confidence === 1)).toBe(true);
      expect(read.problems).toEqual([]);
      // Only invoices issued by the as-of date; some still open, most settled before it.
      expect(read.invoices.every((i) => (i.invoiceDate ?? 0) <= AS_OF)).toBe(true);
      const open = read.invoices.filter((i) => i.paidDate === undefined);
      expect(open.length).toBeGreaterThan(50);
      expect(open.every((i) => i.open === i.amount)).toBe(true);
      expect(
        read.invoices
          .filter((i) => i.paidDate !== undefined)
          .every((i) => (i.paidDate ?? 0) <= AS_OF)
      ).toBe(true);
      expect(read.invoices.length).toBeLessThan(2466);
      expect(read.invoices[0].invoiceNumber).toMatch(/^0+\d+$/);
    }
  );

  it("shows dates and amounts as displayed, not as serials, in the mapping samples", async () => {
    const read = await buildSampleWorkbook(CSV, AS_OF, "en").readReceivables();
    const samples = (key: string) => read.columns.find((c) => c.key === key)?.samples ?? [];
    expect(samples("dueDate").length).toBeGreaterThan(0);
    for (const text of samples("dueDate")) expect(text).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const text of samples("amount")) expect(text).toMatch(/^[\d,]+\.\d{2}$/);
  });
});

describe("the French sample analysed by a French pane", () => {
  it("gets French analysis headers, not read back as the user's columns", async () => {
    const workbook = buildSampleWorkbook(CSV, AS_OF, "fr");
    const read = await workbook.readReceivables();
    const settings = { ...defaultSettings(), language: "fr" as const };
    const result = await workbook.writeAnalysis(read, { asOf: AS_OF, settings, language: "fr" });
    expect(result.columns.slice(0, 5)).toEqual([
      "Jours de retard",
      "Ancienneté",
      "Risque",
      "Classe de risque",
      "Prochaine action",
    ]);
    expect(workbook.getSheet("Créances")?.value(1, 7)).toBe("Jours de retard");
    expect(workbook.listSheets()).toEqual(["Créances", "Historique crédit"]);
    const again = await workbook.readReceivables();
    expect(again.columns.map((c) => c.key).sort()).toEqual(read.columns.map((c) => c.key).sort());
    expect(again.invoices).toHaveLength(read.invoices.length);
  });

  it("shows the French sample's amounts the French way", async () => {
    const read = await buildSampleWorkbook(CSV, AS_OF, "fr").readReceivables();
    const amounts = read.columns.find((c) => c.key === "amount")?.samples ?? [];
    expect(amounts.length).toBeGreaterThan(0);
    for (const text of amounts) expect(text).toMatch(/^[\d\u202f\u00a0]+,\d{2}$/);
  });
});
