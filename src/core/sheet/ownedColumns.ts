import { isBlank } from "../values/isBlank";
import { normalizeHeader } from "./normalizeHeader";

/**
 * Columns the add-in created on a sheet, remembered with the workbook (settings) so that the next
 * run finds them again and updates them in place. They are found by their header text, so a
 * column inserted by the user to their left does not lose them.
 */
export interface OwnedColumn {
  /** Analysis column id (see analysisColumns) or "lastReminder" / "lastLevel" (reminder memory). */
  id: string;
  /** Header as written, possibly suffixed when the plain name was taken by a user's column. */
  header: string;
  /**
   * 0-based index in the header row when last written: tells the add-in's column from a column
   * the user added later under the same name.
   */
  index?: number;
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

/** Index of each owned column present in the header row (exact header text). */
export function findOwnedColumns(
  headerCells: readonly unknown[],
  owned: readonly OwnedColumn[]
): Map<string, number> {
  const found = new Map<string, number>();
  const used = new Set<number>();
  for (const column of owned) {
    const candidates: number[] = [];
    headerCells.forEach((cell, i) => {
      if (!used.has(i) && headerText(cell) === column.header) candidates.push(i);
    });
    if (candidates.length === 0) continue;
    // Where it was written, if it is still there; else the rightmost: the add-in only ever adds
    // columns past the user's, so a same-named column further left is the user's, never ours.
    const index =
      column.index !== undefined && candidates.includes(column.index)
        ? column.index
        : candidates[candidates.length - 1];
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
    const header = freeHeader(column.header, taken);
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
