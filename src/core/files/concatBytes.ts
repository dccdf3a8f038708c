/**
 * The parts one after the other in one array: how the zip archive and the PNG image put their
 * headers and data together.
 * @example concatBytes([new Uint8Array([1, 2]), new Uint8Array([3])]) //=> new Uint8Array([1, 2, 3])
 */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
