import { draftRecipients } from "./toEml";
import { inlineText } from "./render";
import type { ReminderDraft } from "./types";

/**
 * Mail apps and browsers cut or refuse long mailto links (Outlook around 2,000 characters):
 * beyond this the pane offers the .eml file instead.
 */
export const MAX_MAILTO_LENGTH = 1800;

export type MailtoResult =
  { ok: true; url: string } | { ok: false; reason: "too-long"; length: number; limit: number };

/**
 * A mailto: link (RFC 6068) that opens the draft's plain text in the user's mail app.
 * @example toMailto(draftReminders([{ row: 2, customer: "ACME", invoiceNumber: "F-1", dueDate: 45000, amount: 1000, paid: 0, open: 1000, disputed: false, email: "ap@acme.fr" }],
 *   { asOf: 45020, settings: defaultSettings(), fallbackLanguage: "en" }).drafts[0]).url.startsWith("mailto:ap@acme.fr?subject=Second%20reminder")
 * //=> true
 */
export function toMailto(draft: ReminderDraft): MailtoResult {
  const to = draftRecipients(draft)
    .map((address) => encodeURIComponent(address).replace(/%40/g, "@"))
    .join(",");
  const subject = encodeURIComponent(inlineText(draft.subject));
  // RFC 6068: line breaks in the body are written CRLF.
  const body = encodeURIComponent(draft.text.replace(/\r?\n/g, "\r\n"));
  const url = `mailto:${to}?subject=${subject}&body=${body}`;
  if (url.length > MAX_MAILTO_LENGTH) {
    return { ok: false, reason: "too-long", length: url.length, limit: MAX_MAILTO_LENGTH };
  }
  return { ok: true, url };
}
