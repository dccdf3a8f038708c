import type { OwnedColumn } from "./ownedColumns";

/**
 * The add-in marks the header cell of each column it writes with a sheet-scoped defined name
 * (hidden): Excel moves a name with its cell when columns are inserted, deleted or moved, and
 * turns it into #REF! when the cell is deleted. The mark is the add-in's proof that a column is
 * still the one it wrote: a header text alone is not, since a user may type the same header in
 * a column of their own (issue 10, finding 1).
 */
const MARK_PREFIX = "CreditControl_";

/**
 * The name marking the add-in's column `id` ("CreditControl_risk").
 * @example columnMarkName("risk") //=> "CreditControl_risk"
 */
export function columnMarkName(id: string): string {
  return MARK_PREFIX + id;
}

/**
 * The column id a defined name marks, or undefined when it is not one of the add-in's marks.
 * @example markedColumnId("CreditControl_risk") //=> "risk"; markedColumnId("Print_Area") //=> undefined
 */
export function markedColumnId(name: string): string | undefined {
  return name.startsWith(MARK_PREFIX) ? name.slice(MARK_PREFIX.length) : undefined;
}

/**
 * Where the add-in's remembered columns are now: each at its mark's column (0-based within the
 * header row read). A column remembered as marked whose mark is gone (deleted with its column)
 * is no longer the add-in's. One remembered without a mark (a workbook written before marks)
 * keeps its stored index, which then must still hold its header (findOwnedColumns).
 * @example locateOwnedColumns([{ id: "risk", header: "Risk", index: 8, marked: true }], new Map([["risk", 9]]))
 * //=> [{ id: "risk", header: "Risk", index: 9, marked: true }]
 */
export function locateOwnedColumns(
  owned: readonly OwnedColumn[],
  marks: ReadonlyMap<string, number>
): OwnedColumn[] {
  const located: OwnedColumn[] = [];
  for (const column of owned) {
    const index = marks.get(column.id);
    if (index !== undefined) located.push({ ...column, index });
    else if (!column.marked) located.push(column);
  }
  return located;
}
