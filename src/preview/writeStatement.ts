import { STATEMENT_SHEET, statementSheetLayout } from "../core/account/statementSheet";
import type { StatementRequest } from "../core/workbook";
import type { BookState } from "./bookState";
import { ownedSheet } from "./ownedSheet";

/** Write or refresh the statement sheet: cleared, then its cells, titles and headers in bold. */
export function writeStatement(state: BookState, request: StatementRequest): void {
  const language = request.language ?? "en";
  const layout = statementSheetLayout(request.statements, request.sender, language);
  const sheet = ownedSheet(state, "statement", STATEMENT_SHEET, language, layout.cells[0]);
  const bold = new Set(layout.boldRows);
  sheet.clear();
  layout.cells.forEach((row, r) =>
    row.forEach((input, c) =>
      sheet.input(r + 1, c, input, {
        numberFormat: layout.formats[r][c],
        ...(bold.has(r + 1) ? { bold: true } : {}),
      })
    )
  );
}
