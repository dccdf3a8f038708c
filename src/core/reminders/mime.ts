/**
 * The few pieces of MIME a draft .eml needs (RFC 2045 quoted-printable, RFC 2047 encoded words,
 * RFC 5322 dates), written here because core runs in the browser: no Buffer, no mail library.
 */

const utf8 = new TextEncoder();

const BASE64_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/**
 * Base64 of bytes (RFC 4648, with padding).
 * @example base64(new TextEncoder().encode("hi")) //=> "aGk="
 */
export function base64(bytes: Uint8Array): string {
  let out = "";
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out +=
      BASE64_ALPHABET[n >> 18] +
      BASE64_ALPHABET[(n >> 12) & 63] +
      BASE64_ALPHABET[(n >> 6) & 63] +
      BASE64_ALPHABET[n & 63];
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out += BASE64_ALPHABET[n >> 18] + BASE64_ALPHABET[(n >> 12) & 63] + "==";
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out +=
      BASE64_ALPHABET[n >> 18] +
      BASE64_ALPHABET[(n >> 12) & 63] +
      BASE64_ALPHABET[(n >> 6) & 63] +
      "=";
  }
  return out;
}

const HEX = "0123456789ABCDEF";
const MAX_QP_LINE = 76;

/** One line of text (no line break) as quoted-printable lines joined by soft breaks. */
function quotedPrintableLine(line: string): string {
  const bytes = utf8.encode(line);
  const out: string[] = [];
  let current = "";
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    const last = i === bytes.length - 1;
    // Printable ASCII stands for itself, except "=" and a space or tab that ends the line.
    const literal = (b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last);
    const token = literal ? String.fromCharCode(b) : `=${HEX[b >> 4]}${HEX[b & 15]}`;
    // Keep room for the "=" of a soft break; never split a =XX triplet.
    if (current.length + token.length > MAX_QP_LINE - 1) {
      out.push(`${current}=`);
      current = "";
    }
    current += token;
  }
  out.push(current);
  return out.join("\r\n");
}

/**
 * Text (any line breaks) as a quoted-printable body with CRLF line ends.
 * @example quotedPrintable("Café") //=> "Caf=C3=A9"
 */
export function quotedPrintable(text: string): string {
  return text.replace(/\r\n?/g, "\n").split("\n").map(quotedPrintableLine).join("\r\n");
}

/** True when a header value can go as it is: short printable ASCII that no decoder would touch. */
function isPlainHeaderText(text: string, maxLength: number): boolean {
  return /^[\x20-\x7e]*$/.test(text) && !text.includes("=?") && text.length <= maxLength;
}

/** Bytes of UTF-8 per encoded word: 39 bytes give 52 base64 characters, 64 with the frame. */
const WORD_BYTES = 39;

/** RFC 2047 encoded words (UTF-8, base64), folded one per line; cut between characters only. */
export function encodedWords(text: string): string {
  const words: string[] = [];
  let chunk = "";
  let chunkBytes = 0;
  for (const char of text) {
    const size = utf8.encode(char).length;
    if (chunkBytes + size > WORD_BYTES && chunk !== "") {
      words.push(chunk);
      chunk = "";
      chunkBytes = 0;
    }
    chunk += char;
    chunkBytes += size;
  }
  if (chunk !== "" || words.length === 0) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${base64(utf8.encode(w))}?=`).join("\r\n ");
}

/**
 * An unstructured header value (Subject): as it is when plain ASCII, else encoded words.
 * @example headerText("Relance : facture F-1") //=> "Relance : facture F-1"
 */
export function headerText(text: string): string {
  return isPlainHeaderText(text, 66) ? text : encodedWords(text);
}

/**
 * A display name for From/To: an atom, a quoted string, or encoded words for non-ASCII.
 * @example displayName("ACME, Inc.") //=> '"ACME, Inc."'
 */
export function displayName(name: string): string {
  if (/^[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]*$/.test(name) && isPlainHeaderText(name, 60)) return name;
  if (isPlainHeaderText(name, 60)) return `"${name.replace(/(["\\])/g, "\\$1")}"`;
  return encodedWords(name);
}

/**
 * A mailbox header value: `Name <address>` or the bare address. The address must be checked.
 * @example mailbox("ap@acme.fr", "ACME Sarl") //=> "ACME Sarl <ap@acme.fr>"
 * @example mailbox("ap@acme.fr", "Société ACME") //=> "=?UTF-8?B?U29jacOpdMOpIEFDTUU=?= <ap@acme.fr>"
 */
export function mailbox(address: string, name?: string): string {
  const trimmed = name?.trim();
  return trimmed ? `${displayName(trimmed)} <${address}>` : address;
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const two = (n: number) => String(n).padStart(2, "0");

/**
 * RFC 5322 date-time in UTC, e.g. "Tue, 05 Mar 2024 09:30:00 +0000".
 * @example rfc5322Date(new Date(Date.UTC(2024, 2, 5, 9, 30))) //=> "Tue, 05 Mar 2024 09:30:00 +0000"
 */
export function rfc5322Date(date: Date): string {
  return (
    `${DAYS[date.getUTCDay()]}, ${two(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ` +
    `${date.getUTCFullYear()} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:` +
    `${two(date.getUTCSeconds())} +0000`
  );
}

/** A short stable hash (FNV-1a, hex) for boundaries and ids: same content, same result. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}
