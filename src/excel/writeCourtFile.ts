import { rangeAddress } from "../core/sheet/a1";
import { COURT_FILE_SHEET } from "../core/legal/courtFileOf";
import { courtFileLayout } from "../core/legal/courtFileLayout";
import type { CourtFileRequest } from "../core/workbook";
import { openOwnedSheet, rememberSheet, renameOwnedSheet } from "./ownedSheetMarker";
import { boldRows, styleHeader } from "./ownHeaders";
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
  const owned = await openOwnedSheet(
    context,
    { role: "courtFile", names: COURT_FILE_SHEET, language },
    { clear: true }
  );
  const layout = courtFileLayout(request.file, language);
  await writeBatches(
    context,
    [{ sheet: owned.name, row: 1, column: 0, values: layout.cells, numberFormat: layout.formats }],
    chunkBytes
  );
  const width = layout.cells[0].length;
  boldRows(owned.sheet, [1, layout.totalsRow + 1], width);
  styleHeader(owned.sheet.getRange(rangeAddress(0, layout.headerRow + 1, width, 1)));
  renameOwnedSheet(owned);
  await context.sync(); // last: styles and name
  await rememberSheet("courtFile", owned.target, owned.sheet, layout.cells[0]);
}
