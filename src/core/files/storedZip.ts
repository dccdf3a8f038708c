/**
 * A ZIP archive of text files, stored without compression (method 0), UTF-8 names (flag bit 11):
 * one download for all reminder drafts, since browsers block several downloads at once and
 * Outlook opens .eml files one by one. Every system opens such an archive without a library.
 */
import { concatBytes } from "./concatBytes";

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/**
 * @example crc32(new TextEncoder().encode("hello")) //=> 0x3610a686
 */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** MS-DOS date and time of a file entry (local fields, 2-second steps). */
function dosDateTime(date: Date): { time: number; day: number } {
  const time = (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1);
  const day = ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate();
  return { time, day };
}

/** What a file's local header and its central directory entry both say of it. */
interface FileFields {
  time: number;
  day: number;
  crc: number;
  size: number;
  nameLength: number;
}

/**
 * The fields from "version needed" to "name length", the same in both records: at offset 4 of
 * the local header, at 6 of the central entry (which starts with "version made by").
 */
function writeFileFields(view: DataView, at: number, fields: FileFields): void {
  view.setUint16(at, 20, true); // version needed: 2.0
  view.setUint16(at + 2, 0x0800, true); // UTF-8 names
  view.setUint16(at + 4, 0, true); // stored
  view.setUint16(at + 6, fields.time, true);
  view.setUint16(at + 8, fields.day, true);
  view.setUint32(at + 10, fields.crc, true);
  view.setUint32(at + 14, fields.size, true); // compressed size: stored, the same
  view.setUint32(at + 18, fields.size, true);
  view.setUint16(at + 22, fields.nameLength, true);
}

/**
 * The archive's bytes: each file's local header and data, then the central directory.
 * @example [...storedZip([{ fileName: "a.txt", content: "hi" }], new Date(Date.UTC(2024, 2, 5))).slice(0, 4)] //=> [0x50, 0x4b, 3, 4]
 */
export function storedZip(
  files: readonly { fileName: string; content: string }[],
  date: Date
): Uint8Array {
  const encoder = new TextEncoder();
  const { time, day } = dosDateTime(date);
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const file of files) {
    const name = encoder.encode(file.fileName);
    const data = encoder.encode(file.content);
    const crc = crc32(data);
    const fields: FileFields = { time, day, crc, size: data.length, nameLength: name.length };
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    writeFileFields(local, 4, fields);
    const entry = new DataView(new ArrayBuffer(46));
    entry.setUint32(0, 0x02014b50, true);
    entry.setUint16(4, 20, true); // version made by: 2.0
    writeFileFields(entry, 6, fields);
    entry.setUint32(42, offset, true);
    parts.push(new Uint8Array(local.buffer), name, data);
    central.push(new Uint8Array(entry.buffer), name);
    offset += 30 + name.length + data.length;
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, files.length, true);
  end.setUint16(10, files.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  return concatBytes([...parts, ...central, new Uint8Array(end.buffer)]);
}
