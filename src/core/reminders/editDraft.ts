import { payNowQrHtml } from "../payment/payNow";
import { customerRecipients } from "./recipients";
import { escapeHtml, htmlDocument, inlineText, textToHtml } from "./render";
import type { ReminderDraft } from "./types";

/** What the user may change in a draft before sending it. */
export interface DraftEdits {
  to?: string;
  subject?: string;
  text?: string;
}

const ADDRESS_ISSUES = new Set(["noEmail", "emailInvalid", "emailLineBreak", "subjectLineBreak"]);

/**
 * The draft as the user edited it: the recipients checked again (a bad one is dropped with a
 * warning, as when drafting), the subject kept on one line, and, when the text changed, the HTML
 * body rebuilt from it (escaped paragraphs: the edited text is what is sent).
 */
export function editDraft(draft: ReminderDraft, edits: DraftEdits): ReminderDraft {
  const warnings = draft.warnings.filter((w) => !ADDRESS_ISSUES.has(w.key));
  let to = draft.to;
  if (edits.to !== undefined) {
    const recipients = customerRecipients([edits.to]);
    to = recipients.addresses.length > 0 ? recipients.addresses.join(", ") : undefined;
    warnings.push(...recipients.issues);
  } else {
    warnings.push(
      ...draft.warnings.filter((w) => w.key !== "subjectLineBreak" && ADDRESS_ISSUES.has(w.key))
    );
  }
  let subject = draft.subject;
  if (edits.subject !== undefined) {
    if (/[\r\n]/.test(edits.subject.trim())) warnings.push({ key: "subjectLineBreak", params: {} });
    subject = inlineText(edits.subject);
  }
  const text = edits.text !== undefined ? edits.text.replace(/\r\n?/g, "\n") : draft.text;
  let html = draft.html;
  // The edited text keeps the pay-now details the user left in it; the QR code goes back after.
  if (edits.text !== undefined) {
    const qr = draft.payNow ? `\n${payNowQrHtml(draft.payNow, draft.language)}` : "";
    html = htmlDocument(textToHtml(text) + qr, draft.language, subject);
  } else if (subject !== draft.subject) {
    html = html.replace(/<title>[\s\S]*?<\/title>/, () => `<title>${escapeHtml(subject)}</title>`);
  }
  const edited: ReminderDraft = { ...draft, subject, text, html, warnings };
  if (to === undefined) delete edited.to;
  else edited.to = to;
  return edited;
}
