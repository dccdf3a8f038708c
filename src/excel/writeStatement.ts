import { STATEMENT_SHEET, statementSheetLayout } from "../core/account/statementSheet";
import type { StatementRequest } from "../core/workbook";
import { openOwnedSheet, rememberSheet, renameOwnedSheet } from "./ownedSheetMarker";
import { boldRows } from "./ownHeaders";
import { writeBatches } from "./writeBatches";

/**
 * Write or refresh the statement sheet (cleared, then written). Syncs: which sheets exist, its
 * marker (when it exists), one per chunk of cells, the bold rows and name. Refreshing clears the
 * sheet: its id and its A1 marker must both say it is ours.
 */
export async function writeStatement(
  context: Excel.RequestContext,
  request: StatementRequest,
  chunkBytes: number
): Promise<void> {
  const language = request.language ?? "en";
  const owned = await openOwnedSheet(
    context,
    { role: "statement", names: STATEMENT_SHEET, language },
    { clear: true }
  );
  const layout = statementSheetLayout(request.statements, request.sender, language);
  await writeBatches(
    context,
    [{ sheet: owned.name, row: 1, column: 0, values: layout.cells, numberFormat: layout.formats }],
    chunkBytes
  );
  boldRows(owned.sheet, layout.boldRows, layout.cells[0].length);
  renameOwnedSheet(owned);
  await context.sync(); // last: bold rows, name
  await rememberSheet("statement", owned.target, owned.sheet, layout.cells[0]);
}
