import { parseRecipients } from "./recipients";
import { inlineText } from "./render";
import { base64, mailbox, quotedPrintable, rfc5322Date, headerText, shortHash } from "./mime";
import type { ReminderDraft } from "./types";

export interface EmlOptions {
  /** Sender address, optionally "Name <address>"; left out when it is not a valid address. */
  from?: string;
  /** Date of the message (the caller's clock: core has none). */
  date: Date;
  /** Files attached to the message, e.g. the statement of account as an HTML page. */
  attachments?: EmlAttachment[];
}

/** A text file attached to a draft (UTF-8, sent in base64). */
export interface EmlAttachment {
  filename: string;
  /** e.g. "text/html". */
  contentType: string;
  content: string;
}

/** What a message needs of a draft: a reminder, or a payment-plan letter. */
export type EmlMessage = Pick<
  ReminderDraft,
  "id" | "subject" | "text" | "html" | "senderName" | "to" | "language"
>;

/** Base64 in lines of 76 characters (RFC 2045). */
function base64Lines(text: string): string {
  return (base64(new TextEncoder().encode(text)).match(/.{1,76}/g) ?? []).join("\r\n");
}

function attachmentPart(boundary: string, file: EmlAttachment): string[] {
  const name = headerText(inlineText(file.filename).replace(/["\\]/g, ""));
  return [
    `--${boundary}`,
    `Content-Type: ${file.contentType}; charset=UTF-8; name="${name}"`,
    "Content-Transfer-Encoding: base64",
    `Content-Disposition: attachment; filename="${name}"`,
    "",
    base64Lines(file.content),
  ];
}

/** A data: image of the HTML, moved to a MIME part its cid: points at. */
interface InlineImage {
  id: string;
  type: string;
  base64: string;
}

/** The HTML with each data: image replaced by a cid: reference, and the images to attach. */
function inlineImages(html: string, boundary: string): { html: string; images: InlineImage[] } {
  const images: InlineImage[] = [];
  const out = html.replace(
    /src="data:(image\/png);base64,([A-Za-z0-9+/=]+)"/g,
    (_m, type, data) => {
      const id = `image${images.length + 1}.${shortHash(boundary + data)}@credit-control`;
      images.push({ id, type, base64: data });
      return `src="cid:${id}"`;
    }
  );
  return { html: out, images };
}

/**
 * The checked recipients of a draft (the pane may have edited `to`), or none.
 * @example draftRecipients({ to: "a@acme.fr, b@acme.fr" }) //=> ["a@acme.fr", "b@acme.fr"]
 */
export function draftRecipients(draft: Pick<ReminderDraft, "to">): string[] {
  if (!draft.to) return [];
  const parsed = parseRecipients(draft.to);
  return parsed.ok ? parsed.addresses : [];
}

function fromHeader(from: string | undefined, senderName: string): string | undefined {
  if (!from) return undefined;
  const parsed = parseRecipients(from);
  if (!parsed.ok || parsed.addresses.length !== 1) return undefined;
  const named = /^\s*([^<>]*?)\s*<[^<>]*>\s*$/.exec(from);
  return mailbox(parsed.addresses[0], inlineText(named?.[1].replace(/^"|"$/g, "") || senderName));
}

/**
 * A draft as an .eml file (RFC 5322 + MIME): UTF-8, multipart/alternative with the text and HTML
 * bodies in quoted-printable (the HTML in a multipart/related with its pictures, RFC 2387), encoded subject and names, CRLF line ends, and `X-Unsent: 1` so
 * that Outlook opens it as a message to send rather than one received. No Bcc is ever written.
 * @example toEml(draftReminders([{ row: 2, customer: "ACME", invoiceNumber: "F-1", dueDate: 45000, amount: 1000, paid: 0, open: 1000, disputed: false, email: "ap@acme.fr" }],
 *   { asOf: 45020, settings: defaultSettings(), fallbackLanguage: "en" }).drafts[0], { date: new Date(Date.UTC(2024, 2, 5)) }).includes("X-Unsent: 1")
 * //=> true
 */
export function toEml(draft: EmlMessage, options: EmlOptions): string {
  const text = quotedPrintable(draft.text);
  const html = quotedPrintable(draft.html);
  // "=_" cannot occur in quoted-printable text, so the boundary cannot occur in the bodies.
  const boundary = `=_credit_reminder_${shortHash(draft.id + draft.subject + draft.text)}`;
  const from = fromHeader(options.from, draft.senderName);
  const to = draftRecipients(draft);
  const date = Number.isNaN(options.date.getTime()) ? new Date(0) : options.date;
  const headers = [
    "MIME-Version: 1.0",
    `Date: ${rfc5322Date(date)}`,
    ...(from ? [`From: ${from}`] : []),
    ...(to.length ? [`To: ${to.map((address) => mailbox(address)).join(", ")}`] : []),
    `Subject: ${headerText(inlineText(draft.subject))}`,
    "X-Unsent: 1",
    `Content-Language: ${draft.language}`,
  ];
  const attachments = options.attachments ?? [];
  // With attachments the two bodies go in a multipart/alternative inside a multipart/mixed.
  const mixed = `=_credit_mixed_${shortHash(boundary)}`;
  const bodyType = `Content-Type: multipart/alternative; boundary="${boundary}"`;
  const part = (type: string, body: string) => [
    `--${boundary}`,
    `Content-Type: ${type}; charset=UTF-8`,
    "Content-Transfer-Encoding: quoted-printable",
    "",
    body,
  ];
  const inline = inlineImages(draft.html, boundary);
  const related = `=_credit_related_${shortHash(boundary)}`;
  // Pictures (the EPC QR code) travel as cid: parts beside the HTML: mail clients block data: URIs.
  const htmlPart =
    inline.images.length === 0
      ? part("text/html", html)
      : [
          `--${boundary}`,
          `Content-Type: multipart/related; boundary="${related}"`,
          "",
          ...part("text/html", quotedPrintable(inline.html)).map((line, i) =>
            i === 0 ? `--${related}` : line
          ),
          ...inline.images.flatMap((image) => [
            `--${related}`,
            `Content-Type: ${image.type}`,
            "Content-Transfer-Encoding: base64",
            `Content-ID: <${image.id}>`,
            "Content-Disposition: inline",
            "",
            (image.base64.match(/.{1,76}/g) ?? []).join("\r\n"),
          ]),
          `--${related}--`,
        ];
  const alternative = [...part("text/plain", text), ...htmlPart, `--${boundary}--`];
  const body =
    attachments.length === 0
      ? [bodyType, "", "This is a multi-part message in MIME format.", "", ...alternative]
      : [
          `Content-Type: multipart/mixed; boundary="${mixed}"`,
          "",
          "This is a multi-part message in MIME format.",
          "",
          `--${mixed}`,
          bodyType,
          "",
          ...alternative,
          ...attachments.flatMap((file) => attachmentPart(mixed, file)),
          `--${mixed}--`,
        ];
  return [...headers, ...body, ""].join("\r\n");
}
