import type { SheetText } from "../core/sheet/analysisColumns";
import { rangeAddress } from "../core/sheet/a1";
import {
  markedOwnedSheetTarget,
  ownedSheetCandidate,
  type OwnedSheetTarget,
  type SheetIdentity,
} from "../core/sheet/addInMemory";
import { markerWidth, sheetMarker } from "../core/sheet/sheetMarker";
import type { Language } from "../core/types";
import { documentStore } from "./documentSettings";

/** One of the add-in's sheets to find: its role, its names, the language of a new one. */
export interface OwnedSheetRequest {
  role: string;
  names: SheetText;
  language: Language;
}

/**
 * The add-in's sheets for these roles, each checked before it is written: found by its id (or,
 * ids having changed since the last opening, by its name) and confirmed by the marker the
 * add-in wrote in its first row (sheetMarker: A1, or a journal's header row). Worksheet.id alone
 * proves nothing: ids are not stable from one opening of a workbook to the next nor across hosts
 * (office-js-docs #297, office-js #1390). One sync when there is a candidate to check.
 */
export async function confirmedOwnedSheets(
  context: Excel.RequestContext,
  requests: readonly OwnedSheetRequest[],
  sheets: readonly SheetIdentity[]
): Promise<OwnedSheetTarget[]> {
  const firstRows = requests.map(({ role }) => {
    const candidate = ownedSheetCandidate(documentStore, role, sheets);
    return candidate
      ? context.workbook.worksheets
          .getItem(candidate.name)
          .getRange(rangeAddress(0, 1, markerWidth(role), 1))
          .load("values")
      : undefined;
  });
  if (firstRows.some((row) => row !== undefined)) await context.sync(); // the candidates' markers
  return requests.map(({ role, names, language }, i) => {
    const row = firstRows[i]?.values[0];
    const marker = row ? sheetMarker(role, row) : undefined;
    return markedOwnedSheetTarget(documentStore, role, names, language, sheets, marker);
  });
}

/** confirmedOwnedSheets for one role. */
export async function confirmedOwnedSheet(
  context: Excel.RequestContext,
  role: string,
  names: SheetText,
  language: Language,
  sheets: readonly SheetIdentity[]
): Promise<OwnedSheetTarget> {
  const [target] = await confirmedOwnedSheets(context, [{ role, names, language }], sheets);
  return target;
}
