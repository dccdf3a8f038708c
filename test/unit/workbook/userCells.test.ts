/**
 * Issue 10: over random sheets and random user edits between two runs, no user cell changes, in
 * both adapters. A few cases here; `npm run fuzz` runs many (test/fuzz/userCells.fuzz.ts).
 */
import fc from "fast-check";
import { userCellsProperty, type AdapterName } from "./userCellsProperty";

const ADAPTERS: [AdapterName, number][] = [
  ["in memory", 100],
  ["Office.js (office-addin-mock)", 25],
];

describe.each(ADAPTERS)("no user cell changes across runs and user edits: %s", (adapter, runs) => {
  it(`keeps every user cell on ${runs} random sheets with random edits between two runs`, async () => {
    await fc.assert(userCellsProperty(adapter), { numRuns: runs });
  }, 120_000);
});
