/**
 * A header reduced to what identifies it: lower case, no accents, no spaces or punctuation.
 * "Date d'échéance" and "DATE D ECHEANCE" both become "datedecheance", "N° pièce" becomes "npiece",
 * so a synonym list can be matched whatever the typing habits of the sheet's author.
 * @example normalizeHeader("  Date d'échéance ") //=> "datedecheance"
 */
export function normalizeHeader(header: unknown): string {
  if (header === null || header === undefined) return "";
  return String(header)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/[^a-z0-9]/g, "");
}
