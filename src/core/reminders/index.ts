/** Reminder drafting (docs/design.md §6): pure functions the task pane calls. */
export { draftReminders, FORMAL_NOTICE_DAYS } from "./draftReminders";
export { toMailto, MAX_MAILTO_LENGTH, type MailtoResult } from "./toMailto";
export { toEml, draftRecipients, type EmlOptions } from "./toEml";
export { toClipboard } from "./toClipboard";
export { editDraft, type DraftEdits } from "./editDraft";
export { toEmlBundle, emlFileName, safeFileName } from "./toEmlBundle";
export { reminderRecords } from "./reminderRecords";
export { describeIssue, ISSUE_KEYS } from "./issues";
export { parseRecipients, type Recipients } from "./recipients";
export { formatMoney, formatDay, formatRatePct, isKnownCurrency } from "./format";
export { actionLabel } from "../policy/actionNames";
export {
  DEFAULT_TEMPLATES,
  PLACEHOLDERS,
  TEMPLATES_BY_KIND,
  defaultTemplate,
  defaultTemplates,
  templateKey,
  templateKind,
  templateParts,
  type PlaceholderHelp,
  type ReminderTemplate,
  type TemplateKind,
  type TemplatePart,
} from "./templates";
export type * from "./types";
