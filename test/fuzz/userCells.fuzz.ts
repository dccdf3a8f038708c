import { userCellsProperty } from "../unit/workbook/userCellsProperty";
import { fuzzProperty } from "./fuzzProperty";

/**
 * Issue 10: random sheets, random user edits between runs (delete, insert, rename columns, type
 * in the add-in's columns, notes under and beside the data): no user cell changes.
 */
export const properties = [
  fuzzProperty("no user cell changes (in memory)", 2000, userCellsProperty("in memory")),
  fuzzProperty(
    "no user cell changes (Office.js, office-addin-mock)",
    500,
    userCellsProperty("Office.js (office-addin-mock)")
  ),
];
