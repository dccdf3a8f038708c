import { simpleParser, type AddressObject } from "mailparser";
import {
  draftReminders,
  toEml,
  toEmlBundle,
  type ReminderDraft,
} from "../../../../src/core/reminders";
import { AS_OF, DAYS_FOR_LEVEL, invoice, settings } from "./fixtures";

const DATE = new Date(Date.UTC(2024, 2, 5, 9, 30, 0));

function draftFor(overrides: Parameters<typeof invoice>[0] = {}, level = 4): ReminderDraft {
  const { drafts } = draftReminders(
    [
      invoice({
        customer: "Société Générale d’Études",
        invoiceNumber: "FAC-2024-0042",
        amount: 1234.56,
        daysLate: DAYS_FOR_LEVEL[level],
        language: "fr",
        ...overrides,
      }),
    ],
    { asOf: AS_OF, settings: settings({ senderName: "Jérôme Café" }), fallbackLanguage: "fr" }
  );
  return drafts[0];
}

const addresses = (a: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(a) ? a : a ? [a] : []).flatMap((o) => o.value.map((v) => [v.name, v.address]));

describe("toEml: a draft .eml that a real MIME parser reads back intact", () => {
  const draft = draftFor();
  const eml = toEml(draft, { from: "Jérôme Café <jerome@acme.fr>", date: DATE });

  it("has the headers, with accents in the subject and the sender's name", async () => {
    const mail = await simpleParser(eml);
    expect(mail.subject).toBe(draft.subject);
    expect(mail.subject).toContain("Mise en demeure de payer");
    expect(mail.subject).toContain("€");
    expect(addresses(mail.from)).toEqual([["Jérôme Café", "jerome@acme.fr"]]);
    expect(addresses(mail.to)).toEqual([["", "compta@dupont.fr"]]);
    expect(mail.headers.get("x-unsent")).toBe("1");
    expect(mail.date?.toISOString()).toBe("2024-03-05T09:30:00.000Z");
    expect(mail.headers.has("bcc")).toBe(false);
  });

  it("has a text part and an HTML part with UTF-8 accents intact (é, €, ’)", async () => {
    const mail = await simpleParser(eml);
    expect(mail.text?.trim()).toBe(draft.text);
    expect(mail.html).toBeTruthy();
    expect((mail.html as string).trim()).toBe(draft.html);
    for (const body of [mail.text as string, mail.html as string]) {
      expect(body).toContain("FAC-2024-0042");
      expect(body).toContain("d’intérêts");
      expect(body).toContain("date d’échéance");
      expect(body).toContain("1\u202f234,56\u00a0€");
      expect(body).toContain("mise en demeure");
      expect(body).toContain("lettre recommandée");
    }
    expect(mail.attachments).toEqual([]);
  });

  it("is multipart/alternative, quoted-printable, CRLF only, short lines, no Bcc", () => {
    expect(eml).toMatch(
      /^Content-Type: multipart\/alternative; boundary="=_credit_reminder_[0-9a-f]{8}"\r$/m
    );
    expect(eml.match(/Content-Transfer-Encoding: quoted-printable/g)).toHaveLength(2);
    expect(eml).toMatch(/Content-Type: text\/plain; charset=UTF-8/);
    expect(eml).toMatch(/Content-Type: text\/html; charset=UTF-8/);
    expect(eml.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of eml.split("\r\n")) expect(line.length).toBeLessThanOrEqual(78);
    expect(eml).not.toMatch(/[^\x20-\x7e\r\n]/);
    expect(eml).not.toMatch(/^bcc:/im);
  });

  it("leaves out From when no valid sender is given, and To when the sheet has no valid address", async () => {
    const noTo = draftFor({ email: "not an address" });
    expect(noTo.to).toBeUndefined();
    const mail = await simpleParser(toEml(noTo, { from: "bad\r\nBcc: spy@evil.test", date: DATE }));
    expect(mail.from).toBeUndefined();
    expect(mail.to).toBeUndefined();
    expect(mail.headers.has("bcc")).toBe(false);
    expect(mail.headers.get("x-unsent")).toBe("1");
  });

  it("keeps a long subject with emoji and accents whole across encoded words", async () => {
    const long = { ...draft, subject: `Relance 🙂 ${"é".repeat(60)} ’ € fin` };
    const mail = await simpleParser(toEml(long, { date: DATE }));
    expect(mail.subject).toBe(long.subject);
  });

  it("writes every level in both languages so that the parser gets back the same text", async () => {
    for (const level of [0, 1, 2, 3, 4, 5]) {
      for (const language of ["fr", "en"] as const) {
        const d = draftFor({ language }, level);
        const mail = await simpleParser(toEml(d, { date: DATE }));
        expect(mail.subject).toBe(d.subject);
        expect(mail.text?.trim()).toBe(d.text);
      }
    }
  });
});

describe("toEmlBundle: all drafts at once", () => {
  it("gives each draft a safe, distinct file name and its .eml", async () => {
    const { drafts } = draftReminders(
      [
        invoice({ customer: "ACME / Paris: <HQ>", daysLate: 20 }),
        invoice({ customer: "CON", daysLate: 20, language: "en" }),
        invoice({ customer: "..\\..\\etc\\passwd", daysLate: 20 }),
      ],
      { asOf: AS_OF, settings: settings(), fallbackLanguage: "fr" }
    );
    const bundle = toEmlBundle([...drafts, drafts[0]], { date: DATE });
    expect(bundle.map((f) => f.fileName)).toEqual([
      "2024-03-05 ACME _ Paris_ _HQ_ - Relance 2.eml",
      "2024-03-05 CON - Reminder 2.eml",
      "2024-03-05 .._.._etc_passwd - Relance 2.eml",
      "2024-03-05 ACME _ Paris_ _HQ_ - Relance 2 (2).eml",
    ]);
    for (const file of bundle) {
      expect(file.fileName).not.toMatch(/[/\\:*?"<>|]/);
      expect([...file.fileName].every((c) => c.charCodeAt(0) >= 32)).toBe(true);
    }
    const mail = await simpleParser(bundle[1].content);
    expect(mail.subject).toBe(drafts[1].subject);
  });
});

describe("toEml with an attachment: the statement of account travels with the reminder", () => {
  it("keeps both bodies and attaches the HTML file, which a MIME parser reads back intact", async () => {
    const draft = draftFor();
    const statement =
      "<!DOCTYPE html><html><body><h1>Relevé de compte</h1>FAC-2024-0042</body></html>";
    const eml = toEml(draft, {
      date: DATE,
      attachments: [
        { filename: "Relevé de compte.html", contentType: "text/html", content: statement },
      ],
    });
    const mail = await simpleParser(eml);
    expect(mail.text).toContain("FAC-2024-0042");
    expect(mail.html).toContain("FAC-2024-0042");
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0].filename).toBe("Relevé de compte.html");
    expect(mail.attachments[0].contentType).toBe("text/html");
    expect(mail.attachments[0].content.toString("utf8")).toBe(statement);
    for (const line of eml.split("\r\n")) expect(line.length).toBeLessThanOrEqual(998);
  });
});
