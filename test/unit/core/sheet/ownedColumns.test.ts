import {
  findOwnedColumns,
  OWN_SUFFIX,
  placeColumns,
} from "../../../../src/core/sheet/ownedColumns";

const RISK_STATUS = [
  { id: "risk", header: "Risk" },
  { id: "status", header: "Status" },
];

describe("findOwnedColumns", () => {
  it("finds the add-in's columns where they are, by their exact header, spaces around ignored", () => {
    const owned = [
      { id: "risk", header: "Risk", index: 3 },
      { id: "status", header: "Status", index: 1 },
    ];
    expect(findOwnedColumns(["Customer", " Status ", "Amount", "Risk"], owned)).toEqual(
      new Map([
        ["risk", 3],
        ["status", 1],
      ])
    );
  });

  it("does not take a header of another case, nor a column the user deleted", () => {
    const owned = [{ id: "risk", header: "Risk", index: 1 }];
    expect(findOwnedColumns(["Customer", "RISK"], owned).size).toBe(0);
    expect(findOwnedColumns([], owned).size).toBe(0);
  });

  it("gives one column to one owned id only", () => {
    const owned = [
      { id: "lastReminder", header: "Relance", index: 0 },
      { id: "lastLevel", header: "Relance", index: 0 },
    ];
    expect(findOwnedColumns(["Relance"], owned)).toEqual(new Map([["lastReminder", 0]]));
  });

  it("tells its column from a user's column of the same name by where it wrote it", () => {
    const headers = ["Customer", "Status", "Due date", "Status"];
    // Written at D: the user later typed "Status" in B; ours stays D, B is never taken.
    expect(findOwnedColumns(headers, [{ id: "status", header: "Status", index: 3 }])).toEqual(
      new Map([["status", 3]])
    );
    // Written at B, and a user column "Status" was added later at D: ours is B.
    expect(findOwnedColumns(headers, [{ id: "status", header: "Status", index: 1 }])).toEqual(
      new Map([["status", 1]])
    );
  });

  it("never takes a same-named column elsewhere: without its place (or its mark) it has no proof", () => {
    const headers = ["Status", "Customer", "Status"];
    expect(findOwnedColumns(headers, [{ id: "status", header: "Status" }]).size).toBe(0);
    expect(findOwnedColumns(headers, [{ id: "status", header: "Status", index: 7 }]).size).toBe(0);
    expect(findOwnedColumns(headers, [{ id: "status", header: "Status", index: 1 }]).size).toBe(0);
  });
});

describe("placeColumns", () => {
  it("appends new columns from the first free column, in the order wanted", () => {
    expect(placeColumns(["Customer", "Invoice", "Due date", "Amount"], RISK_STATUS, [], 4)).toEqual(
      [
        { id: "risk", header: "Risk", index: 4, isNew: true },
        { id: "status", header: "Status", index: 5, isNew: true },
      ]
    );
  });

  it("suffixes its header when the user has a column of that name, case and accents ignored", () => {
    expect(placeColumns(["Client", "STATUS", "Montant"], RISK_STATUS, [], 3)).toEqual([
      { id: "risk", header: "Risk", index: 3, isNew: true },
      { id: "status", header: `Status${OWN_SUFFIX}`, index: 4, isNew: true },
    ]);
    expect(placeColumns(["Statut"], [{ id: "status", header: "Statut" }], [], 1)[0].header).toBe(
      "Statut (Credit Control)"
    );
    expect(
      placeColumns(["Ancienneté"], [{ id: "ageing", header: "ANCIENNETE" }], [], 1)[0].header
    ).toBe("ANCIENNETE (Credit Control)");
  });

  it("numbers the suffix when the user also has the suffixed name", () => {
    const headers = ["Customer", "Status", "Status (Credit Control)", "status (credit control) 2"];
    expect(placeColumns(headers, [{ id: "status", header: "Status" }], [], 4)).toEqual([
      { id: "status", header: "Status (Credit Control) 3", index: 4, isNew: true },
    ]);
  });

  it("keeps its own column where it is, even where a user column now stands to its left", () => {
    // The user inserted "Notes" before the add-in's Status column: its mark moved to 3.
    const owned = [{ id: "status", header: "Status", index: 3 }];
    expect(placeColumns(["Customer", "Notes", "Amount", "Status"], RISK_STATUS, owned, 4)).toEqual([
      { id: "risk", header: "Risk", index: 4, isNew: true },
      { id: "status", header: "Status", index: 3, isNew: false },
    ]);
  });

  it("puts new columns after its own, never onto a column it already has", () => {
    const owned = [{ id: "risk", header: "Risk", index: 5 }];
    // firstFree is 2, but the add-in's Risk column is further right, at 5.
    expect(placeColumns(["Customer", "Amount", "", "", "", "Risk"], RISK_STATUS, owned, 2)).toEqual(
      [
        { id: "risk", header: "Risk", index: 5, isNew: false },
        { id: "status", header: "Status", index: 6, isNew: true },
      ]
    );
  });

  it("does not read blank header cells as taken names", () => {
    expect(
      placeColumns(["Customer", "", null, "  "], RISK_STATUS, [], 4).map((p) => p.header)
    ).toEqual(["Risk", "Status"]);
  });

  it("does not give two of its columns the same header", () => {
    const wanted = [
      { id: "a", header: "Level" },
      { id: "b", header: "level" },
    ];
    expect(placeColumns([], wanted, [], 0).map((p) => p.header)).toEqual([
      "Level",
      "level (Credit Control)",
    ]);
  });

  it("places nothing when nothing is wanted", () => {
    expect(placeColumns(["Customer"], [], [{ id: "risk", header: "Risk" }], 1)).toEqual([]);
  });
});
