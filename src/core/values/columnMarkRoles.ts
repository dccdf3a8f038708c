import { amountMarkRoles, type MarkRoles } from "./parseAmount";

/**
 * What the texts of one column prove of "," and ".": a mark is the column's decimal separator
 * when some texts prove it (12,5 or 1.234,56) and none prove it groups thousands (1,234,567), and
 * the other way round. A mark the texts prove both ways settles nothing: an ambiguous 1,250 in
 * such a column stays refused. Numbers (real cells) prove nothing: they have no separators.
 */
export function columnMarkRoles(values: Iterable<unknown>): MarkRoles {
  const decimal = { ".": false, ",": false };
  const group = { ".": false, ",": false };
  for (const value of values) {
    if (typeof value !== "string") continue;
    const roles = amountMarkRoles(value);
    for (const mark of [".", ","] as const) {
      if (roles[mark] === "decimal") decimal[mark] = true;
      else if (roles[mark] === "group") group[mark] = true;
    }
  }
  const settled: MarkRoles = {};
  for (const mark of [".", ","] as const) {
    if (decimal[mark] !== group[mark]) settled[mark] = decimal[mark] ? "decimal" : "group";
  }
  return settled;
}
