import { isProvenMemory } from "../../../../src/core/sheet/provenMemory";
import type { LoggedReminder } from "../../../../src/core/workbook";

const LOG: LoggedReminder[] = [
  { date: 45380, customer: "ACME", invoiceNumbers: ["F-1", "F-3"], level: 1, channel: "email" },
  { date: 45390, customer: "ACME", invoiceNumbers: ["F-1"], level: 2, channel: "email" },
];

describe("isProvenMemory: the add-in writes a row's memory only where it can prove it wrote it", () => {
  it("takes blank cells, and the pairs a letter of the log recorded for the row's invoice", () => {
    expect(isProvenMemory([null, ""], "F-9", [])).toBe(true);
    expect(isProvenMemory([45380, 1], "F-3", LOG)).toBe(true);
    expect(isProvenMemory([45390, 2], "F-1", LOG)).toBe(true);
    // A cell the user cleared leaves the other one provable.
    expect(isProvenMemory([45390, null], "F-1", LOG)).toBe(true);
  });

  it("refuses what the user typed: a date or level of their own, a note, another invoice's record", () => {
    expect(isProvenMemory([45382, 1], "F-1", LOG)).toBe(false);
    expect(isProvenMemory([45380, "called, no answer"], "F-3", LOG)).toBe(false);
    expect(isProvenMemory([45390, 1], "F-1", LOG)).toBe(false); // date of one letter, level of another
    expect(isProvenMemory([45390, 2], "F-3", LOG)).toBe(false);
    expect(isProvenMemory([45380, 1], undefined, LOG)).toBe(false);
    expect(isProvenMemory(["2024-03-20", 1], "F-1", LOG)).toBe(false);
  });
});
