import { HISTORY_SHEET, historySheetLayout, type HistoryLine } from "../core/sheet/historySheet";
import type { Day, DunningLevel, Language } from "../core/types";
import type { BookState } from "./bookState";
import { ownedSheet } from "./ownedSheet";

/** Write the history sheet the analysis formulas read, and its workbook names. */
export function writeHistory(
  state: BookState,
  lines: HistoryLine[],
  asOf: Day,
  ladder: readonly DunningLevel[],
  language: Language
): void {
  const layout = historySheetLayout(lines, asOf, ladder, language);
  const sheet = ownedSheet(state, "history", HISTORY_SHEET, language, layout.cells[0]);
  sheet.clear();
  layout.cells.forEach((row, r) =>
    row.forEach((input, c) => sheet.input(r + 1, c, input, { numberFormat: layout.formats[r][c] }))
  );
  for (const [name, area] of Object.entries(layout.names))
    state.names.set(name, { sheet: sheet.name, area });
}
