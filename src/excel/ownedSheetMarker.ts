import type { SheetText } from "../core/sheet/analysisColumns";
import {
  markedOwnedSheetTarget,
  ownedSheetCandidate,
  type OwnedSheetTarget,
  type RememberedSheet,
  type SheetIdentity,
} from "../core/sheet/addInMemory";
import type { Language } from "../core/types";
import { documentStore } from "./documentSettings";

/**
 * The add-in's sheet for `role`, checked before it is cleared: found by its id (or, ids having
 * changed since the last opening, by its name) and confirmed by the marker the add-in wrote in
 * its A1. One sync when there is a candidate to check.
 */
export async function confirmedOwnedSheet(
  context: Excel.RequestContext,
  role: string,
  names: SheetText,
  language: Language,
  sheets: readonly SheetIdentity[]
): Promise<OwnedSheetTarget> {
  const candidate = ownedSheetCandidate(documentStore, role, sheets);
  let marker: unknown;
  if (candidate) {
    const a1 = context.workbook.worksheets.getItem(candidate.name).getRange("A1").load("values");
    await context.sync(); // the candidate's marker
    marker = a1.values[0][0];
  }
  return markedOwnedSheetTarget(documentStore, role, names, language, sheets, marker);
}

/** A1 as remembered: a text, number or boolean the add-in wrote; nothing for an empty cell. */
export function asMarker(value: unknown): RememberedSheet["marker"] {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean"
    ? value === ""
      ? undefined
      : value
    : undefined;
}
