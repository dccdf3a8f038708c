import { STATEMENT_SHEET, statementSheetLayout } from "../core/account/statementSheet";
import { rangeAddress } from "../core/sheet/a1";
import { rememberOwnedSheet } from "../core/sheet/addInMemory";
import { sheetMarker } from "../core/sheet/sheetMarker";
import type { StatementRequest } from "../core/workbook";
import { documentStore, saveSettingsAsync } from "./documentSettings";
import { confirmedOwnedSheet } from "./ownedSheetMarker";
import { writeBatches } from "./writeBatches";

/**
 * Write or refresh the statement sheet (cleared, then written). Syncs: which sheets exist, its
 * marker (when it exists), one per chunk of cells, the bold rows and name.
 */
export async function writeStatement(
  context: Excel.RequestContext,
  request: StatementRequest,
  chunkBytes: number
): Promise<void> {
  const language = request.language ?? "en";
  const sheets = context.workbook.worksheets.load("items/name,items/id");
  await context.sync(); // 1: which sheets exist
  // Refreshing clears the sheet: its id and its A1 marker must both say it is ours.
  const owned = await confirmedOwnedSheet(
    context,
    "statement",
    STATEMENT_SHEET,
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
  const layout = statementSheetLayout(request.statements, request.sender, language);
  await writeBatches(
    context,
    [{ sheet: name, row: 1, column: 0, values: layout.cells, numberFormat: layout.formats }],
    chunkBytes
  );
  const width = layout.cells[0].length;
  for (const row of layout.boldRows)
    sheet.getRange(rangeAddress(0, row, width, 1)).format.font.bold = true;
  if (owned.name !== name) sheet.name = owned.name;
  await context.sync(); // last: bold rows, name
  rememberOwnedSheet(
    documentStore,
    "statement",
    { name: owned.name, id: owned.current?.id ?? sheet.id },
    sheetMarker("statement", layout.cells[0])
  );
  await saveSettingsAsync();
}
