/**
 * The key that groups a customer's rows: "ACME  Sarl " and "acme sarl" are the same debtor.
 * Spaces are trimmed and collapsed (no-break spaces too), case is ignored, and accents are
 * composed the same way (NFC) so a name pasted from another system still matches.
 * @example customerKey(" ACME  Sarl ") //=> "acme sarl"
 */
export function customerKey(name: string): string {
  return String(name ?? "")
    .normalize("NFC")
    .trim()
    .replace(/\s+/g, " ")
    .toLowerCase();
}

/**
 * The name as it should be shown: trimmed, spaces collapsed, case kept.
 * @example customerDisplayName("  ACME   Sarl ") //=> "ACME Sarl"
 */
export function customerDisplayName(name: string): string {
  return String(name ?? "")
    .trim()
    .replace(/\s+/g, " ");
}

/**
 * customerKey with a memory of the names already seen: a sheet repeats each customer's name on
 * every row, so a million rows cost a few thousand normalisations and a map look-up each.
 * @example memoizedCustomerKey()(" ACME ") //=> "acme"
 */
export function memoizedCustomerKey(): (name: string) => string {
  const keys = new Map<string, string>();
  return (name) => {
    let key = keys.get(name);
    if (key === undefined) {
      key = customerKey(name);
      keys.set(name, key);
    }
    return key;
  };
}
