/**
 * How a letter is signed: the sender's name, then the signature, without printing the name twice
 * when the signature already starts with it, and without an empty line when either is blank.
 */
export function senderLines(
  senderName: string,
  signature: string
): { block: string; hasName: boolean } {
  const name = senderName.trim();
  const sign = signature.trim();
  const startsWithName = name !== "" && sign.toLowerCase().startsWith(name.toLowerCase());
  const block = startsWithName || name === "" ? sign : sign === "" ? name : `${name}\n${sign}`;
  return { block, hasName: name !== "" };
}
