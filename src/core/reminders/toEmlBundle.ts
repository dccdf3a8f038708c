import { toIsoDate } from "../dates/calendar";
import { actionLabel } from "../policy/actionNames";
import { inlineText } from "./render";
import { toEml, type EmlOptions } from "./toEml";
import type { ReminderDraft } from "./types";

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const MAX_NAME_LENGTH = 120;

/**
 * A file name any system accepts: no path separator, none of < > : " / \ | ? *, no control
 * character, no trailing dot or space, no Windows device name, at most 120 characters.
 * @example safeFileName("ACME: 2024/03?", "eml") //=> "ACME_ 2024_03_.eml"
 */
export function safeFileName(name: string, extension: string): string {
  let base = inlineText(name)
    .replace(/[<>:"/\\|?*]/g, "_")
    .replace(/^[.\s]+|[.\s]+$/g, "");
  if (base === "" || WINDOWS_RESERVED.test(base)) base = `_${base}`;
  if (base.length > MAX_NAME_LENGTH) base = base.slice(0, MAX_NAME_LENGTH).replace(/[.\s]+$/, "");
  return `${base}.${extension}`;
}

/**
 * File name of a draft's .eml, e.g. "2024-03-05 ACME SA - Relance 2.eml".
 * @example emlFileName(draftReminders([{ row: 2, customer: "ACME", invoiceNumber: "F-1", dueDate: 45000, amount: 1000, paid: 0, open: 1000, disputed: false }],
 *   { asOf: 45020, settings: defaultSettings(), fallbackLanguage: "en" }).drafts[0])
 * //=> "2023-04-04 ACME - Reminder 2.eml"
 */
export function emlFileName(draft: ReminderDraft): string {
  const action = actionLabel(draft.ladderLevel.action, draft.language);
  return safeFileName(`${toIsoDate(draft.asOf)} ${draft.customer} - ${action}`, "eml");
}

/**
 * Every draft as an .eml file, with distinct safe file names (" (2)" added to repeats).
 * @example ((draft) => toEmlBundle([draft, draft], { date: new Date(Date.UTC(2024, 2, 5)) }).map((file) => file.fileName))(draftReminders(
 *   [{ row: 2, customer: "ACME", invoiceNumber: "F-1", dueDate: 45000, amount: 1000, paid: 0, open: 1000, disputed: false }],
 *   { asOf: 45020, settings: defaultSettings(), fallbackLanguage: "en" }).drafts[0])
 * //=> ["2023-04-04 ACME - Reminder 2.eml", "2023-04-04 ACME - Reminder 2 (2).eml"]
 */
export function toEmlBundle(
  drafts: readonly ReminderDraft[],
  options: EmlOptions
): { fileName: string; content: string }[] {
  const used = new Set<string>();
  return drafts.map((draft) => {
    let fileName = emlFileName(draft);
    for (let n = 2; used.has(fileName.toLowerCase()); n++) {
      fileName = emlFileName(draft).replace(/\.eml$/, ` (${n}).eml`);
    }
    used.add(fileName.toLowerCase());
    return { fileName, content: toEml(draft, options) };
  });
}
