import * as React from "react";
import type { Day, Invoice, Language, Settings } from "../../core/types";
import type { SheetRead, Workbook } from "../../core/workbook";
import { draftReminders } from "../../core/reminders/draftReminders";
import { reminderRecords } from "../../core/reminders/reminderRecords";
import { toClipboard } from "../../core/reminders/toClipboard";
import { toEml } from "../../core/reminders/toEml";
import { emlFileName, safeFileName, toEmlBundle } from "../../core/reminders/toEmlBundle";
import { toIsoDate } from "../../core/dates/calendar";
import { storedZip } from "../../core/files/storedZip";
import { toMailto } from "../../core/reminders/toMailto";
import type { DraftResult, ReminderDraft } from "../../core/reminders/types";
import { copyRichText } from "../browser/copyRichText";
import { downloadText } from "../browser/downloadText";
import type { Strings } from "../i18n/strings";
import { describeError } from "./describeError";
import { editedDraft, type DraftEdit } from "./editedDraft";
import type { TaskRunner } from "./useTask";

export interface RemindersState {
  result?: DraftResult;
  /** Drafts with the user's edits applied. */
  drafts: ReminderDraft[];
  /** Draft id whose mail link was too long, to offer the .eml instead. */
  tooLong?: string;
  draft(invoices: Invoice[]): void;
  edit(id: string, change: DraftEdit): void;
  includeAnyway(row: number): void;
  copy(draft: ReminderDraft): Promise<void>;
  openMail(draft: ReminderDraft): void;
  download(draft: ReminderDraft): void;
  /** Every draft's .eml in one .zip: browsers block several downloads at once. */
  downloadAll(): void;
  /** Whether the host saves downloads (not Excel for Mac): else the pane offers copy only. */
  canDownload: boolean;
  markSent(): Promise<void>;
}

interface RemindersContext {
  workbook: Workbook;
  read?: SheetRead;
  asOf: Day;
  settings: Settings;
  language: Language;
  task: TaskRunner;
  strings: Strings;
  /** Called after the reminders were recorded: the sheet changed, read it again. */
  onRecorded(): Promise<void>;
  /** Whether the host saves downloads; true when absent. */
  canDownload?: boolean;
  /** Opens a URL (the mailto link); the preview and Excel both use the window. */
  openUrl?: (url: string) => void;
}

/**
 * Drafting reminders for the selected invoices and everything done with the drafts: edit,
 * copy, open in the mail app, download as .eml, and record as sent in the workbook.
 */
export function useReminders(context: RemindersContext): RemindersState {
  const { workbook, read, asOf, settings, language, task, strings, onRecorded } = context;
  const [invoices, setInvoices] = React.useState<Invoice[]>([]);
  const [included, setIncluded] = React.useState<Set<number>>(new Set());
  const [edits, setEdits] = React.useState<Record<string, DraftEdit>>({});
  const [tooLong, setTooLong] = React.useState<string>();

  // Drafting runs while the pane renders: a failure becomes the error notice and no drafts,
  // never an exception that would unmount the pane.
  const drafting = React.useMemo((): { result?: DraftResult; error?: unknown } => {
    if (!invoices.length) return {};
    try {
      const options = { asOf, settings, include: included, fallbackLanguage: language };
      return { result: draftReminders(invoices, options) };
    } catch (error) {
      return { error };
    }
  }, [invoices, asOf, settings, included, language]);
  const result = drafting.result;
  const { fail } = task;
  React.useEffect(() => {
    if (drafting.error !== undefined) fail(describeError(drafting.error, strings));
  }, [drafting, fail, strings]);
  const drafts = React.useMemo(
    () => (result?.drafts ?? []).map((draft) => editedDraft(draft, edits[draft.id])),
    [result, edits]
  );

  const draft = React.useCallback((selected: Invoice[]) => {
    setEdits({});
    setIncluded(new Set());
    setTooLong(undefined);
    setInvoices(selected);
  }, []);

  const edit = React.useCallback((id: string, change: DraftEdit) => {
    setEdits((current) => ({ ...current, [id]: { ...current[id], ...change } }));
  }, []);

  const includeAnyway = React.useCallback((row: number) => {
    setIncluded((current) => new Set([...current, row]));
  }, []);

  const copy = async (target: ReminderDraft) => {
    const { html, text } = toClipboard(target);
    const copied = await copyRichText(html, text);
    if (copied) task.succeed(strings.done.copied);
    else task.fail(strings.reminders.copyFailed);
  };

  const openMail = (target: ReminderDraft) => {
    const link = toMailto(target);
    if (!link.ok) {
      setTooLong(target.id);
      return;
    }
    setTooLong(undefined);
    (context.openUrl ?? ((url: string) => window.open(url, "_self")))(link.url);
  };

  const emlOptions = () => ({ date: new Date() });

  const download = (target: ReminderDraft) => {
    downloadText(emlFileName(target), toEml(target, emlOptions()));
  };

  const downloadAll = () => {
    const date = new Date();
    const files = toEmlBundle(drafts, { date });
    const name = safeFileName(`${toIsoDate(asOf)} ${strings.app.title}`, "zip");
    downloadText(name, storedZip(files, date), "application/zip");
  };

  const markSent = async () => {
    if (!read || drafts.length === 0) return;
    const records = reminderRecords(drafts, asOf);
    const done = await task.run(
      "recording",
      async () => {
        await workbook.recordReminders(read, records, { language });
        return records.length;
      },
      (count) => strings.done.recorded(count)
    );
    if (done !== undefined) {
      setInvoices([]);
      await onRecorded();
    }
  };

  return {
    result,
    drafts,
    tooLong,
    draft,
    edit,
    includeAnyway,
    copy,
    openMail,
    download,
    downloadAll,
    canDownload: context.canDownload ?? true,
    markSent,
  };
}
