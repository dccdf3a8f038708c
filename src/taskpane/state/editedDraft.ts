import type { ReminderDraft } from "../../core/reminders/types";
import { htmlDocument, textToHtml } from "../../core/reminders/render";

/** What the user changed in a draft before sending it. */
export interface DraftEdit {
  to?: string;
  subject?: string;
  text?: string;
}

/**
 * The draft as the user edited it. An edited body replaces the HTML too (built from the text,
 * escaped by core), so the copy, the mail link and the .eml all carry the user's words.
 */
export function editedDraft(draft: ReminderDraft, edit: DraftEdit | undefined): ReminderDraft {
  if (!edit) return draft;
  const subject = edit.subject ?? draft.subject;
  const text = edit.text ?? draft.text;
  const html =
    edit.text !== undefined && edit.text !== draft.text
      ? htmlDocument(textToHtml(text), draft.language, subject)
      : draft.html;
  return { ...draft, to: edit.to ?? draft.to, subject, text, html };
}
