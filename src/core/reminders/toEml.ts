import { parseRecipients } from "./recipients";
import { inlineText } from "./render";
import { mailbox, quotedPrintable, rfc5322Date, headerText, shortHash } from "./mime";
import type { ReminderDraft } from "./types";

export interface EmlOptions {
  /** Sender address, optionally "Name <address>"; left out when it is not a valid address. */
  from?: string;
  /** Date of the message (the caller's clock: core has none). */
  date: Date;
}

/** The checked recipients of a draft (the pane may have edited `to`), or none. */
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
 * bodies in quoted-printable, encoded subject and names, CRLF line ends, and `X-Unsent: 1` so
 * that Outlook opens it as a message to send rather than one received. No Bcc is ever written.
 */
export function toEml(draft: ReminderDraft, options: EmlOptions): string {
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
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
  ];
  const part = (type: string, body: string) => [
    `--${boundary}`,
    `Content-Type: ${type}; charset=UTF-8`,
    "Content-Transfer-Encoding: quoted-printable",
    "",
    body,
  ];
  return [
    ...headers,
    "",
    "This is a multi-part message in MIME format.",
    "",
    ...part("text/plain", text),
    ...part("text/html", html),
    `--${boundary}--`,
    "",
  ].join("\r\n");
}
