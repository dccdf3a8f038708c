import { sheetRead } from "../../support/sheetRead";
import { ageingReportLayout } from "../../../../src/core/sheet/ageingReportLayout";
import {
  ANALYSIS_COLUMNS,
  headersIn,
  MEMORY_COLUMNS,
} from "../../../../src/core/sheet/analysisColumns";
import { planAnalysis, renamedMemoryColumns } from "../../../../src/core/sheet/analysisPlan";
import { historySheetLayout } from "../../../../src/core/sheet/historySheet";
import { placeColumns } from "../../../../src/core/sheet/ownedColumns";
import { tableRowRef } from "../../../../src/core/sheet/renderFormula";
import { ownedSheetName } from "../../../../src/core/sheet/storedKeys";

const HISTORY = { en: "Credit history", fr: "Historique crédit" };

describe("sheet texts in French and English", () => {
  it("has a French and an English header for every column, all different", () => {
    for (const language of ["en", "fr"] as const) {
      const headers = [
        ...headersIn(ANALYSIS_COLUMNS, language),
        ...headersIn(MEMORY_COLUMNS, language),
      ].map((c) => c.header);
      expect(new Set(headers).size).toBe(11);
      expect(headers.every((h) => h.trim().length > 0)).toBe(true);
    }
    // A header of one language never reads as one of the other (a switch would mix them up).
    const en = new Set(headersIn(ANALYSIS_COLUMNS, "en").map((c) => c.header));
    expect(headersIn(ANALYSIS_COLUMNS, "fr").some((c) => en.has(c.header))).toBe(false);
  });

  it("escapes ' # [ ] in structured references, the French headers need none", () => {
    expect(tableRowRef("Tranche d'âge")).toBe("[@[Tranche d''âge]]");
    expect(tableRowRef("N° #1 [a]")).toBe("[@[N° '#1 '[a']]]");
    for (const { header } of headersIn(ANALYSIS_COLUMNS, "fr"))
      expect(tableRowRef(header)).toBe(`[@[${header}]]`);
  });
});

describe("placeColumns across a language switch", () => {
  const wanted = [
    { id: "risk", header: "Risque" },
    { id: "status", header: "Statut" },
  ];

  it("renames its own column in place and says from what", () => {
    const owned = [
      { id: "risk", header: "Risk", index: 1 },
      { id: "status", header: "Status", index: 2 },
    ];
    expect(placeColumns(["Client", "Risk", "Status"], wanted, owned, 3)).toEqual([
      { id: "risk", header: "Risque", index: 1, isNew: false, renamedFrom: "Risk" },
      { id: "status", header: "Statut", index: 2, isNew: false, renamedFrom: "Status" },
    ]);
  });

  it("suffixes its own when the user's column has the new name, case and accents ignored", () => {
    const owned = [{ id: "risk", header: "Risk", index: 1 }];
    expect(placeColumns(["RISQUE", "Risk"], wanted, owned, 2)).toEqual([
      {
        id: "risk",
        header: "Risque (Credit Control)",
        index: 1,
        isNew: false,
        renamedFrom: "Risk",
      },
      { id: "status", header: "Statut", index: 2, isNew: true },
    ]);
  });

  it("leaves an unchanged header without renamedFrom", () => {
    const owned = [{ id: "risk", header: "Risque", index: 0 }];
    expect(placeColumns(["Risque"], wanted.slice(0, 1), owned, 1)).toEqual([
      { id: "risk", header: "Risque", index: 0, isNew: false },
    ]);
  });

  it("renames the reminder memory columns present, not the absent ones", () => {
    const owned = [{ id: "lastLevel", header: "Level", index: 1 }];
    expect(renamedMemoryColumns(["Customer", "Level"], owned, "fr")).toEqual([
      { id: "lastLevel", header: "Niveau", index: 1, isNew: false, renamedFrom: "Level" },
    ]);
    expect(renamedMemoryColumns(["Customer", "Level"], owned, "en")).toEqual([]);
  });

  it("plans the French analysis with structured references to the French headers", () => {
    const headers = ["Client", "Facture", "Échéance", "Montant"];
    const read = sheetRead({
      sheetName: "Créances",
      tableName: "Factures",
      headers,
      keys: ["customer", "invoiceNumber", "dueDate", "amount"],
      dateOrder: "dmy",
    });
    const plan = planAnalysis(read, headers, [], 4, { bucketBounds: [30] }, "fr");
    const byId = new Map(plan.columns.map((c) => [c.id, c]));
    expect(byId.get("riskClass")?.header).toBe("Classe de risque");
    expect(byId.get("riskClass")?.formula).toMatch(/^=IF\(\[@\[Risque\]\]="",""/);
    // A French workbook's formulas write French words: "Aucune" on a paid row, "fr" last.
    expect(byId.get("nextAction")?.formula).toBe(
      '=IF(AND([@[Montant]]<=0,[@[Montant]]<>""),"Aucune",' +
        'CREDIT.NEXTACTION([@[Jours de retard]],[@[Risque]],,,[@[Statut]],CC_Policy,"fr"))'
    );
    expect(byId.get("riskClass")?.formula).toContain('"Faible"');
  });
});

describe("ownedSheetName", () => {
  it("names a new sheet in the language, free of the user's sheets", () => {
    expect(ownedSheetName(undefined, HISTORY, "fr", ["Créances"])).toBe("Historique crédit");
    expect(ownedSheetName(undefined, HISTORY, "fr", ["historique CRÉDIT"])).toBe(
      "Historique crédit (2)"
    );
  });

  it("renames its own sheet to the language's name, keeping clear of the user's", () => {
    expect(ownedSheetName("Credit history", HISTORY, "fr", ["AR", "Credit history"])).toBe(
      "Historique crédit"
    );
    expect(
      ownedSheetName("Credit history (2)", HISTORY, "fr", ["Credit history", "Credit history (2)"])
    ).toBe("Historique crédit");
    expect(
      ownedSheetName("Historique crédit", HISTORY, "en", ["Credit history", "Historique crédit"])
    ).toBe("Credit history (2)");
    // Already right: unchanged (running twice gives the same workbook).
    expect(ownedSheetName("Credit history", HISTORY, "en", ["Credit history"])).toBe(
      "Credit history"
    );
  });

  it("keeps a name the user gave to the add-in's sheet", () => {
    expect(ownedSheetName("Notes de crédit", HISTORY, "en", ["Notes de crédit"])).toBe(
      "Notes de crédit"
    );
  });
});

describe("the history sheet and ageing report labels", () => {
  it("writes the history sheet's labels in French, the ladder's codes unchanged", () => {
    const layout = historySheetLayout(
      [{ customer: "ACME", avgDaysLate: 4, lateShare: 0.5, remindersSent: 1 }],
      45383,
      [{ level: 1, fromDay: 1, action: "Reminder 1", channel: "email", tone: "courteous" }],
      "fr"
    );
    expect(layout.cells[0].slice(0, 2)).toEqual(["Arrêté au", 45383]);
    expect(layout.cells[2].slice(0, 9)).toEqual([
      "Client",
      "Retard moyen (j)",
      "Part payée en retard",
      "Relances envoyées",
      "Encours utilisé",
      "Délai habituel (j)",
      "Délai récent (j)",
      "Payées >10 j de retard",
      "Factures réglées",
    ]);
    expect(layout.cells[2].slice(10)).toEqual(["À partir du jour", "Action", "Canal", "Ton"]);
    expect(layout.cells[3].slice(10)).toEqual([1, "Reminder 1", "email", "courteous"]);
    expect(historySheetLayout([], 45383, []).cells[0][0]).toBe("As of");
  });

  it("frames the ageing report in its language, English when not given", () => {
    const report = {
      asOf: 45383,
      title: "Balance âgée",
      customerHeader: "Client",
      totalHeader: "Total",
      bucketLabels: ["Non échu"],
      rows: [],
      totals: { label: "Total", buckets: [0], total: 0 },
      kpis: [],
      currency: "EUR",
    };
    const french = ageingReportLayout({ ...report, language: "fr" }).cells;
    expect([french[1][0], french[2][0]]).toEqual(["Arrêté au", "Devise : EUR"]);
    const english = ageingReportLayout(report).cells;
    expect([english[1][0], english[2][0]]).toEqual(["As of", "Currency: EUR"]);
  });
});
