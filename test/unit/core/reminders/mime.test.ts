import {
  base64,
  displayName,
  encodedWords,
  headerText,
  quotedPrintable,
  rfc5322Date,
} from "../../../../src/core/reminders/mime";

/** Decode quoted-printable as RFC 2045 says: soft breaks removed, =XX bytes, then UTF-8. */
function decodeQuotedPrintable(qp: string): string {
  const joined = qp.replace(/=\r\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    if (joined[i] === "=") {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(joined.charCodeAt(i));
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

describe("quotedPrintable", () => {
  it("encodes UTF-8 and '=' and keeps lines within 76 characters, never splitting a =XX", () => {
    const text = `Échéance : 1\u202f234,56\u00a0€ = total ’ ${"é".repeat(80)}\nsecond line ends with a space `;
    const qp = quotedPrintable(text);
    for (const line of qp.split("\r\n")) {
      expect(line.length).toBeLessThanOrEqual(76);
      expect(line).not.toMatch(/=[0-9A-F]$/);
    }
    expect(qp).toContain("=3D total");
    expect(qp).toMatch(/space=20$/);
    expect(decodeQuotedPrintable(qp)).toBe(text.replace(/\n/g, "\r\n"));
  });

  it("writes CRLF for any line break", () => {
    expect(quotedPrintable("a\nb\r\nc\rd")).toBe("a\r\nb\r\nc\r\nd");
  });
});

describe("headers", () => {
  it("encodes non-ASCII text as RFC 2047 words that decode back, never cutting a character", () => {
    const text = "Mise en demeure 🙂 ".repeat(4);
    const words = encodedWords(text).split("\r\n ");
    expect(words.length).toBeGreaterThan(1);
    const decoded = words
      .map((w) => /^=\?UTF-8\?B\?([A-Za-z0-9+/=]+)\?=$/.exec(w) as RegExpExecArray)
      .map((m) => Buffer.from(m[1], "base64").toString("utf8"));
    expect(decoded.join("")).toBe(text);
    for (const w of words) expect(w.length).toBeLessThanOrEqual(75);
  });

  it("leaves short ASCII as it is, quotes names with specials", () => {
    expect(headerText("Reminder: INV-1")).toBe("Reminder: INV-1");
    expect(headerText("=?UTF-8?B?x?=")).toMatch(/^=\?UTF-8\?B\?/);
    expect(displayName("Jeanne Martin")).toBe("Jeanne Martin");
    expect(displayName('ACME, "Paris"')).toBe('"ACME, \\"Paris\\""');
    expect(displayName("Jérôme")).toBe("=?UTF-8?B?SsOpcsO0bWU=?=");
  });

  it("writes dates as RFC 5322 in UTC", () => {
    expect(rfc5322Date(new Date(Date.UTC(2024, 2, 5, 9, 3, 7)))).toBe(
      "Tue, 05 Mar 2024 09:03:07 +0000"
    );
  });

  it("base64 matches Node's", () => {
    for (const s of ["", "a", "ab", "abc", "abcd", "é€’🙂"]) {
      const bytes = new TextEncoder().encode(s);
      expect(base64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
    }
  });
});
