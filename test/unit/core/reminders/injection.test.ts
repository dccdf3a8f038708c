import { simpleParser } from "mailparser";
import {
  draftReminders,
  parseRecipients,
  reminderRecords,
  toClipboard,
  toEml,
  toMailto,
} from "../../../../src/core/reminders";
import type { Invoice, Settings } from "../../../../src/core/types";
import { AS_OF, invoice, settings } from "./fixtures";

const DATE = new Date(Date.UTC(2024, 2, 5, 9, 30));
const draftsOf = (invoices: Invoice[], overrides: Partial<Settings> = {}) =>
  draftReminders(invoices, { asOf: AS_OF, settings: settings(overrides), fallbackLanguage: "en" })
    .drafts;

/** Every tag in an HTML body: only the ones the drafting writes itself. */
const tags = (html: string) =>
  new Set([...html.matchAll(/<\/?([a-z!][a-z0-9]*)/gi)].map((m) => m[1].toLowerCase()));
const OWN_TAGS = new Set([
  "!doctype",
  "html",
  "head",
  "meta",
  "title",
  "body",
  "p",
  "br",
  "strong",
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
]);

describe("text from cells never becomes markup", () => {
  const hostile = invoice({
    customer: `<script>alert("x")</script> & Co`,
    invoiceNumber: `<img src=x onerror=alert(1)>`,
    daysLate: 35,
  });
  const [draft] = draftsOf([hostile], {
    paymentInstructions: `<a href="https://evil.test">Pay here</a>`,
    signature: `<iframe src="https://evil.test"></iframe>`,
    senderName: `Bob <b>Boss</b>`,
  });

  it("escapes HTML and scripts in names, invoice numbers and settings", () => {
    expect([...tags(draft.html)].filter((t) => !OWN_TAGS.has(t))).toEqual([]);
    expect(draft.html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(draft.html).toContain("&lt;a href=&quot;https://evil.test&quot;&gt;Pay here&lt;/a&gt;");
    expect(draft.html).not.toMatch(/<script|<img|<a |<iframe|<[^>]*\s(href|src|on\w+)=/i);
    expect(toClipboard(draft).html).not.toMatch(/<script|<img|<a |<iframe/i);
  });

  it("keeps the plain text as the user wrote it (plain text is not markup)", () => {
    expect(draft.text).toContain("<img src=x onerror=alert(1)>");
    expect(draft.callScript).toContain(`<script>alert("x")</script> & Co`);
  });

  it("escapes even where a user template asks for raw output with triple braces", () => {
    const [own] = draftsOf([hostile], {
      templates: { "3.en.body": "{{{customer}}} {{& invoiceNumbers}}\n\n{{invoiceTable}}" },
    });
    expect(own.warnings).toEqual([]);
    expect(own.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co");
    expect(own.html).not.toMatch(/<script|<img/i);
  });

  it("removes control characters and bidirectional overrides from names", () => {
    const [d] = draftsOf([
      invoice({ customer: "Evil\u202eCorp\u0007", invoiceNumber: "A\u0000B\u200f" }),
    ]);
    expect(d.text).not.toMatch(/\u202e/);
    expect([...d.text].every((c) => c === "\n" || c.charCodeAt(0) >= 32)).toBe(true);
    expect(d.subject).toContain("A B");
  });
});

describe("line breaks cannot add mail headers", () => {
  it("refuses an address with CR/LF: the draft stays, without a recipient, and says why", async () => {
    const [draft] = draftsOf([invoice({ email: "compta@dupont.fr\r\nBcc: spy@evil.test" })]);
    expect(draft.to).toBeUndefined();
    expect(draft.warnings).toEqual([
      { key: "emailLineBreak", params: { value: "compta@dupont.fr⏎Bcc: spy@evil.test" } },
    ]);
    const eml = toEml(draft, { date: DATE });
    expect(eml).not.toMatch(/^(bcc|to):/im);
    const mail = await simpleParser(eml);
    expect(mail.headers.has("bcc")).toBe(false);
  });

  it("refuses malformed addresses with a clear reason", () => {
    for (const bad of [
      "jean.dupont",
      "a@b",
      "a b@c.fr",
      "a@@b.fr",
      "<a@b.fr",
      "é@b.fr",
      "a@b.fr>x",
    ]) {
      const parsed = parseRecipients(bad);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.reason.key).toBe("emailInvalid");
    }
    expect(parseRecipients("")).toEqual({ ok: false, reason: { key: "noEmail", params: {} } });
    expect(parseRecipients("mailto:Jean@Dupont.fr")).toEqual({
      ok: true,
      addresses: ["Jean@Dupont.fr"],
    });
    const [draft] = draftsOf([
      invoice({ email: "jean.dupont" }),
      invoice({ email: "ok@dupont.fr" }),
    ]);
    expect(draft.to).toBe("ok@dupont.fr");
    expect(draft.warnings.map((w) => w.key)).toEqual(["emailInvalid"]);
  });

  it("strips CR/LF from subjects, whether from a cell or a template, and says so for the template", async () => {
    const [fromCell] = draftsOf([invoice({ invoiceNumber: "F1\r\nBcc: spy@evil.test" })]);
    expect(fromCell.subject).not.toMatch(/[\r\n]/);
    const [fromTemplate] = draftsOf([invoice()], {
      templates: { "2.en.subject": "Line one\nBcc: spy@evil.test" },
    });
    expect(fromTemplate.subject).toBe("Line one Bcc: spy@evil.test");
    expect(fromTemplate.warnings.map((w) => w.key)).toContain("subjectLineBreak");
    const edited = { ...fromCell, subject: "Edited\r\nBcc: spy@evil.test" };
    const mail = await simpleParser(toEml(edited, { date: DATE }));
    expect(mail.headers.has("bcc")).toBe(false);
    expect(mail.subject).toBe("Edited Bcc: spy@evil.test");
    const link = toMailto(edited);
    expect(link.ok).toBe(true);
    if (link.ok) expect(link.url).toMatch(/\?subject=Edited%20Bcc%3A%20spy%40evil.test&body=/);
  });

  it("percent-encodes what would otherwise add mailto fields", () => {
    const [draft] = draftsOf([invoice({ email: "x?cc=spy@evil.test" })]);
    const link = toMailto(draft);
    expect(link.ok).toBe(true);
    if (link.ok) expect(link.url.startsWith("mailto:x%3Fcc%3Dspy@evil.test?subject=")).toBe(true);
  });
});

describe("formula text in the fields that reach the reminder log", () => {
  const formulas = [
    `=HYPERLINK("https://evil.test","x")`,
    "+cmd|' /C calc'!A0",
    "-1+1",
    "@SUM(A1:A9)",
  ];

  it("is carried as plain text, exactly as read, for the adapters to write as text", () => {
    const invoices = formulas.map((f, i) =>
      invoice({ customer: f, invoiceNumber: formulas[(i + 1) % 4] })
    );
    const drafts = draftsOf(invoices);
    const records = reminderRecords(drafts, AS_OF);
    expect(records.map((r) => [r.customer, r.invoiceNumbers])).toEqual(
      formulas.map((f, i) => [f, [formulas[(i + 1) % 4]]])
    );
    for (const record of records) {
      expect(record).toEqual({
        date: AS_OF,
        customer: expect.any(String),
        rows: [expect.any(Number)],
        invoiceNumbers: [expect.any(String)],
        level: 2,
        channel: "email",
        total: 1000,
        language: "en",
      });
    }
    expect(drafts[3].html).toContain("=HYPERLINK(&quot;https://evil.test&quot;,&quot;x&quot;)");
    expect(drafts[3].html).not.toContain("href=");
  });
});
