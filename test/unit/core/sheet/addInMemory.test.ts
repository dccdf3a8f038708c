import {
  ownedColumnsOf,
  ownedSheetsOf,
  ownedSheetTarget,
  rememberOwnedColumns,
  rememberOwnedSheet,
  type SettingsStore,
} from "../../../../src/core/sheet/addInMemory";
import { OWNED_COLUMNS_KEY, OWNED_SHEETS_KEY } from "../../../../src/core/sheet/storedKeys";

const HISTORY = { en: "Credit history", fr: "Historique crédit" };

/** A settings store over a map, as the preview keeps it. */
function mapStore(initial: Record<string, unknown> = {}): SettingsStore & {
  values: Map<string, unknown>;
} {
  const values = new Map(Object.entries(initial));
  return {
    values,
    get: <T>(key: string) => values.get(key) as T | undefined,
    set: (key, value) => void values.set(key, value),
  };
}

describe("owned columns memory", () => {
  it("has no columns for a sheet never written", () => {
    expect(ownedColumnsOf(mapStore(), "AR")).toEqual([]);
    const store = mapStore({ [OWNED_COLUMNS_KEY]: { Other: [{ id: "risk", header: "Risk" }] } });
    expect(ownedColumnsOf(store, "AR")).toEqual([]);
  });

  it("remembers the columns written, by sheet, id, header and place (not the plan's flags)", () => {
    const store = mapStore();
    const placed = [
      { id: "risk", header: "Risk", index: 8, isNew: true },
      { id: "status", header: "Status", index: 9, isNew: true },
    ];
    rememberOwnedColumns(store, "{sheet-1}", placed);
    expect(ownedColumnsOf(store, "{sheet-1}")).toEqual([
      { id: "risk", header: "Risk", index: 8 },
      { id: "status", header: "Status", index: 9 },
    ]);
    expect(store.values.get(OWNED_COLUMNS_KEY)).toEqual({
      "{sheet-1}": [
        { id: "risk", header: "Risk", index: 8 },
        { id: "status", header: "Status", index: 9 },
      ],
    });
  });

  it("replaces a column of the same id (a rename), keeps the others and other sheets", () => {
    const store = mapStore();
    rememberOwnedColumns(store, "AR", [
      { id: "risk", header: "Risk" },
      { id: "status", header: "Status" },
    ]);
    rememberOwnedColumns(store, "AR 2023", [{ id: "risk", header: "Risk" }]);
    rememberOwnedColumns(store, "AR", [{ id: "risk", header: "Risque" }]);
    expect(ownedColumnsOf(store, "AR")).toEqual([
      { id: "status", header: "Status" },
      { id: "risk", header: "Risque" },
    ]);
    expect(ownedColumnsOf(store, "AR 2023")).toEqual([{ id: "risk", header: "Risk" }]);
  });

  it("does not change the object the store returned (Office settings hand out their own)", () => {
    const saved = { AR: [{ id: "risk", header: "Risk" }] };
    const store = mapStore({ [OWNED_COLUMNS_KEY]: saved });
    rememberOwnedColumns(store, "AR", [{ id: "status", header: "Status" }]);
    expect(saved).toEqual({ AR: [{ id: "risk", header: "Risk" }] });
    expect(ownedColumnsOf(store, "AR")).toHaveLength(2);
  });
});

describe("owned sheets memory", () => {
  it("remembers a sheet per role, a new name replacing the old one", () => {
    const store = mapStore();
    expect(ownedSheetsOf(store)).toEqual({});
    rememberOwnedSheet(store, "history", "Credit history");
    rememberOwnedSheet(store, "reminderLog", "Reminder log");
    rememberOwnedSheet(store, "history", "Historique crédit");
    expect(store.values.get(OWNED_SHEETS_KEY)).toEqual({
      history: "Historique crédit",
      reminderLog: "Reminder log",
    });
  });
});

describe("ownedSheetTarget", () => {
  it("creates the sheet under the language's name when the add-in has none", () => {
    expect(ownedSheetTarget(mapStore(), "history", HISTORY, "fr", ["Créances"])).toEqual({
      current: undefined,
      name: "Historique crédit",
    });
  });

  it("refreshes its own sheet in place, renamed into the language", () => {
    const store = mapStore();
    rememberOwnedSheet(store, "history", "Credit history");
    expect(ownedSheetTarget(store, "history", HISTORY, "fr", ["AR", "Credit history"])).toEqual({
      current: "Credit history",
      name: "Historique crédit",
    });
  });

  it("makes a new sheet when its own was deleted, clear of a user's sheet of that name", () => {
    const store = mapStore();
    rememberOwnedSheet(store, "history", "Credit history");
    // The add-in's sheet is gone: the remembered name is stale.
    expect(ownedSheetTarget(store, "history", HISTORY, "en", ["AR"])).toEqual({
      current: undefined,
      name: "Credit history",
    });
    expect(ownedSheetTarget(mapStore(), "history", HISTORY, "en", ["Credit history"])).toEqual({
      current: undefined,
      name: "Credit history (2)",
    });
  });
});
