import { isBlank } from "../values/isBlank";
import { normalizeHeader } from "./normalizeHeader";

/**
 * Columns the add-in created on a sheet, remembered with the workbook (settings) so that the next
 * run finds them again and updates them in place. A column is the add-in's only where the proof
 * holds: its mark (columnMarks: a defined name that moves with the column) and its header text,
 * as written. A user's column under the same header, wherever it stands, stays the user's.
 */
export interface OwnedColumn {
  /** Analysis column id (see analysisColumns) or "lastReminder" / "lastLevel" (reminder memory). */
  id: string;
  /** Header as written, possibly suffixed when the plain name was taken by a user's column. */
  header: string;
  /**
   * 0-based index in the header row: where it was last written, as remembered; where its mark
   * is now, once located (locateOwnedColumns).
   */
  index?: number;
  /** True once the column's header cell carries the add-in's mark (columnMarks). */
  marked?: boolean;
}

/** Where a column of the add-in goes: its header and 0-based index within the header row read. */
export interface Placement extends OwnedColumn {
  index: number;
  /** True when the column does not exist yet and must be created (an empty column, or a new table column). */
  isNew: boolean;
  /** The header the column has now, when it gets another one (a run in the other language). */
  renamedFrom?: string;
}

/** Appended to a header when a column of the user already has the plain name. */
export const OWN_SUFFIX = " (Credit Control)";

const headerText = (cell: unknown): string => (isBlank(cell) ? "" : String(cell).trim());

/**
 * Index of each owned column present in the header row: at its (located) index, with the header
 * it was written with. Never elsewhere: a column under the same header at another place is a
 * user's (one typed after deleting the add-in's, or added beside it).
 */
export function findOwnedColumns(
  headerCells: readonly unknown[],
  owned: readonly OwnedColumn[]
): Map<string, number> {
  const found = new Map<string, number>();
  const used = new Set<number>();
  for (const column of owned) {
    const { index } = column;
    if (index === undefined || used.has(index) || index >= headerCells.length) continue;
    if (headerText(headerCells[index]) !== column.header) continue;
    found.set(column.id, index);
    used.add(index);
  }
  return found;
}

/**
 * Place the add-in's columns: an owned column still present keeps its place; a new one goes to
 * the next free column from `firstFree` (past the last used column, so never onto a user's cell).
 * Either gets the wanted header (the pane's language: a column written in English is renamed in
 * French on a French run, its header cell being the add-in's), or `header (Credit Control)` (then
 * ` 2`, ` 3`...) when a column of the user (any header that is not the add-in's) already has that
 * name, case and accents ignored.
 */
export function placeColumns(
  headerCells: readonly unknown[],
  wanted: readonly OwnedColumn[],
  owned: readonly OwnedColumn[],
  firstFree: number
): Placement[] {
  const existing = findOwnedColumns(headerCells, owned);
  const ownedIndexes = new Set(existing.values());
  const taken = new Set<string>();
  headerCells.forEach((cell, i) => {
    if (!ownedIndexes.has(i) && !isBlank(cell)) taken.add(normalizeHeader(cell));
  });
  let next = Math.max(firstFree, ...[...ownedIndexes].map((i) => i + 1));
  const placements: Placement[] = [];
  for (const column of wanted) {
    const index = existing.get(column.id);
    // Its own column keeps the wanted header even when a user's column took the same one later.
    const header =
      index !== undefined && headerText(headerCells[index]) === column.header
        ? column.header
        : freeHeader(column.header, taken);
    taken.add(normalizeHeader(header));
    if (index !== undefined) {
      const current = headerText(headerCells[index]);
      const placement: Placement = { id: column.id, header, index, isNew: false };
      if (current !== header) placement.renamedFrom = current;
      placements.push(placement);
    } else placements.push({ id: column.id, header, index: next++, isNew: true });
  }
  return placements;
}

function freeHeader(header: string, taken: ReadonlySet<string>): string {
  if (!taken.has(normalizeHeader(header))) return header;
  let candidate = header + OWN_SUFFIX;
  for (let n = 2; taken.has(normalizeHeader(candidate)); n++)
    candidate = `${header}${OWN_SUFFIX} ${n}`;
  return candidate;
}
