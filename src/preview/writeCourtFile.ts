import { COURT_FILE_SHEET } from "../core/legal/courtFileOf";
import { courtFileLayout } from "../core/legal/courtFileLayout";
import type { CourtFileRequest } from "../core/workbook";
import type { BookState } from "./bookState";
import { ownedSheet } from "./ownedSheet";

/** Write or refresh the court file sheet: cleared, then its cells, title, headers and totals in bold. */
export function writeCourtFile(state: BookState, request: CourtFileRequest): void {
  const language = request.language ?? "en";
  const layout = courtFileLayout(request.file, language);
  const sheet = ownedSheet(state, "courtFile", COURT_FILE_SHEET, language, layout.cells[0]);
  const bold = new Set([0, layout.headerRow, layout.totalsRow]);
  sheet.clear();
  layout.cells.forEach((row, r) =>
    row.forEach((input, c) =>
      sheet.input(r + 1, c, input, {
        numberFormat: layout.formats[r][c],
        ...(bold.has(r) ? { bold: true } : {}),
      })
    )
  );
}
