import type { ReminderDraft } from "./types";

/**
 * What the pane puts on the clipboard: the HTML body without its document wrapper (a mail editor
 * pastes a fragment) and the plain text for editors that take text only.
 * @example toClipboard(draftReminders([{ row: 2, customer: "ACME", invoiceNumber: "F-1", dueDate: 45000, amount: 1000, paid: 0, open: 1000, disputed: false }],
 *   { asOf: 45020, settings: defaultSettings(), fallbackLanguage: "en" }).drafts[0]).text.startsWith("Dear Sir or Madam,")
 * //=> true
 */
export function toClipboard(draft: ReminderDraft): { html: string; text: string } {
  const body = /<body[^>]*>\n?([\s\S]*?)\n?<\/body>/.exec(draft.html);
  const html = body
    ? `<div style="font-family:Segoe UI,Calibri,Arial,sans-serif;font-size:14px;line-height:1.5">${body[1]}</div>`
    : draft.html;
  return { html, text: draft.text };
}
