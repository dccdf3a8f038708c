import * as React from "react";
import type { Day, Invoice, Language, Settings } from "../../core/types";
import type { LoggedReminder, RecordReceipt, SheetRead, Workbook } from "../../core/workbook";
import type { NextAction } from "../../core/policy/nextAction";
import { draftReminders } from "../../core/reminders/draftReminders";
import { reminderRecords } from "../../core/reminders/reminderRecords";
import type { DraftResult, ReminderDraft } from "../../core/reminders/types";
import type { Strings } from "../i18n/strings";
import { describeError } from "./describeError";
import { draftOutputs } from "./draftOutputs";
import { editedDraft, type DraftEdit } from "./editedDraft";
import type { TaskRunner } from "./useTask";

export interface RemindersState {
  result?: DraftResult;
  /** Drafts with the user's edits applied. */
  drafts: ReminderDraft[];
  /** Draft id whose mail link was too long, to offer the .eml instead. */
  tooLong?: string;
  /** The day Mark as sent records (today in Excel, the as-of date in the preview). */
  recordDate: Day;
  /** Whether there is a mark to undo. */
  canUndo: boolean;
  /** An invoice to include in a draft the user edited: waiting for the user's answer. */
  pendingInclude?: number;
  draft(invoices: Invoice[]): void;
  edit(id: string, change: DraftEdit): void;
  includeAnyway(row: number): void;
  confirmInclude(): void;
  cancelInclude(): void;
  sendAnyway(draft: ReminderDraft): void;
  skip(draft: ReminderDraft): void;
  /** Mark these drafts as sent (all the drafts not held back when none is given). */
  markSent(targets?: ReminderDraft[]): Promise<void>;
  undoLast(): Promise<void>;
  copy(draft: ReminderDraft): Promise<void>;
  openMail(draft: ReminderDraft): void;
  download(draft: ReminderDraft): void;
  /** Every draft's .eml in one .zip: browsers block several downloads at once. */
  downloadAll(): void;
  /** Whether the host saves downloads (not Excel for Mac): else the pane offers copy only. */
  canDownload: boolean;
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
  /** The Reminder log as last read: what letters may mention. */
  reminderLog: readonly LoggedReminder[];
  /** The invoice's next action as the pane and the sheet give it. */
  nextActionOf?: (invoice: Invoice) => NextAction | undefined;
  /** The day a mark records: today in Excel, the as-of date in the preview. */
  recordDate: Day;
  /** Opens the mailto link (openMailLink: a plain link, never openBrowserWindow). */
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
  const [chosen, setChosen] = React.useState<Set<string>>(new Set());
  // Drafts marked as sent or skipped (by customer key): out of the list until drafted again.
  const [done, setDone] = React.useState<Set<string>>(new Set());
  const [receipts, setReceipts] = React.useState<{ receipt: RecordReceipt; keys: string[] }[]>([]);
  const [pendingInclude, setPendingInclude] = React.useState<number>();
  const { reminderLog, nextActionOf, recordDate } = context;

  // Drafting runs while the pane renders: a failure becomes the error notice and no drafts,
  // never an exception that would unmount the pane.
  const drafting = React.useMemo((): { result?: DraftResult; error?: unknown } => {
    if (!invoices.length) return {};
    try {
      const options = {
        asOf,
        settings,
        include: included,
        fallbackLanguage: language,
        log: reminderLog,
        nextActionOf,
        sendAnyway: chosen,
      };
      return { result: draftReminders(invoices, options) };
    } catch (error) {
      return { error };
    }
  }, [invoices, asOf, settings, included, language, reminderLog, nextActionOf, chosen]);
  const result = drafting.result;
  const { fail } = task;
  React.useEffect(() => {
    if (drafting.error !== undefined) fail(describeError(drafting.error, strings));
  }, [drafting, fail, strings]);
  const drafts = React.useMemo(
    () =>
      (result?.drafts ?? [])
        .filter((draft) => !done.has(draft.customerKey))
        .map((draft) => editedDraft(draft, edits[draft.customerKey])),
    [result, edits, done]
  );

  const draft = React.useCallback((selected: Invoice[]) => {
    setEdits({});
    setIncluded(new Set());
    setChosen(new Set());
    setDone(new Set());
    setPendingInclude(undefined);
    setTooLong(undefined);
    setInvoices(selected);
  }, []);

  const edit = React.useCallback(
    (id: string, change: DraftEdit) => {
      const key = result?.drafts.find((d) => d.id === id)?.customerKey ?? id;
      setEdits((current) => ({ ...current, [key]: { ...current[key], ...change } }));
    },
    [result]
  );

  const include = (row: number) => setIncluded((current) => new Set([...current, row]));
  /** The customer key of the draft an excluded invoice would go into, when the user edited it. */
  const editedDraftOf = (row: number): string | undefined => {
    const customer = invoices.find((i) => i.row === row)?.customer;
    const target = result?.drafts.find((d) => d.customer === customer);
    return target && edits[target.customerKey] ? target.customerKey : undefined;
  };
  // Including rewrites the draft: an edited one is never rewritten without asking.
  const includeAnyway = (row: number) => {
    if (editedDraftOf(row) !== undefined) setPendingInclude(row);
    else include(row);
  };
  const confirmInclude = () => {
    if (pendingInclude === undefined) return;
    const key = editedDraftOf(pendingInclude);
    if (key !== undefined) {
      setEdits((current) => Object.fromEntries(Object.entries(current).filter(([k]) => k !== key)));
    }
    include(pendingInclude);
    setPendingInclude(undefined);
  };
  const cancelInclude = () => setPendingInclude(undefined);
  const sendAnyway = (target: ReminderDraft) =>
    setChosen((current) => new Set([...current, target.customerKey]));
  const skip = (target: ReminderDraft) =>
    setDone((current) => new Set([...current, target.customerKey]));

  const outputs = draftOutputs({
    task,
    strings,
    asOf,
    onTooLong: setTooLong,
    ...(context.openUrl ? { openUrl: context.openUrl } : {}),
  });

  const markSent = async (targets?: ReminderDraft[]) => {
    const sending = (targets ?? drafts).filter((d) => d.held === undefined);
    if (!read || sending.length === 0) return;
    const records = reminderRecords(sending, recordDate);
    const receipt = await task.run(
      "recording",
      () => workbook.recordReminders(read, records, { language }),
      (done) =>
        [
          strings.done.recorded(records.length),
          ...(done.kept?.length
            ? [strings.done.recordedKept(done.kept.length, done.kept.join(", "))]
            : []),
        ].join(" ")
    );
    if (receipt === undefined) return;
    const keys = sending.map((d) => d.customerKey);
    setReceipts((current) => [...current, { receipt, keys }]);
    setDone((current) => new Set([...current, ...keys]));
    await onRecorded();
  };

  const undoLast = async () => {
    const last = receipts[receipts.length - 1];
    if (!read || !last) return;
    const undone = await task.run(
      "recording",
      async () => {
        await workbook.undoReminders(read, last.receipt);
        return true;
      },
      () => strings.reminders.undone
    );
    if (undone === undefined) return;
    setReceipts((current) => current.slice(0, -1));
    setDone((current) => new Set([...current].filter((key) => !last.keys.includes(key))));
    await onRecorded();
  };

  return {
    result,
    drafts,
    tooLong,
    recordDate,
    canUndo: receipts.length > 0,
    pendingInclude,
    draft,
    edit,
    includeAnyway,
    confirmInclude,
    cancelInclude,
    sendAnyway,
    skip,
    undoLast,
    copy: outputs.copy,
    openMail: outputs.openMail,
    download: outputs.download,
    downloadAll: () => outputs.downloadAll(drafts),
    canDownload: context.canDownload ?? true,
    markSent,
  };
}
