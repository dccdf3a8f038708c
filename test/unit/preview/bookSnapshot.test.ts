import { MemoryWorkbook } from "../../../src/preview/memoryWorkbook";
import { keepBookOnLeave, keptBook } from "../../../src/preview/keptBook";
import { testSettings } from "../support/testSettings";

/** A sessionStorage of the tab, in memory. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

function sample(): MemoryWorkbook {
  const workbook = new MemoryWorkbook("dmy");
  workbook.addSheet("Créances", [
    ["Client", "N° facture", "Échéance", "Montant"],
    ["ACME", "F-1", 45352, 1200],
  ]);
  return workbook;
}

describe("the preview keeps its workbook across a reload, as Excel keeps its file", () => {
  it("gives back every sheet, cell, format, setting and what was recorded", async () => {
    const storage = memoryStorage();
    const listeners: (() => void)[] = [];
    const page = {
      addEventListener: (_type: string, listener: () => void) => listeners.push(listener),
    };
    const first = keptBook(storage, "fr|45383", "dmy", sample);
    keepBookOnLeave(page as unknown as Window, storage, "fr|45383", first);
    const read = await first.readReceivables();
    await first.writeAnalysis(read, { asOf: 45383, settings: testSettings(), language: "fr" });
    await first.recordActivity(
      [{ date: 45383, customer: "ACME", kind: "note", invoices: [], text: "rappeler" }],
      {
        language: "fr",
      }
    );
    listeners.forEach((listener) => listener()); // the page is left (reload)

    const second = keptBook(storage, "fr|45383", "dmy", () => {
      throw new Error("the saved book should be used");
    });
    expect(second.listSheets()).toEqual(first.listSheets());
    expect(JSON.stringify(second.toSnapshot())).toBe(JSON.stringify(first.toSnapshot()));
    expect((await second.readJournal()).activity.map((e) => e.text)).toEqual(["rappeler"]);
    // The sheets keep their ids: the add-in still finds its own and appends to them.
    await second.recordActivity(
      [{ date: 45384, customer: "ACME", kind: "note", invoices: [], text: "fait" }],
      {
        language: "fr",
      }
    );
    expect(second.listSheets()).toEqual(first.listSheets());
    expect((await second.readJournal()).activity).toHaveLength(2);
    expect(second.addSheet("Nouvelle").id).not.toBe(second.getSheet("Créances")?.id);
  });

  it("starts from the sample for another version or an unreadable save", () => {
    const storage = memoryStorage();
    storage.setItem("creditControl.preview.book", "{not json");
    expect(keptBook(storage, "en|1", "mdy", sample).listSheets()).toEqual(["Créances"]);
  });
});
