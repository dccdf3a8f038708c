import { statementDocument } from "../../../../src/core/account/statementHtml";
import { statementOf } from "../../../../src/core/account/statement";
import { epcPayload } from "../../../../src/core/payment/epcPayload";
import { payNowOf } from "../../../../src/core/payment/payNow";
import { qrPng } from "../../../../src/core/payment/qrPng";
import { draftReminders } from "../../../../src/core/reminders/draftReminders";
import { editDraft } from "../../../../src/core/reminders/editDraft";
import { toEml } from "../../../../src/core/reminders/toEml";
import type { Language } from "../../../../src/core/types";
import { decodeQrPng, pngOfDataUri } from "../../support/decodeQrPng";
import { AS_OF, invoice, settings } from "../reminders/fixtures";

const IBAN = "FR76 3000 6000 0112 3456 7890 189";
const BIC = "BNPAFRPPXXX";

/** The data: URIs of the images of an HTML text, in order. */
const imagesOf = (html: string): string[] =>
  [...html.matchAll(/<img[^>]* src="([^"]+)"/g)].map((m) => m[1]);

/** Decode quoted-printable (RFC 2045): soft breaks removed, =XX bytes, then UTF-8. */
function fromQuotedPrintable(qp: string): string {
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

function draftOf(language: Language, extra: Parameters<typeof settings>[0] = {}) {
  const invoices = [
    invoice({ invoiceNumber: "F-2024-017", amount: 1200, daysLate: 20, language }),
    invoice({ invoiceNumber: "F-2024-031", amount: 34.5, daysLate: 20, language }),
  ];
  const { drafts } = draftReminders(invoices, {
    asOf: AS_OF,
    settings: settings({ iban: IBAN, bic: BIC, ...extra }),
    fallbackLanguage: language,
  });
  expect(drafts).toHaveLength(1);
  return drafts[0];
}

const expected = (language: Language) =>
  epcPayload({
    bic: BIC,
    name: "Jeanne Martin",
    iban: IBAN,
    amount: 1234.5,
    remittance: `${language === "fr" ? "Factures" : "Invoices"} F-2024-017, F-2024-031`,
  });

describe("pay now: transfer details and EPC QR code on letters and statements", () => {
  it("writes a PNG that decodes back to its text", () => {
    expect(decodeQrPng(qrPng("BCD\n002\n1\nSCT"))).toBe("BCD\n002\n1\nSCT");
  });

  it.each(["en", "fr"] as const)(
    "puts the amount and the invoice numbers in the draft's QR code and text (%s)",
    (language) => {
      const draft = draftOf(language);
      const [qr] = imagesOf(draft.html);
      expect(decodeQrPng(pngOfDataUri(qr))).toBe(expected(language));
      expect(draft.payNow?.payload).toBe(expected(language));
      expect(draft.text).toContain("IBAN");
      expect(draft.text).toContain("FR76 3000 6000 0112 3456 7890 189");
      expect(draft.text).toContain(BIC);
      expect(draft.text).toContain(
        language === "fr" ? "Payer maintenant par virement" : "Pay now by bank transfer"
      );
    }
  );

  it("sends the QR code in the .eml as an inline cid: picture that decodes to the payload", () => {
    const draft = draftOf("fr");
    const eml = toEml(draft, { date: new Date(Date.UTC(2024, 2, 5)) });
    expect(eml).not.toContain("data:image");
    const related = /Content-Type: multipart\/related; boundary="([^"]+)"/.exec(eml);
    expect(related).not.toBeNull();
    const htmlPart =
      /Content-Type: text\/html; charset=UTF-8\r\n[^\r]*\r\n\r\n([\s\S]*?)\r\n--/.exec(eml);
    const html = fromQuotedPrintable((htmlPart as RegExpExecArray)[1]);
    const cid = /<img[^>]* src="cid:([^"]+)"/.exec(html)?.[1] as string;
    const part = new RegExp(
      `Content-ID: <${cid.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}>\\r\\n[^\\r]*\\r\\n\\r\\n([A-Za-z0-9+/=\\r\\n]+?)\\r\\n--`
    ).exec(eml);
    const png = new Uint8Array(
      Buffer.from((part as RegExpExecArray)[1].replace(/\r\n/g, ""), "base64")
    );
    expect(decodeQrPng(png)).toBe(expected("fr"));
  });

  it("keeps the QR code when the user edits the letter's text", () => {
    const draft = draftOf("en");
    const edited = editDraft(draft, { text: `${draft.text}\n\nThank you.` });
    expect(decodeQrPng(pngOfDataUri(imagesOf(edited.html)[0]))).toBe(expected("en"));
  });

  it.each(["en", "fr"] as const)(
    "prints the statement's balance and open invoices in its QR code (%s)",
    (language) => {
      const invoices = [
        invoice({ invoiceNumber: "F-9", amount: 500, daysLate: 10 }),
        invoice({ invoiceNumber: "AV-2", amount: -100, daysLate: 5 }),
      ];
      const statement = statementOf(invoices[0].customer, invoices, AS_OF);
      const html = statementDocument(
        [statement],
        {
          senderName: "Atelier Dupont",
          signature: "",
          paymentInstructions: "",
          currency: "EUR",
          iban: IBAN,
          bic: BIC,
        },
        language
      );
      expect(decodeQrPng(pngOfDataUri(imagesOf(html)[0]))).toBe(
        epcPayload({
          bic: BIC,
          name: "Atelier Dupont",
          iban: IBAN,
          amount: 400,
          remittance: `${language === "fr" ? "Factures" : "Invoices"} F-9`,
        })
      );
    }
  );

  it("adds nothing without both an IBAN and a BIC, or with an IBAN that fails its check", () => {
    for (const extra of [
      { iban: "", bic: "" },
      { bic: "" },
      { iban: "" },
      { iban: "FR76 3000 6000 0112 3456 7890 188" },
    ]) {
      const draft = draftOf("en", extra);
      expect(draft.payNow).toBeUndefined();
      expect(draft.html).not.toContain("<img");
      expect(draft.text).not.toContain("Pay now");
    }
  });

  it("gives the details but no QR code outside the euro (the EPC transfer is in euros only)", () => {
    const draft = draftOf("en", { currency: "GBP" });
    expect(draft.payNow?.qr).toBeUndefined();
    expect(draft.text).toContain("BIC: BNPAFRPPXXX");
    expect(draft.html).not.toContain("<img");
  });

  it("gives no block for nothing to pay, and cuts the reference at the EPC's 140 characters", () => {
    const base = {
      iban: IBAN,
      bic: BIC,
      senderName: "A",
      currency: "EUR",
      language: "en" as const,
    };
    expect(payNowOf({ ...base, amount: 0, invoiceNumbers: ["F1"] })).toBeUndefined();
    const many = Array.from({ length: 40 }, (_, i) => `INV-${1000 + i}`);
    const pay = payNowOf({ ...base, amount: 10, invoiceNumbers: many });
    expect(pay?.reference).toHaveLength(140);
    expect(decodeQrPng(pngOfDataUri(pay?.qr as string))).toBe(pay?.payload);
  });
});
