import jsQR from "jsqr";
import { inflateSync } from "zlib";

/**
 * Reads a QR code back from PNG bytes as a banking app would from a picture of it: the PNG is
 * parsed by the book (chunks, zlib inflate of IDAT, greyscale scanlines of filter 0 at bit depth
 * 1 or 8), the pixels handed to jsQR. Returns the decoded text, or undefined when jsQR finds none.
 */
export function decodeQrPng(png: Uint8Array): string | undefined {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let at = 8;
  let width = 0;
  let height = 0;
  let depth = 0;
  const idat: Uint8Array[] = [];
  while (at < png.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === "IHDR") {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      depth = data[8];
      if (data[9] !== 0) throw new Error("not a greyscale PNG");
    }
    if (type === "IDAT") idat.push(data);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const rowBytes = Math.ceil((width * depth) / 8);
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    const line = y * (rowBytes + 1);
    if (raw[line] !== 0) throw new Error("filtered scanline");
    for (let x = 0; x < width; x++) {
      const grey =
        depth === 1 ? ((raw[line + 1 + (x >> 3)] >> (7 - (x & 7))) & 1) * 255 : raw[line + 1 + x];
      rgba.set([grey, grey, grey, 255], (y * width + x) * 4);
    }
  }
  return jsQR(rgba, width, height)?.data;
}

/** The PNG of a data:image/png;base64 URI. */
export function pngOfDataUri(uri: string): Uint8Array {
  const match = /^data:image\/png;base64,([A-Za-z0-9+/=]+)$/.exec(uri);
  if (!match) throw new Error(`not a PNG data URI: ${uri.slice(0, 40)}`);
  return new Uint8Array(Buffer.from(match[1], "base64"));
}
