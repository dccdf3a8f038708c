import type { SheetText } from "../core/sheet/analysisColumns";
import { rangeAddress } from "../core/sheet/a1";
import {
  markedOwnedSheetTarget,
  rememberOwnedSheet,
  ownedSheetCandidate,
  type OwnedSheetTarget,
  type SheetIdentity,
} from "../core/sheet/addInMemory";
import { markerWidth, sheetMarker } from "../core/sheet/sheetMarker";
import type { Language } from "../core/types";
import { documentStore, saveSettingsAsync } from "./documentSettings";

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

/**
 * One of the add-in's sheets, opened to be written: the confirmed one (confirmedOwnedSheet,
 * after one sync for the workbook's sheets), else a new one under the name in the pane's language.
 */
export interface OwnedSheet {
  sheet: Excel.Worksheet;
  /** The name to write under: a found sheet keeps its own until renameOwnedSheet. */
  name: string;
  isNew: boolean;
  target: OwnedSheetTarget;
}

/** The add-in's sheet for a role as it stands: which sheets exist (1 sync), then its marker. */
export async function findOwnedSheet(
  context: Excel.RequestContext,
  role: string,
  names: SheetText,
  language: Language
): Promise<OwnedSheetTarget> {
  const sheets = context.workbook.worksheets.load("items/name,items/id");
  await context.sync(); // which sheets exist
  const identities = sheets.items.map(({ name, id }) => ({ name, id }));
  return confirmedOwnedSheet(context, role, names, language, identities);
}

/**
 * Open the add-in's sheet for a role to write it: added when there is none, else found and,
 * with `clear`, cleared (only a sheet whose id and marker both say it is the add-in's).
 */
export async function openOwnedSheet(
  context: Excel.RequestContext,
  request: OwnedSheetRequest,
  options: { clear: boolean }
): Promise<OwnedSheet> {
  const target = await findOwnedSheet(context, request.role, request.names, request.language);
  return ownedSheetOf(context, target, options.clear);
}

/** The sheet of a found target, added when there is none (its id comes with the next sync). */
export function ownedSheetOf(
  context: Excel.RequestContext,
  target: OwnedSheetTarget,
  clear: boolean
): OwnedSheet {
  const isNew = target.current === undefined;
  const name = target.current?.name ?? target.name;
  const { worksheets } = context.workbook;
  const sheet = isNew ? worksheets.add(name) : worksheets.getItem(name);
  if (isNew) sheet.load("id");
  else if (clear) sheet.getRange().clear(Excel.ClearApplyTo.all);
  return { sheet, name, isNew, target };
}

/** Queued before the last sync: the sheet takes its name in the pane's language. */
export function renameOwnedSheet({ sheet, name, target }: OwnedSheet): void {
  if (target.name !== name) sheet.name = target.name;
}

/**
 * After the last sync: the sheet is remembered by its id and name with the marker its first row
 * carries, and the document's settings saved.
 */
export async function rememberSheet(
  role: string,
  target: OwnedSheetTarget,
  sheet: Excel.Worksheet,
  firstRow: readonly unknown[]
): Promise<void> {
  const identity = { name: target.name, id: target.current?.id ?? sheet.id };
  rememberOwnedSheet(documentStore, role, identity, sheetMarker(role, firstRow));
  await saveSettingsAsync();
}
