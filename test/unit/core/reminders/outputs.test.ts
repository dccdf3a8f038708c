import {
  MAX_MAILTO_LENGTH,
  draftReminders,
  editDraft,
  reminderRecords,
  safeFileName,
  toClipboard,
  toMailto,
} from "../../../../src/core/reminders";
import type { Invoice } from "../../../../src/core/types";
import { AS_OF, invoice, settings } from "./fixtures";

const draftOf = (invoices: Invoice[], paymentInstructions = "") =>
  draftReminders(invoices, {
    asOf: AS_OF,
    settings: settings({ paymentInstructions, signature: "" }),
    fallbackLanguage: "en",
  }).drafts[0];

describe("toMailto", () => {
  it("opens the plain text with the subject and the recipients, CRLF line breaks", () => {
    const draft = draftOf([
      invoice({ daysLate: 5, language: "en", email: "a@dupont.fr; b@dupont.fr" }),
    ]);
    const link = toMailto(draft);
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    const url = new URL(link.url);
    expect(url.protocol).toBe("mailto:");
    expect(decodeURIComponent(url.pathname)).toBe("a@dupont.fr,b@dupont.fr");
    const query = new URLSearchParams(
      link.url.slice(link.url.indexOf("?") + 1).replace(/\+/g, "%2B")
    );
    expect(query.get("subject")).toBe(draft.subject);
    expect(query.get("body")).toBe(draft.text.replace(/\n/g, "\r\n"));
    expect(link.url.length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
  });

  it("says when the message is too long for a link, so that the pane offers the .eml", () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      invoice({ invoiceNumber: `LONG-${i}`, daysLate: 40 })
    );
    const link = toMailto(draftOf(many, "IBAN FR76 3000 6000 0112 3456 7890 189"));
    expect(link).toEqual({
      ok: false,
      reason: "too-long",
      length: expect.any(Number),
      limit: 1800,
    });
    if (!link.ok) expect(link.length).toBeGreaterThan(1800);
  });

  it("works without a recipient: the user types it in the mail app", () => {
    const link = toMailto(draftOf([invoice({ daysLate: 5, email: undefined })]));
    expect(link.ok && link.url.startsWith("mailto:?subject=")).toBe(true);
  });
});

describe("toClipboard", () => {
  it("gives an HTML fragment and the plain text", () => {
    const draft = draftOf([invoice({ daysLate: 5 })]);
    const clip = toClipboard(draft);
    expect(clip.text).toBe(draft.text);
    expect(clip.html).toMatch(/^<div style="[^"]+">/);
    expect(clip.html).not.toMatch(/<html|<head|<body|<title/);
    expect(clip.html).toContain("<table");
  });
});

describe("reminderRecords", () => {
  it("records one line per draft: date, customer, rows and numbers of the invoices, level, channel, total", () => {
    const a = invoice({ customer: "A", invoiceNumber: "A1", daysLate: 35, amount: 200 });
    const credit = invoice({ customer: "A", invoiceNumber: "AV", amount: -50 });
    const b = invoice({ customer: "B", invoiceNumber: "B1", daysLate: 5, language: "en" });
    const { drafts } = draftReminders([a, credit, b], {
      asOf: AS_OF,
      settings: settings(),
      fallbackLanguage: "fr",
    });
    expect(reminderRecords(drafts, AS_OF)).toEqual([
      {
        date: AS_OF,
        customer: "A",
        rows: [a.row],
        invoiceNumbers: ["A1"],
        level: 3,
        channel: "phone",
        total: 150,
        language: "fr",
      },
      {
        date: AS_OF,
        customer: "B",
        rows: [b.row],
        invoiceNumbers: ["B1"],
        level: 1,
        channel: "email",
        total: 1000,
        language: "en",
      },
    ]);
  });
});

describe("safeFileName", () => {
  it("keeps names any file system accepts", () => {
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j', "eml")).toBe("a_b_c_d_e_f_g_h_i_j.eml");
    expect(safeFileName("  ..hidden. ", "eml")).toBe("hidden.eml");
    expect(safeFileName("nul", "eml")).toBe("_nul.eml");
    expect(safeFileName("", "eml")).toBe("_.eml");
    expect(safeFileName("x".repeat(300), "eml")).toHaveLength(124);
  });
});

describe("editDraft", () => {
  const draft = draftOf([invoice({ daysLate: 5, language: "en", email: "" })]);

  it("starts without a recipient and says so", () => {
    expect(draft.to).toBeUndefined();
    expect(draft.warnings.map((w) => w.key)).toEqual(["noEmail"]);
  });

  it("checks an address the user types, and drops a bad one with the reason", () => {
    const good = editDraft(draft, { to: "pay@dupont.fr" });
    expect(good.to).toBe("pay@dupont.fr");
    expect(good.warnings).toEqual([]);
    const bad = editDraft(good, { to: "pay@dupont.fr\nBcc: spy@evil.test" });
    expect(bad.to).toBeUndefined();
    expect(bad.warnings.map((w) => w.key)).toEqual(["emailLineBreak"]);
  });

  it("keeps the subject on one line and rebuilds the HTML from edited text, escaped", () => {
    const edited = editDraft(draft, { subject: "New\r\nsubject", text: "Hello <b>you</b>\n\nBye" });
    expect(edited.subject).toBe("New subject");
    expect(edited.warnings.map((w) => w.key)).toEqual(["noEmail", "subjectLineBreak"]);
    expect(edited.html).toContain('<p style="margin:0 0 12px 0">Hello &lt;b&gt;you&lt;/b&gt;</p>');
    expect(edited.html).toContain("<title>New subject</title>");
    expect(editDraft(draft, { subject: "A & B" }).html).toContain("<title>A &amp; B</title>");
  });
});
