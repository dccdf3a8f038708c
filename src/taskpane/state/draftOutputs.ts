import { toIsoDate } from "../../core/dates/calendar";
import { storedZip } from "../../core/files/storedZip";
import { toClipboard } from "../../core/reminders/toClipboard";
import { toEml } from "../../core/reminders/toEml";
import { emlFileName, safeFileName, toEmlBundle } from "../../core/reminders/toEmlBundle";
import { toMailto } from "../../core/reminders/toMailto";
import type { Day } from "../../core/types";
import type { ReminderDraft } from "../../core/reminders/types";
import { copyRichText } from "../browser/copyRichText";
import { downloadText } from "../browser/downloadText";
import type { Strings } from "../i18n/strings";
import { openMailLink } from "./openMailLink";
import type { TaskRunner } from "./useTask";

/** What the user does with drafts to send them: copy, open in the mail app, download. */
export interface DraftOutputs {
  copy(draft: ReminderDraft): Promise<void>;
  openMail(draft: ReminderDraft): void;
  download(draft: ReminderDraft): void;
  /** Every draft's .eml in one .zip: browsers block several downloads at once. */
  downloadAll(drafts: readonly ReminderDraft[]): void;
}

/**
 * The ways out of the pane for the drafts (the add-in never sends mail itself). A draft whose
 * mail link is too long is named through `onTooLong`, for the pane to offer the .eml instead.
 */
export function draftOutputs(context: {
  task: TaskRunner;
  strings: Strings;
  asOf: Day;
  onTooLong(id: string | undefined): void;
  openUrl?: (url: string) => void;
}): DraftOutputs {
  const { task, strings } = context;
  return {
    copy: async (target) => {
      const { html, text } = toClipboard(target);
      const copied = await copyRichText(html, text);
      if (copied) task.succeed(strings.done.copied);
      else task.fail(strings.reminders.copyFailed);
    },
    openMail: (target) => {
      const link = toMailto(target);
      if (!link.ok) {
        context.onTooLong(target.id);
        return;
      }
      context.onTooLong(undefined);
      (context.openUrl ?? openMailLink)(link.url);
      // No host says whether a mail app opened (Excel for Windows may open none): Copy is the way.
      task.succeed(strings.reminders.mailOpened);
    },
    download: (target) => {
      downloadText(emlFileName(target), toEml(target, { date: new Date() }));
    },
    downloadAll: (drafts) => {
      const date = new Date();
      const files = toEmlBundle(drafts, { date });
      const name = safeFileName(`${toIsoDate(context.asOf)} ${strings.app.title}`, "zip");
      downloadText(name, storedZip(files, date), "application/zip");
    },
  };
}
