import { WorkbookError } from "../workbook";
import { isBlank } from "../values/isBlank";
import { headerScore } from "./matchColumns";

/** The header is looked for in the first rows only: a title block is short. */
export const HEADER_SEARCH_ROWS = 30;
/** At least two known columns (two exact synonyms, or more partial ones) make a header. */
const MIN_HEADER_SCORE = 1.5;

/** A rectangle of cells, 0-based within the cells read (merged areas, selections). */
export interface CellArea {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

const isTextRow = (row: readonly unknown[]): boolean =>
  row.every((cell) => isBlank(cell) || typeof cell === "string");

/**
 * Index (0-based within `cells`) of the header row: the row of the first rows that names the most
 * known columns. A title or notes above it are fine. Refuses, with a WorkbookError, a sheet whose
 * header spans two rows (an adjacent row of text that also names known columns, e.g. a grouped
 * "Invoice | Payment" row or the headers repeated in a second language), because which row holds
 * the names to map is then a guess, and a header row with merged cells, whose columns cannot be told apart.
 */
export function findHeaderRow(
  cells: readonly (readonly unknown[])[],
  options: {
    ignore?: ReadonlySet<number>;
    mergedAreas?: readonly CellArea[];
    firstRow?: number;
  } = {}
): number {
  const firstRow = options.firstRow ?? 1;
  const limit = Math.min(cells.length, HEADER_SEARCH_ROWS);
  const scores: number[] = [];
  let best = -1;
  for (let i = 0; i < limit; i++) {
    scores[i] = isTextRow(cells[i]) ? headerScore(cells[i], options.ignore) : 0;
    if (scores[i] >= MIN_HEADER_SCORE && (best < 0 || scores[i] > scores[best])) best = i;
  }
  if (best < 0) {
    throw new WorkbookError(
      "no-header",
      "No header row found: the first rows do not name a customer, an invoice, a due date or an amount. " +
        "Add a header row such as Customer | Invoice | Due date | Amount.",
      { rowsSearched: limit }
    );
  }
  for (const neighbour of [best - 1, best + 1]) {
    if (neighbour >= 0 && neighbour < limit && scores[neighbour] >= MIN_HEADER_SCORE) {
      throw new WorkbookError(
        "two-header-rows",
        `Rows ${firstRow + Math.min(best, neighbour)} and ${firstRow + Math.max(best, neighbour)} ` +
          "both look like header rows. Keep a single header row above the invoices.",
        { row: firstRow + best, otherRow: firstRow + neighbour }
      );
    }
  }
  const merged = (options.mergedAreas ?? []).find(
    (area) =>
      area.row <= best &&
      best < area.row + area.rowCount &&
      (area.rowCount > 1 || area.columnCount > 1)
  );
  if (merged) {
    throw new WorkbookError(
      "merged-header",
      `The header row ${firstRow + best} has merged cells. Unmerge them so that each column has its own header.`,
      { row: firstRow + best, column: merged.column + 1 }
    );
  }
  return best;
}
