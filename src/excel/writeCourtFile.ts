import { rememberOwnedSheet } from "../core/sheet/addInMemory";
import { sheetMarker } from "../core/sheet/sheetMarker";
import { rangeAddress } from "../core/sheet/a1";
import { COURT_FILE_SHEET } from "../core/legal/courtFileOf";
import { courtFileLayout } from "../core/legal/courtFileLayout";
import type { CourtFileRequest } from "../core/workbook";
import { documentStore, saveSettingsAsync } from "./documentSettings";
import { confirmedOwnedSheet } from "./ownedSheetMarker";
import { styleHeader } from "./ownHeaders";
import { writeBatches } from "./writeBatches";

/**
 * Write or refresh the court file sheet. Syncs: which sheets exist, its A1 marker (when it
 * exists), the cells, then styles and name. Refreshing clears the sheet: its id and the title
 * the add-in wrote in A1 must both say it is ours.
 */
export async function writeCourtFile(
  context: Excel.RequestContext,
  request: CourtFileRequest,
  chunkBytes: number
): Promise<void> {
  const language = request.language ?? "en";
  const sheets = context.workbook.worksheets.load("items/name,items/id");
  await context.sync(); // 1: which sheets exist
  const owned = await confirmedOwnedSheet(
    context,
    "courtFile",
    COURT_FILE_SHEET,
    language,
    sheets.items.map(({ name, id }) => ({ name, id }))
  );
  const isNew = owned.current === undefined;
  const name = owned.current?.name ?? owned.name;
  const sheet = isNew
    ? context.workbook.worksheets.add(name)
    : context.workbook.worksheets.getItem(name);
  if (isNew) sheet.load("id");
  else sheet.getRange().clear(Excel.ClearApplyTo.all);
  const layout = courtFileLayout(request.file, language);
  await writeBatches(
    context,
    [{ sheet: name, row: 1, column: 0, values: layout.cells, numberFormat: layout.formats }],
    chunkBytes
  );
  const width = layout.cells[0].length;
  for (const row of [1, layout.totalsRow + 1])
    sheet.getRange(rangeAddress(0, row, width, 1)).format.font.bold = true;
  styleHeader(sheet.getRange(rangeAddress(0, layout.headerRow + 1, width, 1)));
  if (owned.name !== name) sheet.name = owned.name;
  await context.sync(); // last: styles and name
  rememberOwnedSheet(
    documentStore,
    "courtFile",
    { name: owned.name, id: owned.current?.id ?? sheet.id },
    sheetMarker("courtFile", layout.cells[0])
  );
  await saveSettingsAsync();
}
