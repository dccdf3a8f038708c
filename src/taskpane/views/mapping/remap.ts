import type { ColumnKey, ColumnMapping, ColumnMatch } from "../../../core/workbook";

/**
 * The mapping after the user chooses `header` for `key`. A column fills one field: when another
 * field had it, that field is left without a column (mapped "") and named in `from`, so the pane
 * says what moved instead of refusing the choice or mapping one column twice.
 * @example remap({}, byKey, "paid", "Amount").from //=> "amount"
 */
export function remap(
  mapping: ColumnMapping,
  byKey: ReadonlyMap<ColumnKey, ColumnMatch>,
  key: ColumnKey,
  header: string
): { mapping: ColumnMapping; from?: ColumnKey } {
  const next: ColumnMapping = { ...mapping, [key]: header };
  if (header === "") return { mapping: next };
  const holders = new Set<ColumnKey>();
  for (const [other, match] of byKey)
    if (other !== key && match.header === header) holders.add(other);
  for (const [other, chosen] of Object.entries(mapping) as [ColumnKey, string][])
    if (other !== key && chosen === header) holders.add(other);
  const from = [...holders][0];
  for (const other of holders) next[other] = "";
  return { mapping: next, from };
}
