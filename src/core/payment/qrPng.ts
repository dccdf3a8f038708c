import { crc32 } from "../files/storedZip";
import { concatBytes } from "../files/concatBytes";
import { qrMatrix } from "./qrMatrix";

/** Pixels per module and quiet-zone modules: 4 and 4, as a printed EPC code needs. */
const SCALE = 4;
const QUIET = 4;

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/**
 * A zlib stream of stored (uncompressed) deflate blocks (RFC 1950/1951): valid for every PNG
 * reader, and a 1-bit QR image is a few kilobytes, so compressing would save little.
 */
function zlibStored(data: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(data.length / 65535));
  const out = new Uint8Array(2 + data.length + blocks * 5 + 4);
  out[0] = 0x78;
  out[1] = 0x01;
  let at = 2;
  for (let b = 0; b < blocks; b++) {
    const part = data.subarray(b * 65535, Math.min(data.length, (b + 1) * 65535));
    out[at] = b === blocks - 1 ? 1 : 0;
    out[at + 1] = part.length & 0xff;
    out[at + 2] = part.length >> 8;
    out[at + 3] = ~part.length & 0xff;
    out[at + 4] = (~part.length >> 8) & 0xff;
    out.set(part, at + 5);
    at += 5 + part.length;
  }
  let a = 1;
  let s = 0;
  for (const byte of data) {
    a = (a + byte) % 65521;
    s = (s + a) % 65521;
  }
  new DataView(out.buffer).setUint32(at, ((s << 16) | a) >>> 0);
  return out;
}

/**
 * The QR code of a text as a PNG file (1-bit greyscale, 4 pixels per module, 4-module quiet zone).
 * Mail clients show PNG where they refuse SVG, and core has no canvas: the file is written here.
 */
export function qrPng(text: string): Uint8Array {
  const matrix = qrMatrix(text);
  const size = (matrix.length + 2 * QUIET) * SCALE;
  const rowBytes = Math.ceil(size / 8);
  // Each scanline: filter type 0, then the pixels, 1 bit each (1 = white), first pixel high.
  const raw = new Uint8Array(size * (rowBytes + 1));
  for (let y = 0; y < size; y++) {
    const line = y * (rowBytes + 1);
    for (let x = 0; x < size; x++) {
      const r = Math.floor(y / SCALE) - QUIET;
      const c = Math.floor(x / SCALE) - QUIET;
      const dark = matrix[r]?.[c] === true;
      if (!dark) raw[line + 1 + (x >> 3)] |= 0x80 >> (x & 7);
    }
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, size);
  view.setUint32(4, size);
  header.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale, deflate, no filter, no interlace
  return concatBytes([
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlibStored(raw)),
    chunk("IEND", new Uint8Array(0)),
  ]);
}
