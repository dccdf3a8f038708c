import type { ActivityEntry } from "../../../../src/core/account/activity";
import { activityRow, readActivityRows } from "../../../../src/core/account/activitySheet";
import { disputesOf, openDisputes } from "../../../../src/core/account/disputes";
import { disputedByReason } from "../../../../src/core/account/disputedByReason";
import { invoiceBuilder } from "../../support/invoiceBuilder";

const entry = (extra: Partial<ActivityEntry>): ActivityEntry => ({
  date: 100,
  customer: "Acme",
  kind: "note",
  invoices: [],
  text: "",
  ...extra,
});

/** What a cell holds once its input is typed: the text mark is not part of the value. */
const typed = (input: string | number) =>
  typeof input === "string" && input.startsWith("'") ? input.slice(1) : input === "" ? null : input;

describe("the Activity sheet: written and read back", () => {
  it("reads back every field it wrote, text from the user never as a formula", () => {
    const entries: ActivityEntry[] = [
      entry({ kind: "call", outcome: "promised", text: "=spoke to Ann" }),
      entry({ kind: "promise", promiseDate: 130, amount: 250.5, invoices: ["F1", "F2"] }),
      entry({
        kind: "dispute",
        reason: "quality",
        owner: "Sales",
        invoices: ["F3"],
        resolvedDate: 140,
      }),
      entry({ kind: "note", email: "ap@acme.test", text: "new contact" }),
    ];
    const rows = entries.map(activityRow);
    expect(rows[0][11]).toBe("'=spoke to Ann");
    const values = [["Date"], ...rows.map((row) => row.map(typed))];
    const read = readActivityRows(values);
    expect(read.problems).toEqual([]);
    expect(read.entries).toEqual(entries.map((e, i) => ({ ...e, row: i + 2 })));
  });

  it("lists a broken line as a problem and keeps the others", () => {
    const values = [
      ["Date"],
      ["yesterday", "Acme", "note"],
      [100, "Acme", "gossip"],
      [100, "", "note"],
      [100, "Acme", "note", "", "", "", "", "", "", "", "", "ok"],
    ];
    const read = readActivityRows(values);
    expect(read.problems.map((p) => p.row)).toEqual([2, 3, 4]);
    expect(read.entries.map((e) => e.text)).toEqual(["ok"]);
  });
});

describe("disputes with reasons", () => {
  const inv = invoiceBuilder(100);
  const invoices = [
    inv("Acme", 90),
    inv("Acme", 90, { amount: 250 }),
    inv("Beta", 90, { disputed: true }),
  ];
  const activity = [
    entry({ kind: "dispute", reason: "price", invoices: ["F2"], owner: "Ann" }),
    entry({ kind: "dispute", reason: "delivery", invoices: ["F3"], date: 101 }),
    entry({ kind: "resolved", invoices: ["F3"], date: 105 }),
  ];

  it("a dispute stays open until resolved, and is resolved from that day on", () => {
    expect([...openDisputes(disputesOf(activity, 104)).values()].map((d) => d.invoice)).toEqual([
      "F2",
      "F3",
    ]);
    const later = disputesOf(activity, 105);
    expect(later.find((d) => d.invoice === "F3")?.resolved).toBe(105);
    expect([...openDisputes(later).values()].map((d) => d.invoice)).toEqual(["F2"]);
  });

  it("sums the disputed open amount by reason, the sheet's own flag as unrecorded", () => {
    expect(disputedByReason(invoices, openDisputes(disputesOf(activity, 104)))).toEqual({
      price: 100,
      delivery: 250,
      unrecorded: 100,
    });
  });
});
