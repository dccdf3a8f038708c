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

  it("remembers the columns written and marked, by sheet, id, header and place (not the plan's flags)", () => {
    const store = mapStore();
    const placed = [
      { id: "risk", header: "Risk", index: 8, isNew: true },
      { id: "status", header: "Status", index: 9, isNew: true },
    ];
    rememberOwnedColumns(store, "{sheet-1}", placed);
    expect(ownedColumnsOf(store, "{sheet-1}")).toEqual([
      { id: "risk", header: "Risk", index: 8, marked: true },
      { id: "status", header: "Status", index: 9, marked: true },
    ]);
    expect(store.values.get(OWNED_COLUMNS_KEY)).toEqual({
      "{sheet-1}": [
        { id: "risk", header: "Risk", index: 8, marked: true },
        { id: "status", header: "Status", index: 9, marked: true },
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
      { id: "status", header: "Status", marked: true },
      { id: "risk", header: "Risque", marked: true },
    ]);
    expect(ownedColumnsOf(store, "AR 2023")).toEqual([
      { id: "risk", header: "Risk", marked: true },
    ]);
  });

  it("does not change the object the store returned (Office settings hand out their own)", () => {
    const saved = { AR: [{ id: "risk", header: "Risk" }] };
    const store = mapStore({ [OWNED_COLUMNS_KEY]: saved });
    rememberOwnedColumns(store, "AR", [{ id: "status", header: "Status" }]);
    expect(saved).toEqual({ AR: [{ id: "risk", header: "Risk" }] });
    expect(ownedColumnsOf(store, "AR")).toHaveLength(2);
  });
});

const AR = { name: "AR", id: "{A1}" };
const OURS = { name: "Credit history", id: "{H1}" };

describe("owned sheets memory", () => {
  it("remembers a sheet per role by name and id, a new sheet replacing the old one", () => {
    const store = mapStore();
    expect(ownedSheetsOf(store)).toEqual({});
    rememberOwnedSheet(store, "history", OURS);
    rememberOwnedSheet(store, "reminderLog", { name: "Reminder log", id: "{L1}" });
    rememberOwnedSheet(store, "history", { name: "Historique crédit", id: "{H1}" });
    expect(store.values.get(OWNED_SHEETS_KEY)).toEqual({
      history: { name: "Historique crédit", id: "{H1}" },
      reminderLog: { name: "Reminder log", id: "{L1}" },
    });
  });

  it("keeps only the name and id of what it is given (a whole sheet object, say)", () => {
    const store = mapStore();
    rememberOwnedSheet(store, "history", { ...OURS, rows: [[1]] } as typeof OURS);
    expect(store.values.get(OWNED_SHEETS_KEY)).toEqual({ history: OURS });
  });

  it("reads a name stored without an id (a workbook saved before ids were kept)", () => {
    const store = mapStore({ [OWNED_SHEETS_KEY]: { history: "Credit history" } });
    expect(ownedSheetsOf(store)).toEqual({ history: { name: "Credit history" } });
  });
});

describe("ownedSheetTarget", () => {
  it("creates the sheet under the language's name when the add-in has none", () => {
    expect(ownedSheetTarget(mapStore(), "history", HISTORY, "fr", [AR])).toEqual({
      current: undefined,
      name: "Historique crédit",
    });
  });

  it("refreshes its own sheet in place, renamed into the language", () => {
    const store = mapStore();
    rememberOwnedSheet(store, "history", OURS);
    expect(ownedSheetTarget(store, "history", HISTORY, "fr", [AR, OURS])).toEqual({
      current: OURS,
      name: "Historique crédit",
    });
  });

  it("makes a new sheet when its own was deleted, clear of a user's sheet of that name", () => {
    const store = mapStore();
    rememberOwnedSheet(store, "history", OURS);
    // The add-in's sheet is gone: the remembered sheet is stale.
    expect(ownedSheetTarget(store, "history", HISTORY, "en", [AR])).toEqual({
      current: undefined,
      name: "Credit history",
    });
    expect(
      ownedSheetTarget(mapStore(), "history", HISTORY, "en", [
        { name: "Credit history", id: "{U}" },
      ])
    ).toEqual({ current: undefined, name: "Credit history (2)" });
  });

  it("never takes a sheet the user made under its name after deleting the add-in's", () => {
    const store = mapStore();
    rememberOwnedSheet(store, "history", OURS);
    const users = { name: "Credit history", id: "{U2}" };
    expect(ownedSheetTarget(store, "history", HISTORY, "en", [AR, users])).toEqual({
      current: undefined,
      name: "Credit history (2)",
    });
    expect(ownedSheetTarget(store, "history", HISTORY, "fr", [AR, users])).toEqual({
      current: undefined,
      name: "Historique crédit",
    });
  });

  it("follows its sheet by id when the user renamed it, keeping the user's name", () => {
    const store = mapStore();
    rememberOwnedSheet(store, "history", OURS);
    const renamed = { name: "History 2024", id: "{H1}" };
    expect(ownedSheetTarget(store, "history", HISTORY, "fr", [AR, renamed])).toEqual({
      current: renamed,
      name: "History 2024",
    });
    // Renamed to the other language's name: it takes the pane's language again.
    const french = { name: "Historique crédit", id: "{H1}" };
    expect(ownedSheetTarget(store, "history", HISTORY, "en", [french])).toEqual({
      current: french,
      name: "Credit history",
    });
  });

  it("takes a sheet remembered without an id by its name, as older workbooks stored it", () => {
    const store = mapStore({ [OWNED_SHEETS_KEY]: { history: "Credit history" } });
    expect(ownedSheetTarget(store, "history", HISTORY, "en", [AR, OURS])).toEqual({
      current: OURS,
      name: "Credit history",
    });
    expect(ownedSheetTarget(store, "history", HISTORY, "en", [AR])).toEqual({
      current: undefined,
      name: "Credit history",
    });
  });

  it("keeps roles apart: another role's sheet is never taken", () => {
    const store = mapStore();
    rememberOwnedSheet(store, "reminderLog", { name: "Reminder log", id: "{L1}" });
    expect(ownedSheetTarget(store, "history", HISTORY, "en", [OURS])).toEqual({
      current: undefined,
      name: "Credit history (2)",
    });
  });
});
