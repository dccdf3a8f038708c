/**
 * IBAN check (ISO 13616): country code, two check digits, up to 30 letters and digits; moving
 * the first four characters to the end and reading letters as 10-35 must leave 1 modulo 97.
 * Spaces are allowed as written on letters ("FR76 3000 6000 ...") and removed.
 */

/**
 * The IBAN without spaces, upper case.
 * @example compactIban("fr76 3000 6000 0112 3456 7890 189") //=> "FR7630006000011234567890189"
 */
export function compactIban(text: string): string {
  return text.replace(/\s+/g, "").toUpperCase();
}

/**
 * Why the IBAN is refused, or undefined when it is valid.
 * @example ibanProblem("FR7630006000011234567890189") //=> undefined
 * @example ibanProblem("FR7630006000011234567890188") //=> "checksum"
 */
export function ibanProblem(text: string): "format" | "checksum" | undefined {
  const iban = compactIban(text);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return "format";
  const moved = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of moved) {
    const value = ch >= "A" ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1 ? undefined : "checksum";
}

/**
 * A BIC (ISO 9362): 4 letters (bank), 2 letters (country), 2 letters or digits, optional branch of 3.
 * @example isBic("BNPAFRPP") //=> true; isBic("BNP") //=> false
 */
export function isBic(text: string): boolean {
  return /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(text.replace(/\s+/g, "").toUpperCase());
}
